// Quotes that used to get no speaker at all although the text names one: an appositive ending on a quoted title, a
// blog's "From X writing at Y:" line over an excerpt, "X read aloud". Each with a near miss the rule leaves alone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakers = (text: string): [string | null, string | null][] =>
  analyze(text).quotes.map((q) => [q.speaker, q.cue?.text ?? null]);

test('an appositive ending on a quoted title, its comma inside the mark, still leads to the name before it', () => {
  assert.deepEqual(
    speakers(
      'The court is split. As Nadia Ferrell, a law professor and author of "The Quiet Bench," put it, "The senators should take the deal while it lasts."',
    ),
    [['Nadia Ferrell', 'put it']],
  );
  // near miss: a quoted title that is the object of the verb names no appositive; its writer is no one here
  const a = analyze('The board met in May. He praised "the quiet work," said: "We should take it."');
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speaker, null);
});

test('"From X writing at Y:" over an excerpt names its author', () => {
  assert.deepEqual(
    speakers(
      'Notes on the harbor.\n\nFrom Dana Roybal writing at The Harbor Ledger:\n\n"The port has never been busier, and the city has never been less ready for it."',
    ),
    [['Dana Roybal', 'writing']],
  );
  assert.deepEqual(speakers('From Dana Roybal, reporting for the Ledger: "The port has never been busier."'), [
    ['Dana Roybal', 'reporting'],
  ]);
  // near miss: "From" before no name, and "writing" as the subject of the sentence
  const near = analyze('From the start, writing at night was hard: "I could not see the page."');
  assert.equal(near.quotes[0]?.speaker, null);
});

test('"X read aloud" after a quote reports it, and the quote after goes on in the same voice', () => {
  const a = analyze(
    'The hearing opened at nine.\n\n"We asked four times and heard nothing," Marsh read aloud. "That is a clerk in my state. Four times."',
  );
  assert.deepEqual(
    a.quotes.map((q) => [q.speaker, q.cue?.text]),
    [['Marsh', 'read aloud']],
  );
  // near miss: a sign that read words is the sign's, not a reader's
  const b = analyze('The rally filled the square. A banner over the stage read, "Farms first."');
  assert.notEqual(b.quotes[0]?.cue?.text, 'read aloud');
});

test('"The ad ends with X saying": after a verb by which a text opens or closes, the one after "with" speaks', () => {
  assert.deepEqual(
    speakers(
      'The campaign released the spot on Monday. The ad ends with Mayor Ellen Brooks saying, "Vote no on Measure B."',
    ),
    [['Ellen Brooks', 'saying']],
  );
  assert.deepEqual(speakers('The clip opened with Brooks asking: "Who pays for this?"'), [['Brooks', 'asking']]);
  // near miss: "spoke with reporters, saying" gives "with" no subject of the participle (reporters do not speak)
  const a = analyze('Mayor Ellen Brooks spoke with reporters, saying, "We will rebuild."');
  assert.equal(a.quotes[0]?.speaker, 'Ellen Brooks');
});

test('two people and their shared "of the Institute" after the quote speak it together', () => {
  assert.deepEqual(
    speakers(
      'The plant reopened in June. "Nobody can say when it will be safe," analysts John Miller and Mary Jones of the Harbor Institute wrote in March.',
    ),
    [['John Miller and Mary Jones', 'wrote']],
  );
  // near miss: "and" joining a person to no name is no joint speaker
  const a = analyze('The plant reopened in June. "Nobody can say," John Miller and the rest of the board said.');
  assert.notEqual(a.quotes[0]?.speaker, 'John Miller and the rest');
});

test('a trailing attribution that goes on with a few words hands over to the quote after it', () => {
  assert.deepEqual(
    speakers(
      'The bridge has been shut for a year. The repairs would not end before May, Councilwoman Ada Price told the Ledger in 2023. "Nobody believes the mayor anymore."',
    ).map(([s]) => s),
    ['Ada Price', 'Ada Price'],
  );
  // near miss: a quote after a sentence with no report in it stays without a speaker
  const a = analyze(
    'The bridge has been shut for a year, and the river rose in May. "Nobody believes the mayor anymore."',
  );
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speaker, null);
});

test("quoted words with the comma inside their closing mark, in \" or '' style, do not hide the subject before them", () => {
  // a participle after them belongs to the sentence's subject
  const a = analyze(
    "Senator Hal Ortiz spoke first. On Friday, he joined other senators in seizing on news that the files were deemed ''top secret,'' saying in a post: ''The release is a disaster for the governor.''",
  );
  assert.equal(a.quotes.find((q) => q.kind === 'direct')?.speaker, 'Hal Ortiz');
  // an appositive ending on a title in two apostrophes, with a possessive inside it
  assert.deepEqual(
    speakers(
      "The court is split. As Nadia Ferrell, a law professor and author of ''Ohio's Quiet Bench,'' put it, ''The senators should take the deal.''",
    ),
    [['Nadia Ferrell', 'put it']],
  );
  // near miss: a closing mark that ends a sentence quoted whole is no title inside the clause
  const b = analyze('The board met in May. "We are done," he said. "The vote is over," saying nothing else.');
  assert.notEqual(b.quotes[1]?.speaker, 'the board');
});

test('a pull quote signed on its own last line inside the marks names its speaker there', () => {
  const a = analyze(
    'The debate over deficits is back.\n\n"We will enter the next downturn without any agreement that we need a stimulus.\nDana Reyes, Center for Harbor and Policy Research."\n\nDemocrats have gone along.',
  );
  assert.equal(a.quotes[0]?.speaker, 'Dana Reyes');
  // near miss: a last line that addresses someone by name is no signature
  const b = analyze(
    'The debate over deficits is back.\n\n"We tried everything we could, and it was not enough.\nReyes, we will miss you."\n\nDemocrats have gone along.',
  );
  assert.equal(b.quotes[0]?.speaker, null);
});

test('a signature below a quote may carry a caption after a comma', () => {
  assert.deepEqual(
    speakers(
      'Quotable.\n\n"We will rebuild every house on this street."\n\n-Mayor Ellen Brooks, speaking after the flood.\n\n"Nobody came to help us for three days."\n\n- Rosa Diaz, Dayton.',
    ).map(([s]) => s),
    ['Ellen Brooks', 'Rosa Diaz'],
  );
  // near miss: a dash line of plain words after a quote signs nothing
  const a = analyze('Quotable.\n\n"Nobody came to help us for three days."\n\n- three days, and nobody came.');
  assert.equal(a.quotes[0]?.speaker, null);
});

test('"X gave a blunt answer:" names no reporting verb: the sentence before the colon gives its subject', () => {
  assert.deepEqual(
    speakers(
      'Mayor Ellen Brooks met the council on Tuesday. Brooks delivered a sharp reply: "We will not close the library."',
    ).map(([s]) => s),
    ['Ellen Brooks'],
  );
  // near miss: after a plural subject with no singular article, "answer" stays the reporting verb
  const a = analyze('Reporters asked the mayor again. Her top aides answer: "We will not comment."');
  assert.deepEqual([a.quotes[0]?.speaker, a.quotes[0]?.cue?.text], ['Her top aides', 'answer']);
});

// Quoted words that a reporting verb hands over to: a whole statement after "X said," even in lower case, and the
// fragments of a writer's sentence that stay part of the report. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const quotes = (text: string): Array<[string, string, string | null]> =>
  analyze(text).quotes.map((q) => [q.kind, q.text, q.speaker]);
const direct = (text: string): string[] =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.text);

test('a lower-case statement after "X said," or "X told them," is a direct quote of X', () => {
  const text = 'The council met late on Monday. Mayor Ana Ruiz said, “we will fix the bridge before winter.”';
  assert.deepEqual(quotes(text), [['direct', '“we will fix the bridge before winter.”', 'Ana Ruiz']]);
  assert.deepEqual(
    direct('Tom Hale did not name his rivals, but told his supporters, "our county is in real trouble."'),
    ['"our county is in real trouble."'],
  );
  assert.deepEqual(direct('The vote is in May. Dana Shaw added: "it stays until the schools are fixed."'), [
    '"it stays until the schools are fixed."',
  ]);
});

test('near misses: a lower-case quote that finishes the writer’s sentence stays part of the report', () => {
  // the reporting clause is an aside: "The levy … could be" is the writer's sentence
  assert.deepEqual(direct('The levy, Dana Shaw said, "could be raised again next year."'), []);
  // a clause of the report runs up to the comma
  assert.deepEqual(direct('Dana Shaw said that if the plant closes, "the whole valley loses."'), []);
  assert.deepEqual(direct('Dana Shaw said because the mayor is popular, "he is a good surrogate."'), []);
  // a fragment inside reported speech is the report's, as the training annotations count it
  assert.deepEqual(direct('Dana Shaw said the town "would remember this" when the vote came.'), []);
  // a phrase the writer borrows, not a statement
  assert.deepEqual(direct('Dana Shaw said, in effect, that the plan was "a total mess" and left.'), []);
});

test('words chanted, yelled or shown on a sign are direct quotes however short; a sign is their source', () => {
  const text = 'The hall filled early. Some chanted “Four more years!” as the governor walked in.';
  assert.deepEqual(quotes(text), [['direct', '“Four more years!”', 'some']]);
  assert.deepEqual(direct('A man in the back yelled "Go home" and the speaker paused.'), ['"Go home"']);
  const sign = analyze('Mia Ortiz held up a banner that read “Farmers for Lee” near the stage.').quotes;
  assert.deepEqual(
    sign.map((q) => [q.kind, q.text, q.speakerMention?.text]),
    [['direct', '“Farmers for Lee”', 'a banner']],
  );
  // the next sentence's subject is no speaker of a quote its verb already voiced
  const next = analyze('Mia Ortiz hoisted a sign that read "20%!" Her father, Tom, worried that voters tuned out.');
  assert.equal(next.quotes.find((q) => q.kind === 'direct')?.speakerMention?.text, 'a sign');
});

test('near misses: the same few words after other verbs, or read from a book, stay scare quotes or titles', () => {
  assert.deepEqual(direct('Lee called the levy "a total mess" on Monday.'), []);
  assert.deepEqual(direct('Lee read "The Long Road" to the class on Monday.'), []);
  assert.deepEqual(direct('The governor ran on the slogan "Jobs First" in 2010.'), []);
  assert.deepEqual(direct('Two men wore shirts that read “Vote Lee” at the back.'), []);
});

test('a title with a subtitle, every word capitalized, names a work wherever it stands', () => {
  assert.deepEqual(
    direct('According to "The Long Shift: Nurses, Doctors and the County Hospital," by Ed Lane, it closed.'),
    [],
  );
  assert.deepEqual(direct('She had small roles in “Harbor Lights: The Return of Captain Hale,” and two plays.'), []);
  // near miss: a spoken sentence with a colon inside, not capitalized throughout, is speech
  assert.deepEqual(direct('“There is one rule: Nobody goes home early,” Lee said.'), [
    '“There is one rule: Nobody goes home early,”',
  ]);
});

test('a quote its reporting verb hands over with a comma keeps that speaker, not the next clause’s', () => {
  const text = 'When a man in the back shouted, “Taxes,” Mayor Ana Ruiz laughed and said, “Not tonight, sir!”';
  const qs = analyze(text).quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(
    qs.map((q) => [q.text, q.speakerMention?.text]),
    [
      ['“Taxes,”', 'a man in the back'],
      ['“Not tonight, sir!”', 'Mayor Ana Ruiz'],
    ],
  );
  // near miss: no reporting verb before the comma, so the clause after the quote attributes it
  const near = analyze('In a short statement, “We are sorry,” the company said.').quotes;
  assert.deepEqual(
    near.map((q) => [q.kind, q.text, q.speakerMention?.text]),
    [['direct', '“We are sorry,”', 'the company']],
  );
});

test('after a quote closing on a full stop, a capitalized clause starts the next sentence, not an attribution', () => {
  const text = 'The council met late. Mayor Ana Ruiz said, “we will fix the bridge before winter.” The room laughed.';
  assert.deepEqual(quotes(text), [['direct', '“we will fix the bridge before winter.”', 'Ana Ruiz']]);
  // near miss: with no reporting clause before it, the clause after a quote still attributes it
  assert.deepEqual(quotes('The council met late. “Why now?” Ruiz asked.'), [['direct', '“Why now?”', 'Ruiz']]);
});

// A given name no list knows, where the sentence must say it is a person. It may also be a town or a province
// somewhere ("Kayanza" is a province of Burundi): the gazetteer then knows the word, and the tagger reads "Kayanza
// Thorley" as a place's firm. A role before it, a speech verb, a "he" after it or a "who" in its apposition decide;
// without them the pair stays what the tagger said. Every sentence and surname is invented for this test; each
// positive has a near miss with no such word.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities/index';
import { analyze } from '../../src/core/index';

const personTexts = (text: string): string[] => findEntities(text).people.map((p) => p.text);

/** The sentence that makes the pair a person, and its near miss that gives no reason to. */
const PAIRS: Array<[string, string, string]> = [
  [
    'Kayanza Thorley',
    'Former midwife Kayanza Thorley said on Sunday that the clinic was full.',
    'Kayanza Thorley expanded its exports to Kenya last year.',
  ],
  [
    'Makamba Pellow',
    'Retired surgeon Makamba Pellow answered on Monday that he had never seen the letter.',
    'Makamba Pellow opened a second depot in Nairobi.',
  ],
  ['Kirundo Haverly', '"The water is back," said Kirundo Haverly.', 'Kirundo Haverly is a brand of bottled water.'],
];

for (const [name, person, nearMiss] of PAIRS) {
  test(`"${name}" is a person when the sentence says so: ${person}`, () => {
    assert.ok(personTexts(person).includes(name), `people: ${JSON.stringify(personTexts(person))}`);
  });
  test(`"${name}" is no person without such a word: ${nearMiss}`, () => {
    assert.ok(!personTexts(nearMiss).includes(name), `people: ${JSON.stringify(personTexts(nearMiss))}`);
  });
}

test('a place name that runs on into the next word stays one place', () => {
  const text = 'Aid reached Kayanza Province on Sunday, officials said.';
  assert.deepEqual(personTexts(text), []);
});

test('the person so found is the speaker of the quotes "he" says later', () => {
  const text = [
    'Retired surgeon Makamba Pellow answered on Monday that he had never seen the letter.',
    '',
    '"Nobody showed it to me," he said.',
  ].join('\n');
  const quote = analyze(text).quotes.find((q) => q.text.includes('Nobody'));
  assert.equal(quote?.speaker, 'Makamba Pellow');
});

// "who" takes up a person: an apposition whose noun no list knows ("maven") still makes the pair before it a person,
// even when the comma that should close it is missing.
test('a "who" in the apposition makes the pair a person, and the quote its speaker', () => {
  const text = '"The numbers have turned," Bapho Gold, the data maven who started a betting site tweeted on Friday.';
  assert.ok(personTexts(text).includes('Bapho Gold'), `people: ${JSON.stringify(personTexts(text))}`);
  assert.equal(analyze(text).quotes[0]?.speaker, 'Bapho Gold');
});

test('the same apposition without "who" gives no such reason', () => {
  const text = '"The numbers have turned," Bapho Gold, the data maven behind a betting site tweeted on Friday.';
  assert.ok(!personTexts(text).includes('Bapho Gold'), `people: ${JSON.stringify(personTexts(text))}`);
});

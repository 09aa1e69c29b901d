// A given name may also be a town or a province somewhere ("Kayanza" is a province of Burundi): the gazetteer then
// knows the word, and the tagger reads "Kayanza Thorley" as a place's firm. The sentence's own words must make the
// pair a person (a role before it, a speech verb or a "he" after it); without them it stays what the tagger said.
// Every sentence and surname is invented for this test; each positive has a near miss with no such word.
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

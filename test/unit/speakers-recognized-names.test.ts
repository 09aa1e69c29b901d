// One person, one speaker entry: capitalized words the recognizer leaves out before a person's name (a sentence's
// opening adverb, a description, an abbreviated title) are not part of the speaker's name. Sentences written here.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const names = (text: string) => analyze(text).speakers.map((s) => s.name);

test("an opening adverb or a capitalized description before a name is not the speaker's name", () => {
  const opening = 'Jeb Bush spoke first. Now Jeb Bush is telling donors to wait. "We will win," Bush said.';
  assert.deepEqual(names(opening), ['Jeb Bush']);
  const described = 'Billionaire Dana Whitcombe said the deal was bad. "It is a disaster," Whitcombe said.';
  assert.deepEqual(names(described), ['Dana Whitcombe']);
});

test('an abbreviated title before a surname joins the person named in full', () => {
  const text = 'Pres. Obama said the deal was good. "It is a good deal," Obama said. Barack Obama left for Ohio.';
  assert.deepEqual(names(text), ['Barack Obama']);
});

test('near misses: a first name, a name with an initial and a body keep their words', () => {
  // "German" is a nationality and a first name: before a lone surname it stays
  assert.deepEqual(names('"Mexicans laugh at our tragedies," said German Ortega, a shopkeeper.'), ['German Ortega']);
  assert.deepEqual(names('"The numbers are wrong," said Gene B. Sperling, an adviser.'), ['Gene B. Sperling']);
  assert.deepEqual(names('"We oppose the bill," said the Congressional Black Caucus.'), [
    'the Congressional Black Caucus',
  ]);
});

test('"Majority Leader" or "Minority Whip" opening a sentence is an office before a name, not a quantity', () => {
  const text = 'Minority Leader Helene Drabek called the budget a slogan. Majority Whip Tom Kell said it was late.';
  const speakers = analyze(text).speakers;
  assert.deepEqual(
    speakers.map((s) => `${s.name} (${s.type})`),
    ['Helene Drabek (person)', 'Tom Kell (person)'],
  );
  // near miss: "Many Republicans say" still counts a group
  const many = analyze('Many Republicans say the budget is too large.').quotes[0];
  assert.equal(many?.speaker, 'Many Republicans');
});

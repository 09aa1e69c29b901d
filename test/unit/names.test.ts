// First-name gender for coreference: the generated list (scripts/ner/build-first-names.mjs) and pronouns that skip a
// person of the other gender mentioned in between. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { firstNameGender } from '../../src/core/speakers/gender';

test('the first-name list knows common male and female names, in any case', () => {
  assert.equal(firstNameGender('Angela'), 'female');
  assert.equal(firstNameGender('JOHN'), 'male');
  assert.equal(firstNameGender('maria'), 'female');
  assert.equal(firstNameGender('Vladimir'), 'male');
  assert.equal(firstNameGender('Merkel'), undefined); // a surname
  // names of many countries, from U.S. birth records (scripts/ner/build-first-names.mjs)
  assert.equal(firstNameGender('Priya'), 'female');
  assert.equal(firstNameGender('Kwame'), 'male');
  assert.equal(firstNameGender('Aoife'), 'female');
  // a name shared by both sexes, or also a place, gives none
  assert.equal(firstNameGender('Jaspreet'), undefined);
  assert.equal(firstNameGender('Georgia'), undefined);
  assert.equal(firstNameGender('will'), undefined); // an ordinary word, not a name
});

const said = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

test('"she" skips a man named in between and finds the woman: Angela Merkel … John Smith … she said', () => {
  const text = [
    'Angela Merkel arrived in Paris on Monday for the climate summit.',
    'John Smith, the British envoy, met her at the airport.',
    '"We have no time left to lose on emissions," she said.',
  ].join('\n\n');
  assert.equal(said(text, '"We have no time'), 'Angela Merkel');
});

test('"he" skips a woman named in between and finds the man: John Smith … Maria Lopez … he said', () => {
  const text = [
    'John Smith opened the harbour meeting in Northport on Tuesday.',
    'Maria Lopez, the council treasurer, presented the budget.',
    '"The harbour needs a new wall before the winter storms," he said.',
  ].join('\n\n');
  assert.equal(said(text, '"The harbour needs'), 'John Smith');
});

test('an honorific outranks the first name, and an unknown first name leaves the pronoun free', () => {
  const text = [
    'Ms. Robin Hale chaired the hearing.',
    'Peter Okafor answered the first questions.',
    '"That answer is not good enough," she said.',
  ].join('\n\n');
  assert.equal(said(text, '"That answer'), 'Robin Hale');
  const unknown = ['Zorbek Tamm chaired the hearing in Tallinn.', '"The answer is not good enough," she said.'].join(
    '\n\n',
  );
  assert.equal(said(unknown, '"The answer'), 'Zorbek Tamm');
});

test('a quote right after "X said." on the same line goes on with X', () => {
  const text =
    'Taxes rose.\n\nThe plan is costly in the long run, Mr. Okafor said. "It asks too much of the families who can least afford it."';
  assert.equal(said(text, '"It asks too much'), 'Okafor');
});

// A relative named in apposition after someone's family noun is a person, though the name stands alone: "Trump's
// wife, Melania,". Sentences written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const people = (text: string): string[] => analyze(text).people.map((p) => text.slice(p.start, p.end));

test('a given name set off after "his wife," or "Hale\'s wife," is a person the next "she said" finds', () => {
  const text = [
    "On the opening night, Mr. Hale's wife, Melania, is scheduled to speak.",
    '',
    'She is often by her husband\'s side. ("When you attack him, he will punch back," she said.)',
  ].join('\n');
  assert.ok(people(text).includes('Melania'), people(text).join(', '));
  const q = analyze(text).quotes.find((x) => x.text.includes('When you attack'));
  assert.equal(q?.speaker, 'Melania');
  assert.ok(people('She posted a photo of herself and her son, Callum, 6, at the fair.').includes('Callum'));
});

test('near miss: an honorific stays outside the name, and a country after "her son," is no one', () => {
  const titled = 'He met Tom Arden, a pilot, and his wife, Ms. Schifano.';
  assert.ok(people(titled).includes('Schifano'), people(titled).join(', '));
  assert.ok(!people(titled).includes('Ms. Schifano'));
  const country = 'She thanked her son, Canada, and the voters.';
  assert.ok(!people(country).includes('Canada'), people(country).join(', '));
});

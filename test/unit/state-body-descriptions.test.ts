// A body named by what kind it is, with "state" (also a reporting verb) or two words of kind before its noun: "In a
// statement, the state power utility said …" after the utility was named is that utility, and "the state" opening
// the description does not make "In a statement" the report's source. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const reportedBy = (text: string, words: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(words))?.speaker;

test('"In a statement, the state power utility said …": the utility named before', () => {
  const text =
    'Kivu Electric Company (KEC) warned on Monday that it may cut supply to industry. In a statement, the state ' +
    'power utility said its dams were "at their lowest level in thirty years."';
  assert.equal(reportedBy(text, 'dams were'), 'Kivu Electric Company');
});

test('"the state broadcaster" is a description with "state" in it, not a verb', () => {
  const text =
    'Radio Orinoco Nacional dropped the evening bulletin. In a statement, the state broadcaster said the change ' +
    'would save money.';
  assert.equal(reportedBy(text, 'save money'), 'Radio Orinoco Nacional');
});

test('near miss: in "the state said …" the verb is still "said", reporting what follows', () => {
  const q = analyze('The state said the new dam would open in May.').quotes[0];
  assert.equal(q?.cue?.text, 'said');
  assert.equal(q?.text, 'the new dam would open in May');
});

// A body named by what kind it is, with "state" (also a reporting verb) before its noun: in "In a statement, the state
// power utility said …" the utility reports (not "a statement" with the whole clause as its content), and "the state
// broadcaster" after the broadcaster was named is that broadcaster. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const reportedBy = (text: string, words: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(words))?.speaker;

test('"In a statement, the state power utility said …": the utility reports, not "a statement"', () => {
  const text =
    'Kivu Electric Company (KEC) warned on Monday that it may cut supply to industry. In a statement, the state ' +
    'power utility said its dams were "at their lowest level in thirty years."';
  const q = analyze(text).quotes.find((r) => r.text.includes('dams were'));
  assert.equal(q?.speakerMention?.text, 'the state power utility');
  assert.equal(q?.cue?.text, 'said');
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

// "According to X, Y said …": when the clause after the source has a speaker and a cue of its own, that speaker
// speaks and X is only the channel it came through. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const reportOf = (text: string, words: string) =>
  analyze(text).quotes.find((q) => text.slice(q.start, q.end).includes(words));

test('"According to a statement by the agency, the governor told …" is the governor\'s', () => {
  const text =
    'Governor Alma Ruiz met farmers in Tulane County on Monday.\n\n' +
    'According to a statement by the agency, the governor told the visitors that the region had lost "nearly half ' +
    'its harvest" this year.';
  assert.equal(reportOf(text, 'nearly half')?.speaker, 'Alma Ruiz');
});

test("\"According to the Daily Courier, the mayor's office said …\" is the office's, not the paper's", () => {
  const text =
    'According to the Daily Courier, the mayor\'s office said it was treating the complaint "with great care" and ' +
    'would reply soon.';
  assert.equal(reportOf(text, 'great care')?.speaker, "the mayor's office");
});

test('near miss: "According to the Daily Courier, the office was closed" keeps the paper as the source', () => {
  const text = "According to the Daily Courier, the mayor's office was closed for most of the week after the flood.";
  assert.equal(reportOf(text, 'closed')?.speaker, 'the Daily Courier');
});

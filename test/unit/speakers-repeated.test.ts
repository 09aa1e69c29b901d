// A quote with no speaker of its own whose words the article quotes elsewhere with one (a headline, a pull quote).
// Every article here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const harbour = [
  "'The harbour is not dying, it is being starved': the last ferry crews of Porthallow",
  '',
  'In a cold shed above the slipway, Tamsin Rowe is splicing rope.',
  '',
  "'People say the harbour is finished,' she says. 'The harbour is not dying, it is being starved.'",
  '',
].join('\n');

test('a headline repeating a quote of the body is the same speaker, shown as less certain', () => {
  const quotes = analyze(harbour).quotes;
  const headline = quotes.find((q) => q.start === 0);
  const body = quotes.find((q) => q.text.startsWith("'People say"));
  assert.equal(body?.speaker, 'Tamsin Rowe');
  assert.equal(headline?.speaker, 'Tamsin Rowe');
  assert.ok((headline?.confidence ?? 1) < (body?.confidence ?? 0), 'a repeat is less sure than its source');
  assert.match(headline?.confidenceReason ?? '', /same words/);
});

test('a few words in common are no repeat', () => {
  const text = ["'We will win': rally in Porthallow", '', "Tamsin Rowe said: 'We will win the vote.'", ''].join('\n');
  const headline = analyze(text).quotes.find((q) => q.start === 0);
  assert.notEqual(headline?.speaker, 'Tamsin Rowe');
});

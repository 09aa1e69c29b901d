// "The chairman of X PLC, one of the listed beneficiaries, Mr. Y, said …": a description, an aside about the body it
// names, then the person's name before the cue; the name speaks. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'indirect')?.speaker;

test('a description, an aside and a name before "said": the name speaks', () => {
  const text =
    'The Chairman of Harwell Mills PLC, one of the listed beneficiaries, Mr. Dinesh Alwis Perera, said in a ' +
    'statement to the stock exchange that the company had followed every rule.';
  assert.equal(speakerOf(text), 'Dinesh Alwis Perera');
});

test('a sentence adverb before the subject is no name: "Meanwhile, the chairman …, Mr. Perera, said"', () => {
  const text =
    'Meanwhile, the Chairman of Harwell Mills PLC, Mr. Dinesh Alwis Perera, said the company had followed every rule.';
  assert.equal(speakerOf(text), 'Dinesh Alwis Perera');
});

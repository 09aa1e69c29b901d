// 'said in a statement to the Harbour Stock Exchange (HSE) that …': a bracketed short name on the way to the "that"
// counts for no words, so the content starts after "that". Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"said in a statement to the Harbour Stock Exchange (HSE) that …": the content starts after "that"', () => {
  const text =
    'The chairman, Mr. Dinesh Perera, said in a statement to the Harbour Stock Exchange (HSE) that the company had ' +
    '"complied fully with every rule" and that it welcomed "any review that builds trust."';
  const q = analyze(text).quotes.find((x) => x.kind === 'indirect');
  assert.ok(q);
  assert.ok(text.slice(q.start, q.end).startsWith('the company had'));
  assert.ok(text.slice(q.start, q.end).includes('any review'));
});

// "called that 'a cartoon version'": a demonstrative object before a quoted fragment reports what was called so.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"called that \'…\'" reports the fragment, with the subject as its speaker', () => {
  const a = analyze('Rivas, campaigning in Burnaby, called that "a cartoon version" of his policy.\n');
  const q = a.quotes.find((x) => x.text.includes('a cartoon version'));
  assert.ok(q, 'no quote holding the fragment');
  assert.equal(q.speaker, 'Rivas');
});

test('near miss: "called that" before a clause is no fragment of a report', () => {
  const a = analyze('Rivas said the mayor called that morning to apologize.\n');
  assert.ok(!a.quotes.some((x) => x.cue?.text === 'called'));
});

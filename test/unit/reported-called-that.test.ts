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

test('"called that plan \'…\'": a demonstrative with its noun before a quoted fragment reports the fragment too', () => {
  const a = analyze('Rivas called that promise "a cheque nobody can cash" on Tuesday.\n');
  const q = a.quotes.find((x) => x.text.includes('a cheque nobody can cash'));
  assert.ok(q, 'no quote holding the fragment');
  assert.equal(q.speaker, 'Rivas');
  // near miss: "that" opening a clause whose first words are quoted is no demonstrative
  const clause = analyze('Rivas lamented that the "reforms" had stalled.\n');
  assert.ok(!clause.quotes.some((x) => x.cue?.text === 'lamented' && x.text.startsWith('that the')));
});

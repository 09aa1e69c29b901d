// US political news: a role before an abbreviated title ("The panel's chairwoman, Sen. …"), running mates and other
// "-mate" companions in apposition, and a quoted fragment whose own "and reported" is no second cue.
// Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const direct = (text: string): Array<[string, string | null]> =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => [q.text, q.speaker]);
const reported = (text: string): Array<[string, string | null]> =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

test('a role before an abbreviated title reaches the name: "the chairwoman" later is that senator', () => {
  const text =
    'The panel\'s chairwoman, Sen. Bettina Hollowell, opened the session. "We start today," Hollowell said. ' +
    'The witness nodded. "Then we are agreed," the chairwoman said.';
  assert.deepEqual(direct(text).at(-1), ['"Then we are agreed,"', 'Bettina Hollowell']);
});

test('near miss: a possessive inside an opening phrase gives no role over a title', () => {
  const text =
    'Beside her husband at the fair, Mrs. Corinne Lattimore waved to the crowd. Later the husband arrived. ' +
    '"We had a long day," the husband said.';
  assert.notEqual(direct(text).at(-1)?.[1], 'Corinne Lattimore');
});

test('"His running mate, NAME," and other "-mate" companions in apposition name the speaker', () => {
  assert.deepEqual(reported('His running mate, Gov. Orrin Halvey, said the plan would fail in the fall.'), [
    ['the plan would fail in the fall', 'Orrin Halvey'],
  ]);
  assert.deepEqual(reported('Her former roommate, Tessaly Brune, said she had always wanted to run.'), [
    ['she had always wanted to run', 'Tessaly Brune'],
  ]);
  // near miss: a "-mate" word that names no one ("stalemate") is no description to stand in apposition to a name
  assert.deepEqual(reported('The stalemate, Orrin Halvey, said the vote would wait a week.'), [
    ['the vote would wait a week', null],
  ]);
});

test('"and reported" inside a quoted fragment is the speaker\'s, not a second cue', () => {
  assert.deepEqual(reported('Lyndon Carraway said the gift "was received and reported in full" before the deadline.'), [
    ['the gift "was received and reported in full" before the deadline', 'Lyndon Carraway'],
  ]);
  // near miss: outside quotation marks "and warned" still opens a second report
  const two = reported('Lyndon Carraway said the gift was received and warned that audits would follow.');
  assert.deepEqual(
    two.map(([t]) => t),
    ['the gift was received', 'audits would follow'],
  );
});

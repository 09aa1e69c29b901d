// The subject of a coordinated cue ("X voted … and said …"): a description that is no participle's head ("The
// senator voted … and said"), a name in apposition to an opening description ("His spokesman, Ted Lowe, did not …
// but said"), and adverbials between "said" and "that". Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const reported = (text: string): Array<[string, string | null]> =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'indirect')
    .map((q) => [q.text, q.speaker]);

test('"The senator voted … and said": the description ends before its own verb', () => {
  assert.deepEqual(
    reported('Sen. Corwin Abernale spoke first. The senator voted for the bill and said that it would pass easily.'),
    [['it would pass easily', 'Corwin Abernale']],
  );
});

test('"His spokesman, NAME, did not … but said": the apposed name is the subject', () => {
  assert.deepEqual(
    reported(
      'Sen. Corwin Abernale spoke first. His spokesman, Tobiah Renfrow, did not dispute the memo but said it was old.',
    ),
    [['it was old', 'Tobiah Renfrow']],
  );
});

test('"… and said on the Senate floor at the time that …": adverbials before "that"', () => {
  assert.deepEqual(
    reported(
      'Sen. Corwin Abernale voted for the tariffs and said on the Senate floor at the time that they would work.',
    ),
    [['they would work', 'Corwin Abernale']],
  );
});

test("near misses: a cue of a subordinate clause is not the main subject's; a participle still modifies its noun", () => {
  const sub = reported(
    'Sen. Corwin Abernale attacked Gov. Mirela Task on Sunday after the governor had said on Saturday that he was "reckless."',
  );
  assert.equal(sub.find(([text]) => text.includes('reckless'))?.[1], 'Mirela Task');
  assert.deepEqual(reported('A statement released on Friday said the plan would fail in the spring.'), [
    ['the plan would fail in the spring', 'a statement'],
  ]);
});

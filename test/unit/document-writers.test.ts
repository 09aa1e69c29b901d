// Who speaks for a document: an author named in the sentence after it ("It was written by …"), "the authors" of the
// text that spoke last, and a subject set off by a past-participle aside ("The memo, dated May 2 and sent to aides,
// argued …"). Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('a past-participle aside between a subject and its cue leaves the subject speaking', () => {
  const text =
    'Sen. Odalys Whitcombe spoke first. The senator, elected in 2012 and reelected in 2018, said the vote would fail.';
  assert.deepEqual(
    analyze(text)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => [q.text, q.speaker]),
    [['the vote would fail', 'Odalys Whitcombe']],
  );
});

// Who speaks for a document: an author named in the sentence after it ("It was written by …"), "the authors" of the
// text that spoke last, and a subject set off by a past-participle aside ("The memo, dated May 2 and sent to aides,
// argued …"). Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakers = (text: string): Array<string | null> => analyze(text).quotes.map((q) => q.speaker);

const memo = [
  'Aides to the governor circulated a memo on Friday.',
  'The four-page memo, dated May 2 and sent to a dozen staff members, argued that the plan was failing. It was written by the chief of staff, Lavinia Okafor-Brandt, according to two aides.',
  '"We are out of time," the memo said.',
  'The governor has not responded. "Fix the message first," the authors wrote.',
].join('\n\n');

test('a memo whose author the next sentence names ("It was written by …") speaks for that author', () => {
  const s = speakers(memo);
  assert.equal(s[0], 'Lavinia Okafor-Brandt');
  assert.equal(analyze(memo).quotes.find((q) => q.text.includes('out of time'))?.speaker, 'Lavinia Okafor-Brandt');
});

test('"the authors" of the text that spoke last are its author', () => {
  assert.equal(analyze(memo).quotes.find((q) => q.text.includes('Fix the message'))?.speaker, 'Lavinia Okafor-Brandt');
});

test('near miss: a memo whose next sentence names no writer stays a document', () => {
  const text = [
    'The four-page memo, dated May 2, argued that the plan was failing. It was sent on a Friday.',
    '"We are out of time," the memo said.',
  ].join('\n\n');
  assert.equal(analyze(text).quotes.find((q) => q.text.includes('out of time'))?.speaker, 'the memo');
});

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

test('"a report by X" earlier makes "the report said" X', () => {
  const text =
    'The campaign pointed to a report by the Harrowgate Budget Institute. The report said that the cost was "a hidden tax on every family."';
  assert.equal(
    analyze(text).quotes.find((q) => q.text.includes('hidden tax'))?.speaker,
    'the Harrowgate Budget Institute',
  );
  // near miss: "from" and a day names no author
  const day = 'Officials pointed to a report from Tuesday. The report said that the cost was far too high.';
  assert.equal(analyze(day).quotes.find((q) => q.text.includes('too high'))?.speaker, 'the report');
});

test('an absolute aside of a quantifier and a participle leaves the subject speaking', () => {
  const text = 'The crowd, many holding paper flags, chanted "Four more years!" as the doors opened.';
  assert.equal(analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'the crowd');
  // near miss: a quantifier with no participle after it is the cue's own subject, not an aside
  const plain = 'The plan, many lawmakers said, would fail in the spring.';
  assert.equal(analyze(plain).quotes[0]?.speaker, 'many lawmakers');
});

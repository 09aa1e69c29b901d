// Printed interviews ("Q: … ¶ A: …") and headlines that count questions. Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { findEntities } from '../../src/core/entities';

const interview = [
  'Five questions for the new harbour master',
  '',
  'By Lena Ortiz',
  '',
  'Captain Ada Marsh took over the port of Riverton in March. Marsh spoke to the Courier about dredging and storms.',
  '',
  'Q: What surprised you most in your first months?',
  '',
  'A: How much of the job is weather. You plan for ships and end up planning for wind.',
  '',
  'Q: Will the cruise terminal open next year?',
  '',
  'A: I hope so. The contracts are signed, but the dredging has to finish first.',
].join('\n');

test("an answer is the words of the person the introduction presents, a question the byline's interviewer's", () => {
  const quotes = analyze(interview).quotes;
  const of = (start: string) => quotes.find((q) => q.text.startsWith(start));
  assert.equal(of('How much of the job')?.speaker, 'Ada Marsh');
  assert.equal(of('I hope so')?.speaker, 'Ada Marsh');
  assert.equal(of('Will the cruise terminal')?.speaker, 'Lena Ortiz');
  // the labels are no one's name, and the hover says how the speaker was chosen
  assert.ok(!quotes.some((q) => q.speaker === 'Q' || q.speaker === 'A'));
  assert.match(of('I hope so')?.confidenceReason ?? '', /interview/);
});

test('without a byline the questions stay text, not quotes of no one; one "A:" paragraph is no interview', () => {
  const noByline = analyze(interview.replace('By Lena Ortiz', 'Riverton Courier')).quotes;
  assert.equal(
    noByline.find((q) => q.text.startsWith('Will the cruise')),
    undefined,
  );
  assert.equal(noByline.find((q) => q.text.startsWith('I hope so'))?.speaker, 'Ada Marsh');
  const single = analyze('Corrections\n\nA: The vote was on Tuesday, not Monday.\n\nThe council met again.').quotes;
  assert.equal(single.length, 0);
});

test('the labels and the word after them are nobody: no "Q" person, no "Because" organization', () => {
  const text = 'Q: Why close the mill now?\n\nA: Because the orders ran out.\n\nQ: And the workers?\n\nA: Most retire.';
  const { people, organizations } = findEntities(text);
  assert.deepEqual(
    people.map((p) => p.text),
    [],
  );
  assert.deepEqual(
    organizations.map((o) => o.text),
    [],
  );
  // with nobody introduced, no answer is given to a label
  assert.ok(!analyze(text).quotes.some((q) => q.speaker === 'Q' || q.speaker === 'A'));
});

test('a count before a cue word in -s makes it a noun: "Five questions for the mayor" reports nothing', () => {
  assert.equal(analyze('Five questions for the new harbour master\n\nThe port reopened on Monday.\n').quotes.length, 0);
});

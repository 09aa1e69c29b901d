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

// A web interview copied as Markdown: the questions in bold, the answers plain; the writer's staff named in the
// introduction asks. Written for the test.
const boldInterview = [
  'Forty years on the island run: a ferry captain signs off',
  '',
  'Captain Odile Brackenridge retires this week after four decades on the island run. Our transport reporter, Silas Penhallow, joined her on the last crossing.',
  '',
  '**What will you miss most?**',
  '',
  'The first light over the headland. I have watched it from the bridge maybe ten thousand times.',
  '',
  '**Was there a crossing you thought you would not finish?**',
  '',
  'Once, in 1994. We lost an engine in a gale and I kept thinking of my daughter at home.',
  '',
  'My crew were calm. That is what training buys you.',
  '',
  '**What comes next?**',
  '',
  'My garden, and a lot of sleep.',
  '',
  'The ferry company will name its new vessel after her next spring.',
].join('\n');

test('bold questions and plain answers are interview turns; the staff writer introduced asks, the guest answers', () => {
  const quotes = analyze(boldInterview).quotes;
  const of = (start: string) => quotes.find((q) => q.text.startsWith(start));
  assert.equal(of('What will you miss')?.speaker, 'Silas Penhallow');
  assert.equal(of('The first light')?.speaker, 'Odile Brackenridge');
  assert.equal(of('My crew were calm')?.speaker, 'Odile Brackenridge');
  assert.equal(of('My garden')?.speaker, 'Odile Brackenridge');
  // after the last question one paragraph answers: the closing line is the writer's
  assert.equal(of('The ferry company'), undefined);
});

test('an explainer with bold questions answered in the third person has no interview turns', () => {
  const explainer = [
    'What the new bus fares mean for you',
    '',
    'The regional council has approved new fares from Monday.',
    '',
    '**What changes for commuters?**',
    '',
    'Weekly passes rise by two dollars, while single fares stay the same.',
    '',
    '**Can you still use the old card?**',
    '',
    'Yes. The council says old cards will work until the end of the year.',
  ].join('\n');
  const quotes = analyze(explainer).quotes;
  assert.equal(
    quotes.find((q) => q.text.startsWith('Weekly passes')),
    undefined,
  );
  assert.equal(
    quotes.find((q) => q.text.startsWith('What changes')),
    undefined,
  );
});

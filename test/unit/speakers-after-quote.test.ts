// Speakers named after a quote or after its cue, where the subject is long, interrupted or carries a relative clause
// of its own. Every sentence here was written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(start))?.speaker;

test('a relative clause without "whom" after the quote leaves the speaker its head: "the driver Ms Hale hired"', () => {
  assert.equal(
    speakerOf('"We are done with the whole route," the driver Ms Hale hired told reporters.', 'route'),
    'the driver',
  );
  assert.equal(speakerOf('"Fine, we will start on Monday," said the nurse Dr Obi trained.', 'Monday'), 'the nurse');
  // the person named in the clause, however salient, is not the one described
  const text = 'Ms Hale waited at the depot.\n\n"We are done with the whole route," the driver Ms Hale hired said.';
  assert.equal(speakerOf(text, 'route'), 'the driver');
  // near misses: the name in apposition to its description speaks
  assert.equal(speakerOf('"Fine, we will start on Monday," said the head nurse Dr Ada Obi.', 'Monday'), 'Ada Obi');
  assert.equal(
    speakerOf('"Fine, we will start on Monday," said the nurse Dr Ada Obi, flanked by aides.', 'Monday'),
    'Ada Obi',
  );
  assert.equal(
    speakerOf('"We are done with the whole route," bus driver Tom Hale told reporters.', 'route'),
    'Tom Hale',
  );
});

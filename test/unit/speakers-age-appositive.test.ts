// A name in apposition after an age or family epithet: "One of the victims, 84-year-old Edna Crowell, said".
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('an age before the name in apposition still opens it: the name speaks', () => {
  const text =
    'A Halifax man accused of defrauding seniors will stand trial, a judge ruled Friday.\n\n' +
    'One of the alleged victims, 84-year-old Hilda Moxley, put it simply: "He took everything we had."\n';
  assert.equal(speakerOf(text, 'He took everything'), 'Hilda Moxley');
});

test('near miss: an age in a description with no name after it names no one', () => {
  const text =
    'Hilda Moxley testified on Thursday.\n\n' +
    'Another of the alleged victims, an 84-year-old widow, said: "He lied to all of us."\n';
  assert.notEqual(speakerOf(text, 'He lied'), 'Hilda Moxley');
});

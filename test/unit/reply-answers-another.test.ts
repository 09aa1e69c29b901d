// Rule "a reply answers another" (descriptions.ts): a description whose cue is a reply ("fired back", "retorted")
// is not the person who spoke last in its paragraph. Sentences of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const directSpeaker = (text: string) => analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker;

test('a reply answers another: "After X said …, the billionaire fired back: "…"" is not X', () => {
  const text =
    'Donald Hale and Mary Ruiz debated on Sunday.\n\n' +
    'After Ruiz said it was "awfully good" that Hale was not in charge, the billionaire fired back: ' +
    '"You would be in jail."';
  assert.equal(directSpeaker(text), 'Donald Hale');
});

test("near miss: the same description with a plain cue still goes on with the paragraph's speaker", () => {
  const text =
    'Donald Hale spoke in Reno on Sunday.\n\n' +
    'Hale said the tariffs were "long overdue," and the billionaire added: "We will win this state."';
  assert.equal(directSpeaker(text), 'Donald Hale');
});

// Rule "semi-modal cue" (cueSpeaker.ts): "X had to ask the audience to stop", "she needed to explain that …" report
// for the subject before the semi-modal, and the paragraph after hands the floor to them. Sentences of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('semi-modal cue: "X had to ask the crowd to sit down" is X\'s request, and "the newswoman" then X', () => {
  const text =
    'Senator Ruth Vail and Mayor Tom Drury traded insults for an hour.\n\n' +
    '"You would sell the river if you could," Vail said.\n\n' +
    'The hall erupted. Moderator Jean Kessler had to ask the crowd to sit down.\n\n' +
    '"Please, let them finish," the TV newswoman pleaded.';
  const quotes = analyze(text).quotes;
  // the recognizer keeps "Moderator" in the name; the person is what counts
  assert.match(
    quotes.find((q) => q.kind === 'indirect' && q.text.includes('sit down'))?.speaker ?? '',
    /Jean Kessler$/,
  );
  assert.match(
    quotes.find((q) => q.kind === 'direct' && q.text.includes('let them finish'))?.speaker ?? '',
    /Jean Kessler$/,
  );
});

test('near miss: "had to" before a plain verb reports nothing', () => {
  const text = 'Moderator Jean Kessler had to leave the hall early.';
  assert.equal(analyze(text).quotes.length, 0);
});

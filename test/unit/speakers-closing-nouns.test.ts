// The subject a paragraph closes on takes the floor even when its sentence holds a cue word used as a noun.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('"about the praise" is no report: "he" is the person the paragraph closes on, not the columnist', () => {
  const text =
    'Darnell Obi scored 28 points in the win on Sunday night.\n\n' +
    'Columnist Victor Haines wrote that the rookie had earned a starting place. Obi did not seem to care about ' +
    'the praise.\n\n' +
    '"Just doing my job. Back to work tomorrow," he tweeted after the game.\n';
  assert.equal(speakerOf(text, 'Just doing my job'), 'Darnell Obi');
});

test('near miss: a cue word used as a verb still reports speech, and "he" goes on with who spoke', () => {
  const text =
    'Darnell Obi scored 28 points in the win on Sunday night.\n\n' +
    'Columnist Victor Haines wrote that the rookie had earned a starting place. Haines praised the coach too.\n\n' +
    '"This team finally has a plan," he wrote.\n';
  assert.equal(speakerOf(text, 'This team finally'), 'Victor Haines');
});

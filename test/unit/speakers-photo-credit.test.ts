// A photo credit's photographer ("Dana Whitcombe via Getty Images.") is no one the story is about (photoCredit.ts).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('a description under a photo credit is the person the story is about, not the photographer', () => {
  const text =
    'Comedian Tobias Wren posted a new sketch about the election on Thursday.\n\n' +
    'Wren, who has starred in two sitcoms, shared the clip online.\n\n' +
    'Dana Whitcombe via Getty Images.\n\n' +
    '"What if the candidates had to sing?" the 43-year-old asked in the clip.\n';
  assert.equal(speakerOf(text, 'What if the candidates'), 'Tobias Wren');
});

test('near miss: a person who spoke "via" a video link is still the one who speaks', () => {
  const text =
    'The panel opened on Thursday.\n\n' +
    'Dana Whitcombe via Zoom said the plan was late. "We need it now," she said.\n';
  assert.equal(speakerOf(text, 'We need it now'), 'Dana Whitcombe');
});

// Low-confidence attributions (issue 11): the reason the hover gives, and the positions the editor underlines.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Quote } from '../../src/core/types';
import { confidenceReason, isUncertain } from '../../src/shared/confidenceReason';
import { hoverAt } from '../../src/shared/hoverContent';
import { buildPaintData, uncertainPositions } from '../../src/shared/paintData';

const TEXT = `Ferry service resumes

"The crossing is safe again," said Ingrid Solberg, the harbour master.

The storm closed the port for three days.

"Every hour of delay costs the islands dearly."
`;

const quote = (over: Partial<Quote>): Quote => ({
  start: 100,
  end: 120,
  text: '"We will not move."',
  kind: 'direct',
  speaker: 'Ana Ruiz',
  speakerId: 'ana-ruiz',
  speakerMention: { start: 122, end: 124, text: 'he' },
  cue: { start: 125, end: 129, text: 'said' },
  confidence: 0.4,
  origin: 'machine',
  ...over,
});

test('confidenceReason: says how the speaker was found', () => {
  assert.match(confidenceReason(quote({})), /only “he” here, resolved to Ana Ruiz/);
  assert.match(confidenceReason(quote({ cue: null })), /carried over from the quote before/);
  assert.match(
    confidenceReason(quote({ speaker: null, speakerId: null, speakerMention: null, cue: null })),
    /no reporting verb and no speaker/,
  );
  assert.match(
    confidenceReason(quote({ speaker: null, speakerId: null, speakerMention: null })),
    /no speaker was found/,
  );
  assert.match(
    confidenceReason(quote({ speakerMention: { start: 900, end: 908, text: 'Ana Ruiz' } })),
    /named far from the quote/,
  );
  assert.match(
    confidenceReason(quote({ speakerMention: { start: 122, end: 134, text: 'the minister' } })),
    /a description \(“the minister”\)/,
  );
  // the core's own reason wins when it gives one
  assert.equal(
    confidenceReason({ ...quote({}), confidenceReason: 'pronoun resolved across paragraphs' } as Quote),
    'pronoun resolved across paragraphs',
  );
  assert.equal(isUncertain(quote({ confidence: 0.59 })), true);
  assert.equal(isUncertain(quote({ confidence: 0.6 })), false);
  assert.equal(isUncertain(quote({ confidence: 0.7 }), 0.8), true);
});

test('hover: an unattributed quote says why it is uncertain; a sure one does not', () => {
  const analysis = analyze(TEXT);
  const lonely = hoverAt(analysis, TEXT.indexOf('Every hour'));
  assert.match(lonely?.markdown ?? '', /Uncertain speaker: no reporting verb and no speaker near the quote/);
  const sure = hoverAt(analysis, TEXT.indexOf('crossing'));
  assert.doesNotMatch(sure?.markdown ?? '', /Uncertain speaker|Why not higher/);
});

test('paint: the uncertain positions are the low quotes only, and follow the threshold', () => {
  const analysis = analyze(TEXT);
  const data = buildPaintData(analysis, TEXT);
  const low = uncertainPositions(data.confidence, 0.6);
  assert.equal(low.length, 4, 'one range: the unattributed quote');
  assert.equal(low[0], TEXT.slice(0, TEXT.indexOf('"Every')).split('\n').length - 1);
  assert.equal(uncertainPositions(data.confidence, 0).length, 0);
  assert.ok(uncertainPositions(data.confidence, 1).length > low.length, 'with 1, every attribution below 100%');
});

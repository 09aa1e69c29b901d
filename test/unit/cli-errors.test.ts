// The CLI's error paths with a core that throws (a bug), without the built CLI: a JSONL record's analysis error is
// not turned into an empty result (the pool's worker names the line and the run exits non-zero), and the terminal
// summary of a real analysis uses the shared labels.
import test from 'node:test';
import assert from 'node:assert/strict';
import { processRecord } from '../../src/shared/batch/jsonlRecord';
import { formatSummary } from '../../src/cli/summary';
import type { Analysis } from '../../src/core/types';

test('a record whose analysis throws propagates the error instead of writing an empty result', () => {
  const failing = (): Analysis => {
    throw new Error('injected bug');
  };
  assert.throws(
    () => processRecord('{"id": 1, "text": "The mayor said the bridge would close."}', failing, 1 << 20),
    /injected bug/,
  );
  // bad input is no bug: a clear message, no exception
  assert.deepEqual(processRecord('{"id": 2}', failing, 1 << 20), {
    ok: false,
    message: '"text" must be a string (it is missing)',
  });
});

test('the terminal summary labels speakers with the shared words', () => {
  const text = '"We are ready," an official said. "So are we," said the Harbour Board.';
  const analysis: Analysis = {
    quotes: [
      {
        start: 0,
        end: 15,
        text: text.slice(0, 15),
        kind: 'direct',
        speaker: 'an official',
        speakerId: 'a1',
        speakerMention: null,
        cue: null,
        confidence: 0.9,
        origin: 'machine',
      },
      {
        start: 34,
        end: 49,
        text: text.slice(34, 49),
        kind: 'direct',
        speaker: 'the Harbour Board',
        speakerId: 'o1',
        speakerMention: null,
        cue: null,
        confidence: 0.9,
        origin: 'machine',
      },
    ],
    speakers: [
      { id: 'a1', name: 'an official', type: 'anonymous', mentions: [], quoteCount: 1 },
      { id: 'o1', name: 'the Harbour Board', type: 'organization', mentions: [], quoteCount: 1 },
    ],
    people: [],
    places: [],
  };
  const shown = formatSummary('t.news', text, analysis);
  assert.match(shown, /^== t\.news ==\n2 direct quotes, 0 reported statements, 2 speakers, 0 place mentions\n/);
  assert.match(shown, /\nan official \(anonymous source\): 1 quote\n/);
  assert.match(shown, /\nthe Harbour Board \(organization\): 1 quote\n/);
});

// What the status bar says (src/extension/statusView.ts): above all, that a failed analysis shows as an error with
// the last good counts marked stale, never as "0 quotes". Results here are made for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { statusView } from '../../src/extension/statusView';
import { isStale, type DocState } from '../../src/extension/analysisState';
import { AnalysisResult } from '../../src/shared/protocol';
import { toJsonBytes } from '../../src/shared/jsonBytes';
import type { Counts } from '../../src/shared/analysisQueries';
import { buildPaintData, lineStarts } from '../../src/shared/paintData';

const COUNTS: Counts = {
  quotes: 3,
  direct: 2,
  reported: 1,
  speakers: 2,
  anonymous: 0,
  places: 1,
  checked: 0,
  corrected: 0,
};

function result(version: number): AnalysisResult {
  const empty = { quotes: [], speakers: [], people: [], places: [] };
  const paint = buildPaintData(empty, '', new Map(), lineStarts(''));
  return new AnalysisResult({ analysisBytes: toJsonBytes(empty), paint, counts: COUNTS, orphans: [] }, version);
}

const shown = (s: DocState | undefined) => statusView(s, { slow: false, highlightsOn: true });

test('a ready result: its counts, no error', () => {
  const v = shown({ status: 'ready', result: result(4), version: 4 });
  assert.match(v.text, /^\$\(quote\) 3 quotes/);
  assert.equal(v.error, false);
});

test('a failed version over a good result: error state, last good counts marked stale, the reason in the tooltip', () => {
  const s: DocState = { status: 'error', result: result(4), version: 5, message: 'boom in reported' };
  assert.ok(isStale(s));
  const v = shown(s);
  assert.equal(v.error, true);
  assert.match(v.text, /^\$\(error\) 3 quotes.*\(stale\)$/);
  assert.match(v.tooltip, /failed \(boom in reported\).*last good result/);
  assert.match(v.label, /failed/);
  assert.doesNotMatch(v.label, /\$\(/, 'no icon names read out');
});

test('a failure with no earlier result: error state, no counts', () => {
  const s: DocState = { status: 'error', version: 1, message: 'boom' };
  assert.ok(!isStale(s));
  const v = shown(s);
  assert.deepEqual([v.text, v.error], ['$(error) analysis failed', true]);
  assert.match(v.tooltip, /boom/);
});

test('skipped and pending states are no errors', () => {
  assert.equal(shown({ status: 'skipped', version: 1, message: 'binary' }).error, false);
  assert.match(shown({ status: 'pending' }).text, /Analysing/);
  assert.match(shown(undefined).text, /Analysing/);
});

// The panel's row model for virtual scrolling: filtering, collapsing, offsets, the visible window, key steps.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { PanelQuote, ReadyState } from '../../src/extension/panelProtocol';
import { buildRows, rowAt, rowOffsets, ROW_HEIGHT, stepRow, visibleRange, VIRTUAL_THRESHOLD } from '../../src/webview/rows';

const quote = (i: number, text: string): PanelQuote => ({ start: i * 10, end: i * 10 + 5, text, kind: i % 2 ? 'direct' : 'indirect', cue: 'said', via: null, confidence: 0.9, line: i + 1 });

/** A big panel: 40 speakers with 50 quotes each, 100 unattributed quotes, 30 places. */
function bigState(): ReadyState {
  let n = 0;
  const speakers = Array.from({ length: 40 }, (_, s) => ({
    id: `s${s}`,
    name: `Speaker ${s}`,
    type: s % 10 === 9 ? ('anonymous' as const) : ('person' as const),
    role: s === 3 ? 'harbour master' : null,
    tint: s % 6,
    mentions: 3,
    first: { start: s, end: s + 1 },
    quotes: Array.from({ length: 50 }, () => quote(n++, `quote number ${n}`)),
  }));
  return {
    status: 'ready',
    fileName: 'big.news',
    version: 1,
    counts: { quotes: 2100, direct: 1050, reported: 1050, speakers: 40, anonymous: 4, places: 30 },
    speakers,
    unattributed: Array.from({ length: 100 }, () => quote(n++, `loose quote ${n}`)),
    places: Array.from({ length: 30 }, (_, i) => ({ name: `Town ${i}`, kind: 'city', country: 'Norway', count: 1, start: i, end: i + 4 })),
  };
}

test('rows: groups, speakers with their quotes, unattributed quotes, places; far above the virtual threshold', () => {
  const rows = buildRows(bigState(), '', new Set());
  assert.equal(rows.filter((r) => r.kind === 'quote').length, 2100);
  assert.equal(rows.filter((r) => r.kind === 'speaker').length, 40);
  assert.equal(rows.filter((r) => r.kind === 'place').length, 30);
  assert.deepEqual(rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.title : '')), ['Named sources', 'Anonymous sources', 'Unattributed quotes', 'Places']);
  assert.ok(rows.length > VIRTUAL_THRESHOLD);
});

test('rows: a collapsed speaker shows only its header; a filter opens it and keeps matching rows', () => {
  const state = bigState();
  const collapsed = buildRows(state, '', new Set(['s0']));
  assert.equal(collapsed.filter((r) => r.kind === 'quote' && r.speakerName === 'Speaker 0').length, 0);
  const filtered = buildRows(state, 'harbour', new Set(['s3']));
  assert.deepEqual(filtered.filter((r) => r.kind === 'speaker').map((r) => (r.kind === 'speaker' ? r.speaker.name : '')), ['Speaker 3']);
  assert.equal(filtered.filter((r) => r.kind === 'quote').length, 50, 'a matching speaker keeps all its quotes, even when collapsed');
  const byText = buildRows(state, 'loose quote 2100', new Set());
  assert.equal(byText.filter((r) => r.kind === 'quote').length, 1);
  assert.deepEqual(buildRows(state, 'nothing like this', new Set()), []);
});

test('offsets, the visible window and the row under a position', () => {
  const rows = buildRows(bigState(), '', new Set());
  const offsets = rowOffsets(rows);
  assert.equal(offsets.length, rows.length + 1);
  assert.equal(offsets[1], ROW_HEIGHT[rows[0].kind]);
  const total = offsets[rows.length];
  assert.equal(rowAt(offsets, 0), 0);
  assert.equal(rowAt(offsets, total - 1), rows.length - 1);
  const middle = rowAt(offsets, total / 2);
  assert.ok(offsets[middle] <= total / 2 && total / 2 < offsets[middle + 1]);
  const { from, to } = visibleRange(offsets, total / 2, 600, 5);
  assert.ok(to - from < 40, `a 600 px view renders few rows (${to - from})`);
  assert.ok(from <= middle && middle < to);
  assert.deepEqual(visibleRange(offsets, -100, 600, 0).from, 0);
  assert.equal(visibleRange(offsets, total + 500, 600, 0).to, rows.length);
});

test('keys step between activatable rows (quotes, places, speaker names), skipping headers and notes', () => {
  const rows = buildRows(bigState(), '', new Set(['s1']));
  const first = stepRow(rows, -1, 'ArrowDown');
  assert.equal(first, 1, 'the first speaker header (row 0 is the group title)');
  assert.equal(stepRow(rows, 1, 'ArrowDown'), 2);
  assert.equal(stepRow(rows, 1, 'ArrowUp'), 1, 'no activatable row above the first: stays');
  const end = stepRow(rows, 0, 'End');
  assert.equal(end, rows.length - 1);
  assert.equal(rows[end ?? 0].kind, 'place');
  assert.equal(stepRow(rows, rows.length - 1, 'ArrowDown'), rows.length - 1, 'stays on the last row');
  const paged = stepRow(rows, 1, 'PageDown', 20) ?? 0;
  assert.ok(paged >= 21 && rows[paged].kind !== 'group');
  assert.equal(stepRow(rows, 0, 'Home'), 1);
});

// The panel's tree rows (short and virtual panels): filtering, collapsing, tree positions, offsets, the visible
// window, the tree keys.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { PanelQuote, ReadyState } from '../../src/shared/panelProtocol';
import {
  buildRows,
  groupKey,
  rowAt,
  rowKey,
  rowOffsets,
  ROW_HEIGHT,
  treeKey,
  visibleRange,
  VIRTUAL_THRESHOLD,
} from '../../src/webview/rows';

const quote = (i: number, text: string): PanelQuote => ({
  start: i * 10,
  end: i * 10 + 5,
  text,
  kind: i % 2 ? 'direct' : 'indirect',
  cue: 'said',
  via: null,
  confidence: 0.9,
  line: i + 1,
  origin: i % 3 === 0 ? 'human' : 'machine',
});

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
    counts: {
      quotes: 2100,
      direct: 1050,
      reported: 1050,
      speakers: 40,
      anonymous: 4,
      places: 30,
      checked: 0,
      corrected: 0,
    },
    speakers,
    unattributed: Array.from({ length: 100 }, () => quote(n++, `loose quote ${n}`)),
    places: Array.from({ length: 30 }, (_, i) => ({
      name: `Town ${i}`,
      kind: 'city',
      country: 'Norway',
      count: 1,
      start: i,
      end: i + 4,
    })),
    orphans: [],
  };
}

test('rows: groups, speakers with their quotes, unattributed quotes, places; far above the virtual threshold', () => {
  const rows = buildRows(bigState(), '', new Set());
  assert.equal(rows.filter((r) => r.kind === 'quote').length, 2100);
  assert.equal(rows.filter((r) => r.kind === 'speaker').length, 40);
  assert.equal(rows.filter((r) => r.kind === 'place').length, 30);
  assert.deepEqual(
    rows.filter((r) => r.kind === 'group').map((r) => (r.kind === 'group' ? r.title : '')),
    ['Named sources', 'Anonymous sources', 'Unattributed quotes', 'Places'],
  );
  assert.ok(rows.length > VIRTUAL_THRESHOLD);
});

test('rows: a collapsed speaker shows only its header; a filter opens it and keeps matching rows', () => {
  const state = bigState();
  const collapsed = buildRows(state, '', new Set(['s0']));
  assert.equal(collapsed.filter((r) => r.kind === 'quote' && r.speakerName === 'Speaker 0').length, 0);
  const filtered = buildRows(state, 'harbour', new Set(['s3']));
  assert.deepEqual(
    filtered.filter((r) => r.kind === 'speaker').map((r) => (r.kind === 'speaker' ? r.speaker.name : '')),
    ['Speaker 3'],
  );
  assert.equal(
    filtered.filter((r) => r.kind === 'quote').length,
    50,
    'a matching speaker keeps all its quotes, even when collapsed',
  );
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

test('tree positions: groups at level 1, speakers and loose quotes and places at 2, quotes under speakers at 3', () => {
  const state = bigState();
  state.speakers[5].quotes = []; // a speaker only mentioned: a leaf
  const rows = buildRows(state, '', new Set(['s1']));
  const groups = rows.filter((r) => r.kind === 'group');
  assert.deepEqual(
    groups.map((g) => [g.level, g.posinset, g.setsize, g.parent]),
    [
      [1, 1, 4, -1],
      [1, 2, 4, -1],
      [1, 3, 4, -1],
      [1, 4, 4, -1],
    ],
  );
  const named = rows.filter((r) => r.kind === 'speaker' && r.parent === 0);
  assert.equal(named.length, 36);
  assert.ok(named.every((r, i) => r.level === 2 && r.posinset === i + 1 && r.setsize === 36));
  const s0 = rows.findIndex((r) => r.kind === 'speaker' && r.speaker.id === 's0');
  const own = rows.filter((r) => r.parent === s0);
  assert.equal(own.length, 50);
  assert.ok(own.every((r, i) => r.kind === 'quote' && r.level === 3 && r.posinset === i + 1 && r.setsize === 50));
  const s1 = rows.find((r) => r.kind === 'speaker' && r.speaker.id === 's1');
  assert.ok(s1?.kind === 'speaker' && !s1.open && s1.shownQuotes === 50, 'collapsed: closed, with children to show');
  const s5 = rows.find((r) => r.kind === 'speaker' && r.speaker.id === 's5');
  assert.ok(s5?.kind === 'speaker' && !s5.open && s5.shownQuotes === 0, 'never quoted: a leaf');
  const places = rows.filter((r) => r.kind === 'place');
  assert.ok(places.every((r) => r.level === 2 && r.setsize === 30 && rows[r.parent].kind === 'group'));
  assert.equal(new Set(rows.map(rowKey)).size, rows.length, 'every row has its own key');
});

test('a collapsed group shows only its header; a filter opens it', () => {
  const rows = buildRows(bigState(), '', new Set([groupKey('named')]));
  assert.equal(rows[0].kind === 'group' && rows[0].open, false);
  assert.equal(rows[1].kind, 'group', 'the next group follows at once');
  const filtered = buildRows(bigState(), 'Speaker 2', new Set([groupKey('named')]));
  assert.ok(filtered[0].kind === 'group' && filtered[0].open);
});

test('tree keys: Up/Down/Home/End/Page move over every row; Right opens or enters, Left closes or goes to the parent', () => {
  const rows = buildRows(bigState(), '', new Set(['s1']));
  assert.deepEqual(treeKey(rows, -1, 'ArrowDown'), { focus: 0 });
  assert.deepEqual(treeKey(rows, 0, 'ArrowDown'), { focus: 1 });
  assert.deepEqual(treeKey(rows, 0, 'ArrowUp'), { focus: 0 }, 'stays on the first row');
  assert.deepEqual(treeKey(rows, 5, 'End'), { focus: rows.length - 1 });
  assert.deepEqual(treeKey(rows, rows.length - 1, 'ArrowDown'), { focus: rows.length - 1 }, 'stays on the last row');
  assert.deepEqual(treeKey(rows, 1, 'PageDown', 20), { focus: 21 });
  assert.deepEqual(treeKey(rows, 5, 'Home'), { focus: 0 });
  // Row 1: speaker s0 (open); row 2: its first quote.
  assert.deepEqual(treeKey(rows, 1, 'ArrowRight'), { focus: 2 });
  assert.deepEqual(treeKey(rows, 2, 'ArrowLeft'), { focus: 1 });
  assert.deepEqual(treeKey(rows, 1, 'ArrowLeft'), { toggle: 1, open: false });
  assert.equal(treeKey(rows, 2, 'ArrowRight'), undefined, 'a quote has nothing to open');
  const s1 = rows.findIndex((r) => r.kind === 'speaker' && r.speaker.id === 's1');
  assert.deepEqual(treeKey(rows, s1, 'ArrowRight'), { toggle: s1, open: true });
  assert.deepEqual(treeKey(rows, s1, 'ArrowLeft'), { focus: 0 }, 'closed: Left goes to the group');
  assert.deepEqual(treeKey(rows, 0, 'ArrowLeft'), { toggle: 0, open: false });
  assert.equal(treeKey([], -1, 'ArrowDown'), undefined);
});

test('the filter finds words hidden by zero-width or bidi characters, on either side', async () => {
  const { matchesFilter } = await import('../../src/webview/rows');
  assert.ok(matchesFilter('okafor', ['Clara Oka\u200Bfor']));
  assert.ok(matchesFilter('live', ['\u202Elive\u202C']));
  assert.ok(
    matchesFilter('oka\u2060for', ['Clara Okafor']),
    'an invisible character typed or pasted in the filter is ignored too',
  );
  assert.ok(!matchesFilter('okafor', ['Clara Okafur']));
  const state = bigState();
  state.speakers[0].quotes[0] = quote(0, 'a har\u200Bbour\uFEFF deal');
  const rows = buildRows(state, 'harbour deal', new Set());
  assert.deepEqual(
    rows.filter((r) => r.kind === 'quote').map((r) => (r.kind === 'quote' ? r.quote.start : -1)),
    [0],
  );
});

test('"only unchecked" keeps the quotes no person checked, and lists orphaned corrections in their own group', () => {
  const state = bigState();
  const all = buildRows(state, '', new Set());
  const unchecked = buildRows(state, '', new Set(), { gender: true, uncheckedOnly: true });
  const quotes = (rows: typeof all): PanelQuote[] => rows.flatMap((r) => (r.kind === 'quote' ? [r.quote] : []));
  assert.ok(quotes(all).some((q) => q.origin === 'human'));
  assert.ok(quotes(unchecked).length > 0 && quotes(unchecked).every((q) => q.origin === 'machine'));
  state.orphans = [{ id: 'a7', what: 'Set speaker: Ann Reyes', text: '"Gone,"', reason: 'text-gone' }];
  const rows = buildRows(state, '', new Set());
  const group = rows.findIndex((r) => r.kind === 'group' && r.testid === 'orphans');
  assert.ok(group >= 0);
  assert.equal(rows[group + 1].kind, 'orphan');
  assert.equal(rowKey(rows[group + 1]), 'orphan:a7');
});

test('rows: documents that speak get their own group after the anonymous sources, only when there are some', () => {
  const state = bigState();
  state.speakers[5] = { ...state.speakers[5], name: 'the memo', type: 'document' };
  const titles = buildRows(state, '', new Set())
    .filter((r) => r.kind === 'group')
    .map((r) => (r.kind === 'group' ? r.title : ''));
  assert.deepEqual(titles, ['Named sources', 'Anonymous sources', 'Documents', 'Unattributed quotes', 'Places']);
  const memo = buildRows(state, '', new Set()).find((r) => r.kind === 'speaker' && r.speaker.name === 'the memo');
  assert.ok(memo);
});

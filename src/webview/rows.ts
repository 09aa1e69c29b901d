// The panel as a flat list of rows, for virtual scrolling: a long article has thousands of quotes, and only the
// rows in view are in the DOM. Pure functions (no DOM), unit-tested: which rows a filter keeps, their heights and
// offsets, which rows a scroll position shows, and where the arrow keys go.
import type { PanelPlace, PanelQuote, PanelSpeaker, ReadyState } from '../extension/panelProtocol';

export type Row =
  | { kind: 'group'; title: string; icon: string; count: number; testid: string }
  | { kind: 'speaker'; speaker: PanelSpeaker; open: boolean; shownQuotes: number }
  | { kind: 'quote'; quote: PanelQuote; speakerName: string | null; nested: boolean }
  | { kind: 'note'; text: string }
  | { kind: 'place'; place: PanelPlace };

/** Row heights in CSS pixels, matched by the `.vrow-*` rules of panel.css (virtual rows have fixed heights). */
export const ROW_HEIGHT: Record<Row['kind'], number> = { group: 30, speaker: 26, quote: 42, note: 24, place: 24 };

/** Above this many rows the panel renders only what is in view. */
export const VIRTUAL_THRESHOLD = 300;

export function matchesFilter(filter: string, haystack: (string | null | undefined)[]): boolean {
  if (!filter) return true;
  const needle = filter.toLocaleLowerCase();
  return haystack.some((h) => typeof h === 'string' && h.toLocaleLowerCase().includes(needle));
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The rows of the panel under `filter`, with collapsed speakers showing only their header. */
export function buildRows(state: ReadyState, filter: string, collapsed: ReadonlySet<string>): Row[] {
  const rows: Row[] = [];
  const speakerRows = (speakers: PanelSpeaker[]): Row[] => {
    const out: Row[] = [];
    for (const s of speakers) {
      const speakerMatches = matchesFilter(filter, [s.name, s.role]);
      const quotes = speakerMatches ? s.quotes : s.quotes.filter((q) => matchesFilter(filter, [q.text, q.cue, q.via]));
      if (!speakerMatches && quotes.length === 0) continue;
      const open = !collapsed.has(s.id) || filter.length > 0;
      out.push({ kind: 'speaker', speaker: s, open, shownQuotes: quotes.length });
      if (!open) continue;
      if (quotes.length === 0) out.push({ kind: 'note', text: `No quotes; mentioned ${plural(s.mentions, 'time', 'times')}.` });
      for (const q of quotes) out.push({ kind: 'quote', quote: q, speakerName: s.name, nested: true });
    }
    return out;
  };
  const section = (title: string, icon: string, testid: string, body: Row[], count: number): void => {
    if (body.length === 0) return;
    rows.push({ kind: 'group', title, icon, count, testid }, ...body);
  };
  const named = speakerRows(state.speakers.filter((s) => s.type !== 'anonymous'));
  section('Named sources', 'person', 'named', named, named.filter((r) => r.kind === 'speaker').length);
  const anonymous = speakerRows(state.speakers.filter((s) => s.type === 'anonymous'));
  section('Anonymous sources', 'eye-closed', 'anonymous', anonymous, anonymous.filter((r) => r.kind === 'speaker').length);
  const unattributed: Row[] = state.unattributed
    .filter((q) => matchesFilter(filter, [q.text, q.cue]))
    .map((q) => ({ kind: 'quote', quote: q, speakerName: null, nested: false }));
  section('Unattributed quotes', 'question', 'unattributed', unattributed, unattributed.length);
  const places: Row[] = state.places.filter((p) => matchesFilter(filter, [p.name, p.kind, p.country])).map((p) => ({ kind: 'place', place: p }));
  section('Places', 'location', 'places', places, places.length);
  return rows;
}

/** Rows the keyboard moves between (they reveal text in the editor). */
export const isActivatable = (row: Row): boolean => row.kind === 'quote' || row.kind === 'place' || (row.kind === 'speaker' && row.speaker.first !== null);

/** Top offset of every row, plus the total height as the last entry. */
export function rowOffsets(rows: readonly Row[]): Float64Array {
  const offsets = new Float64Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) offsets[i + 1] = offsets[i] + ROW_HEIGHT[rows[i].kind];
  return offsets;
}

/** The first row whose bottom is below `y`. */
export function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Rows [from, to) to render for a viewport [top, top + height) of the list, with `overscan` rows either side. */
export function visibleRange(offsets: Float64Array, top: number, height: number, overscan = 10): { from: number; to: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { from: 0, to: 0 };
  const first = rowAt(offsets, Math.max(0, top));
  const last = rowAt(offsets, Math.max(0, top + height - 1));
  return { from: Math.max(0, first - overscan), to: Math.min(count, last + 1 + overscan) };
}

/** Where a navigation key moves from row `current` (-1: none focused): the next/previous/first/last activatable row. */
export function stepRow(rows: readonly Row[], current: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp', page = 10): number | undefined {
  const find = (from: number, dir: 1 | -1): number | undefined => {
    for (let i = from; i >= 0 && i < rows.length; i += dir) if (isActivatable(rows[i])) return i;
    return undefined;
  };
  switch (key) {
    case 'Home':
      return find(0, 1);
    case 'End':
      return find(rows.length - 1, -1);
    case 'ArrowDown':
      return current < 0 ? find(0, 1) : (find(current + 1, 1) ?? current);
    case 'ArrowUp':
      return current <= 0 ? find(0, 1) : (find(current - 1, -1) ?? current);
    case 'PageDown':
      return find(Math.min(rows.length - 1, Math.max(0, current) + page), 1) ?? find(rows.length - 1, -1);
    case 'PageUp':
      return find(Math.max(0, current - page), -1) ?? find(0, 1);
  }
}

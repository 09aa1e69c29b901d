// The panel as a flat list of tree rows: one model for short and long articles. Each row is a treeitem with its
// level, position among its siblings and parent, so a screen reader hears the same tree whether every row is in
// the DOM (≤ VIRTUAL_THRESHOLD rows) or only the rows in view (virtual scrolling). Pure functions (no DOM),
// unit-tested: which rows a filter keeps, collapsing, tree positions, heights and offsets, the visible window and
// where each key goes.
import { withoutInvisibles } from '../shared/invisibles';
import type { PanelOrphan, PanelPlace, PanelQuote, PanelSpeaker, ReadyState } from '../shared/panelProtocol';
import {
  auditRows,
  facetKeepsPlaces,
  facetKeepsQuote,
  facetKeepsSpeaker,
  facetKeepsUnattributed,
  type AuditItem,
  type Facet,
} from './sourcesAudit';

type RowBody =
  | { kind: 'group'; title: string; icon: string; count: number; testid: string; open: boolean }
  /** `shownQuotes` 0: a leaf (a speaker never quoted, only mentioned). */
  | { kind: 'speaker'; speaker: PanelSpeaker; open: boolean; shownQuotes: number }
  | { kind: 'quote'; quote: PanelQuote; speakerName: string | null; nested: boolean }
  | { kind: 'place'; place: PanelPlace }
  /** A line of the Sources section: a count or a share, which filters the quote list when activated. */
  | { kind: 'audit'; item: AuditItem; active: boolean }

  /** A correction whose text is gone (re-anchor or delete it from the context menu or keyboard). */
  | { kind: 'orphan'; orphan: PanelOrphan };

/** Where a row sits in the tree (aria-level, aria-posinset, aria-setsize) and its parent row's index (-1: none). */
export interface TreePosition {
  level: number;
  posinset: number;
  setsize: number;
  parent: number;
}

export type Row = RowBody & TreePosition;

/** Row heights in CSS pixels in virtual mode, matched by the `.vrow-*` rules of panel.css. */
export const ROW_HEIGHT: Record<Row['kind'], number> = {
  group: 30,
  speaker: 26,
  quote: 42,
  place: 24,
  audit: 24,
  orphan: 42,
};

/** Above this many rows the panel renders only what is in view. */
export const VIRTUAL_THRESHOLD = 300;

/** The key under which a group's collapsed state is saved (speakers use their id). */
export const groupKey = (testid: string): string => `group:${testid}`;

/** Invisible characters count on neither side: "okafor" finds "Oka\u200Bfor" (see shared/invisibles). */
export function matchesFilter(filter: string, haystack: (string | null | undefined)[]): boolean {
  if (!filter) return true;
  const needle = withoutInvisibles(filter).toLocaleLowerCase();
  return haystack.some((h) => typeof h === 'string' && withoutInvisibles(h).toLocaleLowerCase().includes(needle));
}

/** How the Sources section is drawn and what it filters by (none: every row), and the coder's "only unchecked". */
export interface AuditView {
  facet?: Facet;
  /** `newsAnnotator.audit.gender`. */
  gender: boolean;
  /** Only quotes no person has checked yet (a coder working through an article), and their speakers. */
  uncheckedOnly?: boolean;
}

/**
 * The rows of the panel under `filter`, the Sources section's facet and "only unchecked"; collapsed groups and
 * speakers show only their header (a filter opens all).
 */
export function buildRows(
  state: ReadyState,
  filter: string,
  collapsed: ReadonlySet<string>,
  audit: AuditView = { gender: true },
): Row[] {
  const bodies: { body: RowBody; level: number }[] = [];
  const facet = audit.facet;
  const uncheckedOnly = audit.uncheckedOnly === true;
  const isOpen = (key: string): boolean => !collapsed.has(key) || filter.length > 0 || uncheckedOnly;
  const unchecked = (q: PanelQuote): boolean => !uncheckedOnly || q.origin !== 'human';
  const speakerRows = (speakers: PanelSpeaker[]): { body: RowBody; level: number }[] => {
    const out: { body: RowBody; level: number }[] = [];
    for (const s of speakers) {
      if (facet && !facetKeepsSpeaker(facet, s)) continue;
      const speakerMatches = matchesFilter(filter, [s.name, s.role]);
      const kept = (facet ? s.quotes.filter((q) => facetKeepsQuote(facet, q)) : s.quotes).filter(unchecked);
      if ((facet || uncheckedOnly) && kept.length === 0) continue;
      const quotes = speakerMatches ? kept : kept.filter((q) => matchesFilter(filter, [q.text, q.cue, q.via]));
      if (!speakerMatches && quotes.length === 0) continue;
      const open = quotes.length > 0 && isOpen(s.id);
      out.push({ body: { kind: 'speaker', speaker: s, open, shownQuotes: quotes.length }, level: 2 });
      if (open)
        for (const q of quotes)
          out.push({ body: { kind: 'quote', quote: q, speakerName: s.name, nested: true }, level: 3 });
    }
    return out;
  };
  const section = (
    title: string,
    icon: string,
    testid: string,
    children: { body: RowBody; level: number }[],
    count: number,
  ): void => {
    if (children.length === 0) return;
    const open = isOpen(groupKey(testid));
    bodies.push({ body: { kind: 'group', title, icon, count, testid, open }, level: 1 });
    if (open) bodies.push(...children);
  };
  const speakersIn = (rows: { body: RowBody }[]): number => rows.filter((r) => r.body.kind === 'speaker').length;
  if (state.audit) {
    const items = auditRows(state.audit, audit.gender).map((item) => ({
      body: { kind: 'audit', item, active: facetKey(item.facet) === facetKey(facet) } as RowBody,
      level: 2,
    }));
    section('Sources', 'graph', 'sources', items, state.audit.sources);
  }
  const named = speakerRows(state.speakers.filter((s) => s.type === 'person' || s.type === 'organization'));
  section('Named sources', 'person', 'named', named, speakersIn(named));
  const anonymous = speakerRows(state.speakers.filter((s) => s.type === 'anonymous'));
  section('Anonymous sources', 'eye-closed', 'anonymous', anonymous, speakersIn(anonymous));
  // a memo or a poll that speaks with no author named: a source, but neither a named nor an anonymous person
  const documents = speakerRows(state.speakers.filter((s) => s.type === 'document'));
  if (documents.length > 0) section('Documents', 'file-text', 'documents', documents, speakersIn(documents));
  const unattributed = state.unattributed
    .filter((q) => !facet || (facetKeepsUnattributed(facet) && facetKeepsQuote(facet, q)))
    .filter((q) => matchesFilter(filter, [q.text, q.cue]) && unchecked(q))
    .map((q) => ({ body: { kind: 'quote', quote: q, speakerName: null, nested: false } as RowBody, level: 2 }));
  section('Unattributed quotes', 'question', 'unattributed', unattributed, unattributed.length);
  const places = state.places
    .filter(() => !facet || facetKeepsPlaces(facet))
    .filter((p) => matchesFilter(filter, [p.name, p.kind, p.country]))
    .map((p) => ({ body: { kind: 'place', place: p } as RowBody, level: 2 }));
  section('Places', 'location', 'places', places, places.length);
  const orphans = (state.orphans ?? [])
    .filter((o) => matchesFilter(filter, [o.what, o.text]))
    .map((o) => ({ body: { kind: 'orphan', orphan: o } as RowBody, level: 2 }));
  section('Orphaned corrections', 'warning', 'orphans', orphans, orphans.length);
  return withTreePositions(bodies);
}

/** Adds each row's parent and its position among its siblings (one pass, then the set sizes). */
function withTreePositions(bodies: { body: RowBody; level: number }[]): Row[] {
  const rows: Row[] = [];
  /** The open parent at each level (index 0: the virtual root) while walking down. */
  const parents: number[] = [-1];
  const childCount = new Map<number, number>();
  for (let i = 0; i < bodies.length; i++) {
    const { body, level } = bodies[i];
    parents.length = level;
    const parent = parents[level - 1] ?? -1;
    const posinset = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, posinset);
    rows.push({ ...body, level, posinset, setsize: 0, parent });
    parents[level] = i;
  }
  for (const row of rows) row.setsize = childCount.get(row.parent) ?? 0;
  return rows;
}

/** A row's identity across renders (to keep focus and the tab stop on it). */
export function rowKey(row: Row): string {
  switch (row.kind) {
    case 'group':
      return groupKey(row.testid);
    case 'speaker':
      return `speaker:${row.speaker.id}`;
    case 'quote':
      return `quote:${row.quote.start}:${row.quote.end}`;
    case 'place':
      return `place:${row.place.start}:${row.place.end}`;
    case 'audit':
      return `audit:${facetKey(row.item.facet)}`;
    case 'orphan':
      return `orphan:${row.orphan.id}`;
  }
}

/** A facet's identity ("type:anonymous", "speaker:clara-okafor"); '' for none. */
export function facetKey(facet: Facet | undefined): string {
  if (!facet) return '';
  return facet.kind === 'speaker' ? `speaker:${facet.id}` : `${facet.kind}:${facet.value}`;
}

/** Whether a row has children to show or hide (aria-expanded). */
export const isExpandable = (row: Row): boolean =>
  row.kind === 'group' || (row.kind === 'speaker' && row.shownQuotes > 0);

/** The key a row's open/closed state is saved under, for rows that expand. */
export function collapseKey(row: Row): string | undefined {
  if (row.kind === 'group') return groupKey(row.testid);
  if (row.kind === 'speaker' && row.shownQuotes > 0) return row.speaker.id;
  return undefined;
}

export const isOpen = (row: Row): boolean => (row.kind === 'group' || row.kind === 'speaker') && row.open;

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
export function visibleRange(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan = 10,
): { from: number; to: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { from: 0, to: 0 };
  const first = rowAt(offsets, Math.max(0, top));
  const last = rowAt(offsets, Math.max(0, top + height - 1));
  return { from: Math.max(0, first - overscan), to: Math.min(count, last + 1 + overscan) };
}

export type NavKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp' | 'ArrowRight' | 'ArrowLeft';
export const NAV_KEYS: readonly string[] = [
  'ArrowDown',
  'ArrowUp',
  'Home',
  'End',
  'PageDown',
  'PageUp',
  'ArrowRight',
  'ArrowLeft',
];

/** What a key does in the tree: move focus to a row, or open/close the focused row. */
export type TreeMove = { focus: number } | { toggle: number; open: boolean };

/**
 * The tree keys (WAI-ARIA tree pattern) from row `current` (-1: none focused): Up/Down/Home/End/Page Up/Down move
 * between rows; Right opens a closed row or goes to its first child; Left closes an open row or goes to its parent.
 */
export function treeKey(rows: readonly Row[], current: number, key: NavKey, page = 10): TreeMove | undefined {
  if (rows.length === 0) return undefined;
  const last = rows.length - 1;
  const clamp = (i: number): number => Math.max(0, Math.min(last, i));
  const row = current >= 0 ? rows[current] : undefined;
  switch (key) {
    case 'Home':
      return { focus: 0 };
    case 'End':
      return { focus: last };
    case 'ArrowDown':
      return { focus: current < 0 ? 0 : clamp(current + 1) };
    case 'ArrowUp':
      return { focus: clamp(current - 1) };
    case 'PageDown':
      return { focus: clamp(Math.max(0, current) + page) };
    case 'PageUp':
      return { focus: clamp(current - page) };
    case 'ArrowRight':
      if (!row || !isExpandable(row)) return undefined;
      return isOpen(row) ? { focus: current + 1 } : { toggle: current, open: true };
    case 'ArrowLeft':
      if (!row) return undefined;
      if (isExpandable(row) && isOpen(row)) return { toggle: current, open: false };
      return row.parent >= 0 ? { focus: row.parent } : undefined;
  }
}

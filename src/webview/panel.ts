// The who-said-what panel (runs in the webview, bundled to dist/webview.js). Renders the state the extension posts.
// Every piece of article text goes in through textContent, never innerHTML: an article containing markup shows
// that markup as words, and through articleText: bidi controls and invisible characters show as [U+202E] and each
// piece sits in its own <bdi>, so a quote can neither reorder itself ("evil" shown as "live") nor its row.
import { showInvisibles } from '../shared/invisibles';
import { DEFAULT_LOW_CONFIDENCE } from '../shared/confidenceReason';
import { plural, speakerTypeLabel } from '../shared/labels';
import { displayQuote } from '../shared/quoteMarks';
import { fromJsonBytes } from '../shared/jsonBytes';
import type { PanelQuote, PanelSpeaker, PanelState, ReadyState, ToWebview } from '../shared/panelProtocol';
import { auditLabel, type AuditItem, type Facet } from './sourcesAudit';
import {
  buildRows,
  collapseKey,
  facetKey,
  groupKey,
  isExpandable,
  isOpen,
  NAV_KEYS,
  type NavKey,
  rowKey,
  rowOffsets,
  treeKey,
  visibleRange,
  VIRTUAL_THRESHOLD,
  type Row,
} from './rows';
import { CORRECTION_COMMAND_IDS } from '../shared/commandIds';
import { el } from './dom';
import { checkedCount, checkWording } from '../shared/humanCheck';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

interface SavedState {
  filter: string;
  collapsed: string[];
  uncheckedOnly?: boolean;
}
const saved = (vscode.getState() as Partial<SavedState> | undefined) ?? {};
let filter = typeof saved.filter === 'string' ? saved.filter : '';
const collapsed = new Set<string>(
  Array.isArray(saved.collapsed) ? saved.collapsed.filter((x): x is string => typeof x === 'string') : [],
);
/** Show only quotes no person has checked yet. */
let uncheckedOnly = saved.uncheckedOnly === true;
let current: PanelState | undefined;
/** `newsAnnotator.speakerTints`: off, no speaker gets a colour bar (as no speaker gets a colour in the editor). */
let tints = true;
/** Quotes below this confidence get the "?" badge (newsAnnotator.lowConfidence). */
let lowConfidence = DEFAULT_LOW_CONFIDENCE;
/** `newsAnnotator.audit.gender`: the gender estimate in the Sources section. */
let genderOn = true;
/** The Sources line the quote list is narrowed to (none: everything); cleared when another article is shown. */
let facet: Facet | undefined;
let facetFile: string | undefined;

function save(): void {
  vscode.setState({ filter, collapsed: [...collapsed], uncheckedOnly } satisfies SavedState);
}

/** Article text (a quote, name, role, cue, file name): invisible characters shown, isolated from its row. */
const articleText = (text: string, cls?: string): HTMLElement => el('bdi', { cls, text: showInvisibles(text) });

const icon = (name: string, label?: string): HTMLElement =>
  el('span', {
    cls: `codicon codicon-${name}`,
    attrs: label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': 'true' },
  });

function reveal(start: number, end: number): void {
  if (current?.status !== 'ready') return;
  vscode.postMessage({ type: 'reveal', start, end, version: current.version });
}

// --- The tree: one row per group, speaker, quote and place, the same in short and long (virtual) panels ---------
// Every row is a treeitem with aria-level/posinset/setsize (and aria-expanded when it has children); one row holds
// the tab stop (roving tabindex), so Tab enters the tree once and the arrow keys move inside it.

const typeLabelOf = (s: PanelSpeaker): string => speakerTypeLabel(s.type);

/** The chevron of a row with children; a spacer of the same width keeps leaves aligned. Not focusable: the row is. */
function twisty(row: Row): HTMLElement {
  if (!isExpandable(row)) return el('span', { cls: 'twisty', attrs: { 'aria-hidden': 'true' } });
  return el(
    'span',
    { cls: 'twisty', attrs: { 'aria-hidden': 'true', 'data-twisty': '' } },
    icon(isOpen(row) ? 'chevron-down' : 'chevron-right'),
  );
}

/** "direct · said · via “the minister” · line 3", each piece of article text isolated. */
function quoteMeta(q: PanelQuote): HTMLElement {
  const parts: Node[] = [document.createTextNode(q.kind === 'direct' ? 'direct' : 'reported')];
  const add = (...nodes: Node[]): void => void parts.push(document.createTextNode(' · '), ...nodes);
  if (q.cue) add(articleText(q.cue));
  if (q.via) add(document.createTextNode('via “'), articleText(q.via), document.createTextNode('”'));
  add(document.createTextNode(`line ${q.line}`));
  return el('span', { cls: 'quote-meta' }, ...parts);
}

/** A person's check: ✓ confirmed, ✎ corrected (saying what the machine had said), + added. */
function checkBadge(q: PanelQuote): HTMLElement | undefined {
  const check = checkWording(q);
  if (!check) return undefined;
  const said = q.machineSaid;
  const label = `${check.verb[0].toUpperCase()}${check.verb.slice(1)} by you${said ? ` (${showInvisibles(said)})` : ''}`;
  return el(
    'span',
    { cls: 'checked-badge', attrs: { 'data-testid': 'checked', 'data-check': check.verb } },
    icon(check.icon, label),
  );
}

function quoteContent(q: PanelQuote): { children: (HTMLElement | undefined)[]; cls: string } {
  const direct = q.kind === 'direct';
  const uncertain = q.confidence < lowConfidence;
  return {
    cls: `quote ${direct ? 'direct' : 'reported'}${uncertain ? ' low-confidence' : ''}`,
    children: [
      icon(direct ? 'quote' : 'comment'),
      // the row's accessible name says "uncertain speaker" (rowParts); the badge itself is for the eye
      uncertain
        ? el('span', {
            cls: 'uncertain-badge',
            text: '?',
            attrs: { 'aria-hidden': 'true', title: 'Uncertain speaker: hover the quote in the editor to see why' },
          })
        : undefined,
      el('span', { cls: 'quote-body' }, articleText(displayQuote(q.text, q.kind), 'quote-text'), quoteMeta(q)),
      checkBadge(q),
    ],
  };
}

type RowParts = { children: (HTMLElement | undefined)[]; cls: string; testid?: string; label: string };

/** The row's visible content, classes, test id and accessible name. */
function rowParts(row: Row): RowParts {
  switch (row.kind) {
    case 'group':
      return groupParts(row);
    case 'speaker':
      return speakerParts(row);
    case 'quote':
      return quoteParts(row);
    case 'orphan':
      return orphanParts(row.orphan);
    case 'audit':
      return auditParts(row.item, row.active);
    case 'place':
      return placeParts(row.place);
  }
}

function groupParts(row: Extract<Row, { kind: 'group' }>): RowParts {
  return {
    cls: 'group-title',
    testid: row.testid,
    label: `${row.title}, ${row.count}`,
    children: [
      twisty(row),
      icon(row.icon),
      el('span', { text: row.title }),
      el('span', { cls: 'muted', text: String(row.count) }),
    ],
  };
}

function speakerParts(row: Extract<Row, { kind: 'speaker' }>): RowParts {
  const s = row.speaker;
  const typeIcon = s.type === 'person' ? 'person' : s.type === 'organization' ? 'organization' : 'eye-closed';
  const quotes = plural(s.quotes.length, 'quote', 'quotes');
  const never = s.quotes.length === 0 ? `mentioned ${plural(s.mentions, 'time', 'times')}` : null;
  return {
    cls: `speaker type-${s.type}`,
    testid: 'speaker',
    label: [s.name, s.role, typeLabelOf(s), s.quotes.length === 0 ? `no quotes, ${never}` : quotes]
      .filter(Boolean)
      .join(', '),
    children: [
      twisty(row),
      el('span', { cls: `tint tint-${(tints ? s.tint : null) ?? 'none'}`, attrs: { 'aria-hidden': 'true' } }),
      icon(typeIcon),
      el(
        'span',
        { cls: 'speaker-titles' },
        articleText(s.name, 'speaker-name'),
        s.role ? articleText(s.role, 'speaker-role') : undefined,
        never ? el('span', { cls: 'speaker-role', text: never }) : undefined,
      ),
      el('span', { cls: 'badge', text: String(s.quotes.length), attrs: { title: quotes } }),
    ],
  };
}

function quoteParts(row: Extract<Row, { kind: 'quote' }>): RowParts {
  const q = row.quote;
  const kind = q.kind === 'direct' ? 'Direct quote' : 'Reported speech';
  const { children, cls } = quoteContent(q);
  const check = checkWording(q);
  const checked = check ? `, ${check.verb} by you` : '';
  const uncertain = q.confidence < lowConfidence ? ', uncertain speaker' : '';
  return {
    cls,
    testid: 'quote',
    label: `${kind}${row.speakerName ? ` by ${row.speakerName}` : ''}${uncertain}${checked}, line ${q.line}: ${q.text}`,
    children,
  };
}

function orphanParts(o: Extract<Row, { kind: 'orphan' }>['orphan']): RowParts {
  const why = o.reason === 'text-gone' ? 'its text is gone' : 'no quote is there any more';
  return {
    cls: 'orphan',
    testid: 'orphan',
    label: `${o.what}, orphaned (${why}): ${o.text}`,
    children: [
      icon('warning'),
      el(
        'span',
        { cls: 'quote-body' },
        articleText(o.text, 'quote-text'),
        el('span', { cls: 'quote-meta', text: `${o.what} · ${why} · right-click to re-anchor or delete` }),
      ),
    ],
  };
}

function placeParts(p: Extract<Row, { kind: 'place' }>['place']): RowParts {
  const facts = [p.kind, p.country && p.country !== p.name ? p.country : null]
    .filter((x): x is string => Boolean(x))
    .join(' · ');
  const mentions = plural(p.count, 'mention', 'mentions');
  return {
    cls: 'place',
    testid: 'place',
    label: `${p.name}${facts ? `, ${facts}` : ''}${p.count > 1 ? `, ${mentions}` : ''}`,
    children: [
      icon('location'),
      articleText(p.name, 'place-name'),
      facts ? el('span', { cls: 'muted', text: facts }) : undefined,
      p.count > 1 ? el('span', { cls: 'badge', text: `×${p.count}`, attrs: { title: mentions } }) : undefined,
    ],
  };
}

/** What is revealed in the editor when a row is activated (a speaker: its first mention). */
function spanOf(row: Row): { start: number; end: number } | undefined {
  switch (row.kind) {
    case 'quote':
      return row.quote;
    case 'place':
      return row.place;
    case 'speaker':
      return row.speaker.first ?? undefined;
    case 'group':
    case 'audit':
    case 'orphan':
      return undefined;
  }
}

/** A Sources line: icon, label, a bar for a share of the quoted words, the figure. */
function auditParts(item: AuditItem, active: boolean): RowParts & { testid: string } {
  let bar: HTMLElement | undefined;
  if (item.share !== undefined) {
    const fill = el('span', { cls: 'audit-bar-fill' });
    fill.style.width = `${Math.max(2, Math.round(item.share * 100))}%`; // CSSOM, allowed by the strict CSP
    bar = el('span', { cls: 'audit-bar', attrs: { 'aria-hidden': 'true' } }, fill);
  }
  const figure = item.share !== undefined ? `${Math.round(item.share * 100)}%` : String(item.count);
  const label = auditLabel(item, active);
  return {
    cls: `audit${active ? ' active' : ''}`,
    testid: item.testid,
    label,
    children: [
      el('span', { cls: 'twisty', attrs: { 'aria-hidden': 'true' } }),
      icon(active ? 'filter-filled' : item.icon),
      el('span', { cls: 'audit-label', text: item.label, attrs: { title: item.title ?? label } }),
      bar,
      el('span', {
        cls: 'badge',
        text: figure,
        attrs: { title: item.share !== undefined ? `${item.count} words` : label },
      }),
    ],
  };
}

function rowNode(row: Row, index: number): HTMLElement {
  const { children, cls, testid, label } = rowParts(row);
  const attrs: Record<string, string> = {
    role: 'treeitem',
    'aria-level': String(row.level),
    'aria-posinset': String(row.posinset),
    'aria-setsize': String(row.setsize),
    'aria-label': showInvisibles(label),
    'data-row': String(index),
    'data-key': rowKey(row),
  };
  if (isExpandable(row)) attrs['aria-expanded'] = String(isOpen(row));
  if (testid) attrs['data-testid'] = testid;
  if (row.kind === 'speaker') attrs['data-speaker-id'] = row.speaker.id;
  if (row.kind === 'quote') attrs['data-kind'] = row.quote.kind;
  if (row.kind === 'quote' && !row.nested) attrs['data-top-level'] = '';
  if (row.kind === 'audit') {
    attrs['aria-selected'] = String(row.active);
    attrs['data-facet'] = facetKey(row.item.facet);
  }
  const span = spanOf(row);
  if (span) {
    attrs['data-start'] = String(span.start);
    attrs['data-end'] = String(span.end);
  }
  const menu = menuContext(row);
  if (menu) attrs['data-vscode-context'] = JSON.stringify(menu);
  const node = el('div', { cls: `row row-${row.kind} ${cls}`, attrs }, ...children);
  node.tabIndex = rowKey(row) === tabStop ? 0 : -1;
  return node;
}

/**
 * What the panel's context menu (package.json `webview/context`) knows about a row; the corrections it offers
 * receive this object as their argument. Example: { webviewSection: 'quote', offset: 120, checked: false }.
 */
function menuContext(row: Row): Record<string, unknown> | undefined {
  const base = { preventDefaultContextMenuItems: true };
  switch (row.kind) {
    case 'quote':
      return { ...base, webviewSection: 'quote', offset: row.quote.start, checked: row.quote.origin === 'human' };
    case 'speaker':
      return { ...base, webviewSection: 'speaker', speakerId: row.speaker.id, offset: row.speaker.first?.start };
    case 'place':
      return { ...base, webviewSection: 'place', offset: row.place.start };
    case 'orphan':
      return { ...base, webviewSection: 'orphan', annotationId: row.orphan.id };
    case 'group':
    case 'audit':
      return undefined;
  }
}

/** Correction keys on a focused row: C confirm, S set speaker, Delete "not a quote / place" (or delete an orphan). */
function correctionKey(row: Row, key: string): Record<string, unknown> | undefined {
  const k = key.toLowerCase();
  if (row.kind === 'quote') {
    const at = { offset: row.quote.start };
    if (k === 'c') return { ...at, command: CORRECTION_COMMAND_IDS.confirm };
    if (k === 's') return { ...at, command: CORRECTION_COMMAND_IDS.setSpeaker };
    if (key === 'Delete') return { ...at, command: CORRECTION_COMMAND_IDS.notQuote };
  }
  if (row.kind === 'speaker' && (key === 'F2' || k === 'r'))
    return { speakerId: row.speaker.id, command: CORRECTION_COMMAND_IDS.renameSpeaker };
  if (row.kind === 'place' && key === 'Delete')
    return { offset: row.place.start, command: CORRECTION_COMMAND_IDS.notPlace };
  if (row.kind === 'orphan' && key === 'Delete')
    return { annotationId: row.orphan.id, command: CORRECTION_COMMAND_IDS.deleteAnnotation };
  return undefined;
}

/** Enter, Space or a click: reveal the row's text in the editor; on a group, open or close it. */
function activate(index: number): void {
  const row = tree?.rows[index];
  if (!row) return;
  if (row.kind === 'audit') return applyFacet(row.active ? undefined : row.item.facet, rowKey(row));
  const span = spanOf(row);
  if (span) reveal(span.start, span.end);
  else if (isExpandable(row)) toggle(index, !isOpen(row));
}

/** Narrows the quote list to a Sources line (or shows everything again) and keeps focus on that line. */
function applyFacet(next: Facet | undefined, focusKey: string): void {
  facet = next;
  renderBody();
  focusKeyed(focusKey);
}

/** Opens or closes row `index` and keeps focus on it. */
function toggle(index: number, open: boolean): void {
  const row = tree?.rows[index];
  const key = row ? collapseKey(row) : undefined;
  if (!row || !key) return;
  if (open) collapsed.delete(key);
  else collapsed.add(key);
  save();
  const focusKey = rowKey(row);
  renderBody();
  focusKeyed(focusKey);
}

function renderFilter(): HTMLElement {
  const input = el('input', {
    attrs: {
      type: 'search',
      placeholder: 'Filter speakers, quotes, places',
      'aria-label': 'Filter speakers, quotes and places',
      'data-testid': 'filter',
      spellcheck: 'false',
    },
  });
  input.value = filter;
  input.addEventListener('input', () => {
    filter = input.value;
    save();
    renderBody();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input.value) {
      e.stopPropagation();
      input.value = '';
      filter = '';
      save();
      renderBody();
    }
  });
  const unchecked = el(
    'button',
    {
      cls: `unchecked-toggle${uncheckedOnly ? ' on' : ''}`,
      attrs: {
        type: 'button',
        'aria-pressed': String(uncheckedOnly),
        title: 'Show only quotes not checked yet',
        'aria-label': 'Only unchecked quotes',
        'data-testid': 'unchecked',
      },
    },
    icon('pass'),
  );
  unchecked.addEventListener('click', () => {
    uncheckedOnly = !uncheckedOnly;
    unchecked.setAttribute('aria-pressed', String(uncheckedOnly));
    unchecked.classList.toggle('on', uncheckedOnly);
    save();
    renderBody();
  });
  return el('div', { cls: 'filter' }, icon('filter'), input, unchecked);
}

function summaryLine(s: ReadyState): HTMLElement {
  const c = s.counts;
  const text =
    `${plural(c.quotes, 'quote', 'quotes')} · ${plural(c.speakers, 'speaker', 'speakers')}` +
    `${c.anonymous > 0 ? ` (${c.anonymous} anonymous)` : ''} · ${plural(c.places, 'place', 'places')}` +
    `${c.checked > 0 ? ` · ${checkedCount(c)}` : ''}`;
  return el(
    'div',
    { cls: 'summary', attrs: { 'data-testid': 'summary', title: `${c.direct} direct, ${c.reported} reported` } },
    articleText(s.fileName, 'file-name'),
    el('span', { text }),
    s.updating
      ? el(
          'span',
          { cls: 'updating', attrs: { role: 'status', 'aria-label': 'Updating' } },
          icon('loading codicon-modifier-spin'),
        )
      : undefined,
  );
}

/** Said above a last good result kept on screen after the current version failed to analyse. */
function staleNote(reason: string): HTMLElement {
  return el(
    'div',
    { cls: 'stale', attrs: { role: 'alert', 'data-testid': 'stale' } },
    icon('error'),
    el('span', {
      text: `Not up to date: the analysis of the current version failed (${reason}). See the News Annotator output.`,
    }),
  );
}

let body: HTMLElement | undefined;

interface Tree {
  rows: Row[];
  /** The role=tree element. */
  list: HTMLElement;
  /** Rendered rows by index (all of them in a short panel; those in view in a virtual one). */
  shown: Map<number, HTMLElement>;
  /** Row tops (virtual mode only: rows at fixed heights). */
  offsets?: Float64Array;
}
let tree: Tree | undefined;
/** Key of the row holding the tab stop; kept across renders while that row exists. */
let tabStop: string | undefined;

function renderBody(): void {
  if (!body || current?.status !== 'ready') return;
  body.replaceChildren();
  tree = undefined;
  const rows = buildRows(current, filter, collapsed, { facet, gender: genderOn, uncheckedOnly });
  if (rows.length === 0) {
    if (uncheckedOnly && !filter)
      body.appendChild(el('p', { cls: 'muted empty-filter', text: 'Every quote is checked.' }));
    else if (filter) body.appendChild(el('p', { cls: 'muted empty-filter', text: `Nothing matches “${filter}”.` }));
    else body.appendChild(emptyState('No quotes, speakers or places found in this article.', false));
    return;
  }
  if (!rows.some((r) => rowKey(r) === tabStop)) tabStop = rowKey(rows[0]);
  const virtual = rows.length > VIRTUAL_THRESHOLD;
  const list = el('div', {
    cls: virtual ? 'tree vlist' : 'tree',
    attrs: {
      role: 'tree',
      'aria-label': 'Speakers, quotes and places',
      'data-testid': virtual ? 'vlist' : 'tree',
      'data-row-count': String(rows.length),
    },
  });
  body.appendChild(list);
  tree = { rows, list, shown: new Map() };
  if (virtual) {
    // Only the rows in view (plus a margin) are in the DOM, at fixed heights.
    tree.offsets = rowOffsets(rows);
    list.style.height = `${tree.offsets[rows.length]}px`;
    renderWindow();
  } else {
    rows.forEach((row, i) => tree?.shown.set(i, rowNode(row, i)));
    list.append(...tree.shown.values());
  }
}

/** Height hidden under the sticky filter bar at the top of the view. */
function stickyHeight(): number {
  return app.querySelector<HTMLElement>('.filter')?.offsetHeight ?? 0;
}

/** Virtual mode: puts the rows in view into the DOM and takes the others out; rows that stay keep their nodes (and focus). */
function renderWindow(): void {
  const t = tree;
  if (!t?.offsets || !t.list.isConnected) return;
  const listTop = t.list.getBoundingClientRect().top + window.scrollY;
  const { from, to } = visibleRange(t.offsets, window.scrollY - listTop, window.innerHeight);
  for (const [i, node] of t.shown) {
    if (i < from || i >= to) {
      node.remove();
      t.shown.delete(i);
    }
  }
  // New rows go in row order around the kept ones (always one contiguous run), so that the DOM order, which is what
  // a screen reader walks, is the visual order; kept nodes are never moved (they may hold focus).
  const firstKept = t.shown.size > 0 ? Math.min(...t.shown.keys()) : Infinity;
  const anchor = t.shown.get(firstKept) ?? null;
  for (let i = from; i < to; i++) {
    if (t.shown.has(i)) continue;
    const node = rowNode(t.rows[i], i);
    node.classList.add('vrow', `vrow-${t.rows[i].kind}`);
    node.style.transform = `translateY(${t.offsets[i]}px)`;
    t.shown.set(i, node);
    t.list.insertBefore(node, i < firstKept ? anchor : null);
  }
  ensureTabStop();
}

/**
 * Exactly one rendered row holds the tab stop, so Tab always enters the tree once: the row of `tabStop`, or while a
 * virtual panel has scrolled it out of the DOM, a row in view (until focus lands on a row and moves the stop there).
 */
function ensureTabStop(): void {
  const t = tree;
  if (!t || t.shown.size === 0) return;
  const holders = Array.from(t.list.querySelectorAll<HTMLElement>('[role="treeitem"][tabindex="0"]'));
  let keep: HTMLElement | undefined = holders.find((n) => n.dataset.key === tabStop) ?? holders[0];
  if (!keep) {
    const listTop = t.list.getBoundingClientRect().top + window.scrollY;
    const inView = t.offsets ? visibleRange(t.offsets, window.scrollY - listTop + stickyHeight(), 1, 0).from : 0;
    keep = t.shown.get(inView) ?? t.shown.values().next().value;
  }
  for (const h of holders) if (h !== keep) h.tabIndex = -1;
  if (keep) keep.tabIndex = 0;
}

/** Focus on a row moves the tab stop to it (roving tabindex). */
function takeTabStop(node: HTMLElement): void {
  const t = tree;
  if (!t) return;
  for (const other of Array.from(t.list.querySelectorAll<HTMLElement>('[role="treeitem"][tabindex="0"]')))
    if (other !== node) other.tabIndex = -1;
  node.tabIndex = 0;
  tabStop = node.dataset.key;
}

/**
 * Keeps native scrolling (Tab, scrollIntoView, focus in short lists) from putting a row under the sticky filter
 * bar: the browser leaves this much room at the top whenever it scrolls something into view.
 */
function syncScrollPadding(): void {
  document.documentElement.style.scrollPaddingTop = `${stickyHeight()}px`;
}

/** Scrolls row `index` into view (below the sticky filter), renders it (virtual mode) and returns its node. */
function showRow(index: number, atTop = false): HTMLElement | undefined {
  const t = tree;
  if (!t) return undefined;
  if (!t.offsets) {
    const node = t.shown.get(index);
    node?.scrollIntoView({ block: atTop ? 'start' : 'nearest' });
    return node;
  }
  const listTop = t.list.getBoundingClientRect().top + window.scrollY;
  // The first row comes with everything above it (summary, filter) in view, so Home or ArrowUp back to the start
  // never leaves the top of the panel hidden.
  const top = index === 0 ? 0 : listTop + t.offsets[index] - stickyHeight();
  const bottom = listTop + t.offsets[index + 1];
  if (atTop || top < window.scrollY) window.scrollTo(0, top);
  else if (bottom > window.scrollY + window.innerHeight) window.scrollTo(0, bottom - window.innerHeight);
  renderWindow();
  return t.shown.get(index);
}

function focusRow(index: number, atTop = false): HTMLElement | undefined {
  const node = showRow(index, atTop);
  node?.focus({ preventScroll: true });
  return node;
}

/** Focuses the row with this key, if it is still in the tree. */
function focusKeyed(key: string): HTMLElement | undefined {
  const index = tree?.rows.findIndex((r) => rowKey(r) === key) ?? -1;
  return index >= 0 ? focusRow(index) : undefined;
}

let windowQueued = false;
const queueWindow = (): void => {
  if (windowQueued || !tree?.offsets) return;
  windowQueued = true;
  requestAnimationFrame(() => {
    windowQueued = false;
    renderWindow();
  });
};
window.addEventListener('scroll', queueWindow, { passive: true });
window.addEventListener('resize', () => {
  syncScrollPadding(); // the bar's height follows the font size and zoom
  queueWindow();
});

function emptyState(message: string, offerAnnotate: boolean): HTMLElement {
  const box = el(
    'div',
    { cls: 'empty', attrs: { 'data-testid': 'empty' } },
    icon('comment-discussion'),
    el('p', { text: message }),
  );
  if (offerAnnotate) {
    const button = el('button', { cls: 'primary', text: 'Annotate Current File' });
    button.addEventListener('click', () => vscode.postMessage({ type: 'annotate' }));
    box.appendChild(button);
  }
  return box;
}

function render(): void {
  const s = current;
  const focused = document.activeElement as HTMLElement | null;
  const refocus = focused?.dataset.testid === 'filter' ? 'filter' : focused?.dataset.key;
  app.replaceChildren();
  body = undefined;
  tree = undefined;
  if (!s) {
    app.appendChild(
      el(
        'div',
        { cls: 'loading', attrs: { 'data-testid': 'loading', role: 'status' } },
        icon('loading codicon-modifier-spin'),
        el('span', { text: 'Loading…' }),
      ),
    );
    return;
  }
  switch (s.status) {
    case 'idle':
      app.appendChild(emptyState(s.message, s.message.includes('Annotate Current File')));
      return;
    case 'loading':
      app.appendChild(
        el(
          'div',
          { cls: 'loading', attrs: { 'data-testid': 'loading', role: 'status' } },
          icon('loading codicon-modifier-spin'),
          el('span', { text: `Analysing ${showInvisibles(s.fileName)}…` }),
        ),
      );
      return;
    case 'skipped':
      app.appendChild(emptyState(`${showInvisibles(s.fileName)} was not analysed: ${s.message}`, true));
      return;
    case 'ready':
      body = el('div', { cls: 'body' });
      app.append(...(s.stale ? [staleNote(s.stale)] : []), summaryLine(s), renderFilter(), body);
      syncScrollPadding();
      renderBody();
      if (refocus === 'filter') app.querySelector<HTMLInputElement>('[data-testid="filter"]')?.focus();
      else if (refocus)
        app.querySelector<HTMLElement>(`[data-key="${CSS.escape(refocus)}"]`)?.focus({ preventScroll: true });
      return;
  }
}

const rowIndexOf = (target: EventTarget | null): number => {
  const row = target instanceof HTMLElement ? target.closest<HTMLElement>('[role="treeitem"]') : null;
  return row ? Number(row.dataset.row) : -1;
};

/** The tree keys (see treeKey); ArrowDown in the filter box enters the tree at its tab stop. */
app.addEventListener('keydown', (e) => {
  const t = tree;
  if (!t) return;
  const target = e.target as HTMLElement;
  if (target.tagName === 'INPUT') {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    const index = t.rows.findIndex((r) => rowKey(r) === tabStop);
    focusRow(Math.max(0, index));
    return;
  }
  const index = rowIndexOf(target);
  if (index < 0) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    activate(index);
    return;
  }
  const correction = !e.ctrlKey && !e.metaKey && !e.altKey ? correctionKey(t.rows[index], e.key) : undefined;
  if (correction) {
    e.preventDefault();
    vscode.postMessage({ type: 'correct', ...correction });
    return;
  }
  if (!NAV_KEYS.includes(e.key)) return;
  e.preventDefault();
  const move = treeKey(t.rows, index, e.key as NavKey, Math.max(1, Math.floor(window.innerHeight / 42)));
  if (!move) return;
  if ('focus' in move) focusRow(move.focus);
  else toggle(move.toggle, move.open);
});

app.addEventListener('focusin', (e) => {
  const row = e.target instanceof HTMLElement && e.target.getAttribute('role') === 'treeitem' ? e.target : undefined;
  if (row) takeTabStop(row);
});

/** A click on a chevron opens or closes its row; anywhere else on a row reveals its text (a group: toggles). */
app.addEventListener('click', (e) => {
  const index = rowIndexOf(e.target);
  const row = tree?.rows[index];
  if (!row) return;
  if (e.target instanceof HTMLElement && e.target.closest('[data-twisty]')) toggle(index, !isOpen(row));
  else activate(index);
});

function isMessage(x: unknown): x is ToWebview {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (!isMessage(message)) return;
  if (message.type === 'state') {
    current = message.state;
    render();
  } else if (message.type === 'model') {
    current = { ...fromJsonBytes<ReadyState>(message.bytes), updating: message.updating, stale: message.stale };
    tints = message.tints;
    lowConfidence = message.lowConfidence ?? DEFAULT_LOW_CONFIDENCE;
    genderOn = message.gender ?? true;
    if (facetFile !== current.fileName || (facet?.kind === 'gender' && !genderOn)) facet = undefined;
    facetFile = current.fileName;
    render();
  } else if (message.type === 'updating') {
    if (current?.status !== 'ready') return;
    current = { ...current, updating: message.updating };
    render();
  } else if (message.type === 'focusSpeaker') {
    // Opened, in an open group: the speaker's quotes are what the hover link promised.
    collapsed.delete(message.speakerId);
    const speaker = current?.status === 'ready' ? current.speakers.find((s) => s.id === message.speakerId) : undefined;
    if (speaker) collapsed.delete(groupKey(speakerGroup(speaker.type)));
    if (filter) {
      filter = '';
      save();
    }
    facet = undefined;
    render();
    const index = tree?.rows.findIndex((r) => r.kind === 'speaker' && r.speaker.id === message.speakerId) ?? -1;
    const node = index >= 0 ? focusRow(index, true) : undefined;
    if (node) {
      node.classList.add('flash');
      setTimeout(() => node.classList.remove('flash'), 1200);
    }
  }
});

render();
vscode.postMessage({ type: 'ready' });

/** The panel group a speaker of this type is listed in (rows.ts). */
function speakerGroup(type: string): string {
  if (type === 'anonymous') return 'anonymous';
  return type === 'document' ? 'documents' : 'named';
}

// The who-said-what panel (runs in the webview, bundled to dist/webview.js). Renders the state the extension posts.
// Every piece of article text goes in through textContent, never innerHTML: an article containing markup shows
// that markup as words.
import { displayQuote } from '../extension/quoteMarks';
import type { PanelPlace, PanelQuote, PanelSpeaker, PanelState, ReadyState, ToWebview } from '../extension/panelProtocol';
import { buildRows, rowOffsets, stepRow, visibleRange, VIRTUAL_THRESHOLD, type Row } from './rows';

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
}
const saved = (vscode.getState() as Partial<SavedState> | undefined) ?? {};
let filter = typeof saved.filter === 'string' ? saved.filter : '';
const collapsed = new Set<string>(Array.isArray(saved.collapsed) ? saved.collapsed.filter((x): x is string => typeof x === 'string') : []);
let current: PanelState | undefined;
/** `newsAnnotator.speakerTints`: off, no speaker gets a colour bar (as no speaker gets a colour in the editor). */
let tints = true;

function save(): void {
  vscode.setState({ filter, collapsed: [...collapsed] } satisfies SavedState);
}

/** Creates an element with classes, attributes and text (text via textContent only). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { cls?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: (Node | undefined)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.cls) node.className = props.cls;
  if (props.text !== undefined) node.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  for (const c of children) if (c) node.appendChild(c);
  return node;
}

const icon = (name: string, label?: string): HTMLElement =>
  el('span', { cls: `codicon codicon-${name}`, attrs: label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': 'true' } });

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function matches(haystack: (string | null | undefined)[]): boolean {
  if (!filter) return true;
  const needle = filter.toLocaleLowerCase();
  return haystack.some((h) => typeof h === 'string' && h.toLocaleLowerCase().includes(needle));
}

function reveal(start: number, end: number): void {
  if (current?.status !== 'ready') return;
  vscode.postMessage({ type: 'reveal', start, end, version: current.version });
}

/** A focusable row that reveals [start, end) in the editor on click, Enter or Space. */
function activatable(node: HTMLElement, start: number, end: number, label: string): HTMLElement {
  node.tabIndex = 0;
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', label);
  node.dataset.start = String(start);
  node.dataset.end = String(end);
  node.addEventListener('click', () => reveal(start, end));
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal(start, end);
    }
  });
  return node;
}

function quoteItem(q: PanelQuote, speakerName: string | null, tag: 'li' | 'div' = 'li'): HTMLElement {
  const direct = q.kind === 'direct';
  const kind = direct ? 'Direct quote' : 'Reported speech';
  const text = el('span', { cls: 'quote-text', text: displayQuote(q.text, q.kind) });
  const metaParts = [direct ? 'direct' : 'reported', q.cue, q.via ? `via “${q.via}”` : null, `line ${q.line}`].filter(
    (x): x is string => Boolean(x),
  );
  const meta = el('span', { cls: 'quote-meta', text: metaParts.join(' · ') });
  const li = el(tag, { cls: `quote ${direct ? 'direct' : 'reported'}`, attrs: { 'data-testid': 'quote', 'data-kind': q.kind } },
    icon(direct ? 'quote' : 'comment', kind),
    el('span', { cls: 'quote-body' }, text, meta),
  );
  if (q.confidence < 0.5) li.classList.add('low-confidence');
  return activatable(li, q.start, q.end, `${kind}${speakerName ? ` by ${speakerName}` : ''}, line ${q.line}: ${q.text}`);
}

/** A speaker's header: twisty, tint, type icon, name (reveals the first mention) and quote count. */
function speakerHeader(s: PanelSpeaker, open: boolean): HTMLElement {
  const typeIcon = s.type === 'person' ? 'person' : s.type === 'organization' ? 'organization' : 'eye-closed';
  const typeLabel = s.type === 'anonymous' ? 'anonymous source' : s.type;
  const toggle = el('button', { cls: 'twisty', attrs: { 'aria-expanded': String(open), 'aria-label': `${open ? 'Collapse' : 'Expand'} ${s.name}` } },
    icon(open ? 'chevron-down' : 'chevron-right'),
  );
  const name = el('span', { cls: 'speaker-name', text: s.name });
  const header = el('div', { cls: 'speaker-header' },
    toggle,
    el('span', { cls: `tint tint-${(tints ? s.tint : null) ?? 'none'}`, attrs: { 'aria-hidden': 'true' } }),
    icon(typeIcon, typeLabel),
    el('span', { cls: 'speaker-titles' }, name, s.role ? el('span', { cls: 'speaker-role', text: s.role }) : undefined),
    el('span', { cls: 'badge', text: String(s.quotes.length), attrs: { title: plural(s.quotes.length, 'quote', 'quotes'), 'aria-label': plural(s.quotes.length, 'quote', 'quotes') } }),
  );
  if (s.first) activatable(name, s.first.start, s.first.end, `${s.name}, ${typeLabel}, ${plural(s.quotes.length, 'quote', 'quotes')}`);
  toggle.addEventListener('click', () => {
    if (collapsed.has(s.id)) collapsed.delete(s.id);
    else collapsed.add(s.id);
    save();
    render();
  });
  return header;
}

function speakerSection(s: PanelSpeaker): HTMLElement | undefined {
  const speakerMatches = matches([s.name, s.role]);
  const quotes = speakerMatches ? s.quotes : s.quotes.filter((q) => matches([q.text, q.cue, q.via]));
  if (!speakerMatches && quotes.length === 0) return undefined;
  const open = !collapsed.has(s.id) || filter.length > 0;
  const section = el('section', { cls: `speaker type-${s.type}`, attrs: { 'data-testid': 'speaker', 'data-speaker-id': s.id } }, speakerHeader(s, open));
  if (open) {
    if (quotes.length > 0) section.appendChild(el('ul', { cls: 'quotes' }, ...quotes.map((q) => quoteItem(q, s.name))));
    else section.appendChild(el('p', { cls: 'muted indent', text: `No quotes; mentioned ${plural(s.mentions, 'time', 'times')}.` }));
  }
  return section;
}

function placeItem(p: PanelPlace, tag: 'li' | 'div' = 'li'): HTMLElement | undefined {
  if (!matches([p.name, p.kind, p.country])) return undefined;
  const facts = [p.kind, p.country && p.country !== p.name ? p.country : null].filter((x): x is string => Boolean(x)).join(' · ');
  const li = el(tag, { cls: 'place', attrs: { 'data-testid': 'place' } },
    icon('location'),
    el('span', { cls: 'place-name', text: p.name }),
    facts ? el('span', { cls: 'muted', text: facts }) : undefined,
    p.count > 1 ? el('span', { cls: 'badge', text: `×${p.count}`, attrs: { title: plural(p.count, 'mention', 'mentions') } }) : undefined,
  );
  return activatable(li, p.start, p.end, `${p.name}${facts ? `, ${facts}` : ''}`);
}

/** A titled group; `count` defaults to the number of children (lists pass their number of rows). */
function group(title: string, testid: string, children: (HTMLElement | undefined)[], iconName: string, count?: number): HTMLElement | undefined {
  const items = children.filter((c): c is HTMLElement => c !== undefined);
  if (items.length === 0) return undefined;
  return el('div', { cls: 'group', attrs: { 'data-testid': testid } },
    el('h2', {}, icon(iconName), el('span', { text: title }), el('span', { cls: 'muted', text: ` ${count ?? items.length}` })),
    ...items,
  );
}

function list(cls: string, rows: (HTMLElement | undefined)[]): HTMLElement | undefined {
  const present = rows.filter((r): r is HTMLElement => r !== undefined);
  return present.length > 0 ? el('ul', { cls }, ...present) : undefined;
}

function renderFilter(): HTMLElement {
  const input = el('input', {
    attrs: { type: 'search', placeholder: 'Filter speakers, quotes, places', 'aria-label': 'Filter speakers, quotes and places', 'data-testid': 'filter', spellcheck: 'false' },
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
  return el('div', { cls: 'filter' }, icon('filter'), input);
}

function summaryLine(s: ReadyState): HTMLElement {
  const c = s.counts;
  const text =
    `${plural(c.quotes, 'quote', 'quotes')} · ${plural(c.speakers, 'speaker', 'speakers')}` +
    `${c.anonymous > 0 ? ` (${c.anonymous} anonymous)` : ''} · ${plural(c.places, 'place', 'places')}`;
  return el('div', { cls: 'summary', attrs: { 'data-testid': 'summary', title: `${c.direct} direct, ${c.reported} reported` } },
    el('span', { cls: 'file-name', text: s.fileName }),
    el('span', { text }),
    s.updating ? el('span', { cls: 'updating', attrs: { role: 'status', 'aria-label': 'Updating' } }, icon('loading codicon-modifier-spin')) : undefined,
  );
}

let body: HTMLElement | undefined;

function renderBody(): void {
  if (!body || current?.status !== 'ready') return;
  const s = current;
  body.replaceChildren();
  virtual = undefined;
  const rows = buildRows(s, filter, collapsed);
  if (rows.length > VIRTUAL_THRESHOLD) {
    renderVirtual(body, rows);
    return;
  }
  const named = s.speakers.filter((x) => x.type !== 'anonymous').map(speakerSection);
  const anonymous = s.speakers.filter((x) => x.type === 'anonymous').map(speakerSection);
  const unattributed = s.unattributed.filter((q) => matches([q.text, q.cue])).map((q) => quoteItem(q, null));
  const places = s.places.map((p) => placeItem(p)).filter((x): x is HTMLElement => x !== undefined);
  const parts = [
    group('Named sources', 'named', named, 'person'),
    group('Anonymous sources', 'anonymous', anonymous, 'eye-closed'),
    group('Unattributed quotes', 'unattributed', [list('quotes', unattributed)], 'question', unattributed.length),
    group('Places', 'places', [list('places', places)], 'location', places.length),
  ].filter((x): x is HTMLElement => x !== undefined);
  if (parts.length > 0) body.append(...parts);
  else if (filter) body.appendChild(el('p', { cls: 'muted empty-filter', text: `Nothing matches “${filter}”.` }));
  else body.appendChild(emptyState('No quotes, speakers or places found in this article.', false));
}

// --- Virtual scrolling: only the rows in view (plus a margin) are in the DOM, at fixed heights -----------------

interface VirtualList {
  rows: Row[];
  offsets: Float64Array;
  list: HTMLElement;
  /** Rendered rows by index. */
  shown: Map<number, HTMLElement>;
}
let virtual: VirtualList | undefined;

function virtualRow(row: Row, index: number, total: number): HTMLElement {
  let content: HTMLElement | undefined;
  let testid: string | undefined;
  switch (row.kind) {
    case 'group':
      content = el('h2', {}, icon(row.icon), el('span', { text: row.title }), el('span', { cls: 'muted', text: ` ${row.count}` }));
      break;
    case 'speaker':
      content = speakerHeader(row.speaker, row.open);
      testid = 'speaker';
      break;
    case 'quote':
      content = quoteItem(row.quote, row.speakerName, 'div');
      if (!row.nested) content.classList.add('top-level');
      break;
    case 'note':
      content = el('p', { cls: 'muted indent', text: row.text });
      break;
    case 'place':
      content = placeItem(row.place, 'div');
      break;
  }
  const node = el('div', {
    cls: `vrow vrow-${row.kind}${row.kind === 'speaker' ? ` speaker type-${row.speaker.type}` : ''}`,
    attrs: { role: 'listitem', 'aria-setsize': String(total), 'aria-posinset': String(index + 1), 'data-row': String(index) },
  }, content);
  if (testid) node.dataset.testid = testid;
  if (row.kind === 'speaker') node.dataset.speakerId = row.speaker.id;
  node.style.transform = `translateY(${virtual?.offsets[index] ?? 0}px)`;
  return node;
}

function renderVirtual(container: HTMLElement, rows: Row[]): void {
  const offsets = rowOffsets(rows);
  const list = el('div', { cls: 'vlist', attrs: { role: 'list', 'aria-label': `Speakers, quotes and places: ${rows.length} rows`, 'data-testid': 'vlist' } });
  list.style.height = `${offsets[rows.length]}px`;
  container.appendChild(list);
  virtual = { rows, offsets, list, shown: new Map() };
  renderWindow();
}

/** Height hidden under the sticky filter bar at the top of the view. */
function stickyHeight(): number {
  return app.querySelector<HTMLElement>('.filter')?.offsetHeight ?? 0;
}

/** Puts the rows in view into the DOM and takes the others out; rows that stay keep their nodes (and focus). */
function renderWindow(): void {
  const v = virtual;
  if (!v || !v.list.isConnected) return;
  const listTop = v.list.getBoundingClientRect().top + window.scrollY;
  const { from, to } = visibleRange(v.offsets, window.scrollY - listTop, window.innerHeight);
  for (const [i, node] of v.shown) {
    if (i < from || i >= to) {
      node.remove();
      v.shown.delete(i);
    }
  }
  // New rows go in row order around the kept ones (always one contiguous run), so that the DOM order, which is the
  // Tab order and what a screen reader walks, is the visual order; kept nodes are never moved (they may hold focus).
  const firstKept = v.shown.size > 0 ? Math.min(...v.shown.keys()) : Infinity;
  const anchor = v.shown.get(firstKept) ?? null;
  for (let i = from; i < to; i++) {
    if (v.shown.has(i)) continue;
    const node = virtualRow(v.rows[i], i, v.rows.length);
    v.shown.set(i, node);
    v.list.insertBefore(node, i < firstKept ? anchor : null);
  }
}

/**
 * Keeps native scrolling (Tab, scrollIntoView, focus in short lists) from putting a row under the sticky filter
 * bar: the browser leaves this much room at the top whenever it scrolls something into view.
 */
function syncScrollPadding(): void {
  document.documentElement.style.scrollPaddingTop = `${stickyHeight()}px`;
}

/** Scrolls row `index` into view (below the sticky filter), renders it and returns its node. */
function showRow(index: number, atTop = false): HTMLElement | undefined {
  const v = virtual;
  if (!v) return undefined;
  const listTop = v.list.getBoundingClientRect().top + window.scrollY;
  // The first row one can focus comes with everything above it (summary, group and speaker headers) in view, so
  // Home or ArrowUp back to the start never leaves the top rows hidden under the bar.
  const first = stepRow(v.rows, -1, 'Home') === index;
  const top = first ? 0 : listTop + v.offsets[index] - stickyHeight();
  const bottom = listTop + v.offsets[index + 1];
  if (atTop || top < window.scrollY) window.scrollTo(0, top);
  else if (bottom > window.scrollY + window.innerHeight) window.scrollTo(0, bottom - window.innerHeight);
  renderWindow();
  return v.shown.get(index);
}

function focusRow(index: number, atTop = false): HTMLElement | undefined {
  const node = showRow(index, atTop);
  const target = node?.querySelector<HTMLElement>('[role="button"][data-start]');
  target?.focus({ preventScroll: true });
  return node;
}

let windowQueued = false;
const queueWindow = (): void => {
  if (windowQueued || !virtual) return;
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
  const box = el('div', { cls: 'empty', attrs: { 'data-testid': 'empty' } }, icon('comment-discussion'), el('p', { text: message }));
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
  const refocus = focused?.dataset.testid === 'filter' ? 'filter' : focused?.dataset.start ? `${focused.dataset.start}:${focused.dataset.end}` : undefined;
  app.replaceChildren();
  body = undefined;
  if (!s) {
    app.appendChild(el('div', { cls: 'loading', attrs: { 'data-testid': 'loading', role: 'status' } }, icon('loading codicon-modifier-spin'), el('span', { text: 'Loading…' })));
    return;
  }
  switch (s.status) {
    case 'idle':
      app.appendChild(emptyState(s.message, s.message.includes('Annotate Current File')));
      return;
    case 'loading':
      app.appendChild(
        el('div', { cls: 'loading', attrs: { 'data-testid': 'loading', role: 'status' } }, icon('loading codicon-modifier-spin'), el('span', { text: `Analysing ${s.fileName}…` })),
      );
      return;
    case 'skipped':
      app.appendChild(emptyState(`${s.fileName} was not analysed: ${s.message}`, true));
      return;
    case 'ready':
      body = el('div', { cls: 'body' });
      app.append(summaryLine(s), renderFilter(), body);
      syncScrollPadding();
      renderBody();
      if (refocus === 'filter') app.querySelector<HTMLInputElement>('[data-testid="filter"]')?.focus();
      else if (refocus) {
        const [start, end] = refocus.split(':');
        app.querySelector<HTMLElement>(`[data-start="${CSS.escape(start)}"][data-end="${CSS.escape(end ?? '')}"]`)?.focus();
      }
      return;
  }
}

/** Arrow keys move between the focusable rows (quotes, speaker names, places); Home/End jump to the ends. */
app.addEventListener('keydown', (e) => {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].includes(e.key)) return;
  const target = e.target as HTMLElement;
  if (target.tagName === 'INPUT') {
    if (e.key !== 'ArrowDown') return;
  }
  if (virtual) {
    // Rows out of view are not in the DOM: move by row index, then scroll the row in and focus it.
    const at = target.closest<HTMLElement>('[data-row]');
    const current = at ? Number(at.dataset.row) : -1;
    const next = stepRow(virtual.rows, current, e.key as 'ArrowDown', Math.max(1, Math.floor(window.innerHeight / 42)));
    e.preventDefault();
    if (next !== undefined) focusRow(next);
    return;
  }
  if (e.key === 'PageDown' || e.key === 'PageUp') return;
  const rows = Array.from(app.querySelectorAll<HTMLElement>('[role="button"][data-start]'));
  if (rows.length === 0) return;
  const i = rows.indexOf(target);
  let next = 0;
  if (e.key === 'ArrowDown') next = i < 0 ? 0 : Math.min(rows.length - 1, i + 1);
  else if (e.key === 'ArrowUp') next = i <= 0 ? 0 : i - 1;
  else if (e.key === 'End') next = rows.length - 1;
  e.preventDefault();
  rows[next].focus();
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
    current = { ...(JSON.parse(message.json) as ReadyState), updating: message.updating };
    tints = message.tints;
    render();
  } else if (message.type === 'updating') {
    if (current?.status !== 'ready') return;
    current = { ...current, updating: message.updating };
    render();
  } else if (message.type === 'focusSpeaker') {
    collapsed.delete(message.speakerId);
    if (filter) {
      filter = '';
      save();
    }
    render();
    if (virtual) {
      const index = virtual.rows.findIndex((r) => r.kind === 'speaker' && r.speaker.id === message.speakerId);
      const node = index >= 0 ? focusRow(index, true) : undefined;
      if (node) {
        node.classList.add('flash');
        setTimeout(() => node.classList.remove('flash'), 1200);
      }
      return;
    }
    const section = Array.from(app.querySelectorAll<HTMLElement>('[data-testid="speaker"]')).find((n) => n.dataset.speakerId === message.speakerId);
    if (section) {
      section.scrollIntoView({ block: 'start' });
      section.classList.add('flash');
      setTimeout(() => section.classList.remove('flash'), 1200);
      section.querySelector<HTMLElement>('.speaker-name')?.focus();
    }
  }
});

render();
vscode.postMessage({ type: 'ready' });

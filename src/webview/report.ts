// The folder report (runs in the report webview, bundled to dist/report.js): totals, SVG charts and tables of
// speakers across articles, anonymous share per article and places. Every name and path goes in as textContent.
// Each row is a button: it opens the article at the speaker's first quote (or the place's first mention).
import type { ArticleLocation, FolderReport } from '../shared/report/folderReport';
import type { ReportView, ToReportView } from '../shared/report/reportProtocol';
import { barChart } from './reportCharts';
import { el } from './dom';
import { checkedTotals } from '../shared/report/checkedTotals';

interface VsCodeApi {
  postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') as HTMLElement;

/** Rows per table: the exports have every row, the page stays quick on a 10,000-article report. */
const TABLE_LIMIT = 200;
const CHART_LIMIT = 15;

const icon = (name: string): HTMLElement =>
  el('span', { cls: `codicon codicon-${name}`, attrs: { 'aria-hidden': 'true' } });
const percent = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function open(at: ArticleLocation): void {
  vscode.postMessage({ type: 'open', article: at.article, start: at.start, end: at.end });
}

/** A table whose first cell is a button opening the row's article. */
function table(
  caption: string,
  head: string[],
  rows: Array<{ cells: string[]; at: ArticleLocation; label: string }>,
  testid: string,
): HTMLElement {
  const body = rows.slice(0, TABLE_LIMIT).map((r) => {
    const button = el('button', {
      cls: 'link',
      text: r.cells[0],
      attrs: { type: 'button', title: `Open ${r.at.article}`, 'aria-label': r.label },
    });
    button.addEventListener('click', () => open(r.at));
    return el(
      'tr',
      { attrs: { 'data-testid': `${testid}-row` } },
      el('td', {}, button),
      ...r.cells.slice(1).map((c) => el('td', { cls: 'num', text: c })),
    );
  });
  const more =
    rows.length > TABLE_LIMIT
      ? el('p', { cls: 'muted', text: `Showing ${TABLE_LIMIT} of ${rows.length} rows; the exports have them all.` })
      : undefined;
  return el(
    'div',
    {},
    el(
      'table',
      { attrs: { 'data-testid': testid } },
      el('caption', { text: caption }),
      el(
        'thead',
        {},
        el('tr', {}, ...head.map((h, i) => el('th', { cls: i === 0 ? '' : 'num', text: h, attrs: { scope: 'col' } }))),
      ),
      el('tbody', {}, ...body),
    ),
    more,
  );
}

function header(view: ReportView): HTMLElement {
  const { report, cancelled, skipped, failed } = view;
  const t = report.totals;
  const notes = [
    cancelled ? 'Cancelled: the report covers the articles analysed until then.' : '',
    skipped ? `${plural(skipped, 'file', 'files')} skipped (not articles: binary, empty, too large or exports).` : '',
    failed ? `${plural(failed, 'file', 'files')} could not be analysed (see the News Annotator log).` : '',
  ].filter(Boolean);
  const g = t.gender;
  const gender = view.gender
    ? el(
        'p',
        { cls: 'gender', attrs: { title: view.genderMethod, 'data-testid': 'report-gender' } },
        icon('info'),
        el('span', {
          text: ` Named people by estimated gender: ${g.female} women, ${g.male} men, ${g.unknown} unknown`,
        }),
      )
    : undefined;
  const exports = el(
    'div',
    { cls: 'toolbar' },
    ...(['json', 'csv', 'markdown'] as const).map((format) => {
      const b = el(
        'button',
        { cls: 'export', attrs: { type: 'button', 'data-testid': `export-${format}` } },
        icon('save'),
        el('span', { text: ` Export ${format === 'markdown' ? 'Markdown' : format.toUpperCase()}` }),
      );
      b.addEventListener('click', () => vscode.postMessage({ type: 'export', format }));
      return b;
    }),
  );
  return el(
    'header',
    {},
    el('h1', { text: view.title }),
    el('p', {
      cls: 'totals',
      attrs: { 'data-testid': 'report-totals' },
      text:
        `${plural(report.articles, 'article', 'articles')} · ${plural(t.quotes, 'quote', 'quotes')} (${t.direct} direct, ${t.reported} reported, ${t.unattributed} unattributed) · ` +
        `${plural(t.speakers, 'source', 'sources')}: ${t.named} named people, ${t.organizations} organizations, ${t.anonymous} anonymous`,
    }),
    gender,
    t.checked > 0
      ? el('p', { cls: 'totals', attrs: { 'data-testid': 'report-checked' }, text: checkedTotals(t) })
      : undefined,
    ...notes.map((n) => el('p', { cls: 'note', text: n })),
    exports,
  );
}

function speakersSection(report: FolderReport): HTMLElement {
  const top = report.speakers.slice(0, CHART_LIMIT);
  return el(
    'section',
    {},
    el('h2', { text: 'Speakers across articles' }),
    barChart(
      'Most quoted speakers',
      top.map((s) => ({ label: s.name, value: s.quotes, text: plural(s.quotes, 'quote', 'quotes') })),
      'chart-speakers',
    ),
    table(
      'Speakers merged by name across articles',
      ['Speaker', 'Type', 'Articles', 'Quotes', 'Words'],
      report.speakers.map((s) => ({
        cells: [
          s.name,
          s.type === 'anonymous' ? 'anonymous' : s.type,
          String(s.articles),
          String(s.quotes),
          String(s.words),
        ],
        at: s.first,
        label: `${s.name}, ${s.type}, ${plural(s.articles, 'article', 'articles')}, ${plural(s.quotes, 'quote', 'quotes')}: open the first quote`,
      })),
      'report-speakers',
    ),
  );
}

function anonymousSection(report: FolderReport): HTMLElement {
  const byShare = [...report.perArticle].sort((a, b) => b.anonymousShare - a.anonymousShare || b.sources - a.sources);
  return el(
    'section',
    {},
    el('h2', { text: 'Anonymous sources per article' }),
    barChart(
      'Share of anonymous sources per article',
      byShare
        .slice(0, CHART_LIMIT)
        .map((a) => ({ label: a.article, value: a.anonymousShare, text: percent(a.anonymousShare) })),
      'chart-anonymous',
      1,
    ),
    table(
      'Anonymous share of each article\u2019s sources',
      ['Article', 'Sources', 'Anonymous', 'Share'],
      byShare.map((a) => ({
        cells: [a.article, String(a.sources), String(a.anonymous), percent(a.anonymousShare)],
        at: { article: a.article, ...a.first },
        label: `${a.article}: ${a.anonymous} of ${plural(a.sources, 'source', 'sources')} anonymous: open the article`,
      })),
      'report-articles',
    ),
  );
}

function placesSection(report: FolderReport): HTMLElement {
  return el(
    'section',
    {},
    el('h2', { text: 'Most mentioned places' }),
    barChart(
      'Most mentioned places',
      report.places
        .slice(0, CHART_LIMIT)
        .map((p) => ({ label: p.name, value: p.mentions, text: plural(p.mentions, 'mention', 'mentions') })),
      'chart-places',
    ),
    table(
      'Places by mentions',
      ['Place', 'Articles', 'Mentions'],
      report.places.map((p) => ({
        cells: [p.name, String(p.articles), String(p.mentions)],
        at: p.first,
        label: `${p.name}, ${plural(p.mentions, 'mention', 'mentions')}: open the first mention`,
      })),
      'report-places',
    ),
  );
}

function render(view: ReportView): void {
  app.replaceChildren(
    header(view),
    speakersSection(view.report),
    anonymousSection(view.report),
    placesSection(view.report),
  );
}

window.addEventListener('message', (event: MessageEvent<ToReportView>) => {
  const message = event.data;
  if (message?.type === 'report') render(message.view);
});
vscode.postMessage({ type: 'ready' });

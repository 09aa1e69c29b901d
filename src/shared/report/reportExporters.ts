// A folder report as JSON, CSV and Markdown: the same three formats as the one-article exports, with the same
// guards (CSV cells never start a spreadsheet formula; article text and names are escaped in Markdown).
import { csvCell, markdownText, type ExportFormat } from '../exporters';
import type { FolderReport } from './folderReport';
import { checkedTotals } from './checkedTotals';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** `{"articles", "totals", "speakers", "places", "perArticle"}`, keys in the documented order. */
export function reportToJson(report: FolderReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * One table in long form, so one file opens in any spreadsheet: a `section` column says whether the row is a
 * speaker, a place or an article; columns that do not apply to a section stay empty.
 */
export function reportToCsv(report: FolderReport): string {
  const header = [
    'section',
    'name',
    'type',
    'articles',
    'quotes',
    'words',
    'direct',
    'reported',
    'gender',
    'mentions',
    'sources',
    'anonymous',
    'anonymous_share',
    'checked',
    'corrected',
  ];
  const rows: Array<Array<string | number | null>> = [];
  for (const s of report.speakers)
    rows.push([
      'speaker',
      s.name,
      s.type,
      s.articles,
      s.quotes,
      s.words,
      s.direct,
      s.reported,
      s.gender ?? null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  for (const p of report.places)
    rows.push([
      'place',
      p.name,
      null,
      p.articles,
      null,
      null,
      null,
      null,
      null,
      p.mentions,
      null,
      null,
      null,
      null,
      null,
    ]);
  for (const a of report.perArticle) {
    rows.push([
      'article',
      a.article,
      null,
      null,
      a.quotes,
      null,
      null,
      null,
      null,
      null,
      a.sources,
      a.anonymous,
      Math.round(a.anonymousShare * 1000) / 1000,
      a.checked,
      a.corrected,
    ]);
  }
  return `${[header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\r\n')}\r\n`;
}

function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/** `limit` rows per table keep a 10,000-article report readable; the JSON and CSV have every row. */
export function reportToMarkdown(report: FolderReport, title = 'Sources across articles', limit = 100): string {
  const t = report.totals;
  const g = t.gender;
  const out = [
    `# ${markdownText(title)}`,
    '',
    `${report.articles} articles · ${t.quotes} quotes (${t.direct} direct, ${t.reported} reported, ${t.unattributed} unattributed) · ` +
      `${t.speakers} sources: ${t.named} named people, ${t.organizations} organizations, ${t.anonymous} anonymous`,
    '',
    `Named people by estimated gender (first names and titles): ${g.female} female, ${g.male} male, ${g.unknown} unknown`,
    '',
    ...(t.checked > 0 ? [checkedTotals(t), ''] : []),
    '## Speakers',
    '',
    ...table(
      ['Speaker', 'Type', 'Articles', 'Quotes', 'Words'],
      report.speakers
        .slice(0, limit)
        .map((s) => [markdownText(s.name), s.type, String(s.articles), String(s.quotes), String(s.words)]),
    ),
    '',
    '## Places',
    '',
    ...table(
      ['Place', 'Articles', 'Mentions'],
      report.places.slice(0, limit).map((p) => [markdownText(p.name), String(p.articles), String(p.mentions)]),
    ),
    '',
    '## Anonymous sources per article',
    '',
    ...table(
      ['Article', 'Sources', 'Anonymous', 'Share'],
      report.perArticle
        .slice(0, limit)
        .map((a) => [markdownText(a.article), String(a.sources), String(a.anonymous), percent(a.anonymousShare)]),
    ),
    '',
  ];
  const cut = [report.speakers, report.places, report.perArticle].some((rows) => rows.length > limit);
  if (cut) out.push(`_Tables show the first ${limit} rows; the JSON and CSV exports have them all._`, '');
  return out.join('\n');
}

export function renderReport(format: ExportFormat, report: FolderReport, title?: string): string {
  switch (format) {
    case 'json':
      return reportToJson(report);
    case 'csv':
      return reportToCsv(report);
    case 'markdown':
      return reportToMarkdown(report, title);
  }
}

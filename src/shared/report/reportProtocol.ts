// Messages between the extension and the folder report's webview, and the validation of what the webview sends
// (it renders article text and names, so it is untrusted: it may only open an article of the report, at a range).
import type { ExportFormat } from '../exporters';
import type { FolderReport } from './folderReport';

export interface ReportView {
  /** "Sources across articles — news/" */
  title: string;
  report: FolderReport;
  /** Files that were no article (binary, empty, too large, exports) and files that failed. */
  skipped: number;
  failed: number;
  /** The user cancelled: the report covers the articles analysed until then. */
  cancelled: boolean;
  /** The estimate of gender is shown (setting `newsAnnotator.audit.gender`). */
  gender: boolean;
  genderMethod: string;
}

export type ToReportView = { type: 'report'; view: ReportView };

export type FromReportView =
  | { type: 'ready' }
  | { type: 'open'; article: string; start: number; end: number }
  | { type: 'export'; format: ExportFormat };

const FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown'];
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Undefined for anything unexpected, and for an `open` of an article that is not in the report. */
export function parseReportMessage(raw: unknown, articles: ReadonlySet<string>): FromReportView | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open': {
      const { article, start, end } = m;
      if (typeof article !== 'string' || !articles.has(article) || !isOffset(start) || !isOffset(end) || start > end)
        return undefined;
      return { type: 'open', article, start, end };
    }
    case 'export':
      return FORMATS.includes(m.format as ExportFormat)
        ? { type: 'export', format: m.format as ExportFormat }
        : undefined;
    default:
      return undefined;
  }
}

/** Every article a report row can open: the per-article rows, and the first location of speakers and places. */
export function reportArticles(report: FolderReport): Set<string> {
  return new Set(report.perArticle.map((a) => a.article));
}

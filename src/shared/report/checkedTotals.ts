// How far a coding of a folder has got, worded once for the report panel and the Markdown export.
import type { ReportTotals } from './folderReport';

/** "Checked by people: 40 quotes in 3 articles (6 corrected or added)". */
export function checkedTotals(t: Pick<ReportTotals, 'checked' | 'corrected' | 'checkedArticles'>): string {
  const articles = `${t.checkedArticles} ${t.checkedArticles === 1 ? 'article' : 'articles'}`;
  return `Checked by people: ${t.checked} ${t.checked === 1 ? 'quote' : 'quotes'} in ${articles} (${t.corrected} corrected or added)`;
}

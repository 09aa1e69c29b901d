/**
 * One article file → its summary, inside a pool worker: reading, analysis and summarising all happen off the main
 * thread, and only the summary (about 1 KB) comes back. Files that are no article (binary, empty, too large, an
 * export) are "skipped" with the reason; a file that cannot be read, whose analysis throws or whose corrections file
 * is broken is an error. The people's corrections are applied first (`annotate`), as in every other view.
 */
import type { Analysis } from '../../core/types';
import { summarizeArticle, type ArticleSummary } from '../report/articleSummary';
import type { RecordResult } from './jsonlRecord';
import { looksGenerated } from './articleFiles';
import { readArticle } from './readArticle';

export type ReportReply = { summary: ArticleSummary } | { skipped: string };

/** The analysis with the person's corrections applied, or why they cannot be (a broken sidecar names its file). */
export type Annotate = (
  path: string,
  text: string,
  analysis: Analysis,
) => Promise<{ ok: true; analysis: Analysis } | { ok: false; message: string }>;

export async function reportJob(
  path: string,
  analyze: (text: string) => Analysis,
  maxBytes: number,
  annotate?: Annotate,
): Promise<RecordResult> {
  const read = await readArticle(path, maxBytes);
  if (!read.ok) {
    // binary, empty or too large: not an article, say so and go on; anything else (unreadable) is a failure
    const skip = read.empty || /binary|too large/i.test(read.message);
    return skip
      ? { ok: true, line: JSON.stringify({ skipped: read.message } satisfies ReportReply) }
      : { ok: false, message: read.message };
  }
  if (looksGenerated(read.text)) {
    return {
      ok: true,
      line: JSON.stringify({ skipped: 'an export written by News Annotator, not an article' } satisfies ReportReply),
    };
  }
  let analysis: Analysis;
  try {
    analysis = analyze(read.text);
  } catch (error) {
    return { ok: false, message: `the analysis failed: ${(error as Error).message}` };
  }
  if (annotate) {
    // a broken sidecar is this article's error: counting the machine's answer as the coder's would mislead
    const annotated = await annotate(path, read.text, analysis);
    if (!annotated.ok) return { ok: false, message: annotated.message };
    analysis = annotated.analysis;
  }
  return { ok: true, line: JSON.stringify({ summary: summarizeArticle(analysis) } satisfies ReportReply) };
}

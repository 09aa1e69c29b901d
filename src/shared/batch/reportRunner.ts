/**
 * Runs a folder report on a worker pool: the paths stream in, each worker reads, analyses and summarises one
 * article, and the summaries are folded into the report in path order as they come back. At most a few jobs per
 * worker are in flight, so memory stays flat for 10,000 articles. Used by `news-annotate --report` and by the
 * extension's Report on Folder command (which passes the CLI bundle as the worker script).
 */
import { FolderReport, ReportBuilder } from '../report/folderReport';
import { OrderedPool } from './pool';
import type { ReportReply } from './reportJob';

export const REPORT_WORKER_ROLE = 'news-annotate/report';

export interface ReportWorkerData {
  role: typeof REPORT_WORKER_ROLE;
  maxBytes: number;
  /**
   * Whose corrections the summaries count: 'files' applies each article's sidecar (story.txt.annotations.json),
   * as every other view does; 'none' reports the machine's analysis alone (`--no-annotations`).
   */
  annotations: 'files' | 'none';
  /** Sidecars kept in the editor's workspace storage instead of files, by article path (applied before files). */
  stored?: Record<string, unknown>;
}

export interface ReportRun {
  /** The worker script: the CLI bundle (dist/cli.js), which answers the report role. */
  script: string;
  files: AsyncIterable<string>;
  jobs: number;
  maxBytes: number;
  /** Apply the people's corrections (sidecar files, and `stored`); true unless asked otherwise. */
  annotations?: boolean;
  /** See ReportWorkerData.stored. */
  stored?: Record<string, unknown>;
  /** How an article is named in the report's rows (a path relative to the folder, a URI). */
  label?: (path: string) => string;
  /** Called as each article's result arrives (progress). */
  onArticle?: (path: string, index: number) => void;
  onSkip: (path: string, why: string) => void;
  onError: (path: string, message: string) => void;
  /** Checked before each submission: true stops reading more files (what has been analysed is still reported). */
  cancelled?: () => boolean;
}

export async function runReport(run: ReportRun): Promise<FolderReport> {
  const builder = new ReportBuilder();
  const paths = new Map<number, string>();
  let done = 0;
  let submitted = 0;
  const pool = new OrderedPool({
    script: run.script,
    workerData: {
      role: REPORT_WORKER_ROLE,
      maxBytes: run.maxBytes,
      annotations: run.annotations === false ? 'none' : 'files',
      ...(run.stored ? { stored: run.stored } : {}),
    } satisfies ReportWorkerData,
    size: run.jobs,
    window: run.jobs * 4,
    onResult: (seq, result) => {
      const path = paths.get(seq) as string;
      paths.delete(seq);
      run.onArticle?.(path, done++);
      if (!result.ok) return run.onError(path, result.message);
      const reply = JSON.parse(result.line) as ReportReply;
      if ('skipped' in reply) run.onSkip(path, reply.skipped);
      else builder.add(run.label ? run.label(path) : path, reply.summary);
    },
  });
  try {
    for await (const path of run.files) {
      if (run.cancelled?.()) break;
      // named before submitting: the pool numbers jobs 0, 1, 2… and may answer before submit() returns
      paths.set(submitted++, path);
      await pool.submit(path);
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  return builder.build();
}

/**
 * `news-annotate --report DIR`: every article below DIR analysed on all cores, folded into one report printed as
 * Markdown, JSON or CSV. Skipped files (binary, empty, too large, exports) are named on stderr and do not change the
 * exit status; a file that cannot be read or analysed, or a folder that does not exist, makes it 1.
 */
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { renderReport } from '../shared/report/reportExporters';
import type { CliOptions, ReportFormat } from './args';
import { articleFiles } from '../shared/batch/articleFiles';
import { runReport } from '../shared/batch/reportRunner';

export interface ReportIo {
  script: string;
  maxBytes: number;
  write: (text: string) => Promise<void>;
  fail: (message: string) => void;
}

export async function reportCommand(options: CliOptions, io: ReportIo): Promise<boolean> {
  const dir = options.report as string;
  let ok = true;
  let found = 0;
  async function* paths(): AsyncGenerator<string> {
    for await (const entry of articleFiles(dir)) {
      if ('error' in entry) {
        io.fail(`${entry.path}: ${entry.error}`);
        ok = false;
        continue;
      }
      found++;
      yield entry.path;
    }
  }
  const report = await runReport({
    script: io.script,
    files: paths(),
    jobs: options.jobs ?? availableParallelism(),
    maxBytes: io.maxBytes,
    annotations: options.annotations,
    label: (path) => relative(dir, path) || path,
    onSkip: (path, why) => io.fail(`${path}: skipped: ${why}`),
    onError: (path, message) => {
      io.fail(`${path}: ${message}`);
      ok = false;
    },
  });
  if (ok && found === 0) io.fail(`${dir}: no articles found (.txt, .md, .news, .article)`);
  await io.write(
    renderReport(
      (options.format as ReportFormat | undefined) ?? 'markdown',
      report,
      `Sources across articles — ${dir}`,
    ),
  );
  return ok;
}

/**
 * `news-annotate`: the analysis core on the command line.
 *
 * One bundle (dist/cli.js) plays both roles: run normally it is the CLI; started as a worker thread by the
 * `--jsonl` pool it analyses records. The core is loaded lazily, so `--help` is instant
 * and the `--jsonl` main thread, which only splits lines and writes results, never loads it.
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { version } from '../../package.json';
import { DEFAULT_MAX_BYTES } from '../core/text/input';
import type { Analysis } from '../core/types';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { checkFile, formatFinding, type CliFinding } from './check';
import { compareBrat, exportBrat, importBrat, undoBratImport, type Annotate, type BratContext } from './bratCommands';
import { processRecord } from '../shared/batch/jsonlRecord';
import { readLines } from './lines';
import { OrderedPool, type WorkerJob, type WorkerReply } from '../shared/batch/pool';
import { readArticle } from '../shared/batch/readArticle';
import { reportCommand } from './reportCommand';
import { reportJob } from '../shared/batch/reportJob';
import { REPORT_WORKER_ROLE, type ReportWorkerData } from '../shared/batch/reportRunner';
import { withAnnotations, withStoredOrFileAnnotations } from './annotations';
import { formatSummary } from './summary';
import { escapeControls, escapeJsonControls } from '../shared/batch/terminalText';

const WORKER_ROLE = 'news-annotate/jsonl';

interface JsonlWorkerData {
  role: typeof WORKER_ROLE;
  maxBytes: number;
}

type AnalyzeFn = (text: string) => Analysis;

async function loadAnalyze(): Promise<AnalyzeFn> {
  const core = await import('../core/index');
  return (text) => core.analyze(text);
}

/** One message, one line: a file name or a JSON error quoting the input can neither drive the terminal nor add lines. */
function fail(message: string): void {
  process.stderr.write(`news-annotate: ${escapeControls(message)}\n`);
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Writes with back-pressure, so a slow consumer (a pipe to gzip) holds the pipeline instead of filling memory. */
function write(text: string): Promise<void> {
  if (process.stdout.write(text)) return Promise.resolve();
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function annotateFiles(options: CliOptions): Promise<boolean> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let analyze: AnalyzeFn | undefined;
  let allOk = true;
  const results: Array<[string, Analysis]> = [];
  let printed = 0;
  for (const file of options.files) {
    const name = file === '-' ? '<stdin>' : file;
    const read = await readArticle(file, maxBytes);
    let analysis: Analysis;
    if (!read.ok) {
      fail(`${name}: ${read.message}`);
      if (!read.empty) {
        allOk = false;
        continue;
      }
      analysis = { quotes: [], speakers: [], people: [], places: [] };
    } else {
      if (read.warning) fail(`${name}: warning: ${read.warning}`);
      analyze ??= await loadAnalyze();
      try {
        analysis = analyze(read.text);
      } catch (error) {
        // A bug in the core: name the file and give the stack, which a bug report needs.
        fail(`${name}: the analysis failed (an internal error): ${describeError(error)}`);
        allOk = false;
        continue;
      }
      const annotated =
        options.annotations && file !== '-'
          ? await withAnnotations(file, read.text, analysis)
          : { ok: true as const, analysis, orphans: 0 };
      if (!annotated.ok) {
        fail(annotated.message);
        allOk = false;
        continue;
      }
      analysis = annotated.analysis;
      if (annotated.orphans > 0)
        fail(
          `${name}: warning: ${annotated.orphans} annotation(s) no longer match the text (orphaned; kept in the file)`,
        );
    }
    if (options.json) results.push([file, analysis]);
    else {
      await write(
        (printed++ > 0 ? '\n' : '') + formatSummary(escapeControls(name), read.ok ? read.text : '', analysis),
      );
    }
  }
  if (options.json) {
    if (options.files.length === 1) {
      if (results.length === 1) await write(escapeJsonControls(JSON.stringify(results[0][1], null, 2)) + '\n');
    } else {
      await write(escapeJsonControls(JSON.stringify(Object.fromEntries(results), null, 2)) + '\n');
    }
  }
  return allOk;
}

/** `--check`: exit 2 if a file could not be read or analysed, else 1 if any finding is an error, else 0. */
async function checkFiles(options: CliOptions): Promise<number> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let analyze: AnalyzeFn | undefined;
  let unreadable = false;
  const all: CliFinding[] = [];
  for (const file of options.files) {
    const name = file === '-' ? '<stdin>' : file;
    const read = await readArticle(file, maxBytes);
    if (!read.ok) {
      if (!read.empty) {
        fail(`${name}: ${read.message}`);
        unreadable = true;
      }
      continue; // an empty file has nothing to check
    }
    if (read.warning) fail(`${name}: warning: ${read.warning}`);
    analyze ??= await loadAnalyze();
    let found: CliFinding[];
    try {
      found = checkFile(name, read.text, analyze(read.text), { severities: options.rules });
    } catch (error) {
      fail(`${name}: the analysis failed: ${(error as Error).message}`);
      unreadable = true;
      continue;
    }
    all.push(...found);
    if (options.format !== 'json') for (const f of found) await write(escapeControls(formatFinding(f)) + '\n');
  }
  if (options.format === 'json') await write(escapeJsonControls(JSON.stringify(all, null, 2)) + '\n');
  if (unreadable) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

async function annotateJsonl(options: CliOptions): Promise<boolean> {
  const source = options.jsonl as string;
  const name = source === '-' ? '<stdin>' : source;
  const stream = source === '-' ? process.stdin : createReadStream(source);
  const jobs = options.jobs ?? availableParallelism();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const lineNumbers = new Map<number, number>();
  let allOk = true;
  const pool = new OrderedPool({
    script: __filename,
    workerData: { role: WORKER_ROLE, maxBytes } satisfies JsonlWorkerData,
    size: jobs,
    // Enough queued work to keep every worker busy while results wait for their turn, and no more.
    window: jobs * 4,
    onResult: async (seq, result) => {
      const line = lineNumbers.get(seq);
      lineNumbers.delete(seq);
      if (result.ok) await write(result.line + '\n');
      else {
        allOk = false;
        fail(`${name}:${line}: ${result.message}`);
      }
    },
  });
  // JSON escapes make a record's line longer than its text; twice the text limit leaves room for them
  const maxLine = 2 * maxBytes;
  try {
    for await (const line of readLines(stream, maxLine)) {
      if (line.tooLong) {
        const limit = `the line is longer than ${(maxLine / (1024 * 1024)).toFixed(1)} MB (twice --max-size)`;
        fail(
          `${name}:${line.number}: ${limit}${line.endless ? ' and no line feed follows: this is not JSON lines, the rest of the input is skipped' : ': skipped'}`,
        );
        allOk = false;
        if (line.endless) break;
        continue;
      }
      if (line.text.trim() === '') continue; // blank lines (a trailing newline, spacing) are no records
      // JSON never holds a raw NUL: this is a binary file, and reporting each of its "lines" would say nothing more
      if (line.text.includes('\u0000')) {
        fail(`${name}:${line.number}: this looks like binary data, not JSON lines: the rest of the input is skipped`);
        allOk = false;
        break;
      }
      const seq = await pool.submit(line.text);
      lineNumbers.set(seq, line.number);
    }
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    fail(`${name}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : message}`);
    allOk = false;
  }
  await pool.drain();
  await pool.close();
  return allOk;
}

/** Worker-thread side of `--jsonl`: one record in, one result out. */
async function runJsonlWorker(data: JsonlWorkerData): Promise<void> {
  const analyze = await loadAnalyze();
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      reply = { seq: job.seq, result: processRecord(job.raw, analyze, data.maxBytes) };
    } catch (error) {
      // the record is named by its line; the stack goes with it, once per failing record
      reply = {
        seq: job.seq,
        result: { ok: false, message: `the analysis failed (an internal error): ${describeError(error)}` },
      };
    }
    port.postMessage(reply);
  });
}

/** Worker-thread side of `--report` (and of the extension's Report on Folder): one article path in, its summary out. */
async function runReportWorker(data: ReportWorkerData): Promise<void> {
  const analyze = await loadAnalyze();
  const port = parentPort;
  if (!port) return;
  const annotate =
    data.annotations === 'none'
      ? undefined
      : (path: string, text: string, analysis: Analysis) =>
          withStoredOrFileAnnotations(data.stored, path, text, analysis);
  port.on('message', (job: WorkerJob) => {
    void reportJob(job.raw, analyze, data.maxBytes, annotate).then(
      (result) => port.postMessage({ seq: job.seq, result } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({
          seq: job.seq,
          result: { ok: false, message: `the analysis failed: ${(error as Error).message}` },
        } satisfies WorkerReply),
    );
  });
}

/** The brat modes (--format brat, --compare, --import-brat); undefined when none was asked for. */
async function runBrat(options: CliOptions): Promise<boolean | undefined> {
  let analyze: AnalyzeFn | undefined;
  const ctx: BratContext = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    analyze: async () => (analyze ??= await loadAnalyze()),
    write,
    fail,
  };
  const [file] = options.files;
  const annotate: Annotate = async (path, text, analysis) => {
    if (!options.annotations || path === '-') return analysis;
    const annotated = await withAnnotations(path, text, analysis);
    if (annotated.ok) return annotated.analysis;
    fail(annotated.message);
    return undefined;
  };
  if (options.brat) return exportBrat(file, ctx, annotate);
  if (options.compare !== undefined) return compareBrat(options.compare, file, options.json, ctx);
  if (options.importBrat !== undefined) return importBrat(options.importBrat, file, ctx);
  if (options.undoImport) return undoBratImport(file, ctx);
  return undefined;
}

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    fail(error.message);
    process.stderr.write(`Try 'news-annotate --help'.\n`);
    return 2;
  }
  if (options.help) {
    await write(USAGE);
    return 0;
  }
  if (options.version) {
    await write(`news-annotate ${version}\n`);
    return 0;
  }
  if (options.check) return checkFiles(options);
  if (options.report !== undefined) {
    return (await reportCommand(options, {
      script: __filename,
      maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
      write,
      fail,
    }))
      ? 0
      : 1;
  }
  const ok =
    options.jsonl !== undefined
      ? await annotateJsonl(options)
      : ((await runBrat(options)) ?? (await annotateFiles(options)));
  return ok ? 0 : 1;
}

if (isMainThread) {
  // A closed pipe (`news-annotate … | head`) is the reader's choice, not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // The message may quote input, so it is escaped like any other; the stack frames follow on their own lines.
      fail(`internal error: ${error instanceof Error ? error.message : String(error)}`);
      const frames = error instanceof Error ? (error.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)) : [];
      for (const frame of frames) process.stderr.write(`${escapeControls(frame)}\n`);
      process.exitCode = 70;
    },
  );
} else if ((workerData as JsonlWorkerData | undefined)?.role === WORKER_ROLE) {
  void runJsonlWorker(workerData as JsonlWorkerData);
} else if ((workerData as ReportWorkerData | undefined)?.role === REPORT_WORKER_ROLE) {
  void runReportWorker(workerData as ReportWorkerData);
}

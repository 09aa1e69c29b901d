/**
 * `npm run bench`: speed, scaling and memory of the analysis core, against compromise's own
 * `nlp(text)` + `.people()` + `.places()` + `.quotations()` measured on the same texts in the same run, and the
 * responsiveness of the extension's worker pipeline. Prints ratios next to every target so a slow machine does not
 * hide or fake a regression. Runs in about a minute or two.
 *
 *   npm run bench                 # everything
 *   npm run bench -- --quick      # smaller sizes, fewer runs (a smoke check)
 *   npm run bench -- --extension  # only the extension pipeline section (about 20 s)
 *   npm run bench -- --memory     # only the memory section, with huge inputs that have no paragraph breaks too
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { analyze } from '../src/core/index';
import { WINDOWED_FROM } from '../src/core/text/windows';
import { ADVERSARIAL_CASES } from '../test/unit/linearCases';
import { benchCorpus, generateArticle } from './bench/articles';
import { benchExtensionPipeline } from './bench/pipeline';
import {
  kb,
  mb,
  median,
  ms,
  ratio,
  timeAlternating,
  timeAlternatingFor,
  timeMedian,
  timeOnce,
  verdict,
} from './bench/measure';

const repo = resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const extensionOnly = process.argv.includes('--extension');
const memoryOnly = process.argv.includes('--memory');

function baseline(text: string): number {
  const doc = nlp(text);
  // The views are built lazily by compromise only when matched; .length forces each match.
  return doc.people().length + doc.places().length + doc.quotations().length;
}

function heading(title: string): void {
  console.log(`\n## ${title}`);
}

function row(cells: string[], widths: number[]): void {
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}

/** Loads a module in a fresh node process and reports require time and the first call's time. */
function loadCost(
  label: string,
  requireExpr: string,
  firstCall: string,
  textFile: string,
): { require: number; first: number } {
  const script = `
    const { performance } = require('node:perf_hooks');
    const text = require('node:fs').readFileSync(${JSON.stringify(textFile)}, 'utf8');
    const t0 = performance.now();
    const mod = ${requireExpr};
    const t1 = performance.now();
    ${firstCall};
    const t2 = performance.now();
    process.stdout.write(JSON.stringify({ require: t1 - t0, first: t2 - t1 }));`;
  const runs: Array<{ require: number; first: number }> = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const r = spawnSync(process.execPath, ['-e', script], { cwd: repo, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${label}: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout) as { require: number; first: number });
  }
  return { require: median(runs.map((r) => r.require)), first: median(runs.map((r) => r.first)) };
}

/** The core alone, bundled as the extension's worker would load it, so its load cost can be measured apart. */
function buildCoreBundle(): string {
  const outfile = join(repo, 'out', 'bench', 'core.js');
  // node_modules/esbuild/bin/esbuild is the native binary, run directly.
  const esbuild = join(repo, 'node_modules', 'esbuild', 'bin', 'esbuild');
  const args = [
    'src/core/index.ts',
    '--bundle',
    '--platform=node',
    '--target=node20',
    '--format=cjs',
    `--outfile=${outfile}`,
    '--log-level=warning',
  ];
  const r = spawnSync(esbuild, args, { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bundling the core failed: ${r.stderr || r.error?.message}`);
  return outfile;
}

/** Child mode: analyse one generated input in a fresh process and report time and memory. */
function memoryChild(kind: string, size: number): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  analyze(generateArticle(5_000, 3)); // load everything lazy first, so the delta is the input's own cost
  const article = generateArticle(size, 9);
  // 'line': no line break at all; 'newlines': single line breaks only, so no paragraph break to cut at
  const text =
    kind === 'line' ? article.replace(/\n+/g, ' ') : kind === 'newlines' ? article.replace(/\n+/g, '\n') : article;
  gc?.();
  const before = process.memoryUsage();
  const t0 = performance.now();
  const analysis = analyze(text);
  const elapsed = performance.now() - t0;
  const after = process.memoryUsage();
  const resultBytes = JSON.stringify(analysis).length;
  process.stdout.write(
    JSON.stringify({
      chars: text.length,
      ms: elapsed,
      peakRss: process.resourceUsage().maxRSS * 1024,
      rssBefore: before.rss,
      heapDelta: after.heapUsed - before.heapUsed,
      resultBytes,
      quotes: analysis.quotes.length,
    }),
  );
}

/** Working memory per input byte on the big article (was 110× before the compact document model). */
const MAX_WORKING_PER_BYTE = 64;

interface MemoryFigures {
  chars: number;
  ms: number;
  peakRss: number;
  rssBefore: number;
  heapDelta: number;
  resultBytes: number;
  quotes: number;
}

function runMemoryChild(kind: string, size: number): MemoryFigures {
  const r = spawnSync(process.execPath, ['--expose-gc', __filename, '--child=memory', kind, String(size)], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`memory child (${kind} ${size}) failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as MemoryFigures;
}

/**
 * Peak memory on big inputs, each in a fresh process. `huge` adds the inputs windowing must cut without a paragraph
 * break (10 MB on one line, 10 MB with single line breaks only); the full bench keeps to the four classic rows.
 */
function memorySection(huge: boolean): void {
  heading('Memory on big inputs (fresh process each)');
  const big = quick ? 2 * 1024 * 1024 : 10 * 1024 * 1024;
  const line = quick ? 1024 * 1024 : 5 * 1024 * 1024;
  const mw = [30, 9, 10, 11, 11, 12, 10];
  row(['input', 'size', 'time', 'RSS before', 'peak RSS', 'heap delta', 'result'], mw);
  const lineTimes: number[] = [];
  const articles: MemoryFigures[] = [];
  const inputs: Array<[string, string, number]> = [
    [`${mb(big / 10)} article`, 'article', big / 10],
    [`${mb(big)} article`, 'article', big],
    [`${mb(line / 2)} single line`, 'line', line / 2],
    [`${mb(line)} single line`, 'line', line],
  ];
  if (huge)
    inputs.push([`${mb(big)} single line`, 'huge-line', big], [`${mb(big)} single newlines only`, 'newlines', big]);
  for (const [label, kind, size] of inputs) {
    const m = runMemoryChild(kind === 'huge-line' ? 'line' : kind, size);
    if (kind === 'line') lineTimes.push(m.ms);
    else if (kind === 'article') articles.push(m);
    row([label, kb(m.chars), ms(m.ms), mb(m.rssBefore), mb(m.peakRss), mb(m.heapDelta), mb(m.resultBytes)], mw);
  }
  // Working memory: what the analysis adds to the loaded process, against the input's size (10× input apart).
  const working = articles.map((m) => ({
    m,
    bytes: m.peakRss - m.rssBefore,
    perByte: (m.peakRss - m.rssBefore) / m.chars,
  }));
  const [w1, w10] = working;
  console.log(
    `working memory (peak RSS − RSS before): ${kb(w1.m.chars)} → ${mb(w1.bytes)} (${w1.perByte.toFixed(0)}× input), ` +
      `${kb(w10.m.chars)} → ${mb(w10.bytes)} (${w10.perByte.toFixed(0)}× input); 10× input, ${ratio(w10.bytes / w1.bytes)} memory; ` +
      `target ≤ ${MAX_WORKING_PER_BYTE}× input at ${kb(w10.m.chars)}: ${verdict(w10.perByte <= MAX_WORKING_PER_BYTE)}`,
  );
  const lineRatio = lineTimes[1] / lineTimes[0];
  console.log(
    `single line doubled (${mb(line / 2)} → ${mb(line)}): time ${ratio(lineRatio)}: ${verdict(lineRatio < 3.5)}`,
  );
  console.log(
    '(heap delta: heap after the analysis minus before, with the result still referenced; the input string itself is in "RSS before")',
  );
}

/** Writes `count` JSONL records of generated ~5 KB articles; returns the path. */
function writeRecords(count: number): string {
  const path = join(repo, 'out', 'bench', `records-${count}.jsonl`);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(JSON.stringify({ id: i, text: generateArticle(5_000, 1000 + (i % 50)) }));
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function benchJsonl(isQuick: boolean): void {
  const cli = join(repo, 'dist', 'cli.js');
  if (!existsSync(cli)) {
    console.log('not measured: dist/cli.js is missing');
    return;
  }
  // Reports the process's peak RSS (worker threads included) when it exits.
  const probe = join(repo, 'out', 'bench', 'maxrss.js');
  writeFileSync(
    probe,
    "process.on('exit', () => process.stderr.write(`MAXRSS ${process.resourceUsage().maxRSS * 1024}\\n`));\n",
  );
  const jw = [30, 9, 10, 10, 10];
  row(['run', 'records', 'time', 'records/s', 'peak RSS'], jw);
  const small = isQuick ? 100 : 200;
  for (const [count, jobs] of [
    [small, 1],
    [small, 0],
    [small * 4, 0],
  ] as Array<[number, number]>) {
    const input = writeRecords(count);
    const args = ['--require', probe, cli, '--jsonl', input, ...(jobs ? ['--jobs', String(jobs)] : [])];
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 30 });
    const elapsed = performance.now() - t0;
    const outLines = r.stdout.split('\n').filter(Boolean).length;
    const rss = Number(/MAXRSS (\d+)/.exec(r.stderr)?.[1] ?? NaN);
    if (r.status !== 0 || outLines !== count) {
      console.log(`--jsonl failed (exit ${r.status}, ${outLines}/${count} lines): ${r.stderr.slice(0, 300)}`);
      continue;
    }
    row(
      [
        `${jobs ? `--jobs ${jobs}` : 'all cores'}`,
        String(count),
        ms(elapsed),
        (count / (elapsed / 1000)).toFixed(0),
        mb(rss),
      ],
      jw,
    );
  }
  console.log('(4× the records should take about 4× the time at about the same peak RSS: the queue is bounded)');
}

async function extensionPipeline(): Promise<void> {
  heading('Extension pipeline (dist/worker.js through AnalysisClient; main-thread lag probed every 5 ms)');
  const workerPath = join(repo, 'dist', 'worker.js');
  const small = generateArticle(5_000, 5).slice(0, 5_120);
  if (!existsSync(workerPath))
    console.log('not measured: dist/worker.js is missing (node scripts/build.mjs --only=worker)');
  else
    await benchExtensionPipeline({
      repo,
      workerPath,
      quick,
      small,
      large: generateArticle(quick ? 256 * 1024 : 1024 * 1024, 41),
    });
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `# News Annotator benchmark (${quick ? 'quick' : 'full'}) — node ${process.version}, ${new Date().toISOString()}`,
  );
  // Absolute times depend on what else runs; the ratios (same run, same machine) are what the targets judge.
  console.log(
    `machine: ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );

  if (extensionOnly) {
    await extensionPipeline();
    return;
  }
  if (memoryOnly) {
    memorySection(true);
    return;
  }
  // --- Load cost -------------------------------------------------------------------------------------------------
  heading('Load cost (fresh process, median of runs)');
  const text5k = generateArticle(5_000, 5).slice(0, 5_120);
  mkdirSync(join(repo, 'out', 'bench'), { recursive: true });
  const textFile = join(repo, 'out', 'bench', 'article-5k.txt');
  writeFileSync(textFile, text5k);
  try {
    const corePath = buildCoreBundle();
    const core = loadCost('core', `require(${JSON.stringify(corePath)})`, 'mod.analyze(text)', textFile);
    const comp = loadCost(
      'compromise',
      `require('compromise')`,
      'const d = mod(text); d.people().length; d.places().length; d.quotations().length',
      textFile,
    );
    row(['module', 'require', 'first 5 KB call'], [28, 10, 16]);
    row(['our core (out/bench/core.js)', ms(core.require), ms(core.first)], [28, 10, 16]);
    row(['compromise', ms(comp.require), ms(comp.first)], [28, 10, 16]);
  } catch (error) {
    console.log(`not measured: ${error instanceof Error ? error.message : String(error)}`);
  }

  // --- Throughput against the baseline -----------------------------------------------------------------------------
  heading('Whole analysis vs compromise nlp()+people()+places()+quotations(), same texts (target ≥ 5× faster)');
  const corpus = benchCorpus(repo);
  const widths = [44, 9, 12, 12, 9];
  row(['text', 'size', 'compromise', 'ours', 'speed-up'], widths);
  let baseTotal = 0;
  let oursTotal = 0;
  for (const { name, text } of corpus) {
    baseline(text);
    analyze(text);
    const budget = quick ? 100 : 400;
    // in turns over both budgets together: a burst of load from elsewhere slows both sides, not one
    const [b, o] = timeAlternatingFor(
      () => baseline(text),
      () => analyze(text),
      2 * budget,
    );
    baseTotal += b;
    oursTotal += o;
    row([name, kb(text.length), ms(b), ms(o), ratio(b / o)], widths);
  }
  const speedup = baseTotal / oursTotal;
  row(['all texts (sum of medians)', '', ms(baseTotal), ms(oursTotal), ratio(speedup)], widths);
  console.log(`speed-up ${ratio(speedup)} (target ≥ 5×): ${verdict(speedup >= 5)}`);

  // --- 5 KB warm ---------------------------------------------------------------------------------------------------
  heading('5 KB article, warm (target ≤ 10 ms)');
  const warm = timeMedian(() => analyze(text5k), quick ? 10 : 30, 3);
  const warmBase = timeMedian(() => baseline(text5k), quick ? 5 : 15, 2);
  console.log(
    `ours ${ms(warm)} (median), compromise ${ms(warmBase)}: ${ratio(warmBase / warm)} faster; target ≤ 10 ms: ${verdict(warm <= 10)}`,
  );

  // --- Linear scaling ----------------------------------------------------------------------------------------------
  heading('Linear scaling: 1× vs 10× text (target ≤ 12×)');
  const unit = quick ? 20_000 : 50_000;
  const one = generateArticle(unit, 21);
  const ten = generateArticle(unit * 10, 21);
  const tOne = timeMedian(() => analyze(one), quick ? 3 : 5);
  const tTen = timeMedian(() => analyze(ten), 3);
  const scale = tTen / tOne;
  console.log(
    `${kb(one.length)}: ${ms(tOne)}; ${kb(ten.length)}: ${ms(tTen)}; size ×${(ten.length / one.length).toFixed(1)}, time ${ratio(scale)}: ${verdict(scale <= 12)}`,
  );
  console.log(`throughput ${(ten.length / 1024 / (tTen / 1000)).toFixed(0)} KB/s (compromise alone parses ~35 KB/s)`);

  // --- Adversarial inputs ------------------------------------------------------------------------------------------
  heading(
    'Adversarial inputs doubled (linear is 2×; quadratic 4×; target < 3.5×. The unit test grows the input 4× and fails above 10×)',
  );
  const adv = quick ? 25_000 : 50_000;
  const aw = [36, 10, 10, 10, 7];
  row(['pattern', 'size', '1×', '2×', 'ratio'], aw);
  let worst = 0;
  for (const c of ADVERSARIAL_CASES) {
    // Fast patterns grow until a run takes 20 ms, below which timer noise and GC decide the ratio.
    let size = adv;
    // (both sizes below the windowing threshold: a doubling across it compares two code paths, not one's growth;
    // the memory step doubles a windowed input on its own)
    while (size * 4 < WINDOWED_FROM && timeOnce(() => analyze(c.make(size))) < 20) size *= 2;
    const small = c.make(size);
    const large = c.make(size * 2);
    // Both sizes alternate, so a GC pause or another process's burst falls on both medians alike instead of deciding
    // the ratio (a 4 ms base read 5.3× once when timed as five small runs, then five large ones). Slow patterns get
    // three runs per size, not one: a single run of each read "capitalised words" 6.9× on a fresh build (a collection
    // landing on the large run), its next runs 1.9× and 2.1×.
    const once = timeOnce(() => analyze(small));
    const runs = once > 300 ? 3 : Math.max(5, Math.min(41, Math.round(200 / Math.max(once, 1))));
    const [ts, tl] = timeAlternating(
      () => analyze(small),
      () => analyze(large),
      runs,
    );
    const r = tl / Math.max(ts, 0.05);
    worst = Math.max(worst, r);
    row([c.name, kb(small.length), ms(ts), ms(tl), ratio(r)], aw);
  }
  // The 5 MB single line is timed in the memory section below (fresh processes), and its ratio joins this verdict.
  console.log(`worst doubling ratio of the patterns above ${ratio(worst)}: ${verdict(worst < 3.5)}`);

  memorySection(false);

  // --- CLI --jsonl ---------------------------------------------------------------------------------------------------
  heading('CLI --jsonl: streaming on a worker pool (fresh process; peak RSS of the whole process)');
  benchJsonl(quick);

  await extensionPipeline();

  console.log(
    `\nload average at the end ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}`,
  );
  console.log(`bench: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const child = process.argv.find((a) => a.startsWith('--child='));
if (child === '--child=memory') {
  const [kind, size] = process.argv.slice(process.argv.indexOf(child) + 1);
  memoryChild(kind, Number(size));
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

// Browser end-to-end tests: packages the extension (.vsix), checks what the package holds, installs it into a
// scratch code-server, and drives the workbench in headless Chromium (test/e2e/e2e.mjs). Screenshots of every
// step go to test-output/e2e/. Ends with `e2e: N passed, N failed`.
//   node scripts/test-e2e.mjs [--no-package] [--sample=file.news] [--timeout=SECONDS]
// For proving the harness itself against another extension: --vsix=PATH --core=PATH(module with analyze) --samples=DIR
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { runE2E } from '../test/e2e/e2e.mjs';
import { launchBrowser } from './vscode-offline/browser.mjs';
import { repoRoot } from './vscode-offline/config.mjs';
import { ensureAll } from './vscode-offline/install.mjs';
import { codeServerCli, makeScratch, startCodeServer, workbenchUrl } from './vscode-offline/launch.mjs';
import { vsixEntries } from './vsix.mjs';

const RESULT_PREFIX = 'NEWS_ANNOTATOR_E2E_RESULT ';
const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const timeoutMs = Number(opt('timeout') ?? 300) * 1000;
const vsixPath = opt('vsix') ? resolve(opt('vsix')) : join(repoRoot, 'news-annotator.vsix');
const outDir = join(repoRoot, 'test-output', 'e2e');
const samplesDir = opt('samples') ? resolve(opt('samples')) : join(repoRoot, 'samples');
const fixturesDir = join(repoRoot, 'test', 'e2e', 'fixtures');

/** @type {{ name: string, ok: boolean, error?: string }[]} */
const results = [];
function record(name, fn) {
  try {
    fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name}`);
    return true;
  } catch (err) {
    results.push({ name, ok: false, error: err.message });
    console.log(`  ✘ ${name}\n      ${err.message.replace(/\n/g, '\n      ')}`);
    return false;
  }
}
function finish(note) {
  if (note) console.error(`e2e: ${note}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed || (passed === 0 ? 1 : 0);
  console.log(`${RESULT_PREFIX}${JSON.stringify({ passed, failed })}`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
try {
  ensureAll();
} catch (err) {
  record('offline VS Code is installed', () => {
    throw err;
  });
  finish();
}

// 1. The package.
console.log('e2e: packaging');
if (!args.includes('--no-package') && !opt('vsix')) {
  rmSync(vsixPath, { force: true });
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: 'inherit' });
  if (
    !record('npm run package makes news-annotator.vsix', () => {
      if (r.status !== 0 || !existsSync(vsixPath)) throw new Error(`npm run package failed (${r.status})`);
    })
  )
    finish();
}
const ALLOWED = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/license(\.txt|\.md)?$/i,
  /^extension\/([\w.-]*language-configuration\.json)$/,
  // cli.js: the CLI bundle is also the worker script of Report on Folder; report.js: the report page;
  // extensionFeatures.js: the commands the extension loads on first use (brat, Report on Folder)
  /^extension\/dist\/(extension|extensionFeatures|worker|webview|report|cli)\.js$/,
  /^extension\/media\/[^]+$/,
  /^extension\/syntaxes\/[^]+$/,
  // the sidecar's JSON Schema: package.json's jsonValidation points VS Code at it
  /^extension\/schemas\/annotations\.schema\.json$/,
];
record(
  'the .vsix holds only what runs (dist/, media/, syntaxes/, schemas/, manifest, README, CHANGELOG, LICENSE)',
  () => {
    const entries = vsixEntries(vsixPath);
    const stray = entries.filter((e) => !ALLOWED.some((re) => re.test(e.name)));
    const size = statSync(vsixPath).size;
    console.log(`      ${entries.length} files, ${(size / 1024).toFixed(1)} KiB:`);
    for (const e of entries) console.log(`        ${e.name} (${e.size} B)`);
    if (stray.length) throw new Error(`unexpected files: ${stray.map((e) => e.name).join(', ')}`);
    for (const must of ['extension/package.json', 'extension/dist/extension.js']) {
      if (!entries.some((e) => e.name === must)) throw new Error(`missing ${must}`);
    }
    if (entries.some((e) => /\.map$|\.ts$|node_modules/.test(e.name)))
      throw new Error('sources, maps or node_modules inside');
  },
);

// 2. Expected values: the analysis core on the same files.
let analyze;
record('the analysis core loads (expected values)', () => {
  if (opt('core')) {
    analyze = createRequire(import.meta.url)(resolve(opt('core'))).analyze;
    return;
  }
  const outfile = join(repoRoot, 'out', 'test', 'e2e', 'core.cjs');
  esbuild.buildSync({
    entryPoints: [join(repoRoot, 'src/core/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    logLevel: 'error',
  });
  analyze = createRequire(import.meta.url)(outfile).analyze;
  if (typeof analyze !== 'function') throw new Error('src/core/index.ts exports no analyze()');
});
const samples = existsSync(samplesDir)
  ? readdirSync(samplesDir)
      .filter((f) => f.endsWith('.news'))
      .sort()
  : [];
let sampleFile = opt('sample');
if (!sampleFile && analyze) {
  // The first sample with at least two attributed direct quotes: enough to hover one and click another.
  sampleFile = samples.find((f) => {
    const a = analyze(readFileSync(join(samplesDir, f), 'utf8'));
    return a.quotes.filter((q) => q.kind === 'direct' && q.speaker).length >= 2;
  });
}
if (
  !record('a sample article to test with', () => {
    if (!sampleFile)
      throw new Error(`no samples/*.news with two attributed quotes (samples: ${samples.join(', ') || 'none'})`);
    console.log(`      using samples/${sampleFile}`);
  })
)
  finish();

// 3. code-server with the .vsix installed (not the sources: this is what users get).
const scratch = makeScratch();
let server;
let browser;
const watchdog = setTimeout(() => {
  console.error(`e2e: timed out after ${timeoutMs / 1000} s`);
  results.push({ name: 'finishes within the timeout', ok: false });
  void Promise.resolve(browser?.close()).finally(() => server?.stop().finally(() => finish()));
}, timeoutMs);
try {
  record('the .vsix installs into code-server', () => {
    const out = codeServerCli(['--install-extension', vsixPath, '--force'], {
      extensionsDir: join(scratch, 'extensions'),
      userDataDir: join(scratch, 'user-data'),
      scratch,
    });
    if (!/successfully installed/i.test(out)) throw new Error(out);
  });
  server = await startCodeServer({ scratch });
  console.log(`e2e: code-server ${server.url} (up after ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const launched = await launchBrowser();
  browser = launched.browser;
  await runE2E({
    page: launched.page,
    url: (folder) => workbenchUrl(server.url, { folder }),
    samplesDir,
    sampleFile,
    fixturesDir,
    outDir,
    analyze,
    results,
  });
} catch (err) {
  results.push({ name: 'e2e harness', ok: false, error: err.message });
  console.error(`e2e: harness error: ${err.stack ?? err}`);
} finally {
  clearTimeout(watchdog);
  await browser?.close().catch(() => {});
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`e2e: screenshots in ${outDir}; done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
finish();

// In-host integration tests inside a real VS Code, offline: code-server + headless Chromium (see
// ../shared/notes/vscode-offline.md). Builds, starts code-server, opens the workbench with the
// extensionDevelopmentPath/extensionTestsPath payload, relays the extension host's console (mocha's output) and
// its exit code, and ends with `integration: N passed, N failed`.
//   node scripts/test-integration.mjs [--no-build] [--timeout=SECONDS] [--grep=PATTERN] [--extension=PATH]
// --extension loads another extension folder (for proving the harness before the real extension exists).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './vscode-offline/browser.mjs';
import { repoRoot } from './vscode-offline/config.mjs';
import { ensureAll } from './vscode-offline/install.mjs';
import { startCodeServer, workbenchUrl } from './vscode-offline/launch.mjs';

const RESULT_PREFIX = 'NEWS_ANNOTATOR_INTEGRATION_RESULT ';
const args = process.argv.slice(2);
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const timeoutMs = Number(opt('timeout') ?? 300) * 1000;
const extensionPath = resolve(opt('extension') ?? repoRoot);
const testsPath = join(repoRoot, 'out', 'test', 'integration', 'index.js');
const verbose = args.includes('--verbose');

function finish(passed, failed, note) {
  if (note) console.error(`integration: ${note}`);
  console.log(`${RESULT_PREFIX}${JSON.stringify({ passed, failed })}`);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

const started = Date.now();
try {
  ensureAll();
} catch (err) {
  finish(0, 1, `setup failed: ${err.message}`);
}

if (!args.includes('--no-build')) {
  const b = spawnSync(
    process.execPath,
    ['scripts/build.mjs', '--only=extension,worker,webview,report,cli,integration'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (b.status !== 0) finish(0, 1, 'build failed');
}
if (!existsSync(testsPath)) finish(0, 1, `no compiled test index at ${testsPath}`);

// The extension host inherits code-server's environment: index.ts reads the mocha grep from it.
if (opt('grep')) process.env.NEWS_ANNOTATOR_GREP = opt('grep');
const server = await startCodeServer();
let browser;
let exitCode = null;
const lines = [];
let hostStarted = false;
try {
  ({ browser } = await launchBrowser().then(async (b) => {
    const { page } = b;
    // The protocol @vscode/test-web uses: the workbench calls these with the extension host's console and exit code.
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      // The host sends console.log's raw arguments: apply printf-style formatting ("%s) %s:") as Node would.
      const text = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
      for (const line of text.split('\n')) lines.push(line);
      // Workbench chatter comes before the suite's first line ("VS Code x.y.z"): shown only with --verbose.
      if (!hostStarted && /^VS Code \d/.test(text)) hostStarted = true;
      if (hostStarted || verbose) (type === 'error' ? console.error : console.log)(text);
    });
    const exited = new Promise((r) => page.exposeFunction('codeAutomationExit', (code) => r(code)));
    if (verbose) page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => console.error(`[workbench error] ${e.message}`));
    const url = workbenchUrl(server.url, {
      folder: join(repoRoot, 'samples'),
      extensionDevelopmentPath: extensionPath,
      extensionTestsPath: testsPath,
    });
    console.log(`integration: code-server ${server.url} (up in ${Date.now() - started} ms), running the suite`);
    await page.goto(url);
    let timer;
    const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), timeoutMs)));
    exitCode = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    return b;
  }));
} catch (err) {
  console.error(`integration: harness error: ${err instanceof Error ? err.stack : err}`);
} finally {
  await browser?.close().catch(() => {});
  await server.stop();
}

const resultLine = lines.find((l) => l.startsWith(RESULT_PREFIX));
const secs = ((Date.now() - started) / 1000).toFixed(1);
if (exitCode === 'timeout') finish(0, 1, `timed out after ${timeoutMs / 1000} s`);
if (!resultLine) {
  if (!hostStarted) console.error(`integration: workbench/host output:\n${lines.join('\n')}`);
  // run() rejected before mocha reported (no test files, load error, extension failed to load): one failure.
  finish(0, 1, `the suite did not report a result (exit code ${exitCode}) after ${secs} s`);
}
const { passed, failed } = JSON.parse(resultLine.slice(RESULT_PREFIX.length));
if (exitCode !== 0 && failed === 0) finish(passed, 1, `exit code ${exitCode} although mocha reported no failure`);
console.log(`integration: done in ${secs} s`);
finish(passed, failed);

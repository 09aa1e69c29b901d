// Starts code-server (a real VS Code: workbench in the browser, Node extension host on the server) for tests and the
// demo: own process group, port 0, scratch user-data/extensions dirs, and the group is always killed on exit.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerBin } from './config.mjs';

/** Settings that keep a fresh profile quiet and deterministic (no welcome page, trust prompt, telemetry, git). */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'git.enabled': false,
  'editor.hover.delay': 200,
  'workbench.tips.enabled': false,
  'update.mode': 'none',
};

/** Process groups started here that are still alive: killed when this Node process ends, however it ends. */
const liveGroups = new Set();
/** Scratch folders still to delete, also when the process is ended by a signal. */
const liveScratch = new Set();

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // ESRCH: the group is gone
  }
}

function groupAlive(pid) {
  return killGroup(pid, 0);
}

let handlersInstalled = false;
function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
    for (const dir of liveScratch) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(signal, () => {
      for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
      process.exit(code);
    });
  }
}

/** A scratch folder for one run: removed by `stop()` unless `keep` is set. */
export function makeScratch(prefix = 'news-annotator-cs-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the code-server CLI once (e.g. `--install-extension x.vsix`), synchronously, and returns its output. */
export function codeServerCli(args, { extensionsDir, userDataDir, scratch } = {}) {
  // --config: without it code-server writes ~/.config/code-server/config.yaml even for --version.
  const configDir = mkdtempSync(join(tmpdir(), 'news-annotator-cs-cli-'));
  writeFileSync(join(configDir, 'config.yaml'), 'auth: none\ncert: false\n');
  const full = [codeServerBin, '--config', join(configDir, 'config.yaml')];
  if (extensionsDir) full.push('--extensions-dir', extensionsDir);
  if (userDataDir) full.push('--user-data-dir', userDataDir);
  full.push(...args);
  const r = spawnSync(process.execPath, full, {
    encoding: 'utf8',
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...(scratch ? { TMPDIR: join(scratch, 'tmp') } : {}) },
    timeout: 120_000,
  });
  rmSync(configDir, { recursive: true, force: true });
  if (r.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  return `${r.stdout}${r.stderr}`;
}

/**
 * Starts code-server and resolves once it listens.
 * @param {{ scratch?: string, settings?: Record<string, unknown>, port?: number, host?: string,
 *           onOutput?: (line: string) => void, keepScratch?: boolean, startTimeoutMs?: number }} [opts]
 * @returns {Promise<{ url: string, pid: number, scratch: string, extensionsDir: string, userDataDir: string,
 *           output: () => string, stop: () => Promise<void> }>}
 */
export async function startCodeServer(opts = {}) {
  installExitHandlers();
  const scratch = opts.scratch ?? makeScratch();
  if (!opts.keepScratch) liveScratch.add(scratch);
  const userDataDir = join(scratch, 'user-data');
  const extensionsDir = join(scratch, 'extensions');
  const scratchTmp = join(scratch, 'tmp');
  for (const d of [join(userDataDir, 'User'), extensionsDir, scratchTmp]) mkdirSync(d, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...baseSettings, ...opts.settings }, null, 2),
  );
  // Without --config code-server writes ~/.config/code-server/config.yaml.
  const configFile = join(scratch, 'config.yaml');
  writeFileSync(configFile, 'auth: none\ncert: false\n');

  const host = opts.host ?? '127.0.0.1';
  const args = [
    codeServerBin,
    '--config',
    configFile,
    '--auth',
    'none',
    '--bind-addr',
    `${host}:${opts.port ?? 0}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, args, {
    detached: true, // own process group: extension host, watchers and all children die with it
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', TMPDIR: scratchTmp },
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  liveGroups.add(pid);

  let output = '';
  let exited = null;
  const exitPromise = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve((exited = { code, signal }))),
  );
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`code-server did not listen within ${opts.startTimeoutMs ?? 60_000} ms:\n${output}`)),
      opts.startTimeoutMs ?? 60_000,
    );
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) opts.onOutput?.(line);
      const m = /HTTP server listening on (http:\/\/\S+?)\/?\s/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitPromise.then((e) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early (${e.code ?? e.signal}):\n${output}`));
    });
  });

  const stop = async () => {
    if (!liveGroups.has(pid)) return;
    killGroup(pid, 'SIGTERM');
    const deadline = Date.now() + 5000;
    while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pid)) killGroup(pid, 'SIGKILL');
    while (groupAlive(pid) && Date.now() < deadline + 3000) await new Promise((r) => setTimeout(r, 100));
    if (!exited) await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 2000))]);
    liveGroups.delete(pid);
    if (!opts.keepScratch) rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
    liveScratch.delete(scratch);
  };

  return { url, pid, scratch, extensionsDir, userDataDir, output: () => output, stop };
}

/**
 * The workbench URL that opens `folder` and, optionally, loads an extension from source and runs its tests.
 * Values must be `vscode-remote://remote/...` URIs: `file://` never reports back in code-server.
 */
export function workbenchUrl(base, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const u = new URL(base.endsWith('/') ? base : `${base}/`);
  if (folder) u.searchParams.set('folder', folder);
  const payload = [];
  if (extensionDevelopmentPath)
    payload.push(['extensionDevelopmentPath', `vscode-remote://remote${extensionDevelopmentPath}`]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://remote${extensionTestsPath}`]);
  if (payload.length) {
    payload.push(['skipWelcome', 'true']);
    u.searchParams.set('payload', JSON.stringify(payload));
  }
  return u.toString();
}

// First runs don't race (scripts/vscode-offline/installOnce.mjs): two processes installing the same folder at once
// install it once, never delete each other's work, and a failed install leaves nothing half-written. The install
// step here is a fake (a few files and a pause), so the test needs neither npm nor the network.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Bundled to out/test/unit/: the repository is three levels up. The module is loaded at run time, not bundled.
const repo = resolve(__dirname, '..', '..', '..');
const moduleUrl = pathToFileURL(join(repo, 'scripts', 'vscode-offline', 'installOnce.mjs')).href;

/** One racer: installs `target` with a fake step that takes `ms`, records each install in `log`, maybe fails. */
const RACER = `
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const { installOnce } = await import(process.env.MODULE_URL);
const [target, log, ms, fail] = process.argv.slice(2);
const installed = installOnce({
  target,
  isComplete: (dir) => existsSync(join(dir, '.complete')),
  install: (dir) => {
    appendFileSync(log, process.pid + '\\n');
    mkdirSync(join(dir, 'lib'), { recursive: true });
    writeFileSync(join(dir, 'lib', 'a.js'), 'x');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(ms));
    if (fail === 'fail') throw new Error('the fake install failed');
    writeFileSync(join(dir, '.complete'), 'done');
  },
  lock: { pollMs: 50 },
});
console.log(installed ? 'installed' : 'found');
`;

function race(dir: string, target: string, ms: number, fail = ''): Promise<{ code: number | null; out: string }> {
  const script = join(dir, 'racer.mjs');
  writeFileSync(script, RACER);
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, target, join(dir, 'installs.log'), String(ms), fail], {
      env: { ...process.env, MODULE_URL: moduleUrl },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => done({ code, out: out.trim() }));
  });
}

test('two first runs at once: one installs, the other waits and finds it complete; nothing is left behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-install-once-'));
  try {
    const target = join(dir, 'cache', 'code-server-x');
    const results = await Promise.all([race(dir, target, 600), race(dir, target, 600)]);
    assert.deepEqual(
      results.map((r) => r.code),
      [0, 0],
      results.map((r) => r.out).join('\n'),
    );
    assert.deepEqual(results.map((r) => r.out).sort(), ['found', 'installed']);
    assert.equal(readFileSync(join(dir, 'installs.log'), 'utf8').trim().split('\n').length, 1, 'installed once');
    assert.ok(existsSync(join(target, '.complete')) && existsSync(join(target, 'lib', 'a.js')));
    assert.deepEqual(readdirSync(join(dir, 'cache')), ['code-server-x'], 'no lock or staging folder left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a failed install leaves no target and no staging folder; the next run installs', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-install-once-'));
  try {
    const target = join(dir, 'cache', 'code-server-x');
    const failed = await race(dir, target, 10, 'fail');
    assert.notEqual(failed.code, 0);
    assert.match(failed.out, /the fake install failed/);
    assert.deepEqual(readdirSync(join(dir, 'cache')), [], 'nothing half-written, lock released');
    assert.equal((await race(dir, target, 10)).out, 'installed');
    assert.ok(existsSync(join(target, '.complete')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock left by a dead process is broken, not waited on', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'na-install-once-'));
  try {
    const target = join(dir, 'cache', 'code-server-x');
    mkdirSync(join(dir, 'cache'));
    writeFileSync(`${target}.lock`, '2147483646\n'); // no such process
    const r = await race(dir, target, 10);
    assert.equal(r.out, 'installed');
    assert.ok(!existsSync(`${target}.lock`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

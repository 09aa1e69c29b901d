// `npm test`: typecheck, lint, unit, in-host integration (code-server) and browser e2e, in that order.
// Installs what the offline layers need (code-server into the cache; Debian packages when root), never skips a
// layer, and ends with exactly one plain line `N passed, N failed` (typecheck and lint count as one test each).
import { spawn } from 'node:child_process';
import { repoRoot } from './vscode-offline/config.mjs';
import { ensureAll } from './vscode-offline/install.mjs';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** Runs a command with live output; resolves with its exit code and stdout+stderr text. */
function run(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      text += d;
      process.stderr.write(d);
    });
    child.on('error', (err) => resolve({ code: 1, text: `${text}\n${err.message}` }));
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

/** Reads `<layer>: N passed, N failed` from a layer script's output. */
function countsOf(layer, { code, text }) {
  const m = [...text.matchAll(new RegExp(`^${layer}: (\\d+) passed, (\\d+) failed$`, 'gm'))].pop();
  if (!m) return { passed: 0, failed: 1 };
  const passed = Number(m[1]);
  let failed = Number(m[2]);
  if (code !== 0 && failed === 0) failed = 1;
  if (passed + failed === 0) failed = 1;
  return { passed, failed };
}

const rows = [];
const started = Date.now();
async function layer(name, fn) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const counts = await fn();
  rows.push({ name, ...counts, seconds: (Date.now() - t0) / 1000 });
  console.log(
    `=== ${name}: ${counts.passed} passed, ${counts.failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s) ===`,
  );
}

const check = async (cmd, args) =>
  (await run(cmd, args)).code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
await layer('typecheck', () => check(npx, ['tsc', '-p', '.', '--noEmit']));
await layer('lint', () => check(npx, ['eslint', '.']));
await layer('unit', async () => countsOf('unit', await run(process.execPath, ['scripts/test-unit.mjs'])));

let setupError = null;
await layer('setup (code-server, Debian packages)', async () => {
  try {
    ensureAll();
    return { passed: 0, failed: 0 }; // a prerequisite, not a test: only its failure counts
  } catch (err) {
    setupError = err.message;
    console.error(`setup failed: ${setupError}`);
    return { passed: 0, failed: 1 };
  }
});
await layer('integration', async () =>
  setupError
    ? { passed: 0, failed: 1 }
    : countsOf('integration', await run(process.execPath, ['scripts/test-integration.mjs'])),
);
await layer('e2e', async () =>
  setupError ? { passed: 0, failed: 1 } : countsOf('e2e', await run(process.execPath, ['scripts/test-e2e.mjs'])),
);

console.log('\nlayer                                   passed  failed  seconds');
for (const r of rows) {
  console.log(
    `${r.name.padEnd(40)}${String(r.passed).padStart(6)}${String(r.failed).padStart(8)}${r.seconds.toFixed(1).padStart(9)}`,
  );
}
const passed = rows.reduce((s, r) => s + r.passed, 0);
const failed = rows.reduce((s, r) => s + r.failed, 0);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

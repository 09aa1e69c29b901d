// Unit layer: bundles test/unit/**/*.test.ts (node:test) to out/test/unit and runs them with `node --test`.
// Ends with `unit: N passed, N failed` (parsed from the runner's `# pass N` / `# fail N`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './vscode-offline/config.mjs';

const outDir = join(repoRoot, 'out', 'test', 'unit');
rmSync(outDir, { recursive: true, force: true }); // no stale bundles of deleted tests
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=unit'], { cwd: repoRoot, stdio: 'inherit' });
if (build.status !== 0 || !existsSync(outDir)) {
  console.log(`unit: 0 passed, 1 failed`);
  console.error(build.status !== 0 ? 'unit: build failed' : 'unit: no unit tests were built (test/unit/**/*.test.ts)');
  process.exit(1);
}

const child = spawn(process.execPath, ['--enable-source-maps', '--test', ...process.argv.slice(2), 'out/test/unit/'], {
  cwd: repoRoot,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let out = '';
child.stdout.on('data', (d) => {
  out += d;
  process.stdout.write(d);
});
const code = await new Promise((r) => child.on('close', r));
const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(out)?.[1] ?? NaN);
let passed = count('pass');
let failed = count('fail');
if (Number.isNaN(passed) || Number.isNaN(failed)) {
  console.error('unit: could not read the runner summary (# pass / # fail)');
  passed = Number.isNaN(passed) ? 0 : passed;
  failed = Math.max(1, Number.isNaN(failed) ? 0 : failed);
}
if (code !== 0 && failed === 0) failed = 1; // the runner failed outside any test (e.g. a file did not load)
if (passed + failed === 0) failed = 1; // an empty layer is a failure, not a pass
console.log(`unit: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// The real analysis worker (dist/worker.js, built here) at its boundary: when the core throws (a fault injected into
// one pass through the test-only request field), the worker stays up and answers with an error that carries the
// message and the stack, never with an empty analysis; the next request without the fault is analysed as usual.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { AnalysisClient } from '../../src/extension/analysisClient';

// Bundled to out/test/unit/: the repository is three levels up.
const repo = resolve(__dirname, '..', '..', '..');
const workerPath = join(repo, 'dist', 'worker.js');
const ARTICLE = '"We will rebuild the bridge," said Mayor Ana Ruiz.\n\nShe said the work would take a year.';

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=worker'], { cwd: repo, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

test('a pass that throws comes back as an error with its stack; the worker stays up and recovers', async () => {
  let restarts = 0;
  const client = new AnalysisClient({ workerPath, onRestart: () => restarts++ });
  try {
    client.injectFaultForTests('attribution');
    const failed = await client.analyze('doc', 1, ARTICLE);
    assert.ok(failed.status === 'error', `status ${failed.status}`);
    assert.match(failed.message, /fault injected for tests in the 'attribution' pass/);
    assert.match(failed.stack ?? '', /at /, 'the stack travels with the error');

    client.injectFaultForTests(undefined);
    const ok = await client.analyze('doc', 2, ARTICLE);
    assert.ok(ok.status === 'ok', `status ${ok.status}`);
    assert.ok(ok.result.counts.quotes >= 2);
    assert.equal(restarts, 0, 'an analysis error is no crash');
  } finally {
    client.dispose();
  }
});

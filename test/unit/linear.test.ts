// Time must grow linearly with the input: for each adversarial pattern, the median time of a text twice as long
// may be at most 3.5× (linear is 2×; quadratic is 4×, catastrophic backtracking far more). Only ratios measured in
// the same run are compared, never absolute times, so a slow machine does not fail the test. A busy one can still
// spike one measurement, so a pattern gets up to three attempts: a real super-linear cost fails all of them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/core/index';
import { ADVERSARIAL_CASES } from './linearCases';

const MAX_RATIO = 3.5;
/** Below this a measurement is mostly timer and GC noise: sizes grow until a run takes at least this long. */
const MIN_MS = 25;
const START_SIZE = 4_000;
const MAX_SIZE = 1_000_000;
const RUNS = 5;
const ATTEMPTS = 3;

function time(text: string): number {
  const t0 = performance.now();
  analyze(text);
  return performance.now() - t0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

for (const c of ADVERSARIAL_CASES) {
  test(`linear time: ${c.name}`, (t) => {
    let size = START_SIZE;
    time(c.make(size)); // warm-up: lazy loads and JIT
    while (size < MAX_SIZE && median([0, 1, 2].map(() => time(c.make(size)))) < MIN_MS) size *= 2;
    const small = c.make(size);
    const large = c.make(size * 2);
    const attempts: string[] = [];
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const smallTimes: number[] = [];
      const largeTimes: number[] = [];
      // Interleaved, so a burst of load on the machine hits both sizes alike.
      for (let i = 0; i < RUNS; i++) {
        smallTimes.push(time(small));
        largeTimes.push(time(large));
      }
      const ratio = median(largeTimes) / Math.max(median(smallTimes), 0.5);
      const figures = `${small.length} chars: ${median(smallTimes).toFixed(1)} ms, ${large.length} chars: ${median(largeTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`;
      t.diagnostic(figures);
      if (ratio < MAX_RATIO) return;
      attempts.push(figures);
    }
    assert.fail(`doubling the input multiplied the time by more than ${MAX_RATIO} in every attempt:\n${attempts.join('\n')}`);
  });
}

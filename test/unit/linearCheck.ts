/**
 * The linear-time check of test/unit/linear.test.ts, parameterised by the analysis under test so that
 * faults.test.ts can prove that a pass which throws turns it red (the check calls the strict core, which throws).
 *
 * Time must grow linearly with the input: for a pattern, the median time of a text four times as long may be at
 * most 10× (linear is 4×; quadratic is 16×, catastrophic backtracking far more). Only ratios measured in the same run
 * are compared, never absolute times, so a slow machine does not fail the test; the clock is the process's CPU time,
 * not wall time, so other processes on a shared machine hardly move it. A busy machine can still spike one
 * measurement, so a pattern gets up to three attempts: a real super-linear cost fails all of them.
 */
import assert from 'node:assert/strict';
import type { Analysis } from '../../src/core/types';

const GROWTH = 4;
const MAX_RATIO = 10; // well under quadratic (16×), above what allocation and GC add to linear work on long texts
/** Below this a measurement is mostly timer and GC noise: sizes grow until a run takes at least this long. */
const MIN_MS = 25;
const START_SIZE = 4_000;
const MAX_SIZE = 250_000; // the large text stays ≤ 1 M chars: beyond that, GC of the result dominates
const RUNS = 5;
const ATTEMPTS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/**
 * Fails (throws) when `analyze` takes super-linear time on texts made by `make`, or when `analyze` itself throws.
 * `diagnostic` receives each attempt's figures.
 */
export function assertLinear(
  analyze: (text: string) => Analysis,
  make: (size: number) => string,
  diagnostic: (line: string) => void,
): void {
  /** CPU milliseconds spent by this process analysing `text`. */
  const time = (text: string): number => {
    const t0 = process.cpuUsage();
    analyze(text);
    const { user, system } = process.cpuUsage(t0);
    return (user + system) / 1000;
  };
  let size = START_SIZE;
  time(make(size)); // warm-up: lazy loads and JIT
  while (size < MAX_SIZE && median([0, 1, 2].map(() => time(make(size)))) < MIN_MS) size *= 2;
  const small = make(size);
  const large = make(size * GROWTH);
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
    diagnostic(figures);
    if (ratio < MAX_RATIO) return;
    attempts.push(figures);
  }
  assert.fail(
    `growing the input ${GROWTH}× multiplied the time by more than ${MAX_RATIO} in every attempt:\n${attempts.join('\n')}`,
  );
}

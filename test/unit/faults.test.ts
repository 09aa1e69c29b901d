// Fault injection: the core throws on a bug instead of answering "nothing found", so a fault in any pass turns the
// property suite and the linear-time check red. `onPass` is analyze's test-only hook (no setting reaches it); the
// editor side of the same fault is tested in the host (test/integration/suite/faults.test.ts).
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  ANALYSIS_PASSES,
  analyze,
  createAnalysisCache,
  type AnalysisPass,
  type AnalyzeOptions,
} from '../../src/core/index';
import { findEntities } from '../../src/core/entities/index';
import { inspectText } from '../../src/core/text/input';
import { analyzeInWindows, windowsOf } from '../../src/core/text/windows';
import { terminalSafe } from '../../src/cli/summary';
import { ADVERSARIAL_CASES } from './linearCases';
import { assertLinear } from './linearCheck';
import { PROPERTIES } from './propertySuite';

const SEED = 20261128;
const ARTICLE =
  'The mayor spoke on Monday.\n\n"We will rebuild the bridge," said Mayor Ana Ruiz of Tallinn.\n\nShe said the work would take a year.';

class InjectedFault extends Error {}

/** analyze with `fault` thrown as `pass` starts, when `when` holds for the text the pass analyses. */
function faulty(
  pass: AnalysisPass,
  when: (text: string) => boolean = () => true,
): (text: string, options?: AnalyzeOptions) => ReturnType<typeof analyze> {
  return (text, options) =>
    analyze(text, {
      ...options,
      onPass: (p, part) => {
        if (p === pass && when(part)) throw new InjectedFault(`injected in '${p}'`);
      },
    });
}

/** The properties that fail against `analyzeUnderTest` (a few runs each: one failure is enough). */
function redProperties(
  analyzeUnderTest: (text: string, options?: AnalyzeOptions) => ReturnType<typeof analyze>,
  numRuns: number,
): string[] {
  const suite = PROPERTIES({
    analyze: analyzeUnderTest,
    createAnalysisCache,
    inspectText,
    findEntities,
    terminalSafe,
    windowsOf,
    analyzeInWindows,
  });
  return suite.filter((p) => p.check({ seed: SEED, numRuns }).failed).map((p) => p.name);
}

test('without a fault, the hook sees every pass in order and changes nothing', () => {
  const seen: AnalysisPass[] = [];
  const hooked = analyze(ARTICLE, { onPass: (p) => void seen.push(p) });
  assert.deepEqual(seen, [...ANALYSIS_PASSES]);
  assert.deepEqual(hooked, analyze(ARTICLE));
  assert.ok(hooked.quotes.length > 0);
});

for (const pass of ANALYSIS_PASSES) {
  test(`a fault in the '${pass}' pass propagates out of analyze, and turns the property suite red`, () => {
    assert.throws(() => faulty(pass)(ARTICLE), InjectedFault, 'analyze throws instead of returning an empty analysis');
    const red = redProperties(faulty(pass), 5);
    // every property that analyses text fails; those of inspectText, findEntities and the terminal do not analyse
    const analysing = PROPERTIES({
      analyze,
      createAnalysisCache,
      inspectText,
      findEntities,
      terminalSafe,
      windowsOf,
      analyzeInWindows,
    })
      .map((p) => p.name)
      .filter((name) => !/^(inspectText|the terminal summary|entity mentions)/.test(name));
    assert.deepEqual(red, analysing);
  });
}

test('a fault only on long sentences (40 words or more) is still found by the property suite', () => {
  const longSentence = (text: string): boolean =>
    text.split(/[.!?\n]/).some((s) => s.split(/\s+/).filter(Boolean).length >= 40);
  const red = redProperties(faulty('reported', longSentence), 100);
  assert.ok(red.length > 0, 'some property met a sentence of 40 words and failed');
});

test('a fault turns the linear-time check red', () => {
  const c = ADVERSARIAL_CASES[0];
  assert.throws(() => assertLinear(faulty('attribution'), c.make, () => undefined), InjectedFault);
  // and only on the large texts (4× the smallest, which is at least 4 000 characters), after the small ones passed
  assert.throws(
    () =>
      assertLinear(
        faulty('speakers', (t) => t.length > 10_000),
        c.make,
        () => undefined,
      ),
    InjectedFault,
  );
});

test('a thrown fault leaves a cache usable: the next run without the fault gives the fresh answer', () => {
  const cache = createAnalysisCache();
  assert.throws(() => faulty('quotes')(ARTICLE, { cache }), InjectedFault);
  assert.deepEqual(analyze(ARTICLE, { cache }), analyze(ARTICLE));
});

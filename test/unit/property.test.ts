// Property tests of the analysis core over random and hostile text. The seed is fixed so `npm test` is
// reproducible; `npm run fuzz` runs the same properties many more times with a fresh seed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze, createAnalysisCache } from '../../src/core/index';
import { findEntities } from '../../src/core/entities/index';
import { inspectText } from '../../src/core/text/input';
import { terminalSafe } from '../../src/cli/summary';
import { windowsOf, analyzeInWindows } from '../../src/core/text/windows';
import { PROPERTIES } from './propertySuite';

const SEED = 20261128;
/** Each property's own run count is scaled by this: modest in CI, many more in `npm run fuzz`. */
const SCALE = 1;

for (const property of PROPERTIES({
  analyze,
  createAnalysisCache,
  inspectText,
  findEntities,
  terminalSafe,
  windowsOf,
  analyzeInWindows,
})) {
  test(`property: ${property.name}`, (t) => {
    const result = property.check({ seed: SEED, numRuns: Math.max(1, Math.round(property.runs * SCALE)) });
    t.diagnostic(`${result.numRuns} random inputs (seed ${SEED})`);
    assert.ok(!result.failed, result.report);
  });
}

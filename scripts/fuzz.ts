/**
 * `npm run fuzz`: the property suite of test/unit/property.test.ts, many more runs, a fresh random seed.
 *
 *   npm run fuzz                       # scale 40 (≈ 60 000 inputs), random seed
 *   npm run fuzz -- --scale 200        # longer
 *   npm run fuzz -- --seed 1234        # replay a failure (the seed is printed first)
 *
 * Exits 1 on the first property that fails, after printing its shrunk counterexample and the seed.
 */
import { performance } from 'node:perf_hooks';
import { terminalSafe } from '../src/cli/summary';
import { analyze, createAnalysisCache } from '../src/core/index';
import { findEntities } from '../src/core/entities/index';
import { inspectText } from '../src/core/text/input';
import { windowsOf, analyzeInWindows } from '../src/core/text/windows';
import { PROPERTIES } from '../test/unit/propertySuite';

function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i === -1) return undefined;
  return argv[i].includes('=') ? argv[i].slice(argv[i].indexOf('=') + 1) : argv[i + 1];
}

const seed = option('seed') !== undefined ? Number(option('seed')) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
const scale = Number(option('scale') ?? 40);
if (!Number.isInteger(seed) || !(scale > 0)) {
  console.error('usage: npm run fuzz -- [--seed N] [--scale N]');
  process.exit(2);
}
console.log(`fuzz: seed ${seed}, scale ${scale} (replay with: npm run fuzz -- --seed ${seed} --scale ${scale})`);

let total = 0;
let failed = false;
const started = performance.now();
for (const property of PROPERTIES({
  analyze,
  createAnalysisCache,
  inspectText,
  findEntities,
  terminalSafe,
  windowsOf,
  analyzeInWindows,
})) {
  const t0 = performance.now();
  const details = property.check({ seed, numRuns: Math.round(property.runs * scale) });
  total += details.numRuns;
  const ms = performance.now() - t0;
  if (details.failed) {
    failed = true;
    console.log(`FAIL ${property.name}`);
    console.log(details.report ?? '');
    break;
  }
  console.log(`ok   ${property.name}: ${details.numRuns} inputs in ${(ms / 1000).toFixed(1)} s`);
}
console.log(
  `fuzz: ${total} random inputs in ${((performance.now() - started) / 1000).toFixed(1)} s, seed ${seed}: ${failed ? 'FAILED' : 'all properties hold'}`,
);
process.exitCode = failed ? 1 : 0;

// One esbuild bundle per target. `--production` minifies (for packaging), `--only=a,b` builds a subset,
// `--watch` rebuilds on change. Targets whose entry file does not exist yet are skipped with a note.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : null;

/** All `*.test.ts` (or other suffix) files below a folder, for the test targets. */
function filesBelow(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesBelow(p, suffix));
    else if (p.endsWith(suffix)) out.push(p);
  }
  return out;
}

const node = { platform: 'node', target: 'node20', format: 'cjs' };
const targets = {
  // Two bundles: the extension, and the commands few sessions run, which it requires on their first use
  // (src/extension/lazyFeatures.ts), so activation does not compile them.
  extension: {
    ...node,
    entryPoints: ['src/extension/extension.ts', 'src/extension/extensionFeatures.ts'],
    outdir: 'dist',
    external: ['vscode'],
  },
  worker: { ...node, entryPoints: ['src/worker/analysisWorker.ts'], outfile: 'dist/worker.js' },
  webview: {
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['src/webview/panel.ts'],
    outfile: 'dist/webview.js',
  },
  report: {
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    entryPoints: ['src/webview/report.ts'],
    outfile: 'dist/report.js',
  },
  cli: { ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  eval: { ...node, entryPoints: ['scripts/eval.ts'], outfile: 'dist/eval.js', dev: true },
  bench: { ...node, entryPoints: ['scripts/bench.ts'], outfile: 'dist/bench.js', dev: true },
  unit: {
    ...node,
    entryPoints: filesBelow('test/unit', '.test.ts'),
    outdir: 'out/test/unit',
    outbase: 'test/unit',
    dev: true,
  },
  integration: {
    ...node,
    entryPoints: filesBelow('test/integration', '.ts'),
    outdir: 'out/test/integration',
    outbase: 'test/integration',
    external: ['vscode', 'mocha'],
    dev: true,
  },
};

const selected = Object.entries(targets).filter(([name, t]) => {
  if (only && !only.includes(name)) return false;
  if (!only && production && t.dev) return false; // the package holds only what runs
  const entries = t.entryPoints;
  if (entries.length === 0 || !entries.every((e) => existsSync(e))) {
    if (only) console.warn(`build: skipping ${name}: no entry (${entries.join(', ') || 'none'})`);
    return false;
  }
  return true;
});

const started = Date.now();
await Promise.all(
  selected.map(async ([name, { dev: _dev, ...t }]) => {
    const options = {
      ...t,
      bundle: true,
      minify: production,
      sourcemap: !production,
      sourcesContent: false,
      logLevel: 'warning',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    };
    if (watch) {
      const ctx = await esbuild.context(options);
      await ctx.watch();
      console.log(`build: watching ${name}`);
    } else {
      await esbuild.build(options);
    }
  }),
);
if (!watch) {
  console.log(
    `build: ${selected.map(([n]) => n).join(', ')} in ${Date.now() - started} ms${production ? ' (production)' : ''}`,
  );
}

// `news-annotate --check` as CI would run it: linter lines, --format json, --rule overrides and exit codes.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '..', '..', '..');
const prebuilt = process.env.NEWS_ANNOTATE_CLI;
const cli = prebuilt ?? join(repo, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-annotate-check-'));

const DRAFT = `Pier repairs run late

HALVIK, May 9 (Northwire) — Repairs to the north pier will take until autumn.

"The divers found more damage than we expected," the harbour master claimed.

The pier was built in 1962 and last repaired in 1990.

"Every week costs the fishing fleet."
`;
const CLEAN = `Ferry service resumes

"The crossing is safe again," said Ingrid Solberg, the harbour master.
`;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  if (!prebuilt) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, `building the CLI failed:\n${build.stderr}`);
  }
  writeFileSync(join(dir, 'draft.news'), DRAFT);
  writeFileSync(join(dir, 'clean.news'), CLEAN);
  writeFileSync(join(dir, 'empty.news'), '\n');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('--check prints FILE:LINE:COL: severity: message [rule-id] with 1-based positions; warnings exit 0', () => {
  const r = run(['--check', 'draft.news', 'clean.news']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  for (const line of lines)
    assert.match(line, /^draft\.news:\d+:\d+: (error|warning|information|hint): .+ \[[a-z-]+\]$/);
  const claimed = lines.find((l) => l.endsWith('[loaded-verb]'));
  const column = DRAFT.split('\n')[4].indexOf('claimed') + 1;
  assert.equal(claimed?.split(': ')[0], `draft.news:5:${column}`);
  assert.ok(
    lines.some((l) => l.startsWith('draft.news:9:1: warning: ') && l.endsWith('[unattributed-quote]')),
    r.stdout,
  );
});

test('--check --format json: an array of findings with start and end positions', () => {
  const r = run(['--check', '--format', 'json', 'draft.news', 'clean.news']);
  assert.equal(r.code, 0, r.stderr);
  const findings = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.ok(findings.length >= 2);
  for (const f of findings)
    assert.deepEqual(Object.keys(f).sort(), [
      'column',
      'endColumn',
      'endLine',
      'file',
      'line',
      'message',
      'rule',
      'severity',
    ]);
  const verb = findings.find((f) => f.rule === 'loaded-verb');
  assert.deepEqual(
    [verb?.line, verb?.endLine, Number(verb?.endColumn) - Number(verb?.column)],
    [5, 5, 'claimed'.length],
  );
  assert.deepEqual(JSON.parse(run(['--check', '--format=json', 'clean.news']).stdout), []);
});

test('--rule raises a rule to error (exit 1) or turns it off', () => {
  const error = run(['--check', '--rule', 'unattributed-quote=error', 'draft.news']);
  assert.equal(error.code, 1);
  assert.match(error.stdout, /draft\.news:9:1: error: .+\[unattributed-quote\]/);
  const off = run(['--check', '--rule=unattributed-quote=off', '--rule', 'loaded-verb=off', 'draft.news']);
  assert.equal(off.code, 0);
  assert.doesNotMatch(off.stdout, /unattributed-quote|loaded-verb/);
});

test('--check: an unreadable file exits 2 and names it; an empty file is no finding; usage errors exit 2', () => {
  const r = run(['--check', 'missing.news', 'draft.news', 'empty.news']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /missing\.news: no such file/);
  assert.match(r.stdout, /^draft\.news:/);
  for (const args of [
    ['--check', '--rule', 'nosuch=error', 'a'],
    ['--check', '--rule', 'loaded-verb=loud', 'a'],
    ['--check', '--format', 'xml', 'a'],
    ['--check', '--format', 'csv', 'a'],
    ['--rule', 'loaded-verb=error', 'a'],
    ['--format', 'csv', 'a'],
    ['--check', '--json', 'a'],
  ]) {
    const bad = run(args);
    assert.equal(bad.code, 2, args.join(' '));
    assert.match(bad.stderr, /^news-annotate: .+\nTry 'news-annotate --help'/, args.join(' '));
  }
});

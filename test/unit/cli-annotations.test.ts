// The CLI applies FILE.annotations.json as the editor does: --json shows the corrections with origin per quote,
// --no-annotations ignores the file, and a broken file is an error naming it (the file itself left untouched).
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corrections as c, emptySidecar, serializeSidecar } from '../../src/shared/annotations';

const repo = resolve(__dirname, '..', '..', '..');
const cli = process.env.NEWS_ANNOTATE_CLI ?? join(repo, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-annotate-sidecar-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE =
  'RIVERTON — The city council met on Tuesday.\n"We will not close the library," Tom Hale said at the meeting.\n';
const QUOTE = '"We will not close the library,"';

before(() => {
  if (process.env.NEWS_ANNOTATE_CLI) return;
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: repo, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Quotes = { quotes: { text: string; speaker: string | null; origin: string }[] };

test('--json applies story.txt.annotations.json; --no-annotations ignores it', () => {
  writeFileSync(join(dir, 'story.txt'), ARTICLE);
  const start = ARTICLE.indexOf(QUOTE);
  const sidecar = c.setSpeaker(
    emptySidecar(),
    ARTICLE,
    { start, end: start + QUOTE.length },
    { name: 'Ann Reyes', type: 'person' },
  );
  writeFileSync(join(dir, 'story.txt.annotations.json'), serializeSidecar(sidecar));
  const corrected = run('--json', 'story.txt');
  assert.equal(corrected.code, 0, corrected.stderr);
  const q = (JSON.parse(corrected.stdout) as Quotes).quotes.find((x) => x.text === QUOTE);
  assert.deepEqual([q?.speaker, q?.origin], ['Ann Reyes', 'human']);
  const machine = run('--json', '--no-annotations', 'story.txt');
  const m = (JSON.parse(machine.stdout) as Quotes).quotes.find((x) => x.text === QUOTE);
  assert.deepEqual([m?.speaker, m?.origin], ['Tom Hale', 'machine']);
});

test('a broken sidecar is an error naming the file, and the file is left as it was', () => {
  writeFileSync(join(dir, 'broken.txt'), ARTICLE);
  const broken = '{"version": 1, "annotations": [{"id": "a1", "kind": "explode"}]}\n';
  writeFileSync(join(dir, 'broken.txt.annotations.json'), broken);
  const r = run('--json', 'broken.txt');
  assert.equal(r.code, 1);
  assert.match(
    r.stderr,
    /broken\.txt\.annotations\.json is not a valid annotations file: file\.annotations\[0\]\.kind/,
  );
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(join(dir, 'broken.txt.annotations.json'), 'utf8'), broken);
  assert.equal(run('--json', '--no-annotations', 'broken.txt').code, 0);
});

test('an orphaned annotation is a warning, not an error', () => {
  writeFileSync(join(dir, 'gone.txt'), ARTICLE);
  const sidecar = c.confirm(emptySidecar(), 'A sentence that is not in the article at all.', { start: 0, end: 20 });
  writeFileSync(join(dir, 'gone.txt.annotations.json'), serializeSidecar(sidecar));
  const r = run('gone.txt');
  assert.equal(r.code, 0);
  assert.match(r.stderr, /gone\.txt: warning: 1 annotation\(s\) no longer match the text/);
});

test('the report worker applies corrections kept in the workspace storage before a sidecar file, and checks them', async () => {
  const { withStoredOrFileAnnotations } = await import('../../src/cli/annotations');
  const { analyze } = await import('../../src/core/index');
  const file = join(dir, 'stored.txt');
  writeFileSync(file, ARTICLE);
  const start = ARTICLE.indexOf(QUOTE);
  const stored = c.setSpeaker(
    emptySidecar(),
    ARTICLE,
    { start, end: start + QUOTE.length },
    { name: 'Ines Marlow', type: 'person' },
  );
  const speakerOf = (r: Awaited<ReturnType<typeof withStoredOrFileAnnotations>>): string | null | undefined =>
    r.ok ? r.analysis.quotes.find((q) => q.text === QUOTE)?.speaker : undefined;
  const machine = analyze(ARTICLE);
  assert.equal(speakerOf(await withStoredOrFileAnnotations({ [file]: stored }, file, ARTICLE, machine)), 'Ines Marlow');
  // another article's stored corrections do not apply; with no file beside it, the machine's answer stands
  assert.equal(speakerOf(await withStoredOrFileAnnotations({ other: stored }, file, ARTICLE, machine)), 'Tom Hale');
  const broken = await withStoredOrFileAnnotations(
    { [file]: { version: 1, annotations: 'no' } },
    file,
    ARTICLE,
    machine,
  );
  assert.equal(broken.ok, false);
  assert.match(broken.ok ? '' : broken.message, /workspace storage are invalid/);
});

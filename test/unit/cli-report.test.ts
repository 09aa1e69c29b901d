// `news-annotate --report DIR` on a folder written by the test: JSON shape, totals equal to the per-file --json,
// a person quoted in two articles merged into one row, skipped files named on stderr, Markdown and CSV output.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '..', '..', '..');
const cli = process.env.NEWS_ANNOTATE_CLI ?? join(repo, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-annotate-report-'));

const TALKS = `Harbour talks stall over fishing quotas

VALMORE, March 3 (Newswire) - Talks between Norland and Estavia over fishing rights stalled on Tuesday.

"We will not sign an agreement that empties our harbours," Norland's Fisheries Minister Clara Okafor told reporters in Valmore.

"Nobody leaves this table a loser," Estavia's chief negotiator, Tomas Brandt, said.

A senior official said the talks could resume next month.
`;

const FOLLOW_UP = `Fishing deal signed in Valmore

VALMORE, April 9 (Newswire) - Norland and Estavia signed a fishing agreement on Wednesday.

"This is a good day for our harbours," Clara Okafor said after the signing in Valmore.

The Estavian Fisheries Council said in a statement that quotas would be reviewed every year.
`;

interface Report {
  articles: number;
  totals: { quotes: number; speakers: number; named: number; anonymous: number; organizations: number };
  speakers: Array<{ name: string; type: string; articles: number; quotes: number; words: number }>;
  places: Array<{ name: string; articles: number; mentions: number }>;
}

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

before(() => {
  if (!process.env.NEWS_ANNOTATE_CLI) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
  }
  mkdirSync(join(dir, 'news', 'april', '.hidden'), { recursive: true });
  writeFileSync(join(dir, 'news', 'talks.news'), TALKS);
  writeFileSync(join(dir, 'news', 'april', 'follow-up.txt'), FOLLOW_UP);
  writeFileSync(join(dir, 'news', 'april', '.hidden', 'secret.news'), TALKS);
  writeFileSync(join(dir, 'news', 'talks.annotations.json'), '{"quotes": []}');
  writeFileSync(join(dir, 'news', 'talks.annotations.md'), '# Who said what — talks.news\n');
  writeFileSync(join(dir, 'news', 'notes.pdf'), 'not an article');
  writeFileSync(
    join(dir, 'news', 'image.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0]),
  );
  writeFileSync(join(dir, 'news', 'empty.md'), '\n');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('--report --format json: the documented shape, totals equal to the per-file --json, merged speakers', () => {
  const r = run(['--report', 'news', '--format', 'json', '--jobs', '2']);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as Report;
  assert.equal(report.articles, 2);
  const perFile = ['news/talks.news', 'news/april/follow-up.txt'].map(
    (f) => (JSON.parse(run(['--json', f]).stdout) as { quotes: unknown[] }).quotes.length,
  );
  assert.equal(report.totals.quotes, perFile[0] + perFile[1]);
  const t = report.totals;
  assert.equal(t.speakers, t.named + t.anonymous + t.organizations);
  const okafor = report.speakers.filter((s) => s.name === 'Clara Okafor');
  assert.equal(okafor.length, 1, JSON.stringify(report.speakers));
  assert.deepEqual([okafor[0].type, okafor[0].articles, okafor[0].quotes], ['person', 2, 2]);
  assert.ok(okafor[0].words >= 15, String(okafor[0].words));
  const valmore = report.places.find((p) => p.name === 'Valmore');
  assert.ok(valmore && valmore.articles === 2 && valmore.mentions >= 4, JSON.stringify(report.places));
  // generated, hidden, binary, empty and non-article files are no articles; the binary and empty ones are named
  assert.match(r.stderr, /image\.txt: skipped: .*binary/i);
  assert.match(r.stderr, /empty\.md: skipped/);
  assert.doesNotMatch(r.stderr + r.stdout, /secret|annotations|notes\.pdf/);
});

test('--report prints Markdown by default and CSV on request', () => {
  const md = run(['--report', 'news']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^# Sources across articles/);
  assert.match(md.stdout, /\| Clara Okafor \| person \| 2 \| 2 \|/);
  const csv = run(['--report', 'news', '--format', 'csv']);
  assert.equal(csv.code, 0, csv.stderr);
  assert.match(csv.stdout, /^section,name,type,articles,quotes,words/);
  assert.match(csv.stdout, /\r\nspeaker,Clara Okafor,person,2,2,/);
  assert.match(csv.stdout, /\r\narticle,talks\.news,/);
});

test('--report errors: a missing folder exits 1; bad options exit 2', () => {
  const missing = run(['--report', 'no-such-folder']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no-such-folder: no such folder/);
  assert.equal(run(['--report', 'news', '--format', 'xml']).code, 2);
  assert.equal(run(['--report', 'news', 'extra.news']).code, 2);
  assert.equal(run(['--format', 'csv', 'talks.news']).code, 2);
});

test('--report counts the people\u2019s corrections, as every other view does; --no-annotations reports the machine', async () => {
  const { corrections, emptySidecar, serializeSidecar } = await import('../../src/shared/annotations');
  mkdirSync(join(dir, 'coded'), { recursive: true });
  const article = join(dir, 'coded', 'talks.news');
  writeFileSync(article, TALKS);
  const quote = '"Nobody leaves this table a loser,"';
  const at = { start: TALKS.indexOf(quote), end: TALKS.indexOf(quote) + quote.length };
  let sidecar = corrections.setSpeaker(emptySidecar(), TALKS, at, { name: 'Ines Marlow', type: 'person' });
  const first = '"We will not sign an agreement that empties our harbours,"';
  const firstAt = { start: TALKS.indexOf(first), end: TALKS.indexOf(first) + first.length };
  sidecar = corrections.confirm(sidecar, TALKS, firstAt);
  writeFileSync(`${article}.annotations.json`, serializeSidecar(sidecar));
  type Coded = Report & {
    totals: { checked: number; corrected: number; checkedArticles: number };
    perArticle: Array<{ article: string; checked: number; corrected: number }>;
  };
  const coded = run(['--report', 'coded', '--format', 'json']);
  assert.equal(coded.code, 0, coded.stderr);
  const report = JSON.parse(coded.stdout) as Coded;
  assert.ok(
    report.speakers.some((s) => s.name === 'Ines Marlow'),
    JSON.stringify(report.speakers),
  );
  assert.ok(!report.speakers.some((s) => s.name === 'Tomas Brandt'));
  assert.deepEqual([report.totals.checked, report.totals.corrected, report.totals.checkedArticles], [2, 1, 1]);
  assert.deepEqual([report.perArticle[0].checked, report.perArticle[0].corrected], [2, 1]);
  assert.match(run(['--report', 'coded']).stdout, /Checked by people: 2 quotes in 1 article \(1 corrected or added\)/);
  const machine = JSON.parse(run(['--report', 'coded', '--format', 'json', '--no-annotations']).stdout) as Coded;
  assert.ok(machine.speakers.some((s) => s.name === 'Tomas Brandt'));
  assert.equal(machine.totals.checked, 0);
  // a broken corrections file is that article's error, never silently the machine's answer
  writeFileSync(`${article}.annotations.json`, '{"version": 1, "annotations": [{"kind": "nonsense"}]}');
  const broken = run(['--report', 'coded', '--format', 'json']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /talks\.news.*annotations\.json/);
});

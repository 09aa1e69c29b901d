// The brat modes of the built CLI (dist/cli.js), run as a user would: --format brat, --compare, --import-brat and
// its undo, their exit codes and messages. The article is written for these tests.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(__dirname, '..', '..', '..');
const prebuilt = process.env.NEWS_ANNOTATE_CLI;
const cli = prebuilt ?? join(repo, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-annotate-brat-'));

const ARTICLE = `Bridge vote delayed

"We need another month to read the engineers' report," council leader Ana Ruiz told reporters on Monday.

Ruiz said the vote would take place in April. "Nobody wants a bridge that cracks," she added, "least of all me."

Opposition councillor Paul Weller said the delay was a tactic.

"This is stalling, plain and simple," Weller said.
`;

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const at = (words: string): [number, number] => {
  const start = ARTICLE.indexOf(words);
  assert.ok(start >= 0, words);
  return [start, start + words.length];
};

before(() => {
  if (!prebuilt) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, `building the CLI failed:\n${build.stderr}`);
  }
  writeFileSync(join(dir, 'bridge.txt'), ARTICLE);
  writeFileSync(join(dir, 'bridge-crlf.txt'), ARTICLE.replace(/\n/g, '\r\n'));
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('--format brat prints PolNeAR-style attributions whose offsets fit the article', () => {
  const r = run(['--format', 'brat', 'bridge.txt']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const lines = r.stdout.trimEnd().split('\n');
  assert.match(lines[4], /^E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1$/);
  for (const line of lines.filter((l) => l.startsWith('T'))) {
    const [, head, words] = line.split('\t');
    const fragments = head
      .split(' ')
      .slice(1)
      .join(' ')
      .split(';')
      .map((f) => f.split(' ').map(Number));
    assert.equal(fragments.map(([s, e]) => ARTICLE.slice(s, e)).join(' '), words, line);
  }
  assert.ok(
    lines.some((l) =>
      /^T\d+\tContent \d+ \d+;\d+ \d+\t"Nobody wants a bridge that cracks," "least of all me\."$/.test(l),
    ),
    r.stdout,
  );
  // CRLF: the file as is, so "\r\n" counts two characters
  const crlf = run(['--format=brat', 'bridge-crlf.txt']);
  assert.equal(crlf.code, 0, crlf.stderr);
  const source = /^T1\tSource (\d+) (\d+)\t(.*)$/m.exec(crlf.stdout);
  assert.ok(source);
  assert.equal(ARTICLE.replace(/\n/g, '\r\n').slice(Number(source[1]), Number(source[2])), source[3]);
});

test('brat usage errors exit 2: two modes, no FILE, two FILEs, an unknown format', () => {
  for (const args of [
    ['--format', 'brat'],
    ['--format', 'brat', 'a.txt', 'b.txt'],
    ['--format', 'xml', 'a.txt'],
    ['--compare', 'a.ann', '--format', 'brat', 'a.txt'],
    ['--compare'],
    ['--import-brat', 'a.ann', '--jsonl', 'x'],
  ]) {
    const r = run(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^news-annotate: .+\nTry 'news-annotate --help'/, args.join(' '));
  }
  assert.match(run(['--help']).stdout, /--import-brat ANN FILE[\s\S]*--compare ANN FILE/);
});

test('--compare: the machine against its own export agrees fully; a recoded speaker and a missing quote are listed', () => {
  const ann = run(['--format', 'brat', 'bridge.txt']).stdout;
  writeFileSync(join(dir, 'self.ann'), ann);
  const self = run(['--compare', 'self.ann', 'bridge.txt']);
  assert.equal(self.code, 0, self.stderr);
  assert.match(self.stdout, /F1 100\.0%/);
  assert.match(self.stdout, /no disagreements/);
  // Weller's last quote coded as Ruiz's, and a headline coded as a quote
  const weller = /^(T\d+)\tSource (\d+) (\d+)\tWeller$/m.exec(ann);
  assert.ok(weller, ann);
  const ruiz = at('Ruiz said')
    .slice(0, 1)
    .map((s) => [s, s + 4])[0];
  const [hs, he] = at('Bridge vote delayed');
  const recoded =
    ann.replace(weller[0], `${weller[1]}\tSource ${ruiz[0]} ${ruiz[1]}\tRuiz`) +
    `T90\tContent ${hs} ${he}\tBridge vote delayed\nT91\tAttribution ${hs} ${hs + 6}\tBridge\nE90\tAttribution:T91 Content:T90\n`;
  writeFileSync(join(dir, 'recoded.ann'), recoded);
  const r = run(['--compare', 'recoded.ann', 'bridge.txt']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^bridge\.txt:1:1: missing: "Bridge vote delayed"/m);
  assert.match(
    r.stdout,
    /^bridge\.txt:9:1: different speaker: "\\"This is stalling, plain and simple,\\"" machine Paul Weller, person Ruiz$/m,
  );
  assert.match(r.stdout, /speakers: agree on \d+ of \d+ matched quotes/);
  const json = JSON.parse(run(['--compare', 'recoded.ann', 'bridge.txt', '--json']).stdout) as {
    disagreements: Array<{ kind: string; line: number; column: number }>;
  };
  assert.deepEqual(
    json.disagreements.map((d) => [d.kind, d.line, d.column]),
    [
      ['missing', 1, 1],
      ['speaker', 9, 1],
    ],
  );
});

test('--compare with an .ann that does not fit the article: every bad line named, exit 1, nothing on stdout', () => {
  const [s, e] = at('Ana Ruiz');
  writeFileSync(join(dir, 'off.ann'), `T1\tSource ${s + 1} ${e + 1}\tAna Ruiz\nT2\tSource 5 999999\tx\n`);
  const r = run(['--compare', 'off.ann', 'bridge.txt']);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^news-annotate: off\.ann:1: T1: the file says "Ana Ruiz" but the article has "na Ruiz "/m);
  assert.match(r.stderr, /^news-annotate: off\.ann:2: T2: the span 5-999999 lies beyond the article's end/m);
  const missing = run(['--compare', 'nothing.ann', 'bridge.txt']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nothing\.ann: no such file/);
  writeFileSync(join(dir, 'binary.ann'), Buffer.from([0x54, 0x31, 0x09, 0, 0xff, 0x0a]));
  const binary = run(['--compare', 'binary.ann', 'bridge.txt']);
  assert.equal(binary.code, 1);
  assert.match(binary.stderr, /binary\.ann:1: this looks like binary data/);
  assert.equal(existsSync(join(dir, 'bridge.txt.annotations.json')), false);
  assert.equal(readFileSync(join(dir, 'bridge.txt'), 'utf8'), ARTICLE);
});

interface JsonQuote {
  start: number;
  end: number;
  origin: string;
  speaker: string | null;
  speakerMention: { start: number; end: number } | null;
  cue: { start: number; end: number } | null;
  parts?: Array<{ start: number; end: number }>;
}

const quotesOf = (args: string[]): JsonQuote[] => {
  const r = run(args);
  assert.equal(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { quotes: JsonQuote[] }).quotes;
};

test('--import-brat: --json then shows exactly the coded quotes, origin "human", at the Source, Cue and Content spans; --undo-import brings the machine back', () => {
  writeFileSync(join(dir, 'coded.txt'), ARTICLE);
  const machine = quotesOf(['--json', 'coded.txt']);
  assert.ok(machine.every((q) => q.origin === 'machine'));
  // the person codes two attributions: the interrupted quote (as Weller's), and Weller's reported speech
  const [a1, a2] = [at('"Nobody wants a bridge that cracks,"'), at('"least of all me."')];
  const added = at('she added');
  const weller = at('Paul Weller');
  const [c1, c2] = [at('the delay was a tactic'), at('said the delay')];
  const ann = [
    `T1\tSource ${weller.join(' ')}\tPaul Weller`,
    `T2\tCue ${added[0] + 4} ${added[1]}\tadded`,
    `T3\tContent ${a1.join(' ')};${a2.join(' ')}\t"Nobody wants a bridge that cracks," "least of all me."`,
    `T4\tAttribution ${added[0] + 4} ${added[1]}\tadded`,
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    `T5\tSource ${weller.join(' ')}\tPaul Weller`,
    `T6\tCue ${c2[0]} ${c2[0] + 4}\tsaid`,
    `T7\tContent ${c1.join(' ')}\tthe delay was a tactic`,
    `T8\tAttribution ${c2[0]} ${c2[0] + 4}\tsaid`,
    'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'coded.ann'), ann);
  const imported = run(['--import-brat', 'coded.ann', 'coded.txt']);
  assert.equal(imported.code, 0, imported.stderr);
  assert.match(imported.stdout, /coded\.txt\.annotations\.json: imported 2 quotes/);
  const quotes = quotesOf(['--json', 'coded.txt']);
  assert.equal(quotes.length, 2, 'exactly the coded quotes');
  assert.ok(quotes.every((q) => q.origin === 'human'));
  const [q1, q2] = quotes;
  assert.deepEqual([q1.start, q1.end], [a1[0], a2[1]]);
  assert.deepEqual(
    q1.parts?.map((p) => [p.start, p.end]),
    [a1, a2],
  );
  assert.deepEqual([q1.speakerMention?.start, q1.speakerMention?.end], weller);
  assert.match(q1.speaker ?? '', /Paul Weller$/);
  assert.deepEqual([q1.cue?.start, q1.cue?.end], [added[0] + 4, added[1]]);
  assert.deepEqual([q2.start, q2.end], c1);
  assert.deepEqual([q2.cue?.start, q2.cue?.end], [c2[0], c2[0] + 4]);
  // the brat export now writes the person's coding back
  const exported = run(['--format', 'brat', 'coded.txt']);
  assert.equal(exported.code, 0, exported.stderr);
  assert.equal(exported.stdout.split('\n').filter((l) => l.startsWith('E')).length, 2);
  assert.match(exported.stdout, new RegExp(`^T\\d+\\tContent ${a1.join(' ')};${a2.join(' ')}\\t`, 'm'));
  // --no-annotations shows the machine again; --undo-import brings it back for good
  assert.equal(quotesOf(['--json', '--no-annotations', 'coded.txt']).length, machine.length);
  const undone = run(['--undo-import', 'coded.txt']);
  assert.equal(undone.code, 0, undone.stderr);
  const back = quotesOf(['--json', 'coded.txt']);
  assert.deepEqual(
    back.map((q) => [q.start, q.end, q.speaker, q.origin]),
    machine.map((q) => [q.start, q.end, q.speaker, q.origin]),
  );
  assert.match(run(['--undo-import', 'coded.txt']).stdout, /no brat import to undo/);
});

test('--import-brat writes nothing when the .ann does not fit, holds no attributions, or the sidecar is broken', () => {
  writeFileSync(join(dir, 'untouched.txt'), ARTICLE);
  const sidecar = join(dir, 'untouched.txt.annotations.json');
  writeFileSync(join(dir, 'bad.ann'), 'T1\tSource 0 6\tBridgX\n');
  const bad = run(['--import-brat', 'bad.ann', 'untouched.txt']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /bad\.ann:1: T1: the file says "BridgX" but the article has "Bridge"/);
  assert.equal(existsSync(sidecar), false);
  writeFileSync(join(dir, 'places.ann'), 'T1\tPlace 0 6\tBridge\n');
  const none = run(['--import-brat', 'places.ann', 'untouched.txt']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no Attribution events to import; nothing was written/);
  assert.equal(existsSync(sidecar), false);
  writeFileSync(sidecar, '{ "version": 1, "annotations": [ broken');
  const ok = run(['--format', 'brat', 'bridge.txt']).stdout;
  writeFileSync(join(dir, 'good.ann'), ok);
  const broken = run(['--import-brat', 'good.ann', 'untouched.txt']);
  assert.equal(broken.code, 1);
  assert.match(broken.stderr, /untouched\.txt\.annotations\.json is not a valid annotations file.*left as it is/);
  assert.equal(readFileSync(sidecar, 'utf8'), '{ "version": 1, "annotations": [ broken');
  assert.equal(run(['--format', 'brat', 'untouched.txt']).code, 1, 'a broken sidecar is no silent machine export');
  assert.equal(run(['--import-brat', 'good.ann', '-']).code, 2, 'stdin has no place for a sidecar');
});

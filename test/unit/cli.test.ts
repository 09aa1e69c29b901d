// Runs the built CLI (dist/cli.js) as a user would: files, --json, --jsonl streaming, bad inputs, exit codes.
import test, { before } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Bundled to out/test/unit/cli.test.js: the repository is three levels up.
const repo = resolve(__dirname, '..', '..', '..');
// NEWS_ANNOTATE_CLI points the tests at another build (an installed package) and skips building this one.
const prebuilt = process.env.NEWS_ANNOTATE_CLI;
const cli = prebuilt ?? join(repo, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-annotate-cli-'));

const ARTICLE = `Harbour talks stall over fishing quotas

VALMORE, March 3 (Newswire) - Talks between Norland and Estavia over fishing rights in the Gulf of Serin stalled on Tuesday.

"We will not sign an agreement that empties our harbours," Norland's Fisheries Minister Clara Okafor told reporters in Valmore.

Okafor said the two sides had agreed to meet again next month. "There is still time," she added, "but not much."

Estavia's chief negotiator, Tomas Brandt, said his delegation was ready to compromise on the northern zone.

"Nobody leaves this table a loser," Brandt said.
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface SpanLike {
  start: number;
  end: number;
  text: string;
}

/** Every span the analysis reports must be the exact slice of the text it was made from. */
function assertSpansMatch(text: string, analysis: Record<string, unknown>): void {
  const spans: SpanLike[] = [];
  for (const q of analysis.quotes as Array<
    SpanLike & { parts?: SpanLike[]; cue: SpanLike | null; speakerMention: SpanLike | null }
  >) {
    spans.push(q, ...(q.parts ?? []));
    if (q.cue) spans.push(q.cue);
    if (q.speakerMention) spans.push(q.speakerMention);
  }
  for (const s of analysis.speakers as Array<{ mentions: SpanLike[] }>) spans.push(...s.mentions);
  spans.push(...(analysis.people as SpanLike[]), ...(analysis.places as SpanLike[]));
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text, `span ${s.start}-${s.end}`);
}

before(() => {
  if (!prebuilt) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--only=cli'], { cwd: repo, encoding: 'utf8' });
    assert.equal(build.status, 0, `building the CLI failed:\n${build.stderr}`);
  }
  writeFileSync(join(dir, 'talks.news'), ARTICLE);
  writeFileSync(join(dir, 'empty.news'), '  \n');
  writeFileSync(
    join(dir, 'image.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
  );
  writeFileSync(
    join(dir, 'utf16.news'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE.replace(/\n/g, '\r\n'), 'utf16le')]),
  );
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('--help and --version exit 0; a bad option exits 2 with a hint', () => {
  const help = run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /news-annotate \[--json\] FILE/);
  assert.match(help.stdout, /--jsonl/);
  const version = run(['--version']);
  assert.equal(version.code, 0);
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout.trim(), `news-annotate ${pkg.version}`);
  for (const args of [
    ['--frobnicate'],
    [],
    ['--jobs', 'zero', '--jsonl', 'x'],
    ['--jsonl', 'a.jsonl', 'b.news'],
    ['--jsonl'],
  ]) {
    const bad = run(args);
    assert.equal(bad.code, 2, args.join(' '));
    assert.match(bad.stderr, /^news-annotate: .+\nTry 'news-annotate --help'/, args.join(' '));
    assert.equal(bad.stdout, '');
  }
});

test('FILE prints a who-said-what summary naming the file, speakers and places', () => {
  const r = run(['talks.news']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(
    r.stdout,
    /^== talks\.news ==\n\d+ direct quotes?, \d+ reported statements?, \d+ speakers?, \d+ place mentions?\n/,
  );
  const json = JSON.parse(run(['--json', 'talks.news']).stdout) as {
    quotes: Array<{ start: number; speaker: string | null }>;
  };
  // Each quote is listed at its line:column, and each named speaker heads a section.
  for (const q of json.quotes) {
    const line = ARTICLE.slice(0, q.start).split('\n').length;
    const column = q.start - ARTICLE.lastIndexOf('\n', q.start - 1);
    assert.ok(r.stdout.includes(`  ${line}:${column}  `), `quote at ${line}:${column} is listed`);
    if (q.speaker) assert.ok(r.stdout.includes(`\n${q.speaker}`), `speaker ${q.speaker} heads a section`);
  }
  assert.ok(json.quotes.length >= 3, 'the test article has direct quotes');
});

test('--json prints the Analysis of one file, with spans that are exact slices', () => {
  const r = run(['--json', 'talks.news']);
  assert.equal(r.code, 0, r.stderr);
  const analysis = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(analysis).sort(), ['people', 'places', 'quotes', 'speakers']);
  assertSpansMatch(ARTICLE, analysis);
});

test('several files: bad ones are named on stderr, good ones still analysed, exit 1', () => {
  const r = run(['--json', 'talks.news', 'missing.news', 'image.png', 'empty.news', '.', 'utf16.news']);
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(out).sort(), ['empty.news', 'talks.news', 'utf16.news']);
  assertSpansMatch(ARTICLE, out['talks.news']);
  assertSpansMatch(ARTICLE.replace(/\n/g, '\r\n'), out['utf16.news']);
  assert.equal((out['empty.news'].quotes as unknown[]).length, 0);
  assert.match(r.stderr, /^news-annotate: missing\.news: no such file$/m);
  assert.match(r.stderr, /^news-annotate: image\.png: .*binary/m);
  assert.match(r.stderr, /^news-annotate: empty\.news: .*empty/m);
  assert.match(r.stderr, /^news-annotate: \.: is a directory/m);
  // The summary mode goes on past a bad file too.
  const summary = run(['missing.news', 'talks.news']);
  assert.equal(summary.code, 1);
  assert.match(summary.stdout, /== talks\.news ==/);
});

test('an empty file alone is reported but is no failure', () => {
  const r = run(['empty.news']);
  assert.equal(r.code, 0);
  assert.match(r.stderr, /empty\.news: .*empty/);
});

test('FILE - reads the article from stdin; invalid UTF-8 is a warning, not a failure', () => {
  const r = run(['--json', '-'], ARTICLE);
  assert.equal(r.code, 0, r.stderr);
  assertSpansMatch(ARTICLE, JSON.parse(r.stdout) as Record<string, unknown>);
  const latin1 = Buffer.from(ARTICLE.replace('Okafor said', 'Okafor déclaré'), 'latin1');
  const w = run(['-'], latin1);
  assert.equal(w.code, 0);
  assert.match(w.stderr, /<stdin>: warning: not valid UTF-8/);
});

test('the summary never passes terminal control sequences or bidi overrides through', () => {
  const hostile = `"Clear the screen \u001b[2J\u001b]0;pwned\u0007 now \u202Eevil\u202C," Okafor said in Valmore.\n`;
  writeFileSync(join(dir, 'hostile.news'), hostile);
  const r = run(['hostile.news']);
  assert.equal(r.code, 0, r.stderr);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(r.stdout, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
});

function jsonl(records: unknown[]): string {
  return records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
}

test('--jsonl writes one line per record in input order, naming bad lines by number', () => {
  const texts = Array.from({ length: 40 }, (_, i) => ARTICLE.slice(0, 200 + i * 17));
  const records: unknown[] = texts.map((text, i) => ({ id: `doc-${i}`, text }));
  records.splice(3, 0, '{"id": "broken", "text": ');
  records.splice(6, 0, { id: 'no-text' });
  records.splice(9, 0, '');
  records.splice(12, 0, { id: 'nul', text: 'a\u0000b' });
  records.splice(15, 0, ['not', 'an', 'object']);
  writeFileSync(join(dir, 'in.jsonl'), jsonl(records));
  const r = run(['--jsonl', 'in.jsonl', '--jobs', '2']);
  assert.equal(r.code, 1);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    lines.map((l) => l.id),
    texts.map((_, i) => `doc-${i}`),
  );
  lines.forEach((l, i) => assertSpansMatch(texts[i], l));
  assert.match(r.stderr, /^news-annotate: in\.jsonl:4: invalid JSON/m);
  assert.match(r.stderr, /^news-annotate: in\.jsonl:7: "text" must be a string/m);
  assert.match(r.stderr, /^news-annotate: in\.jsonl:13: .*binary/m);
  assert.match(r.stderr, /^news-annotate: in\.jsonl:16: expected an object/m);
  assert.equal(r.stderr.trim().split('\n').length, 4, r.stderr);
});

test('--jsonl - reads stdin, accepts CRLF lines and a BOM, and a missing file is named', () => {
  const input =
    '\uFEFF' +
    jsonl([
      { id: 1, text: ARTICLE },
      { id: 2, text: '' },
    ]).replace(/\n/g, '\r\n');
  const r = run(['--jsonl', '-', '-j', '1'], input);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    lines.map((l) => l.id),
    [1, 2],
  );
  assert.deepEqual(lines[1], { id: 2, quotes: [], speakers: [], people: [], places: [] });
  const missing = run(['--jsonl', 'nope.jsonl']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope\.jsonl: no such file/);
});

test('--jsonl streams: a record is answered before the input ends', async () => {
  const child = spawn(process.execPath, [cli, '--jsonl', '-'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.write(JSON.stringify({ id: 'first', text: ARTICLE }) + '\n');
  const first = await new Promise<string>((resolveLine, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('no output while stdin is still open')), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolveLine(out);
      }
    });
  });
  assert.equal((JSON.parse(first.split('\n')[0]) as { id: string }).id, 'first');
  child.stdin.end(JSON.stringify({ id: 'second', text: 'Short.' }) + '\n');
  const code = await new Promise<number | null>((r) => child.on('close', r));
  assert.equal(code, 0);
});

test('a source with no size (stdin, a device) is read only up to --max-size, then refused by name', () => {
  const big = run(['--max-size', '1', '-'], 'a'.repeat(1024 * 1024 + 10));
  assert.equal(big.code, 1);
  assert.match(
    big.stderr,
    /^news-annotate: <stdin>: The text is too large to annotate \(more than the limit of 1\.0 MB\)\.$/m,
  );
  // /dev/zero never ends: read whole, it would fill memory
  if (existsSync('/dev/zero')) {
    const zero = run(['--max-size', '1', '/dev/zero', 'talks.news']);
    assert.equal(zero.code, 1);
    assert.match(zero.stderr, /^news-annotate: \/dev\/zero: The text is too large/m);
    assert.match(zero.stdout, /== talks\.news ==/);
  }
});

test('--jsonl: an over-long line is skipped unread, a binary input stops with one message, the rest is processed', () => {
  const records = [
    { id: 1, text: ARTICLE },
    { id: 2, text: 'x'.repeat(2 * 1024 * 1024 + 10) },
    { id: 3, text: null },
    { id: 4, text: ['a'] },
    { id: 5, text: ARTICLE },
  ];
  writeFileSync(join(dir, 'long.jsonl'), jsonl(records));
  const r = run(['--jsonl', 'long.jsonl', '--max-size', '1', '-j', '1']);
  assert.equal(r.code, 1);
  assert.deepEqual(
    r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: number }).id),
    [1, 5],
  );
  assert.match(
    r.stderr,
    /^news-annotate: long\.jsonl:2: the line is longer than 2\.0 MB \(twice --max-size\): skipped$/m,
  );
  assert.match(r.stderr, /^news-annotate: long\.jsonl:3: "text" must be a string \(it is null\)$/m);
  assert.match(r.stderr, /^news-annotate: long\.jsonl:4: "text" must be a string \(it is an array\)$/m);
  // a binary file given as JSON lines: one message, not one per "line"
  const noise = Buffer.alloc(64 * 1024);
  for (let i = 0; i < noise.length; i++) noise[i] = i % 7 === 6 ? 10 : i % 5 === 0 ? 0 : 65 + (i % 26);
  writeFileSync(join(dir, 'noise.jsonl'), Buffer.concat([Buffer.from(jsonl([{ id: 'ok', text: 'Short.' }])), noise]));
  const b = run(['--jsonl', 'noise.jsonl']);
  assert.equal(b.code, 1);
  assert.deepEqual(
    b.stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id),
    ['ok'],
  );
  assert.match(
    b.stderr,
    /^news-annotate: noise\.jsonl:2: this looks like binary data, not JSON lines: the rest of the input is skipped$/m,
  );
  assert.equal(b.stderr.trim().split('\n').length, 1, b.stderr);
});

test('messages never pass control characters of a file name or a bad JSON line to the terminal', () => {
  writeFileSync(join(dir, 'escape.jsonl'), '{"id": 1, "text": "\u001b]0;pwned\u0007"}\n{"id": 2, "text": \u001b[2J}\n');
  const r = run(['--jsonl', 'escape.jsonl']);
  assert.equal(r.code, 1);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(r.stderr, /escape\.jsonl:1: invalid JSON/);
  assert.match(r.stderr, /escape\.jsonl:2: invalid JSON/);
  const missing = run(['missing-\u001b[31m.news']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^news-annotate: missing-\\x1B\[31m\.news: no such file$/m);
});

test('a file name with a line feed or a tab cannot forge a second message line (shown as \\n, \\t)', () => {
  // a real file, so the message is the one a user would get about it (an empty file is reported, not refused)
  const forged = 'x.news\nnews-annotate: all files OK\t(really)\u202E';
  writeFileSync(join(dir, forged), '');
  const r = run([forged]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr.split('\n').length, 2, `one line, then the final line feed: ${JSON.stringify(r.stderr)}`);
  assert.match(r.stderr, /^news-annotate: x\.news\\nnews-annotate: all files OK\\t\(really\)\[U\+202E\]: .*empty/);
  assert.match(
    r.stdout,
    /^== x\.news\\nnews-annotate: all files OK\\t\(really\)\[U\+202E\] ==$/m,
    'the summary title shows the name as it is',
  );
  // the same for --jsonl input names, and for usage errors that quote an argument
  writeFileSync(join(dir, 'bad\njsonl'), '{"id": 1\n');
  const j = run(['--jsonl', 'bad\njsonl']);
  assert.equal(j.code, 1);
  assert.match(j.stderr, /^news-annotate: bad\\njsonl:1: invalid JSON/);
  assert.equal(j.stderr.trimEnd().split('\n').length, 1, j.stderr);
  const u = run(['--max-size', '1\nnews-annotate: forged']);
  assert.equal(u.code, 2);
  assert.match(u.stderr, /^news-annotate: --max-size needs a positive number, not "1\\nnews-annotate: forged"$/m);
  assert.doesNotMatch(u.stderr, /^news-annotate: forged/m);
});

// The C1 controls (the 8-bit CSI U+009B drives many terminals), bidi controls and line separators as \uXXXX.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

test('--json and --jsonl escape C1, bidi and line-separator characters: same parsed value, no raw bytes', () => {
  const text = `"Stop \u009b2J now \u202Eevil\u202C\u2028here," Okafor said.\u0085`;
  writeFileSync(join(dir, 'c1.news'), text);
  const one = run(['--json', 'c1.news']);
  assert.equal(one.code, 0, one.stderr);
  assert.doesNotMatch(one.stdout, RAW_IN_JSON);
  assert.match(one.stdout, /\\u009b2J now \\u202eevil\\u202c\\u2028here/);
  const parsed = JSON.parse(one.stdout) as { quotes: Array<{ text: string }> };
  assert.ok(
    parsed.quotes.some((q) => q.text.includes('\u009b2J now \u202Eevil\u202C\u2028here')),
    'the parsed text is the article text',
  );
  assertSpansMatch(text, parsed);
  const many = run(['--json', 'c1.news', 'talks.news']);
  assert.doesNotMatch(many.stdout, RAW_IN_JSON);
  assert.ok(JSON.parse(many.stdout)['c1.news']);
  const record = { id: 'c1\u009b', text };
  const l = run(['--jsonl', '-'], jsonl([record]));
  assert.equal(l.code, 0, l.stderr);
  assert.doesNotMatch(l.stdout, RAW_IN_JSON);
  assert.equal(l.stdout.trimEnd().split('\n').length, 1);
  const back = JSON.parse(l.stdout) as { id: string; quotes: Array<{ text: string }> };
  assert.equal(back.id, record.id);
  assertSpansMatch(text, back);
});

test(
  '--jsonl fails at once, naming the input, on endless input without a line feed (/dev/zero)',
  { skip: !existsSync('/dev/zero') },
  () => {
    const started = Date.now();
    const r = spawnSync(process.execPath, [cli, '--jsonl', '/dev/zero', '--max-size', '0.5'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(r.signal, null, 'it ended by itself, not by the test timeout');
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /^news-annotate: \/dev\/zero:1: the line is longer than 1\.0 MB \(twice --max-size\) and no line feed follows/m,
    );
    assert.ok(Date.now() - started < 30_000);
    const help = run(['--help']);
    assert.match(help.stdout, /FIFO/, '--help says that a pipe with no writer waits');
  },
);

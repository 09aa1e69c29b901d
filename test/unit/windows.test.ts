// Huge inputs are analysed in windows of whole paragraphs (bounded memory): windows cut only where no quote runs on,
// and the joined result is the whole analysis when each window is self-contained. Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { buildDoc } from '../../src/core/text/document';
import { NO_CACHE } from '../../src/core/text/cache';
import { WINDOWED_FROM, analyzeInWindows, windowsOf } from '../../src/core/text/windows';
import { assertValidAnalysis } from './propertyInvariants';

const STORY = [
  'LISBON, May 2 — Fishing talks between Portugal and Spain resumed on Monday after a week of delays.',
  '"We are ready to sign if the quotas are fair," Foreign Minister Clara Varga told reporters in Lisbon.',
  '"This is not about money,\nit is about trust," said Kenji Tanaka, who leads the Osaka Port Authority.',
  'Officials said the agreement could be signed in Madrid by Friday, according to a senior diplomat.',
].join('\n\n');

test('windows cut at blank lines, never before a paragraph that reopens a quote', () => {
  const text =
    'First paragraph, long enough.\n\n"A quote that runs on.\n\n"And reopens here," she said.\n\nPlain close.\n';
  // the preferred cut (44) falls in the quote; not before '"And reopens' (it continues that quote)
  const windows = windowsOf(text, 44);
  assert.deepEqual(windows, [
    [0, text.length - 13],
    [text.length - 13, text.length],
  ]);
  assert.ok(text.slice(windows[1][0]).startsWith('Plain close.'));
  // with no paragraph cut within reach, the fallback tracks quotes, so it knows none runs on into '"A quote'
  assert.equal(windowsOf(text, 20)[0][1], 'First paragraph, long enough.\n\n'.length);
  const crlf = 'Alpha beta.\r\n\r\nGamma delta.\r\n';
  assert.deepEqual(windowsOf(crlf, 7), [
    [0, 15],
    [15, crlf.length],
  ]);
});

/** Windows tile the text, and each (but the last) ends within [size, REACH × size] of its start. */
function assertTiles(text: string, windows: Array<[number, number]>, size: number): void {
  assert.equal(windows[0][0], 0);
  assert.equal(windows[windows.length - 1][1], text.length);
  for (const [i, [from, to]] of windows.entries()) {
    assert.ok(to > from, `window ${i} is not empty`);
    if (i > 0) assert.equal(from, windows[i - 1][1], `window ${i} starts where ${i - 1} ends`);
    if (i < windows.length - 1)
      assert.ok(to - from >= size && to - from <= 2 * size + 1, `window ${i} is ${to - from} for size ${size}`);
  }
}

/** No window boundary falls strictly inside a "…" pair (the test texts use straight quotes in pairs). */
function assertNoCutInQuote(text: string, windows: Array<[number, number]>): void {
  const quotes = [...text.matchAll(/"[^"]*"/g)];
  for (const [, to] of windows.slice(0, -1)) {
    const inside = quotes.find((m) => m.index < to && to < m.index + m[0].length);
    assert.ok(!inside, `cut ${to} is inside the quote ${inside?.[0]}`);
  }
}

const SENTENCES = [
  'Talks on the water treaty resumed in Lisbon on Monday.',
  '"We are ready to sign if the quotas are fair," Foreign Minister Clara Varga told reporters.',
  'Mr. Tanaka, who leads the Osaka Port Authority, said the deal was close.',
  'Officials in Madrid said the agreement could be signed by Friday.',
  'Is there still time? "There is. But not much," said Kenji Tanaka.',
];

test('a text without any line break is cut at sentence ends outside quotes, never after "Mr."', () => {
  const text = Array.from({ length: 40 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
  const size = 300;
  const windows = windowsOf(text, size);
  assert.ok(windows.length > 5);
  assertTiles(text, windows, size);
  for (const [, to] of windows.slice(0, -1)) {
    const before = text.slice(Math.max(0, to - 4), to);
    assert.match(before, /[.?!]"? $/, `cut after a sentence end: …${text.slice(to - 20, to + 20)}…`);
    assert.doesNotMatch(text.slice(to - 5, to), /Mr\. $/);
    assert.match(text[to], /[A-Z"]/);
  }
  // a sentence end inside a quote ('"There is. But…') is never a cut: quote balance is tracked from the window start
  assertNoCutInQuote(text, windows);
});

test('single line breaks only: cut after a line break, not before a line that opens a quote', () => {
  const text = Array.from({ length: 60 }, (_, i) => SENTENCES[i % SENTENCES.length]).join('\n') + '\n';
  const size = 250;
  const windows = windowsOf(text, size);
  assertTiles(text, windows, size);
  for (const [, to] of windows.slice(0, -1)) {
    assert.equal(text[to - 1], '\n');
  }
  assertNoCutInQuote(text, windows);
});

test('a long quote spanning the preferred cut is kept whole, in the windows and in the joined analysis', () => {
  const quote =
    '"' +
    Array.from({ length: 12 }, (_, i) => `This is sentence ${i + 1} of the statement. It goes on.`).join(' ') +
    '"';
  const story = `Trade talks resumed in Geneva on Monday. ${quote} said Clara Varga, the foreign minister. Talks will resume on Friday.`;
  const text = `${story} ${story} ${story}`;
  const qStart = text.indexOf('"');
  const qEnd = text.indexOf('"', qStart + 1) + 1;
  const size = qEnd - 100; // the preferred cut falls inside the first quote, among its sentence ends
  const windows = windowsOf(text, size);
  assertTiles(text, windows, size);
  assert.ok(windows[0][1] >= qEnd, `first cut ${windows[0][1]} after the quote's end ${qEnd}`);
  assertNoCutInQuote(text, windows);
  const windowed = analyzeInWindows(text, (part) => analyze(part), size);
  assertValidAnalysis(text, windowed);
  const direct = windowed.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 3);
  for (const q of direct) assert.equal(text.slice(q.start, q.end), quote);
  assert.deepEqual(
    direct.map((q) => q.speaker),
    ['Clara Varga', 'Clara Varga', 'Clara Varga'],
  );
});

test('pathological input without spaces is cut at the size, never inside a surrogate pair', () => {
  const plain = 'x'.repeat(1000);
  assert.deepEqual(windowsOf(plain, 300), [
    [0, 300],
    [300, 600],
    [600, 900],
    [900, 1000],
  ]);
  const emoji = '😀'.repeat(500); // 1,000 UTF-16 units
  const windows = windowsOf(emoji, 301);
  assertTiles(emoji, windows, 301);
  for (const [from] of windows)
    assert.ok(emoji.codePointAt(from) === 0x1f600, `window at ${from} starts on a whole character`);
  // quote marks that never close (and never open) do not stop the cut either
  const marks = '"x'.repeat(2000);
  assertTiles(marks, windowsOf(marks, 500), 500);
  assert.deepEqual(windowsOf('one line without breaks', 5), [
    [0, 9],
    [9, 17],
    [17, 22],
    [22, 23],
  ]);
});

test('windowing is linear: a stray quote mark and a run of line breaks before quotes cost one pass', () => {
  const stray = 'He said "this never closes and then ' + 'word '.repeat(400_000);
  const lines = 'Plain text here. ' + '\n "'.repeat(400_000);
  for (const text of [stray, lines]) {
    const t0 = performance.now();
    const windows = windowsOf(text, 64 * 1024);
    assertTiles(text, windows, 64 * 1024);
    assert.ok(performance.now() - t0 < 1500, `windowsOf on ${text.length} chars took ${performance.now() - t0} ms`);
  }
});

test('the joined result of a huge line has right offsets', () => {
  const text = Array.from({ length: 80 }, (_, i) => SENTENCES[i % SENTENCES.length]).join(' ');
  const windowed = analyzeInWindows(text, (part) => analyze(part), 700);
  assertValidAnalysis(text, windowed);
  const whole = analyze(text);
  // cuts fall between sentences outside quotes: every direct quote is found, at the same offsets
  const spans = (a: typeof whole): string[] =>
    a.quotes.filter((q) => q.kind === 'direct').map((q) => `${q.start}-${q.end}`);
  assert.deepEqual(spans(windowed), spans(whole));
  for (const p of windowed.places) assert.equal(text.slice(p.start, p.end), p.text);
});

test('self-contained windows join into the whole analysis; speakers named alike are merged', () => {
  const text = `${STORY}\n\n${STORY}\n\n${STORY}\n`;
  const whole = analyze(text);
  const windowed = analyzeInWindows(text, (part) => analyze(part), STORY.length);
  assert.equal(windowsOf(text, STORY.length).length, 3);
  assertValidAnalysis(text, windowed);
  assert.deepEqual(windowed, whole);
  const varga = windowed.speakers.find((s) => s.name === 'Clara Varga');
  assert.equal(varga?.quoteCount, 3);
});

test('speaker ids stay unique when different speakers share an id in different windows', () => {
  const a = '"We will not move," a senior official said on Monday.';
  const text = `${a}\n\n${a}\n`;
  const windowed = analyzeInWindows(text, (part) => analyze(part), a.length);
  assertValidAnalysis(text, windowed);
  assert.deepEqual(windowed, analyze(text));
  // two windows whose speakers differ in name but not in id (the table's slug): the second is renamed
  const clash = analyzeInWindows(
    'x\n\ny\n',
    (part) => ({
      quotes: [
        {
          start: 0,
          end: 1,
          text: part[0],
          kind: 'direct',
          speaker: part,
          speakerId: 'lee',
          speakerMention: null,
          cue: null,
          confidence: 0.5,
          origin: 'machine',
        },
      ],
      speakers: [{ id: 'lee', name: part, type: 'person', mentions: [], quoteCount: 1 }],
      people: [],
      places: [],
    }),
    1,
  );
  assert.deepEqual(
    clash.speakers.map((s) => s.id),
    ['lee', 'lee-2'],
  );
  assert.deepEqual(
    clash.quotes.map((q) => [q.start, q.speakerId]),
    [
      [0, 'lee'],
      [3, 'lee-2'],
    ],
  );
});

test('only huge inputs are windowed: an article is analysed whole', () => {
  assert.ok(WINDOWED_FROM >= 1024 * 1024);
  assert.ok(buildDoc(STORY, NO_CACHE).lines.length > 0);
});

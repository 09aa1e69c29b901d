// Huge inputs are analysed in windows of whole paragraphs (bounded memory): windows cut only where no quote runs on,
// and the joined result is the whole analysis when each window is self-contained. Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { buildDoc } from '../../src/core/document';
import { NO_CACHE } from '../../src/core/cache';
import { WINDOWED_FROM, analyzeInWindows, windowsOf } from '../../src/core/windows';
import { assertValidAnalysis } from './propertyInvariants';

const STORY = [
  'LISBON, May 2 — Fishing talks between Portugal and Spain resumed on Monday after a week of delays.',
  '"We are ready to sign if the quotas are fair," Foreign Minister Clara Varga told reporters in Lisbon.',
  '"This is not about money,\nit is about trust," said Kenji Tanaka, who leads the Osaka Port Authority.',
  'Officials said the agreement could be signed in Madrid by Friday, according to a senior diplomat.',
].join('\n\n');

test('windows cut at blank lines, never before a paragraph that reopens a quote', () => {
  const text = 'First paragraph, long enough.\n\n"A quote that runs on.\n\n"And reopens here," she said.\n\nPlain close.\n';
  const windows = windowsOf(text, 10);
  // not before '"A quote' (it may run on from before) nor before '"And reopens' (it continues that quote)
  assert.deepEqual(windows, [
    [0, text.length - 13],
    [text.length - 13, text.length],
  ]);
  assert.ok(text.slice(windows[1][0]).startsWith('Plain close.'));
  assert.deepEqual(windowsOf('one line without breaks', 5), [[0, 23]]);
  const crlf = 'Alpha beta.\r\n\r\nGamma delta.\r\n';
  assert.deepEqual(windowsOf(crlf, 3), [
    [0, 15],
    [15, crlf.length],
  ]);
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
  const windowed = analyzeInWindows(text, (part) => analyze(part), 10);
  assertValidAnalysis(text, windowed);
  assert.deepEqual(windowed, analyze(text));
  // two windows whose speakers differ in name but not in id (the table's slug): the second is renamed
  const clash = analyzeInWindows('x\n\ny\n', (part) => ({
    quotes: [{ start: 0, end: 1, text: part[0], kind: 'direct', speaker: part, speakerId: 'lee', speakerMention: null, cue: null, confidence: 0.5 }],
    speakers: [{ id: 'lee', name: part, type: 'person', mentions: [], quoteCount: 1 }],
    people: [],
    places: [],
  }), 1);
  assert.deepEqual(clash.speakers.map((s) => s.id), ['lee', 'lee-2']);
  assert.deepEqual(clash.quotes.map((q) => [q.start, q.speakerId]), [[0, 'lee'], [3, 'lee-2']]);
});

test('only huge inputs are windowed: an article is analysed whole', () => {
  assert.ok(WINDOWED_FROM >= 1024 * 1024);
  assert.ok(buildDoc(STORY, NO_CACHE).lines.length > 0);
});

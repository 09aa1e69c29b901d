// The palette commands' questions (commandQueries.ts), answered in the worker or, as a fallback, on the host, and
// AnalysisResult.command's rule: a worker answer when there is one, a host answer only while the document is still
// at the analysed version, never a stale one. The article is written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Quote } from '../../src/core/types';
import { answerCommand } from '../../src/shared/answerCommand';
import {
  escapeIcons,
  escapeLinks,
  type CommandAnswer,
  type CommandKind,
  speakerPicks,
  speakerQuotes,
  stepAnswer,
  summaryAnswer,
} from '../../src/shared/commandQueries';
import { render } from '../../src/shared/exporters';
import { countsOf } from '../../src/shared/analysisQueries';
import { AnalysisResult } from '../../src/shared/protocol';
import { toJsonBytes } from '../../src/shared/jsonBytes';

const TEXT = [
  'RIGA (Wire) — The port reopened on Tuesday.',
  '"Ships are moving again," said Ilze Ozola, the harbour master.',
  'A spokesman said traffic was back to normal.',
  '"We lost a week," Ozola added.',
].join('\n');

function span(text: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" not in the article`);
  return { start, end: start + text.length, text };
}

const quote = (text: string, kind: Quote['kind'], speakerId: string | null, speaker: string | null): Quote => ({
  ...span(text),
  kind,
  speaker,
  speakerId,
  speakerMention: null,
  cue: kind === 'direct' ? span('said') : null,
  confidence: 0.9,
  origin: 'machine',
});

const q1 = quote('Ships are moving again,', 'direct', 'ozola', 'Ilze Ozola');
const q2 = quote('traffic was back to normal', 'indirect', 'anon-1', 'a spokesman');
const q3 = quote('We lost a week,', 'direct', 'ozola', 'Ilze Ozola');
const ANALYSIS: Analysis = {
  quotes: [q3, q1, q2], // out of order on purpose: answers are in text order
  speakers: [
    { id: 'anon-1', name: 'a spokesman', type: 'anonymous', mentions: [span('A spokesman')], quoteCount: 1 },
    {
      id: 'ozola',
      name: 'Ilze Ozola',
      type: 'person',
      role: 'harbour master',
      mentions: [span('Ilze Ozola'), span('Ozola added')],
      quoteCount: 2,
    },
    { id: 'port', name: 'the Port Authority', type: 'organization', mentions: [span('The port')], quoteCount: 0 },
  ],
  people: [span('Ilze Ozola')],
  places: [{ ...span('RIGA'), name: 'Riga', kind: 'city', country: 'Latvia' }],
};
const EMPTY: Analysis = { quotes: [], speakers: [], people: [], places: [] };
const at = (q: Quote): { start: number; end: number } => ({ start: q.start, end: q.end });

test('step: next and previous quote from an offset, wrapping, optionally for one speaker', () => {
  assert.deepEqual(stepAnswer(ANALYSIS, { what: 'step', from: 0, direction: 1 }), {
    quote: at(q1),
    wrapped: false,
    speakerName: undefined,
  });
  assert.deepEqual(stepAnswer(ANALYSIS, { what: 'step', from: q1.start, direction: 1 }).quote, at(q2));
  assert.deepEqual(stepAnswer(ANALYSIS, { what: 'step', from: q3.start, direction: 1 }), {
    quote: at(q1),
    wrapped: true,
    speakerName: undefined,
  });
  assert.deepEqual(stepAnswer(ANALYSIS, { what: 'step', from: q1.start, direction: -1 }), {
    quote: at(q3),
    wrapped: true,
    speakerName: undefined,
  });
  const own = stepAnswer(ANALYSIS, { what: 'step', from: q1.start, direction: 1, speakerId: 'ozola' });
  assert.deepEqual(own, { quote: at(q3), wrapped: false, speakerName: 'Ilze Ozola' });
  // Nothing to go to: no quote, and the name for the message.
  assert.deepEqual(stepAnswer(ANALYSIS, { what: 'step', from: 0, direction: 1, speakerId: 'port' }), {
    quote: undefined,
    wrapped: false,
    speakerName: 'the Port Authority',
  });
  assert.deepEqual(stepAnswer(EMPTY, { what: 'step', from: 0, direction: -1 }), {
    quote: undefined,
    wrapped: false,
    speakerName: undefined,
  });
});

test('speaker pick list: most quoted first, then by name, with counts', () => {
  assert.deepEqual(
    speakerPicks(ANALYSIS).map((s) => [s.name, s.quotes, s.mentions, s.type]),
    [
      ['Ilze Ozola', 2, 2, 'person'],
      ['a spokesman', 1, 1, 'anonymous'],
      ['the Port Authority', 0, 1, 'organization'],
    ],
  );
  assert.deepEqual(speakerPicks(EMPTY), []);
});

test("a speaker's quotes: text order, lines, kind, cue, shortened text; first mention; unknown speaker", () => {
  const own = speakerQuotes(ANALYSIS, TEXT, 'ozola');
  assert.ok(own);
  assert.equal(own.name, 'Ilze Ozola');
  assert.deepEqual(
    own.quotes.map((q) => [q.start, q.line, q.kind, q.cue]),
    [
      [q1.start, 2, 'direct', 'said'],
      [q3.start, 4, 'direct', 'said'],
    ],
  );
  const silent = speakerQuotes(ANALYSIS, TEXT, 'port');
  assert.deepEqual(silent?.quotes, []);
  assert.deepEqual(silent?.firstMention, at({ ...span('The port') } as Quote));
  assert.equal(speakerQuotes(ANALYSIS, TEXT, 'nobody'), null);
  const long = speakerQuotes({ ...ANALYSIS, quotes: [{ ...q1, text: 'word '.repeat(60) }] }, TEXT, 'ozola');
  assert.ok(long && long.quotes[0].text.length <= 100 && long.quotes[0].text.endsWith('…'));
});

test('export and summary answers are the exporters’ text, for each format', () => {
  for (const format of ['json', 'csv', 'markdown'] as const) {
    const answer = answerCommand(ANALYSIS, TEXT, { what: 'export', format, source: 'port.news' });
    assert.equal(answer.text, render(format, { analysis: ANALYSIS, text: TEXT, source: 'port.news' }));
  }
  const json = JSON.parse(
    answerCommand(ANALYSIS, TEXT, { what: 'export', format: 'json', source: 'port.news' }).text,
  ) as { quotes: { text: string; line: number }[] };
  assert.deepEqual(
    json.quotes.map((q) => q.line),
    [2, 3, 4],
  );
  const summary = summaryAnswer(ANALYSIS, TEXT, 'port.news');
  assert.equal(summary.short, '3 quotes · 3 speakers');
  assert.match(summary.text, /^port\.news: 3 quotes \(2 direct, 1 reported\)/);
  assert.match(summary.text, /- Ilze Ozola \(harbour master\): 2 quotes/);
  assert.deepEqual(answerCommand(ANALYSIS, TEXT, { what: 'speakers' }), speakerPicks(ANALYSIS));
});

function result(ask: () => Promise<CommandAnswer<CommandKind> | null | undefined>): AnalysisResult {
  const data = { analysisBytes: toJsonBytes(ANALYSIS), paint: {} as never, counts: countsOf(ANALYSIS), orphans: [] };
  return new AnalysisResult(data, 7, undefined, ask);
}

test("AnalysisResult.command: the worker's answer; the host's when the worker cannot answer; never a stale one", async () => {
  const query = { what: 'step', from: 0, direction: 1 } as const;
  let hostText = 0;
  const text = (): string => {
    hostText++;
    return TEXT;
  };
  // The worker answers: its answer, the text is not even read on the host.
  const fromWorker = await result(() => Promise.resolve({ quote: { start: 1, end: 2 }, wrapped: false })).command(
    query,
    text,
    () => true,
  );
  assert.deepEqual(fromWorker, { quote: { start: 1, end: 2 }, wrapped: false });
  assert.equal(hostText, 0);
  // The worker crashed (undefined) or no longer holds this version (null), the document has not changed: host fallback.
  for (const reply of [undefined, null]) {
    const fallback = await result(() => Promise.resolve(reply)).command(query, text, () => true);
    assert.deepEqual(fallback, stepAnswer(ANALYSIS, query));
  }
  // The document moved on while the question was out: no answer at all, from either side.
  let current = true;
  const stale = result(() => {
    current = false; // an edit arrives while the worker works
    return Promise.resolve({ quote: { start: 1, end: 2 }, wrapped: false });
  });
  assert.equal(await stale.command(query, text, () => current), undefined);
  assert.equal(await result(() => Promise.resolve(undefined)).command(query, text, () => false), undefined);
  assert.equal(stale.version, 7);
});

test('article text in quick picks cannot render icons: $( is escaped', () => {
  assert.equal(escapeIcons('Ship $(alert) named $(x) and $5'), 'Ship \\$(alert) named \\$(x) and $5');
  assert.equal(escapeIcons('plain'), 'plain');
});

test('article text in notifications cannot become a link: ]( is broken by a zero-width space', () => {
  const evil = 'Ann [click](command:workbench.action.quit "t") and [x](https://example.com) [y] (z)';
  const escaped = escapeLinks(evil);
  // The pattern VS Code's notifications use to find links.
  const link = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/gi;
  assert.equal(escaped.match(link), null, escaped);
  assert.equal(escaped.replace(/\u200b/g, ''), evil, 'the text reads the same');
  assert.equal(escapeLinks('plain [a] (b)'), 'plain [a] (b)');
});

test('article text in quick picks shows bidi and invisible characters and cannot render icons', async () => {
  const { pickText } = await import('../../src/shared/commandQueries');
  assert.equal(pickText('Ann\u202Eevil\u202C $(zap)'), 'Ann[U+202E]evil[U+202C] \\$(zap)');
  assert.equal(pickText('Ok\u200Bafor'), 'Ok[U+200B]afor');
  assert.equal(pickText('Zoë'), 'Zoë');
  const { escapeLinks } = await import('../../src/shared/commandQueries');
  assert.equal(
    escapeLinks('No quotes by \u202Eevil\u202C [x](y)'),
    'No quotes by [U+202E]evil[U+202C] [x]\u200b(y)',
    'notifications too',
  );
});

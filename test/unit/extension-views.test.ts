// The vscode-free pieces of the editor layer: decoration plan, lookups, hovers, exports, panel state and the
// validation of webview messages. Articles here are written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Quote } from '../../src/core/types';
import { ALL_HIGHLIGHTS, planDecorations, speakerTints, TINT_COUNT } from '../../src/shared/decorationPlan';
import { itemsAt, LineIndex, shortSummary, stepQuote } from '../../src/shared/analysisQueries';
import {
  escapeMarkdown,
  HOVER_COMMANDS,
  placeHover,
  quoteHover,
  speakerHover,
  truncate,
} from '../../src/shared/hoverContent';
import { csvCell, toCsv, toJson, toMarkdown, toSummary } from '../../src/shared/exporters';
import { buildPanelState } from '../../src/shared/panelModel';
import { parseWebviewMessage } from '../../src/shared/panelProtocol';

const TEXT = [
  'OSLO (Wire) — Talks resumed on Monday.',
  '"We are close," the minister said, "but not there."',
  'Anna Berg, the minister, later told reporters that a deal was possible.',
  'An official said the talks would go on.',
].join('\n');

function span(text: string, from = 0): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(text, from);
  assert.ok(start >= 0, `"${text}" not in the article`);
  return { start, end: start + text.length, text };
}

const q1Parts = [span('We are close,'), span('but not there.')];
const q1: Quote = {
  ...{ start: q1Parts[0].start, end: q1Parts[1].end, text: TEXT.slice(q1Parts[0].start, q1Parts[1].end) },
  kind: 'direct',
  parts: q1Parts,
  speaker: 'Anna Berg',
  speakerId: 'anna-berg',
  speakerMention: span('the minister'),
  cue: span('said'),
  confidence: 0.9,
  origin: 'machine',
};
const q2: Quote = {
  ...span('a deal was possible'),
  kind: 'indirect',
  speaker: 'Anna Berg',
  speakerId: 'anna-berg',
  speakerMention: span('Anna Berg'),
  cue: span('told reporters'),
  confidence: 0.8,
  origin: 'machine',
};
const q3: Quote = {
  ...span('the talks would go on'),
  kind: 'indirect',
  speaker: 'an official',
  speakerId: 'anon-1',
  speakerMention: span('An official'),
  cue: span('said', TEXT.indexOf('An official')),
  confidence: 0.6,
  origin: 'machine',
};
const ANALYSIS: Analysis = {
  quotes: [q2, q1, q3],
  speakers: [
    {
      id: 'anna-berg',
      name: 'Anna Berg',
      type: 'person',
      role: 'minister',
      mentions: [span('the minister'), span('Anna Berg')],
      quoteCount: 2,
    },
    { id: 'anon-1', name: 'an official', type: 'anonymous', mentions: [span('An official')], quoteCount: 1 },
  ],
  people: [span('Anna Berg')],
  places: [{ ...span('OSLO'), name: 'Oslo', kind: 'city', country: 'Norway' }],
};

test('decoration plan: quote parts, not the attribution between them; kinds split; tints per speaker', () => {
  const plan = planDecorations(ANALYSIS, ALL_HIGHLIGHTS);
  assert.deepEqual(
    plan.directQuote,
    q1Parts.map(({ start, end }) => ({ start, end })),
  );
  assert.equal(plan.reportedQuote.length, 2);
  assert.equal(plan.place.length, 1);
  assert.ok(plan.speaker.some((r) => TEXT.slice(r.start, r.end) === 'the minister'));
  assert.equal(plan.tints.length, TINT_COUNT);
  const tints = speakerTints(ANALYSIS);
  assert.equal(tints.get('anna-berg'), 0, 'the most quoted speaker gets the first colour');
  assert.notEqual(tints.get('anon-1'), tints.get('anna-berg'));
  const annaTint = plan.tints[0].map((r) => TEXT.slice(r.start, r.end));
  assert.ok(annaTint.includes('a deal was possible') && annaTint.includes('Anna Berg'));
});

test('decoration plan honours the per-kind settings', () => {
  const plan = planDecorations(ANALYSIS, {
    speakers: false,
    directQuotes: true,
    reportedQuotes: false,
    places: false,
    speakerTints: false,
  });
  assert.equal(plan.speaker.length, 0);
  assert.equal(plan.reportedQuote.length, 0);
  assert.equal(plan.place.length, 0);
  assert.equal(plan.directQuote.length, 2);
  assert.ok(plan.tints.every((t) => t.length === 0));
});

test('itemsAt finds the quote, the speaker mention and the place under an offset', () => {
  assert.equal(itemsAt(ANALYSIS, TEXT.indexOf('close')).quote, q1);
  const at = itemsAt(ANALYSIS, TEXT.indexOf('Anna Berg') + 2);
  assert.equal(at.speaker?.speaker.id, 'anna-berg');
  assert.equal(itemsAt(ANALYSIS, 1).place?.name, 'Oslo');
  assert.deepEqual(itemsAt(ANALYSIS, TEXT.indexOf('Talks')), {});
});

test('stepQuote walks quotes in text order, wraps, and filters by speaker', () => {
  assert.equal(stepQuote(ANALYSIS, 0, 1)?.quote, q1);
  assert.equal(stepQuote(ANALYSIS, q1.start, 1)?.quote, q2);
  const wrapped = stepQuote(ANALYSIS, q3.start, 1);
  assert.equal(wrapped?.quote, q1);
  assert.equal(wrapped?.wrapped, true);
  assert.equal(stepQuote(ANALYSIS, q1.start, -1)?.quote, q3);
  assert.equal(stepQuote(ANALYSIS, q2.start, 1, 'anna-berg')?.quote, q1, 'next by Anna Berg wraps past the official');
  assert.equal(stepQuote({ ...ANALYSIS, quotes: [] }, 0, 1), undefined);
});

test('LineIndex and summary', () => {
  const lines = new LineIndex(TEXT);
  assert.equal(lines.lineOf(0), 1);
  assert.equal(lines.lineOf(q2.start), 3);
  assert.equal(lines.lineOf(TEXT.length), 4);
  assert.equal(shortSummary(ANALYSIS), '3 quotes · 2 speakers');
});

test('hovers: speaker via mention, cue, kind, confidence, anonymous label, command links', () => {
  const h = quoteHover(ANALYSIS, q1);
  assert.match(h, /Direct quote/);
  assert.match(h, /Anna Berg\*\* — via “the minister”/);
  assert.match(h, /Cue: “said”/);
  assert.match(h, /Confidence: 90%/);
  assert.match(h, /command:newsAnnotator\.showPanel\?/);
  assert.match(h, /command:newsAnnotator\.nextQuote\?/);
  assert.match(quoteHover(ANALYSIS, q3), /Anonymous source/);
  assert.match(quoteHover(ANALYSIS, q2), /Reported speech/);
  const s = speakerHover(ANALYSIS, ANALYSIS.speakers[0], 0);
  assert.match(s, /Anna Berg\*\* — minister/);
  assert.match(s, /Person · 2 quotes \(1 direct, 1 reported\)/);
  assert.match(placeHover(ANALYSIS.places[0]), /City · Norway/);
});

test('hovers escape article text: no markup, links, HTML or icons survive', () => {
  const evil = '<img src=x onerror=alert(1)> [x](command:workbench.action.quit) $(zap) **b** `c`';
  const escaped = escapeMarkdown(evil);
  assert.ok(!/(^|[^\\])[<[\]`*$(]/.test(escaped), escaped);
  const h = quoteHover({ ...ANALYSIS, speakers: [] }, { ...q1, speaker: evil, speakerId: null, speakerMention: null });
  assert.ok(!h.includes('](command:workbench'), 'an article link never becomes a command link');
  // The hover trusts exactly HOVER_COMMANDS: every command link in it is one of ours.
  const commands = [...h.matchAll(/\]\(command:([^?)\s]+)/g)].map((m) => m[1]);
  assert.ok(
    commands.every((c) => (HOVER_COMMANDS as readonly string[]).includes(c)),
    commands.join(', '),
  );
  assert.ok(!/(^|[^\\])<img/.test(h), 'no raw HTML');
  assert.equal(truncate('a'.repeat(10), 5), 'aaaa…');
  assert.equal(truncate(`abc\u{1F600}def`, 5), 'abc…', 'never splits a surrogate pair');
});

test('CSV export: RFC 4180 quoting and no spreadsheet formulas from article text', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a, "b"'), '"a, ""b"""');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('-5'), "'-5");
  assert.equal(csvCell(-5), '-5', 'numbers stay numbers');
  assert.equal(csvCell(null), '');
  const csv = toCsv({ analysis: ANALYSIS, text: TEXT, source: 'talks.news' });
  const rows = csv.trimEnd().split('\r\n');
  assert.equal(rows.length, 4);
  assert.equal(
    rows[0],
    'speaker,speaker_type,role,kind,quote,via,cue,confidence,line,start,end,origin,check,machine_speaker',
  );
  assert.ok(rows[1].endsWith(',machine,,'), rows[1]);
  assert.ok(rows[1].startsWith('Anna Berg,person,minister,direct,"We are close,'), rows[1]);
});

test('JSON and Markdown exports carry speakers, quotes in order, places and line numbers', () => {
  const json = JSON.parse(toJson({ analysis: ANALYSIS, text: TEXT, source: 'talks.news' })) as {
    source: string;
    quotes: { text: string; line: number; kind: string; via: string }[];
    speakers: { name: string }[];
    places: { name: string; country: string }[];
  };
  assert.equal(json.source, 'talks.news');
  assert.deepEqual(
    json.quotes.map((q) => q.line),
    [2, 3, 4],
  );
  assert.deepEqual(
    json.quotes.map((q) => q.kind),
    ['direct', 'reported', 'reported'],
  );
  assert.equal(json.quotes[0].via, 'the minister');
  assert.deepEqual(json.places, [
    { name: 'Oslo', text: 'OSLO', kind: 'city', country: 'Norway', line: 1, start: 0, end: 4 },
  ]);
  const md = toMarkdown({ analysis: ANALYSIS, text: TEXT, source: 'talks.news' });
  assert.match(md, /^# Who said what — talks\.news/);
  assert.match(md, /## Anna Berg\n\n_minister, person · 2 quotes_/);
  assert.match(md, /## an official\n\n_anonymous source · 1 quote_/);
  assert.match(md, /## Places\n\n- Oslo \(city, Norway\)/);
  const evil = toMarkdown({
    analysis: { ...ANALYSIS, speakers: [{ ...ANALYSIS.speakers[0], name: '# <b>x</b>' }] },
    text: TEXT,
    source: 's',
  });
  assert.ok(evil.includes('## \\# \\<b\\>x\\</b\\>'), 'markup in names is escaped');
  const summary = toSummary({ analysis: ANALYSIS, text: TEXT, source: 'talks.news' });
  assert.match(summary, /^talks\.news: 3 quotes \(1 direct, 2 reported\) · 2 speakers · 1 place/);
  assert.match(summary, /- Anna Berg \(minister\): 2 quotes/);
});

test('panel state groups quotes by speaker in text order', () => {
  const state = buildPanelState(ANALYSIS, TEXT, 'talks.news', 5);
  assert.equal(state.version, 5);
  assert.deepEqual(
    state.speakers.map((s) => s.id),
    ['anna-berg', 'anon-1'],
  );
  assert.deepEqual(
    state.speakers[0].quotes.map((q) => q.line),
    [2, 3],
  );
  assert.equal(state.speakers[0].quotes[0].via, 'the minister');
  assert.equal(state.speakers[0].quotes[1].via, null, 'no "via" when the mention is the name itself');
  assert.equal(state.unattributed.length, 0);
  assert.equal(state.places[0].name, 'Oslo');
  assert.equal(state.counts.anonymous, 1);
});

test('webview messages are validated: unknown types, bad and out-of-range offsets are refused', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }, 10), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'reveal', start: 2, end: 5, version: 1 }, 10), {
    type: 'reveal',
    start: 2,
    end: 5,
    version: 1,
  });
  for (const bad of [
    null,
    'reveal',
    { type: 'eval', code: 'x' },
    { type: 'reveal', start: 2, end: 11, version: 1 },
    { type: 'reveal', start: 5, end: 2, version: 1 },
    { type: 'reveal', start: -1, end: 2, version: 1 },
    { type: 'reveal', start: 1.5, end: 2, version: 1 },
    { type: 'reveal', start: '1', end: 2, version: 1 },
    { type: 'reveal', start: 1, end: 2 },
  ]) {
    assert.equal(parseWebviewMessage(bad, 10), undefined, JSON.stringify(bad));
  }
  assert.equal(
    parseWebviewMessage({ type: 'reveal', start: 0, end: 1, version: 1 }, undefined),
    undefined,
    'no document, no reveal',
  );
});

test('Markdown exports show bidi and invisible characters instead of obeying them', () => {
  const speaker = { ...ANALYSIS.speakers[0], name: 'Anna\u200B Berg', role: 'mini\u202Eretsi\u202C' };
  const md = toMarkdown({
    analysis: { ...ANALYSIS, speakers: [speaker, ...ANALYSIS.speakers.slice(1)] },
    text: TEXT,
    source: 'talks\u2066.news',
  });
  assert.ok(!/[\u200B\u202A-\u202E\u2066-\u2069]/.test(md), 'no raw control is left');
  assert.match(md, /^# Who said what — talks\\\[U\+2066\\\]\.news/);
  assert.match(md, /## Anna\\\[U\+200B\\\] Berg/);
  assert.match(md, /_mini\\\[U\+202E\\\]retsi\\\[U\+202C\\\], person/);
});

test('hovers and Outline symbol names show bidi and invisible characters too', async () => {
  const { breakIcons } = await import('../../src/shared/commandQueries');
  assert.equal(escapeMarkdown('a\u202Eevil\u202C'), 'a\\[U\\+202E\\]evil\\[U\\+202C\\]');
  assert.equal(
    breakIcons('Ann\u202Eevil $(zap)'),
    'Ann[U+202E]evil $\u200b(zap)',
    'our own U+200B after $ stays invisible',
  );
  const h = quoteHover(
    { ...ANALYSIS, speakers: [] },
    { ...q1, speaker: 'Mia\u2066 Sol', speakerId: null, speakerMention: null },
  );
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(h), h);
});

// A quote given to two speakers ("Mara Lind and Tomas Berg agreed to …", Quote.speakerIds) is listed under both in
// the panel, the terminal summary, the Markdown export and the commands' quote lists.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Analysis, Quote } from '../../src/core/types';
import { quotesInOrder, speakerIdsOf } from '../../src/shared/analysisQueries';
import { toMarkdown } from '../../src/shared/exporters';
import { buildPanelState } from '../../src/shared/panelModel';
import { formatSummary } from '../../src/cli/summary';
import { analyze } from '../../src/core/index';

const text = 'Mara Lind and Tomas Berg agreed to reopen the ferry route. "It is a good day," Lind said.';
const joint: Quote = {
  start: 35,
  end: 58,
  text: text.slice(35, 58),
  kind: 'indirect',
  speaker: 'Mara Lind and Tomas Berg',
  speakerId: 'lind',
  speakerIds: ['lind', 'berg'],
  speakerMention: { start: 0, end: 24, text: text.slice(0, 24) },
  cue: { start: 25, end: 31, text: 'agreed' },
  confidence: 0.9,
  origin: 'machine',
};
const own: Quote = {
  start: 60,
  end: 79,
  text: text.slice(60, 79),
  kind: 'direct',
  speaker: 'Mara Lind',
  speakerId: 'lind',
  speakerMention: { start: 80, end: 84, text: 'Lind' },
  cue: { start: 85, end: 89, text: 'said' },
  confidence: 0.95,
  origin: 'machine',
};
const analysis: Analysis = {
  quotes: [joint, own],
  speakers: [
    { id: 'lind', name: 'Mara Lind', type: 'person', mentions: [], quoteCount: 2 },
    { id: 'berg', name: 'Tomas Berg', type: 'person', mentions: [], quoteCount: 1 },
  ],
  people: [],
  places: [],
};

test('speakerIdsOf: every speaker of a joint quote, else its one speaker, else none', () => {
  assert.deepEqual(speakerIdsOf(joint), ['lind', 'berg']);
  assert.deepEqual(speakerIdsOf(own), ['lind']);
  assert.deepEqual(speakerIdsOf({ ...own, speakerId: null }), []);
  assert.deepEqual(quotesInOrder(analysis, 'berg'), [joint]);
});

test('a joint quote is listed under both speakers in the panel, the summary and the Markdown export', () => {
  const state = buildPanelState(analysis, text, 'ferry.news', 1);
  const berg = state.speakers.find((s) => s.name === 'Tomas Berg');
  assert.equal(berg?.quotes.length, 1);
  assert.match(formatSummary('ferry.news', text, analysis), /Tomas Berg[^\n]*: 1 quote\n[^\n]*reopen the ferry route/);
  const md = toMarkdown({ analysis, text, source: 'ferry.news' });
  assert.match(md, /## Tomas Berg[\s\S]*reopen the ferry route/);
});

const COUNCIL =
  'The city council met on Tuesday night to debate the new harbour levy. Mayor Ann Voss and council member Tom Hale have clashed over it for months.\n\n';

test('two people named for one direct quote speak it together, before, after or inverted', () => {
  for (const line of [
    '"The port must stay open," Voss and Hale said.',
    '"The port must stay open," said Voss and Hale.',
    'Voss and Hale said: "The port must stay open."',
    '"The port must stay open," Ann Voss and Tom Hale said.',
  ]) {
    const q = analyze(COUNCIL + line).quotes.find((x) => x.text.includes('The port must'));
    assert.equal(q?.speaker, 'Ann Voss and Tom Hale', line);
    assert.equal(q?.speakerIds?.length, 2, line);
  }
});

test('"Both X and Y", "X and Y both": the quantifier is no part of either name', () => {
  for (const line of [
    'Both Voss and Hale said the port must stay open.',
    'Voss and Hale both said the port must stay open.',
  ]) {
    const q = analyze(COUNCIL + line).quotes.find((x) => x.text.includes('the port must'));
    assert.equal(q?.speaker, 'Ann Voss and Tom Hale', line);
  }
  // "&" joins a firm's name, not two people
  const firm = analyze(`${COUNCIL}"The port must stay open," said Voss & Hale.`).quotes[0];
  assert.notEqual(firm?.speaker, 'Ann Voss and Tom Hale');
});

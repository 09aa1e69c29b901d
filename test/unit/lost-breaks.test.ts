// A whole article on one line, its paragraph breaks lost (scraped archives): the paragraphs are found again where
// news starts one. Every text here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { logicalLines } from '../../src/core/text/wrappedLines';
import { LOST_BREAKS_FROM } from '../../src/core/text/lostBreaks';

/** The text's logical lines as strings. */
const cutOf = (text: string): string[] => logicalLines(text).map((r) => text.slice(r.start, r.end));

/** Paragraphs joined on one line, padded with a closing paragraph of narration so that the line is long enough. */
function oneLine(paragraphs: string[]): { text: string; paragraphs: string[] } {
  const all = [...paragraphs];
  const filler =
    'The harbour board meets again on the first Monday of next month, when it is expected to publish the engineering survey it commissioned last spring, together with the costs of each of the three options it has studied and the timetable for the public hearings that state law requires before any work can begin on the breakwater.';
  while (all.join(' ').length < LOST_BREAKS_FROM) all.push(filler);
  return { text: all.join(' '), paragraphs: all };
}

test('a quote after a quote, and a quote after narration, open paragraphs; an attribution after a question does not', () => {
  const { text, paragraphs } = oneLine([
    'Harbour master Ines Calloway wants the breakwater rebuilt before the winter storms, and she has said so at every board meeting since March.',
    '"Who is going to pay for the next flood?" Calloway asked on Monday. "Not the fishermen."',
    '"We have waited long enough for this board."',
    'Board chairman Oskar Lindqvist says the money is not there.',
    '"We can patch it, or we can rebuild it in five years," he said.',
    'Lindqvist did not say where the money for a rebuild would come from.',
    '"Is that a plan?" Mrs. Calloway asked, shaking her head.',
    'Calloway later posted her answer online.',
    // a short attribution with a verb no list names is still an attribution
    '"Not one more winter!" Calloway tweeted.',
  ]);
  // the closing narration is one paragraph of repeated sentences: compare the paragraphs before it
  assert.deepEqual(cutOf(text).slice(0, 9), paragraphs.slice(0, 9));
  const speakers = analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);
  // the question and "Not the fishermen." are one quote; the quote opening its own paragraph goes on with Calloway
  assert.deepEqual(speakers, ['Ines Calloway', 'Ines Calloway', 'Oskar Lindqvist', 'Ines Calloway', 'Ines Calloway']);
});

test('an ordinary long paragraph is not cut (near miss)', () => {
  // narration only, with abbreviations and a quoted phrase inside one sentence: no paragraph starts in it
  const narration = [
    'The breakwater at Port Selden was built in 1911 by the Selden Harbour Co., a private firm that charged every boat a toll to shelter behind it.',
    'It passed to the town in 1952, when the company went bankrupt, and the town has patched it eleven times since then, most recently after the storm of 2019 tore a hole forty metres wide in its northern arm.',
    'Engineers from St. Clair & Sons Ltd. have called it "a wall of good intentions" in their report, and they warn that the next large storm could breach it in several places at once.',
    'The town council has asked the state for help three times, without success, and it has now turned to the federal government, which funds such work through a programme run by the U.S. Army Corps of Engineers.',
    'The corps will not decide before next summer, and even then the money would arrive in stages over several years, which is why the harbour board is weighing a cheaper repair in the meantime.',
    'Fishermen, who pay most of the harbour fees, are split over the choice, and many of them say they would rather wait for the full rebuild than pay twice for the same wall.',
    'The board has promised to hold a public meeting on the two options before it votes, probably in the old customs house on Water Street, where such meetings have been held for more than a century.',
    'Tickets are not needed, but seating is limited, and the board has asked those who cannot attend to send their comments in writing before the end of the month.',
    'Mr. Lindqvist, who has chaired the board since 2015, has said he will not stand again, and two of its five members are expected to follow him when their terms end in the autumn.',
  ].join(' ');
  assert.ok(narration.length >= LOST_BREAKS_FROM);
  assert.deepEqual(cutOf(narration), [narration]);
  // one long quotation: its sentences stay together, whatever follows them
  const quote = `"${narration}" the harbour master said.`;
  assert.deepEqual(cutOf(quote), [quote]);
});

test('a dateline, a Title Case headline, a separator and a credit line open paragraphs', () => {
  const body = oneLine([
    'The harbour board on Tuesday put off its vote on the breakwater for a third time, saying it needed the engineering survey first.',
    '"We will not spend money we do not have," board chairman Oskar Lindqvist said.',
  ]).text;
  // a headline glued before a dateline
  const dated = `Harbour Board Delays Breakwater Vote PORT SELDEN, Maine (AP) — ${body}`;
  assert.deepEqual(cutOf(dated)[0], 'Harbour Board Delays Breakwater Vote');
  assert.ok(cutOf(dated)[1].startsWith('PORT SELDEN, Maine (AP) — The harbour board'));
  // a Title Case headline glued to the lede, with or without its full stop
  for (const headline of [
    'Harbour Board Delays Breakwater Vote Again',
    'Harbour Board Delays Breakwater Vote Again.',
  ]) {
    const text = `${headline} ${body}`;
    assert.deepEqual(cutOf(text)[0], headline);
    assert.ok(cutOf(text)[1].startsWith('The harbour board'));
  }
  // the items of a running story and a wire credit line
  const items = `${body} ___. 4:15 p.m. The board adjourned without a date for the vote. (Reporting by Ada Quist; Editing by Lena Moss)`;
  const cut = cutOf(items);
  assert.deepEqual(cut.slice(-2), [
    '4:15 p.m. The board adjourned without a date for the vote.',
    '(Reporting by Ada Quist; Editing by Lena Moss)',
  ]);
});

test('a lede with a dash, a name with "The" and a sentence-case first sentence keep their lines (near misses)', () => {
  const rest = oneLine(['The harbour board has not said when it will vote on the breakwater.']).text;
  for (const lede of [
    // a dash after a lower-case word is a dash in a sentence, not a dateline
    'The harbour board met with the DNR — the state agency that owns the seabed — on Tuesday.',
    // "The" after "of" belongs to a name
    'Harbour master Ines Calloway of The Selden Gazette said the vote was delayed.',
    // a first sentence in sentence case is the lede, not a headline
    'Harbour master Ines Calloway wants the breakwater rebuilt.',
  ]) {
    const text = `${lede} ${rest}`;
    assert.deepEqual(cutOf(text), [text], lede);
  }
});

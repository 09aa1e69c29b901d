// Transcripts and printed interviews: a paragraph opening with a speaker's label in capitals is that speaker's turn,
// though it has no quotation marks. Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { displayCase } from '../../src/core/speakers/nameCase';

const interview = [
  'Transcript: Finance Minister Grace Mwangi on the budget',
  '',
  'HOST DAVID OTIENO: Minister, thank you for joining us.',
  '',
  'MWANGI: Thank you for having me, David.',
  '',
  'OTIENO: Prices went up again this week. Why should families accept that?',
  '',
  'MWANGI: Because the alternative is worse. If we keep subsidising fuel, we borrow more.',
  '',
  'OTIENO: Will there be another increase before December?',
  '',
  'MWANGI: I won\'t make promises I can\'t keep. We will review prices every month. "Nobody likes it," I told them.',
].join('\n');

test("each labelled paragraph of a transcript is its speaker's turn, reported with the label's name", () => {
  const turns = analyze(interview).quotes.filter((q) => q.cue === null);
  assert.deepEqual(
    turns.map((q) => [q.text.slice(0, 20), q.speaker, q.kind]),
    [
      ['Minister, thank you ', 'David Otieno', 'indirect'],
      ['Thank you for having', 'Grace Mwangi', 'indirect'],
      ['Prices went up again', 'David Otieno', 'indirect'],
      ['Because the alternat', 'Grace Mwangi', 'indirect'],
      ['Will there be anothe', 'David Otieno', 'indirect'],
      ["I won't make promise", 'Grace Mwangi', 'indirect'],
    ],
  );
  // a turn that only cites words in marks is still the turn; the marked words stay a direct quote of their own
  const marked = analyze(interview).quotes.find((q) => q.text.startsWith('"Nobody likes it'));
  assert.equal(marked?.kind, 'direct');
});

test("a turn in quotation marks is left to its quote; one citing another's words is still the speaker's turn", () => {
  const qa = [
    'The harbour master on forty years of storms',
    '',
    'By Ines Carvalho',
    '',
    'Captain Ruth Gallagher retires this month after forty years at the port. She spoke to the Courier.',
    '',
    '**What was your worst night?**',
    '',
    'January 1998. A trawler skipper radioed me at two in the morning and said, "We are taking water and the pumps have gone." I did not sleep for three days.',
    '',
    '**Do you still think about it?**',
    '',
    '"Every winter. Every single winter, when the wind turns north."',
    '',
    '**What comes next?**',
    '',
    'My garden, and my grandchildren, in that order.',
  ].join('\n');
  const quotes = analyze(qa).quotes.map((q) => [q.text.replace(/^"/, '').slice(0, 20), q.speaker]);
  assert.deepEqual(
    quotes.filter(([t]) => /^(January|We are|Every)/.test(t ?? '')),
    [
      ['January 1998. A traw', 'Ruth Gallagher'],
      ['We are taking water ', 'a trawler skipper'],
      ['Every winter. Every ', 'Ruth Gallagher'],
    ],
  );
});

test('a dateline or a note in capitals is no turn: one label alone, or labels used once each, make no transcript', () => {
  const article = [
    'NAGPUR: With the monsoon delayed, farmers have urged the government to act.',
    '',
    'The minister said the situation was being monitored.',
    '',
    'UPDATE: The department issued a statement on Monday evening.',
    '',
    "EDITOR'S NOTE: This story has been corrected.",
  ].join('\n');
  assert.ok(analyze(article).quotes.every((q) => !q.text.startsWith('With the monsoon')));
  assert.ok(analyze(article).quotes.every((q) => !q.text.startsWith('The department issued')));
});

test('a name in capitals is shown as a sentence would write it', () => {
  assert.equal(displayCase('DAVID OTIENO'), 'David Otieno');
  assert.equal(displayCase("O'BRIEN"), "O'Brien");
  assert.equal(displayCase('OKE-OSANYINTOLU'), 'Oke-Osanyintolu');
  assert.equal(displayCase('McDonald'), 'McDonald');
  assert.equal(displayCase('X'), 'X');
});

test('a transcript whose labels shorten after the first turn ("SEN. MARIA CANTWELL:" then "CANTWELL:") is one', () => {
  const text = [
    'Senate hearing on drug prices turns tense',
    '',
    'SEN. MARIA CANTWELL: Why did the price go up 400 percent?',
    '',
    'DR. ALAN REYES: Our costs went up.',
    '',
    'CANTWELL: Which costs?',
    '',
    'REYES: Research, mostly.',
    '',
  ].join('\n');
  const turns = analyze(text).quotes.map((q) => [q.text, q.speaker]);
  assert.deepEqual(turns, [
    ['Why did the price go up 400 percent?', 'Maria Cantwell'],
    ['Our costs went up.', 'Alan Reyes'],
    ['Which costs?', 'Maria Cantwell'],
    ['Research, mostly.', 'Alan Reyes'],
  ]);
});

test('a broadcast transcript gives a role after the name on a first turn ("GEOFF RUTLEDGE, RICE GROWER:")', () => {
  const text = [
    'Fishing quotas cut again',
    '',
    'NORA McALLISTER, PRESENTER: The quota for snapper has been cut for the third year running.',
    '',
    'OWEN BRACKETT, REPORTER: On the wharf at Eden, the boats are tied up early.',
    '',
    'DR. PIP HALLORAN, MARINE BIOLOGIST, UNIVERSITY OF WOLLONGONG: The stock is at a quarter of what it was.',
    '',
    'OWEN BRACKETT: The fishers do not accept the science.',
    '',
    'TED VARNEY, FISHER: I have fished here for forty years and never seen more snapper.',
    '',
    'NORA McALLISTER: We did ask the minister to join us tonight.',
  ].join('\n');
  const turns = analyze(text)
    .quotes.filter((q) => q.cue === null)
    .map((q) => [q.text.slice(0, 16), q.speaker]);
  assert.deepEqual(turns, [
    ['The quota for sn', 'Nora McAllister'],
    ['On the wharf at ', 'Owen Brackett'],
    ['The stock is at ', 'Pip Halloran'],
    ['The fishers do n', 'Owen Brackett'],
    ['I have fished he', 'Ted Varney'],
    ['We did ask the m', 'Nora McAllister'],
  ]);
  assert.equal(displayCase('LAURA McKINNON'), 'Laura McKinnon');
  assert.equal(displayCase('DeSANTIS'), 'DeSantis');
});

// Hard-wrapped text (wire copy, e-mail, plain-text archives): paragraphs broken into lines at a fixed width are read
// as the paragraphs they are. Every article here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { logicalLines } from '../../src/core/text/wrappedLines';

const ARTICLE = [
  'Council votes to close the Elm Street library',
  '',
  'Mayor Ruth Gale said on Tuesday that the town could no longer afford to keep the Elm Street library open.',
  '',
  'Council member Dana Kowal, who voted against the closure, was not convinced by the figures the mayor put forward.',
  '',
  '"I have heard that before, and every time the money turned up somewhere else," she said. "This is a choice."',
  '',
  'Gale disagreed. "It is arithmetic, not a choice," the mayor said after the vote.',
].join('\n');

/** The article wrapped greedily at `width` columns: a space becomes a line break, so no offset moves. */
function wrapped(text: string, width: number): string {
  const chars = [...text];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
    if (chars[i] === ' ') lastSpace = i;
  }
  return chars.join('');
}

const said = (text: string): string[] => analyze(text).quotes.map((q) => `${q.kind}: ${q.speaker}`);

test('a paragraph wrapped at a fixed width is one line again', () => {
  const text = wrapped(ARTICLE, 60);
  assert.ok(text.split('\n').length > ARTICLE.split('\n').length);
  const joined = logicalLines(text).filter((r) => r.end > r.start);
  assert.deepEqual(
    joined.map((r) => text.slice(r.start, r.end).replace(/\n/g, ' ')),
    ARTICLE.split('\n').filter((l) => l !== ''),
  );
});

test('a hard-wrapped article gets the speakers of the same article unwrapped', () => {
  for (const width of [50, 60, 72, 80])
    assert.deepEqual(said(wrapped(ARTICLE, width)), said(ARTICLE), `width ${width}`);
  assert.deepEqual(
    analyze(wrapped(ARTICLE, 60))
      .quotes.filter((q) => q.kind === 'direct')
      .map((q) => q.speaker),
    ['Dana Kowal', 'Ruth Gale'],
  );
});

test('lines that were not wrapped stay apart', () => {
  // a paragraph per line, no blank lines between: the usual news file
  const plain = ARTICLE.replace(/\n\n/g, '\n');
  assert.equal(logicalLines(plain).length, plain.split('\n').length);
  // a list of short lines, each ending well before the width
  const list = 'Results by ward:\nNorth: 412\nSouth: 388\nEast: 97\nWest: 1,204\nTurnout was low across the town.';
  assert.equal(logicalLines(list).length, list.split('\n').length);
  // a transcript label opens its own turn, even where the line before it is full
  const transcript = wrapped(
    [
      'HALE: We will reopen the library next spring, as soon as the roof is fixed and the boiler has been replaced.',
      'Q: And if the money runs out before then, will the council find more, or will the doors stay shut for good?',
      'HALE: The council has promised the money, and I intend to hold every one of its members to that promise.',
    ].join('\n'),
    60,
  );
  const turns = logicalLines(transcript).map((r) => transcript.slice(r.start, r.end));
  assert.deepEqual(
    turns.map((t) => t.slice(0, 5)),
    ['HALE:', 'Q: An', 'HALE:'],
  );
});

test('an article on one line is cut where narration follows a quote, and where a quote follows narration', () => {
  const paragraphs = [
    'Mayor Gene Albright wants to tear the old water tower on Hill Street down and sell the land to a developer from Columbus, a plan the council has twice refused to put on its agenda this year.',
    '"It is a rusting eyesore and a liability," Albright said in his office on Main Street. "We insure a thing that holds no water."',
    'Council president Rick Tolliver sees a landmark. He grew up two blocks from the tower, proposed to his wife beneath it and has collected 1,400 signatures on a petition to paint it and keep it.',
    '"Gene thinks everything has a price tag," he said. "Some things you keep because they are yours."',
    'The pastor of First Methodist, the Rev. Diane Kessler, has asked the two men, who have both been ushers at the church for more than a decade, to sit on opposite sides of the sanctuary every Sunday until the matter is settled.',
    '"I love them both," she said, laughing. "I just do not want them holding the collection plate together."',
    'The dispute has also spilled into the county Republican Party, where both men are precinct captains and where the chairman, Walt Brandt, has begged them to settle it before the spring primary.',
    '"We have bigger fights coming than a water tower," Brandt said on Thursday. "I need both of them knocking on doors, not on each other."',
    'Not everyone in town is taking sides. Marty Greaves, who runs the hardware store across the street from the tower and has sold paint to both men for thirty years, said he only wanted the argument to end.',
    '"Paint it, sell it, I do not care," Greaves said. "Just stop yelling about it in my store," he told Mr. Tolliver.',
  ];
  const flat = paragraphs.join(' ');
  assert.ok(flat.length >= 1500);
  const cut = logicalLines(flat).map((r) => flat.slice(r.start, r.end));
  // cut before each paragraph: narration after a quote, a quote after narration; never inside '"…," he said. "…"'
  // nor after "Mr."
  assert.deepEqual(cut, paragraphs);
  const speakers = analyze(flat)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);
  assert.deepEqual(speakers, [
    'Gene Albright',
    'Rick Tolliver',
    'Diane Kessler',
    'Walt Brandt',
    'Marty Greaves',
    'Marty Greaves',
  ]);
});

test('a run of blank lines is one paragraph break, however long', () => {
  const text = `The pier reopened on Monday.${'\n'.repeat(5000)}"It held," said Mara Quill.\r\n\r\n\r\nThe end.`;
  const ranges = logicalLines(text);
  assert.equal(ranges.length, 5, 'line, blank run, line, blank run, line');
  assert.equal(text.slice(ranges[1].start, ranges[1].end).trim(), '');
  assert.equal(text.slice(ranges[2].start, ranges[2].end), '"It held," said Mara Quill.');
  const quote = analyze(text).quotes.find((q) => q.text.includes('It held'));
  assert.equal(quote?.speaker, 'Mara Quill');
});

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

// "the author wrote" names the person the text said wrote a book (authorRole.ts), not whom the book is about.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('the author is who has written the book, though the one it is about spoke since', () => {
  const text =
    'Hal Brook, a former palace guard, has written a book about the temper of Ada Lorne, who said she was "very ' +
    'upset" by it.\n\n' +
    'In an excerpt, the author wrote, "The queen threw a vase at me."\n';
  assert.equal(speakerOf(text, 'The queen threw'), 'Hal Brook');
});

test('an unclosed appositive naming someone after a preposition still leaves its opener the author', () => {
  const text =
    'Hal Brook, a former guard for Queen Ada Lorne has written a memoir about his years at the palace. Lorne said ' +
    'she was "very upset" by it.\n\n' +
    'In one chapter, the author wrote, "The queen threw a vase at me."\n';
  assert.equal(speakerOf(text, 'The queen threw'), 'Hal Brook');
});

test('near miss: a letter is no book, and a name after "said" is the one who wrote', () => {
  const letter =
    'Hal Brook wrote a letter to the palace. Ada Lorne, a novelist, read it aloud.\n\n' +
    '"It was rude," the novelist said.\n';
  assert.equal(speakerOf(letter, 'It was rude'), 'Ada Lorne');
  const said =
    'Hal Brook said Ada Lorne has written a memoir about the palace. Brook called it "lies".\n\n' +
    '"I saw it all," the author said.\n';
  assert.equal(speakerOf(said, 'I saw it all'), 'Ada Lorne');
});

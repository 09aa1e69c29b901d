// Tokens are computed once per line and shared by the passes: the entity pass on the scan's tokens must find exactly
// what it finds tokenizing on its own, also on lines long enough to be tagged in several blocks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createAnalysisCache } from '../../src/core/text/cache';
import { buildDoc } from '../../src/core/text/document';
import { findEntities } from '../../src/core/entities';
import { tokenize } from '../../src/core/entities/tokenize';
import { scanLine } from '../../src/core/text/scan';

test('tokens carry their lower-case form and letter classes', () => {
  const tokens = tokenize('Élodie met 3 ÖBB officials in São Paulo, “quickly”.');
  const pick = (text: string) => tokens.find((t) => t.text === text);
  assert.deepEqual(pick('Élodie'), { start: 0, end: 6, text: 'Élodie', lower: 'élodie', cap: true, word: true });
  assert.equal(pick('3')?.word, true);
  assert.equal(pick('3')?.cap, false);
  assert.equal(pick('ÖBB')?.lower, 'öbb');
  assert.equal(pick('officials')?.cap, false);
  assert.equal(pick('“')?.word, false);
  assert.equal(pick(',')?.lower, ',');
});

test('the line scan hands its tokens to the entity pass', () => {
  const line =
    'Foreign Minister Clara Varga said in Lisbon that "the talks will go on," adding that Portugal was ready.';
  const scan = scanLine(line);
  assert.deepEqual(scan.tokens, tokenize(line));
  assert.deepEqual(scan.entities, findEntities(line));
});

test('entities from given tokens equal a fresh tokenization, across tagging blocks', () => {
  const sentence = 'Clara Varga flew from Lisbon to Osaka, where Kenji Tanaka of the Osaka Port Authority met her. ';
  const long = sentence.repeat(600); // one line of ~57,000 characters: three tagging blocks
  assert.deepEqual(findEntities(long, tokenize(long)), findEntities(long));
  const paragraphs = `${sentence.repeat(150)}\n\n${sentence.repeat(150)}`;
  assert.deepEqual(findEntities(paragraphs, tokenize(paragraphs)), findEntities(paragraphs));
  // a block cut inside a giant word falls back to tokenizing the block
  const giant = `${'x'.repeat(30_000)} Clara Varga visited Lisbon.`;
  assert.deepEqual(findEntities(giant, tokenize(giant)), findEntities(giant));
});

test('a keystroke re-tokenizes only the changed paragraph', () => {
  const cache = createAnalysisCache();
  const paragraphs = [
    'Clara Varga arrived in Lisbon on Monday.',
    'Talks with Portugal resumed.',
    'Kenji Tanaka stayed in Osaka.',
  ];
  buildDoc(paragraphs.join('\n\n'), cache);
  const before = cache.misses;
  paragraphs[1] = 'Talks with Portugal resumed at noon.';
  const doc = buildDoc(paragraphs.join('\n\n'), cache);
  assert.equal(cache.misses - before, 1);
  assert.deepEqual(
    doc.tokens.map((t) => t.text),
    tokenize(paragraphs.join('\n\n')).map((t) => t.text),
  );
});

test('a sentence run into the next with no space after its full stop is split there, abbreviations and domains are not', () => {
  const words = (text: string): string[] => tokenize(text).map((t) => t.text);
  assert.deepEqual(words('Hale said.Reyes disagreed.'), ['Hale', 'said', '.', 'Reyes', 'disagreed', '.']);
  assert.deepEqual(words('a Ph.D student'), ['a', 'Ph.D', 'student']);
  assert.deepEqual(words('see Amazon.com'), ['see', 'Amazon.com']);
});

test('a name mis-decoded from UTF-8 as Latin-1 stays one word: "FranÃ§ois", "GuantÃ¡namo"', () => {
  const words = tokenize('Ambassador FranÃ§ois Lemaire flew to GuantÃ¡namo Bay, © 2016.').map((t) => t.text);
  assert.ok(words.includes('FranÃ§ois'), words.join(' | '));
  assert.ok(words.includes('GuantÃ¡namo'), words.join(' | '));
  // near miss: the same signs after any other letter or a space stand alone
  assert.ok(words.includes('©'), words.join(' | '));
  assert.deepEqual(
    tokenize('Section §4 applies.').map((t) => t.text),
    ['Section', '§', '4', 'applies', '.'],
  );
});

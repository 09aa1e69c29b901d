// Which plain-text files get wrapped as articles: prose in long paragraph lines, not logs, lists or short lines.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { looksLikeArticle } from '../../src/shared/articleShape';

const repo = resolve(__dirname, '..', '..', '..');

test('the samples look like articles', () => {
  for (const name of ['harbor-strike.news', 'summit-voices.news', 'transit-draft.news']) {
    assert.ok(looksLikeArticle(readFileSync(join(repo, 'samples', name), 'utf8').split('\n')), name);
  }
});

test('logs, lists, CSV and short-line text do not', () => {
  const log = Array.from(
    { length: 50 },
    (_, i) =>
      `2026-12-04T15:${String(i).padStart(2, '0')}:00Z INFO request served in ${i} ms path=/api/v1/items?page=${i}&size=100&sort=name.asc&filter=active`,
  );
  assert.equal(looksLikeArticle(log), false);
  const csv = Array.from({ length: 20 }, (_, i) => `${i},"Okafor, Amara",union leader,${'x'.repeat(150)}`);
  assert.equal(looksLikeArticle(csv), false);
  const poem = Array.from({ length: 40 }, () => 'The harbour sleeps. The gulls are quiet. Night comes on.');
  assert.equal(looksLikeArticle(poem), false);
  assert.equal(looksLikeArticle([]), false);
});

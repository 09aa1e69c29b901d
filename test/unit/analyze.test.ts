// The whole analysis: the reference article (read by path, never copied), the paragraph cache, hostile input.
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, createAnalysisCache } from '../../src/core/index';

const REFERENCE = join(process.cwd(), '..', 'shared', 'samples', 'kuril-islands-talks.txt');

test('reference article: six direct quotes with the right speakers and the reported speech', (t) => {
  if (!existsSync(REFERENCE)) {
    t.skip(`reference article not found at ${REFERENCE} (it is read from ../shared, never copied into the repo)`);
    return;
  }
  const text = readFileSync(REFERENCE, 'utf8');
  const a = analyze(text);
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 6);
  assert.deepEqual(
    direct.map((q) => q.speaker),
    ['Sergei Lavrov', 'Sergei Lavrov', 'Shinzo Abe', 'Vladimir Putin', 'Vladimir Putin', 'Vladimir Putin'],
  );
  assert.deepEqual(
    direct.slice(3).map((q) => q.speakerMention?.text),
    ['Putin', 'the Russian president', 'he'],
  );
  assert.ok(direct[0].text.startsWith('"There was an agreement'));
  const reported = a.quotes.filter((q) => q.kind === 'indirect');
  const by = (start: string) => reported.find((q) => q.text.startsWith(start));
  assert.equal(by('Tokyo is interested')?.speaker, 'Sergei Lavrov');
  assert.equal(by('optimism over reaching a deal')?.speaker, 'Shinzo Abe');
  assert.equal(by('Moscow was keen')?.speaker, 'Vladimir Putin');
  const lavrov = a.speakers.find((s) => s.name === 'Sergei Lavrov');
  assert.equal(lavrov?.role, 'Russian Foreign Minister');
  assert.equal(a.speakers.find((s) => s.name === 'Vladimir Putin')?.role, "Russia's President");
  for (const q of a.quotes) assert.equal(text.slice(q.start, q.end), q.text);
});

test('the cache redoes only the edited paragraph and gives the same result', () => {
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) => `"Paragraph ${i} has a quote of its own," Official Number${i} said on day ${i}.`,
  );
  const text = paragraphs.join('\n\n');
  const cache = createAnalysisCache();
  const first = analyze(text, { cache });
  const missesAfterFirst = cache.misses;
  assert.equal(missesAfterFirst, 30);
  const edited = text.replace('day 7.', 'day 8.');
  const second = analyze(edited, { cache });
  assert.equal(cache.misses - missesAfterFirst, 1, 'one changed paragraph, one new scan');
  assert.deepEqual(second, analyze(edited), 'cached and uncached results agree');
  assert.equal(first.quotes.length, 30);
});

test('the cache stays bounded', () => {
  const cache = createAnalysisCache(50);
  for (let i = 0; i < 200; i++) analyze(`Line ${i} says nothing.\n\nAnother line ${i}.`, { cache });
  assert.ok(cache.size <= 50);
});

test('odd input gives valid spans, without an exception (the core throws on a bug, so one would fail here)', () => {
  const inputs = [
    '',
    ' ',
    '"',
    '""""',
    '“”„«»',
    "'''",
    '\u0000\ufffd',
    'a'.repeat(10000),
    '"'.repeat(5000),
    '\n'.repeat(1000),
    'said said said',
    ', he said.',
    '"A," he said, "',
  ];
  for (const s of inputs) {
    const a = analyze(s);
    assert.ok(Array.isArray(a.quotes));
    for (const q of a.quotes) assert.equal(s.slice(q.start, q.end), q.text);
  }
});

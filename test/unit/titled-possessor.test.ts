// A capitalized title or body as possessor keeps its article in the speaker phrase. Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"and the Premier\'s spokesman said that …": the article opens the speaker phrase', () => {
  const text =
    "Housing costs rose again.\n\nCompletions were up last year, and the Premier's spokesman said that more flats were finished in 2025 than in any year since 2008.\n";
  const q = analyze(text).quotes.find((x) => x.text.includes('more flats were finished'));
  assert.ok(q, 'no report');
  assert.equal(q.speakerMention?.text, "the Premier's spokesman");
});

test('near miss: a named possessor has no article to take ("Ruiz\'s spokesman")', () => {
  const text =
    "Housing costs rose again.\n\nMaria Ruiz's spokesman said that more flats were finished in 2025 than ever.\n";
  const q = analyze(text).quotes.find((x) => x.text.includes('more flats were finished'));
  assert.ok(q, 'no report');
  assert.equal(q.speakerMention?.text, "Maria Ruiz's spokesman");
});

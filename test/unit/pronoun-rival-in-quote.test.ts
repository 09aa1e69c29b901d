// A person named only inside the very quote a pronoun attributes is what the speaker talks about, not a rival for
// "she" (antecedentChoice.ts contested): the pick keeps its certainty. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const quoteOf = (text: string, opens: string): { speaker?: string | null; confidence: number; reason?: string } => {
  const q = analyze(text).quotes.find((x) => x.text.includes(opens));
  assert.ok(q, `no quote "${opens}"`);
  return { speaker: q.speaker, confidence: q.confidence, reason: q.confidenceReason };
};

test('two women, the second named only inside the quote: no rival, the pick stays confident', () => {
  const text =
    'Mayor Ann Hale opened the hearing on Monday. "We will fix the bridge this year," Hale said.\n\n' +
    '"Rita Ruiz has the numbers wrong," she said.';
  const q = quoteOf(text, 'Rita Ruiz has the numbers wrong');
  assert.equal(q.speaker, 'Ann Hale');
  assert.ok(q.confidence > 0.8, `confidence ${q.confidence}`);
  assert.doesNotMatch(q.reason ?? '', /another woman named nearby/);
});

test('two men, the second named only inside the quote: no rival either', () => {
  const text =
    'Coach Tom Brady spoke after the match. "We were tired," Brady said.\n\n' +
    '"Mark Owens played through the pain," he said.';
  const q = quoteOf(text, 'Mark Owens played through the pain');
  assert.equal(q.speaker, 'Tom Brady');
  assert.doesNotMatch(q.reason ?? '', /another man named nearby/);
});

test('near miss: the second woman named in narration before the quote is still a rival', () => {
  const text =
    'Mayor Ann Hale opened the hearing on Monday. "We will fix the bridge this year," Hale said.\n\n' +
    'Rita Ruiz has other numbers.\n\n' +
    '"The numbers are wrong," she said.';
  const q = quoteOf(text, 'The numbers are wrong');
  assert.equal(q.speaker, 'Rita Ruiz');
  assert.ok(q.confidence <= 0.75, `confidence ${q.confidence}`);
  assert.match(q.reason ?? '', /another woman named nearby/);
});

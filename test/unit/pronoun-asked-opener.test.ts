// "Asked whether …, Moll demurred." ¶ '"…," he said': a closing sentence that opens on a question put to its subject
// hands that subject the floor; reporting words inside the question ("worried", "called") are the question's, not a
// report by someone else. Passages written for these tests, people fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(quoteStart))?.speaker;

test('an opening "Asked whether …" clause: its subject answers in the next paragraph, not one named in the question', () => {
  const text = [
    'The summit ended on Friday.',
    '"We will not stop until the treaty is signed," Victor Hall said on Thursday.',
    'Asked whether he worried that Paul Renner, who has called the treaty a fraud, could win the election, Ignatius Moll demurred.',
    '"There is no ideology in this, only science," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'There is no ideology'), 'Ignatius Moll');
});

test('a near miss: someone reporting speech in the main clause after the question keeps the floor', () => {
  const text = [
    'The summit ended on Friday.',
    '"We will not stop until the treaty is signed," Victor Hall said on Thursday.',
    'Asked whether he worried, Ignatius Moll shrugged, and Paul Renner told reporters the treaty was a fraud.',
    '"It will not survive the election," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'It will not survive'), 'Paul Renner');
});

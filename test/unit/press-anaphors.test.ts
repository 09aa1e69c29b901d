// "the newspaper wrote" takes up the paper named last, not any body. Sentences and names invented for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(quoteStart))?.speaker;

test('"the conservative-leaning newspaper wrote" is the paper named before, not the office named first', () => {
  const text = [
    "The mayor's office defended the budget on Monday.",
    '',
    'In a scathing editorial, The Harbour Journal called on the mayor to resign or hand the post to her deputy.',
    '',
    '"She needs to stop blaming everyone else," the conservative-leaning newspaper wrote.',
  ].join('\n');
  assert.equal(speakerOf(text, '"She needs'), 'The Harbour Journal');
});

test('near miss: with no paper named, "the newspaper" stays its own speaker', () => {
  const text = [
    "The mayor's office defended the budget on Monday.",
    '',
    '"She needs to stop blaming everyone else," the conservative-leaning newspaper wrote.',
  ].join('\n');
  assert.equal(speakerOf(text, '"She needs'), 'the conservative-leaning newspaper');
});

test('"the police said" is a body, not the person the passage is about; "the police chief said" may still be him', () => {
  const text = 'Mayor Tom Greer stood by his aide on Tuesday.\n\n"The aide grabbed her arm," the police said.\n';
  assert.notEqual(speakerOf(text, '"The aide'), 'Tom Greer');
  const chief =
    'Chief Tom Greer of the city police stood by his officers.\n\n"They acted lawfully," the police chief said.\n';
  assert.equal(speakerOf(chief, '"They acted'), 'Tom Greer');
});

// Rule "speaker on topic" (colonQuotes.ts): a live blog's 'Name on Twitter: "…"' or 'Name, our reporter, on the
// budget: "…"' is the named person's, though a name may follow "on". Sentences of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakers = (text: string) =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);

test('speaker on topic: "Name on Twitter: "…"" and "Our reporter, Name, on Twitter: "…"" are the named person\'s', () => {
  const text =
    '9:12 p.m. The first exchange on taxes.\n\n' +
    'Tamsin Okwu on Twitter: "Nobody in the hall expected that answer."\n\n' +
    'Our statehouse reporter, Dev Malhotra, on Facebook: "The governor just left the building."';
  assert.deepEqual(speakers(text), ['Tamsin Okwu', 'Dev Malhotra']);
});

test('near miss: "More on the budget: "…"" names no one', () => {
  const text = 'The council met on Monday.\n\nMore on the budget: "Every line was cut by five percent."';
  assert.deepEqual(speakers(text), [null]);
});

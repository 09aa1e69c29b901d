// "it" takes up the body a sentence opens with, past a sentence adverb and its comma. Sentences invented for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(quoteStart))?.speaker;

const before = [
  'Cement makers say imports have grown. Harlan Mining, a Canadian miner, says it pays 50 million dollars in taxes.',
  '',
];

test('"Still, the Business Council opposed an increase. \'…,\' it recommended" is the council, not the miner', () => {
  const text = [
    ...before,
    'The advisory panel recommends adjustments. Still, the Business Council of Alberta opposed an increase.',
    '',
    '"Keep the carbon tax at the current level," it recommended.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Keep the carbon'), 'Business Council of Alberta');
});

test('near miss: a body after "critics of" opens nothing; "it" stays with the miner that spoke', () => {
  const text = [
    ...before,
    'The advisory panel recommends adjustments. Still, critics of the Business Council of Alberta opposed an increase.',
    '',
    '"Keep the carbon tax at the current level," it recommended.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Keep the carbon'), 'Harlan Mining');
});

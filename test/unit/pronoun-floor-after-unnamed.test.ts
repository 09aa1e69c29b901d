// "he" after an unnamed speaker of the paragraph: a named person who is the subject of the sentence right before the
// quote, named after the unnamed one spoke, has the floor again. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, opens: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(opens))?.speaker;

test('a named subject after an unnamed asker takes the pronoun', () => {
  const text =
    'Former Gov. Lucius Warrender spoke in Macon. He called his rival "a tourist." When a reporter asked whether he ' +
    'worried about the attacks, Warrender smiled. "I have been called worse by my own brother," he said.';
  assert.equal(speakerOf(text, 'called worse'), 'Lucius Warrender');
});

test('near miss: with no one named after the unnamed speaker, the pronoun stays with them', () => {
  const text =
    'Former Gov. Lucius Warrender spoke in Macon. He called his rival "a tourist." A farmer in the crowd said he ' +
    'had heard it all before. "I have been called worse by my own brother," he said.';
  assert.equal(speakerOf(text, 'called worse'), 'a farmer in the crowd');
});

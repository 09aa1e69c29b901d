// Rule "speech in a relative clause only describes" (pronouns.ts, reportsSpeech): a short paragraph introducing
// someone ("And then there was Ada Quist. The voter who asked about coal became a star.") still hands the floor to
// that person, though its relative clause holds a speech verb. Sentences of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, words: string) =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(words))?.speaker;

const before =
  'The debate ended after ninety minutes.\n\n' +
  '"She needed a win and she got one," Martin Greer, a campaign adviser, said afterward.\n\n';

test('relative speech only describes: the person introduced just before takes the floor', () => {
  const text =
    before +
    'And then there was Ada Quist. The undecided voter who asked about coal became an overnight star.\n\n' +
    '"I still have not made up my mind," the Ohio factory worker told the Herald.';
  assert.equal(speakerOf(text, 'made up my mind'), 'Ada Quist');
});

test('near miss: a paragraph whose subject herself said something does not hand over a later quote', () => {
  const text =
    before +
    'And then there was Ada Quist. Quist said she had not decided.\n\n' +
    '"It was a rout," the campaign adviser said.';
  assert.equal(speakerOf(text, 'It was a rout'), 'Martin Greer');
});

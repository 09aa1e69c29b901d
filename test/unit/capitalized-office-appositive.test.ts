// "The Managing Director of Kaveri Metro Rail Ltd, Smt. Lakshmi Venkatraman, said …": a capitalized office opened by
// "The" before a comma is a bare title, and the name in apposition to it speaks. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const report = (text: string): { speaker: string | null; mention: string | undefined } => {
  const q = analyze(text)
    .quotes.filter((x) => x.kind === 'indirect')
    .pop();
  return { speaker: q?.speaker ?? null, mention: q?.speakerMention?.text };
};

test('the name in apposition to "The Managing Director of X" is the subject the cue names', () => {
  const before = 'Union Minister Shri Harilal Deshmane said the file was with the State.\n\n';
  const r = report(
    `${before}The Managing Director of Kaveri Metro Rail Ltd, Smt. Lakshmi Venkatraman, said at a review that the tunnel was late.`,
  );
  assert.equal(r.speaker, 'Lakshmi Venkatraman');
  assert.equal(r.mention, 'Smt. Lakshmi Venkatraman');
  assert.equal(
    report('The Chief Executive of Orla Foods, Brendan Coyle, said the plant would stay open.').speaker,
    'Brendan Coyle',
  );
});

test('near miss: a body opened by "The" before an appositive speaks itself', () => {
  const r = report('The Friends of Elm Park, a residents group, said the trees must stay.');
  assert.equal(r.mention, 'The Friends of Elm Park');
});

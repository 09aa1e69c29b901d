// Rule "asker again" (quoteMerge.ts): in a hearing's or an interview's exchange, a question paragraph with no
// attribution after another speaker's answer is the asker's again. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, words: string) =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(words))?.speaker;

const exchange =
  'Rep. Anna Price questioned the contractor, Martin Vole, for an hour.\n\n' +
  '"Did you sign the contract for the bridge repairs yourself?" Price asked.\n\n' +
  '"I did not," Vole answered. "My deputy signed it while I was abroad."\n\n';

test("asker again: an unattributed question paragraph after the answer is the asker's", () => {
  const text = exchange + '"Then who approved the payment of four million dollars?"\n\nVole said he did not recall.';
  assert.equal(speakerOf(text, 'who approved the payment'), 'Anna Price');
});

test('near miss: an unattributed statement after the answer goes on with the answerer', () => {
  const text = exchange + '"The payment went through the usual office, as every payment does."';
  assert.equal(speakerOf(text, 'usual office'), 'Martin Vole');
});

test("near miss: a question in the answerer's own paragraph stays the answerer's", () => {
  const text =
    'Rep. Anna Price questioned the contractor, Martin Vole.\n\n' +
    '"Did you sign it yourself?" Price asked.\n\n' +
    '"I did not," Vole answered. "Why would I sign something I never read?"';
  assert.equal(speakerOf(text, 'Why would I sign'), 'Martin Vole');
});

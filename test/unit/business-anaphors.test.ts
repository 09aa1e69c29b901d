// "the supplier said", "the biotech said": more nouns of a business take up the company the paragraph is about, as
// "the company" and "the carmaker" do. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const lead =
  'Orvane Motors is recalling 90,000 vans over a faulty seal.\n\n' +
  'Harkwell Safety Systems, which made the seal, denied that its part was at fault.\n\n';

test('"the supplier said" is the business the paragraph before is about', () => {
  const q = analyze(lead + '"Our seals passed every test," the supplier said in a statement.').quotes[0];
  assert.equal(q?.speaker, 'Harkwell Safety Systems');
  const biotech = analyze('Corvell Bio reported trial results on Monday.\n\n"The data are clear," the biotech said.');
  assert.equal(biotech.quotes[0]?.speaker, 'Corvell Bio');
});

test('near miss: "a supplier" is someone else, not the business named before', () => {
  const q = analyze(lead + '"Prices will rise," a supplier said.').quotes.find((x) => x.kind === 'direct');
  assert.notEqual(q?.speaker, 'Harkwell Safety Systems');
});

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

test('"the company" takes up the named body its paragraph opens with over an unnamed "the cloud software company"', () => {
  const text = [
    'Harwell Software Ltd has long said it wants to be a home for open debate.',
    '',
    'Days before its quarterly report, the cloud software company said on Friday that it had closed 9,000 accounts.',
    '',
    'Critics said the step came too late.',
    '',
    'Harwell Software Ltd acknowledged that the problem remained hard. "There is no simple filter," the company said.',
  ].join('\n');
  const direct = (t: string): string | null | undefined => analyze(t).quotes.find((q) => q.kind === 'direct')?.speaker;
  assert.equal(direct(text), 'Harwell Software Ltd');
  // near miss: a paragraph that opens with no named body leaves "the company" with the description that spoke
  const unnamed = text.replace('Harwell Software Ltd acknowledged that the problem remained hard. ', 'It was hard. ');
  assert.equal(direct(unnamed), 'the cloud software company');
});

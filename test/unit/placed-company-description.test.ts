// "the Redmond, Wash.-based company": US business news names a company again by its town and state before "-based".
// The town's comma and the abbreviation's dot no longer split the description, which takes up the company named
// last, as "the Ohio-based chain" does. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const lead = 'Tessory Inc lost a patent case in federal court on Monday.\n\n';

test('"the Bellevue, Wash.-based company said" is the company named last, before or after the verb', () => {
  for (const attribution of [
    '"We will appeal," the Bellevue, Wash.-based company said.',
    '"We will appeal," said the Redmond, Wash.-based company.',
    'The Toledo, Ohio-based firm said: "We will appeal."',
  ]) {
    const q = analyze(lead + attribution).quotes.find((x) => x.kind === 'direct');
    assert.equal(q?.speaker, 'Tessory Inc', attribution);
  }
  const report = analyze(lead + 'The Bellevue, Washington-based company said that it would appeal.').quotes;
  assert.equal(report.find((q) => q.text === 'it would appeal')?.speaker, 'Tessory Inc');
});

test('"Wash.-based" is one word whose dot ends no sentence', () => {
  const [q] = analyze('"It was a fair ruling," said the Tacoma, Wash.-based lawyer who argued the case.').quotes;
  assert.match(q?.speaker ?? '', /Wash\.-based lawyer/);
});

test('near miss: a person described by town and state is no company named before', () => {
  const q = analyze(lead + '"We are disappointed," the Seattle, Wash.-based lawyer said.').quotes[0];
  assert.notEqual(q?.speaker, 'Tessory Inc');
});

test('"said the Seattle-based company" and "the Boston-based biotech said" are the company named before', () => {
  const said = analyze(
    'Veridane Diagnostics closed last year.\n\n"We did nothing wrong," said the Seattle-based company.',
  );
  assert.equal(said.quotes[0]?.speaker, 'Veridane Diagnostics');
  const biotech = analyze('Corvane Bio said the drug worked.\n\n"The data are clear," the Boston-based biotech said.');
  assert.equal(biotech.quotes.find((q) => q.kind === 'direct')?.speaker, 'Corvane Bio');
});

test('the town of one placed description is no company for the next ("the Auburn Hills, Mich.-based carmaker")', () => {
  const text =
    'Valdane Motors will recall 640,000 vans.\n\n"Safety comes first," the Auburn Hills, Mich.-based carmaker said. ' +
    '"We act fast," the Auburn Hills, Mich.-based carmaker said.';
  const speakers = analyze(text).quotes.map((q) => q.speaker);
  assert.deepEqual(speakers, ['Valdane Motors', 'Valdane Motors']);
});

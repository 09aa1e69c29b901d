// "Madam" before a family name, as Singapore and Malaysian papers name older women ("Madam Lim Siew Hong", later
// "Madam Lim"): an honorific, female, that the later short form takes up. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"Madam X" is one woman with her full name, and "she" goes on with her', () => {
  const text =
    'Madam Koh Mei Ling, 68, has sold fishball noodles in Toa Payoh for 40 years.\n\n' +
    '"I will stop when my hands stop," said Madam Koh.\n\n' +
    'Her nephew, Mr Arjun Pillai, helps on Sundays. Madam Koh was unmoved by the new rent.\n\n' +
    '"We have seen worse," she said.';
  const direct = analyze(text).quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(
    direct.map((q) => q.speaker),
    ['Koh Mei Ling', 'Koh Mei Ling'],
  );
});

test('near miss: "Madam Speaker" opening a quote is the address, not the speaker', () => {
  const [q] = analyze('"Madam Speaker, this bill is flawed," said Ms Ruth Kellaway.').quotes;
  assert.equal(q?.speaker, 'Ruth Kellaway');
});

// South Asian and British business papers give a company's legal form ("PLC", "Ltd") and an office of it in capitals
// before the holder's name: "The Chairman of Harbourfront Developers PLC, Mr. Rohan Seneviratne, said". The legal
// form ends the company's name, never a person's, so the holder named after the comma speaks; the company alone
// ("Harbourfront Developers PLC said") keeps its whole name, a trade word that is also a role ("Developers",
// "Traders") in it too. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const first = (text: string): string | null | undefined => analyze(text).quotes[0]?.speaker;

test('"The Chairman of X PLC, Mr. Y, said that …": Y reports', () => {
  assert.equal(
    first('The Chairman of Ceylon Leaf Traders PLC, Mr. Asanka Wijeweera, said the company would pay a dividend.'),
    'Asanka Wijeweera',
  );
});

test('"… Ltd, Mr. Y, said: …" before a direct quote', () => {
  assert.equal(
    first(
      'The Managing Director of Ruhuna Property Developers Ltd, Mr. Chamara Dissanayake, said: "Our orders doubled."',
    ),
    'Chamara Dissanayake',
  );
});

test('near miss: "X Developers PLC said" is the company under its whole name', () => {
  const a = analyze('Kelani Riverside Developers PLC said the company would pay a dividend in March.');
  assert.equal(a.quotes[0]?.speaker, 'Kelani Riverside Developers PLC');
  assert.equal(a.speakers[0]?.type, 'organization');
});

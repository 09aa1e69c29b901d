// A company's trade noun ("the miller", "the refiner") takes it up as "the company" does, and a notice to shareholders
// fronted with its words after "In" is issued by the subject after its comma. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const TEXT =
  'Kisumu-based Ziwa Grain Mills Plc has warned that its profit will fall.\n\n' +
  'In a notice to shareholders published on Friday, the miller said sales were expected to be "sharply lower".\n\n' +
  '"The board urges caution in dealing in the shares," the notice said.';

test('"the miller said" takes up the company named last', () => {
  const r = analyze(TEXT).quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('sales'));
  assert.match(r?.speaker ?? '', /Ziwa Grain Mills Plc/);
});

test('"the notice said" is the words of whoever issued it in a fronted "In a notice … published on Friday,"', () => {
  const d = analyze(TEXT).quotes.find((q) => q.kind === 'direct');
  assert.match(d?.speaker ?? '', /Ziwa Grain Mills Plc/);
});

test('near miss: a notice nobody is said to have issued stays unattributed to a body', () => {
  const text =
    'Ziwa Grain Mills Plc has warned that its profit will fall.\n\n' +
    'A notice was pinned to the gate of the Kisumu mill on Friday.\n\n' +
    '"No entry without a pass," the notice said.';
  const d = analyze(text).quotes.find((q) => q.kind === 'direct');
  assert.doesNotMatch(d?.speaker ?? '', /Ziwa/);
});

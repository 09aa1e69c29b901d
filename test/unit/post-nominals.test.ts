// Letters after a name that are no part of it ("Pádraig Ó Murchú TD", "Jane Roe MP", "Ruth Kell QC"): the subject
// read before or after a cue takes them in but the speaker is the name. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('a subject in apposition with letters after the name reports for the name', () => {
  const [q] = analyze(
    "Fianna Fáil's health spokeswoman, Gráinne Ní Bhriain TD, said later that the plan was “a fudge”.",
  ).quotes.filter((x) => x.kind === 'indirect');
  assert.equal(q?.speaker, 'Gráinne Ní Bhriain');
  const [r] = analyze('Tomás Keville MP said the vote had been lost.').quotes;
  assert.equal(r?.speaker, 'Tomás Keville');
});

test('"said Jane Roe MP" after a quote names Jane Roe', () => {
  const [q] = analyze('"We will not back down," said Rhona Castlemilk MSP.').quotes;
  assert.equal(q?.speaker, 'Rhona Castlemilk');
});

test('near miss: "a Labour MP" is a description, not a name', () => {
  const [q] = analyze('One Labour MP said the vote had been lost.').quotes;
  assert.equal(q?.speaker, 'One Labour MP');
});

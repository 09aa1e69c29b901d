// "In a statement, Garda headquarters said …": a subject whose capital the phrase scanner stops at, finished by
// lower-case speaker nouns ("headquarters", "press office"), speaks; the statement is where, and "the statement said"
// later is that body's. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"In a statement, Garda headquarters said" reports for the body, and "the statement said" is its', () => {
  const text =
    'In a statement, Garda headquarters said the new rosters had been agreed with staff.\n\n' +
    '"No station will close as a result," the statement said.';
  const quotes = analyze(text).quotes;
  assert.equal(quotes.find((q) => q.kind === 'indirect')?.speaker, 'Garda headquarters');
  assert.equal(quotes.find((q) => q.kind === 'direct')?.speaker, 'Garda headquarters');
  const office = analyze('In a statement, the Gardaí press office said the rosters had been agreed.').quotes[0];
  assert.equal(office?.speaker, 'the Gardaí press office');
});

test('near miss: after "In a survey," capitals and a noun that is no speaker leave the survey as the source', () => {
  const [q] = analyze('In a new survey, Garda numbers rose in every division.').quotes;
  assert.equal(q?.speaker, 'a new survey');
  assert.equal(q?.text, 'Garda numbers rose in every division');
});

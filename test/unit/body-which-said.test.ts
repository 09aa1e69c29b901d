// A body speaks through ", which said …" as a person does through ", who said …", and "the company" goes on with the
// company that spoke, not the place the paragraph opened with. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('", which said" after an organization reports for it; a thing after "which" does not speak', () => {
  const a = analyze('Brookvale Lodge is owned by Harwell Care Holdings Ltd, which said it had replaced the manager.');
  const [r] = a.quotes.filter((q) => q.kind === 'indirect');
  assert.equal(r?.text, 'it had replaced the manager');
  assert.equal(r?.speaker, 'Harwell Care Holdings Ltd');
  // near miss: a law is no speaker, and "writes the rules" reports nothing
  const law = analyze('The home must follow the new act, which says every resident needs an advocate.');
  assert.deepEqual(law.quotes.map((q) => q.speaker).filter(Boolean), []);
  const rules = analyze('Both firms belong to the Northern Care Federation, which writes the rules for members.');
  assert.deepEqual(rules.quotes.map((q) => q.speaker).filter(Boolean), []);
});

test('"the company said" goes on with the company that spoke since the paragraph opened with a place', () => {
  const text =
    'Brookvale Lodge is run by Harwell Care Holdings Ltd, which said in a statement that it had changed its procedures.\n\n' +
    '"We apologise to every family affected," the company said.';
  const direct = analyze(text).quotes.find((q) => q.kind === 'direct');
  assert.equal(direct?.speaker, 'Harwell Care Holdings Ltd');
  // near miss: a body with no legal form that spoke since is no company; the paragraph's body stays
  const kept =
    'Brookvale Lodge was praised by the Northern Care Federation, which said its staff had improved.\n\n' +
    '"We are proud of our team," the company said.';
  assert.equal(analyze(kept).quotes.find((q) => q.kind === 'direct')?.speaker, 'Brookvale Lodge');
});

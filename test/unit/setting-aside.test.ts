// "The board, in a statement issued through a spokesman, said …": an aside that only says how the subject spoke
// leaves the description before it the speaker, rather than the statement. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"The board, in a statement, said …": the board speaks, in a report and before a quote', () => {
  const [report] = analyze('The board, in a statement, said its members had been misled.').quotes;
  assert.equal(report?.speaker, 'the board');
  const owned = analyze(
    "Kestrel Mining's former board, in a statement issued through a spokesman, said it had been misled.",
  ).quotes[0];
  assert.equal(owned?.speaker, "Kestrel Mining's former board");
  const direct = analyze('The agency, in an emailed statement, said: "We are reviewing the filing."').quotes[0];
  assert.equal(direct?.speaker, 'the agency');
});

test('near miss: a description inside a longer subject does not speak alone ("Lawyers for the board, in a statement")', () => {
  const [q] = analyze('Lawyers for the board, in a statement, said the members had been misled.').quotes;
  assert.equal(q?.speaker, 'lawyers for the board');
});

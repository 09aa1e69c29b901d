// "X said in an emailed statement that …": a participle between the article and the text's noun ("an emailed
// statement", "a prepared statement") keeps the text where the report was made, as "in a statement" is, and the
// later "the statement said" is X's. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"said in an emailed statement that …" reports for the subject, and "the statement said" is its', () => {
  const text =
    'Corbel Foods said in an emailed statement that it would reopen the bakery in March.\n\n' +
    '"Staff will be paid in full while the line is rebuilt," the statement said.';
  const quotes = analyze(text).quotes;
  const report = quotes.find((q) => q.kind === 'indirect');
  assert.equal(report?.text, 'it would reopen the bakery in March');
  assert.equal(report?.speaker, 'Corbel Foods');
  assert.equal(quotes.find((q) => q.kind === 'direct')?.speaker, 'Corbel Foods');
  const prepared = analyze('The ministry said in a prepared statement that the bridge would stay shut.').quotes[0];
  assert.equal(prepared?.speaker, 'the ministry');
});

test('near miss: "emailed" as the verb still names who issued the text', () => {
  const text =
    'Ruth Dolan emailed a statement to reporters on Friday.\n\n"We are leaving the council," the statement said.';
  assert.equal(analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'Ruth Dolan');
});

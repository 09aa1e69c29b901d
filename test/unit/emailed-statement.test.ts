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

test('"A description, A Name, said in a statement" ¶ "the statement said": the statement is the named person\'s', () => {
  const text =
    'Rail line to reopen in May\n\n' +
    "Ontario's transport minister, Colm Brannigan, said in a statement that the line would reopen in May.\n\n" +
    '"We owe riders an apology," the statement said.';
  assert.equal(analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'Colm Brannigan');
  // near miss: a place after the comma is no appositive name ("the mayor of Perth, Scotland, said")
  const place =
    'The mayor of Perth, Scotland, said in a statement that the bridge would close.\n\n' +
    '"Safety comes first," the statement said.';
  assert.notEqual(analyze(place).quotes.find((q) => q.kind === 'direct')?.speaker, 'Scotland');
});

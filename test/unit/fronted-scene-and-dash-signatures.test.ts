// Two attribution rules found on invented 2016-style US political news (blind-2026-12-us3), each tested on
// sentences of our own: a participle cue after a main clause whose subject follows a long fronted scene, and a quote
// signed after a dash on its own line (an embedded tweet, a fact-check's claim).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const reportOf = (text: string, words: string) =>
  analyze(text).quotes.find((q) => q.kind === 'indirect' && q.text.includes(words));

test('fronted scene: "In a long prepositional scene, X did Y, writing that …" is X\'s', () => {
  const text =
    'Marta Oyelaran runs the state board.\n\n' +
    'In a two-page memo to county clerks obtained by the Ledger on Tuesday night, Oyelaran defended the new rules, ' +
    'writing that she had "no choice under the statute."';
  assert.equal(reportOf(text, 'no choice')?.speaker, 'Marta Oyelaran');
});

test('fronted scene: "Asked about X, he did Y, saying …" is the pronoun\'s antecedent', () => {
  const text =
    'Daniel Okafor, the party chairman, spoke on Sunday.\n\n' +
    'Asked about the lawsuit on a morning show, he turned to the budget, saying the governor was "hiding the numbers."';
  assert.equal(reportOf(text, 'hiding the numbers')?.speaker, 'Daniel Okafor');
});

test('near miss: "But X did Y, saying …": the comma before the participle is its own, no scene\'s', () => {
  const text = 'Rosa Amadi sat on the committee.\n\nBut Amadi defended the bill, saying it was "overdue."';
  assert.equal(reportOf(text, 'overdue')?.speaker, 'Rosa Amadi');
});

test('dash signature: an embedded tweet signed "— Name (@handle) date" is the named person\'s', () => {
  const text =
    'The governor answered within the hour. Here is the post:\n\n' +
    '"The mayor should worry about potholes, not about me!" — Gov. Lionel Farrow (@GovFarrow) March 3, 2016\n\n' +
    'The mayor did not reply.';
  assert.equal(analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'Lionel Farrow');
});

test('dash signature: "The claim: "…" — Name, in a speech" is the named person\'s, not the claim\'s', () => {
  const text =
    'The claim: "Crime in this city has doubled since 2012." — Carla Benning, in a speech in Dayton, May 2, 2016.\n\n' +
    'The ruling: False.';
  assert.equal(analyze(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'Carla Benning');
});

test('near miss: a dash followed by no name signs nothing', () => {
  const text =
    'Nina Castellanos spoke for an hour.\n\n' +
    '"We will win this county," Castellanos said — a line the crowd loved.\n\n' +
    'Then came a warning: "Do not let them tell you it is over" — and the room went quiet.';
  const quotes = analyze(text).quotes.filter((q) => q.kind === 'direct');
  assert.equal(quotes[0]?.speaker, 'Nina Castellanos');
  assert.notEqual(quotes[1]?.speaker, 'and');
});

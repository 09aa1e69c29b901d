// One-word people of modern news no list knows, found by what only a person does or is (rules/personObjects.ts,
// PERSONAL_VERBS and person nouns in rules/people.ts); sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import type { Span } from '../../src/core/types';

const texts = (spans: Span[]) => spans.map((s) => s.text);

test('the one met or spoken with is a person; a group with its officials is not', () => {
  const r = findEntities('Zelenskiy met Biden in Washington. Modi spoke with Albanese.');
  assert.deepEqual(texts(r.people), ['Zelenskiy', 'Biden', 'Modi', 'Albanese']);
  assert.deepEqual(texts(r.places), ['Washington']);
  const g = findEntities('The prime minister met Hamas officials in Doha on Tuesday.');
  assert.deepEqual(texts(g.people), []);
});

test('a bare name before a verb only people do is a person: "Bolsonaro tested positive"', () => {
  const r = findEntities("Brazil's Bolsonaro tested positive. Nigeria's Buhari flew to London.");
  assert.deepEqual(texts(r.people), ['Bolsonaro', 'Buhari']);
  assert.deepEqual(texts(r.places), ['Brazil', 'Nigeria', 'London']);
});

test('an occupation opening the sentence is no part of the name: "Billionaire Elon Musk"', () => {
  assert.deepEqual(texts(findEntities('Billionaire Elon Musk sold more shares.').people), ['Elon Musk']);
});

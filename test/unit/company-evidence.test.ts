// Companies read from their name's shape or the words around it (src/core/entities/rules/companyEvidence.ts), and
// headline labels (rules/headlines.ts): none of them may come out as a person or a place. Sentences written for
// these tests, with invented firms where the rule should not need to know the name.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import type { Span } from '../../src/core/types';

const texts = (spans: Span[]) => spans.map((s) => s.text);

test('names joined by "&" are one firm; two places stay places', () => {
  const r = findEntities('Halvorsen & Mbeki reported higher sales in Oslo, and Mahindra & Mahindra agreed a deal.');
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.places), ['Oslo']);
  assert.ok(texts(r.organizations).includes('Mahindra & Mahindra'));
  assert.deepEqual(texts(findEntities('He flew from Bosnia & Herzegovina to Vienna.').people), []);
});

test("a name whose 's a verb follows is a company named so", () => {
  const r = findEntities("Sotheby's said the painting sold for $30 million. Moody's cut the rating on Tuesday.");
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.places), []);
});

test('a name before a role only an organization has, then a person, is that organization', () => {
  const r = findEntities("Cantor Fitzgerald chief Howard Lutnick met Akasa Air's founder Rakesh Jhunjhunwala.");
  assert.deepEqual(texts(r.people), ['Howard Lutnick', 'Rakesh Jhunjhunwala']);
  const staff = findEntities('Biden chief of staff Ron Klain said the talks went well.');
  assert.ok(texts(staff.people).includes('Ron Klain'));
  assert.deepEqual(texts(findEntities('Citi Chief Executive Jane Fraser told analysts.').people), ['Jane Fraser']);
});

test('a brand-shaped word is no place; company words end a firm named like a person', () => {
  const r = findEntities('Broadcom closed its acquisition of VMware. Ola Electric and Hindenburg Research said so.');
  assert.deepEqual(texts(r.places), []);
  assert.deepEqual(texts(r.people), []);
});

test('headline labels are neither people nor places', () => {
  const r = findEntities(
    "Q&A: What Milei's victory means for Argentina\n\nLive: Israel strikes Rafah\n\nQ&A-How rates work",
  );
  assert.deepEqual(texts(r.places), ['Argentina', 'Israel', 'Rafah']);
  assert.deepEqual(texts(r.people), ['Milei']);
});

test('a state before a party member is the state alone: "a New York Democrat"', () => {
  const r = findEntities('Senate Majority Leader Chuck Schumer, a New York Democrat, urged a tough line.');
  assert.deepEqual(texts(r.places), ['New York']);
});

test('what is traded is a company; a company owns its people as a country does', () => {
  const r = findEntities('Shares of Estee Lauder, Ralph Lauren and Tapestry fell on Tuesday.');
  assert.deepEqual(texts(r.people), []);
  const s = findEntities("Berkshire Hathaway's Jamie Okafor said the deal was done.");
  assert.deepEqual(texts(s.people), ['Jamie Okafor']);
});

test('a "person" ending in a known company is its full name; a known given name keeps the person', () => {
  const r = findEntities('Reliance Jio and Bharti Airtel raised tariffs. Mukesh Ambani chairs Jio.');
  assert.deepEqual(texts(r.people), ['Mukesh Ambani']);
  assert.deepEqual(texts(findEntities('The inventor Nikola Tesla died in New York in 1943.').people), ['Nikola Tesla']);
});

test('a maker owns its product: "Meta\'s Threads app" names a company, not the Colombian region', () => {
  const r = findEntities("Meta's Threads app passed 100 million sign-ups, and users in Brazil joined fastest.");
  assert.deepEqual(texts(r.places), ['Brazil']);
});

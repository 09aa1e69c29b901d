// People and places of 2019-21 wire news with names from many countries' patterns and places of every kind
// (provinces, districts, neighbourhoods, rivers, mountains), that the eleventh round of fixes reads from the words
// around them; sentences written for these tests. The held-out part of the eleventh set
// (test/fixtures/core/modern-entities-11-heldout.json) was written and committed before any run and not looked at
// while tuning: its test reports figures only, never its errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import type { Span } from '../../src/core/types';
import { f1, scoreEntityFixture } from './entityFixtureScore';

const texts = (spans: Span[]) => spans.map((s) => s.text);

test('a name of three or more words given a role with "a" in apposition is a person', () => {
  const r = findEntities('Yunior García Aguilera, a playwright, said he was beaten in Matanzas.');
  assert.deepEqual(texts(r.people), ['Yunior García Aguilera']);
  const s = findEntities('Hans-Joachim von Ahlefeldt, a lawyer for investors in Hamburg, said losses rose.');
  assert.deepEqual(texts(s.people), ['Hans-Joachim von Ahlefeldt']);
  // near misses: a firm described by a company noun, a known firm, and a role opening the next clause
  assert.deepEqual(texts(findEntities('Kessler Ruiz Lopez, a drugmaker, said so.').people), []);
  assert.deepEqual(texts(findEntities('Goldman Sachs, an adviser to the deal, declined to comment.').people), []);
  const t = findEntities('A boy broke into a home in the rural New Territories, a police spokesman said.');
  assert.deepEqual(texts(t.people), []);
});

test('a natural area\'s lower-case word gives the name before it: "the Tagus valley", "the Mekong delta"', () => {
  const r = findEntities('Fishermen said the Tagus valley was at risk, and the Ebro delta flooded.');
  assert.deepEqual(texts(r.places), ['Tagus', 'Ebro']);
  assert.deepEqual(texts(findEntities('Herds crossed the Kyzylkum desert.').places), ['Kyzylkum']);
});

test('a list of names before a plural area word is a list of areas: "the Kosi and Gandak rivers"', () => {
  assert.deepEqual(texts(findEntities('The Kosi and Gandak rivers were also rising.').places), ['Kosi', 'Gandak']);
  const r = findEntities('Coffee growers in Dak Lak and Lam Dong provinces said so.');
  assert.deepEqual(texts(r.places), ['Dak Lak', 'Lam Dong']);
  // near miss: peoples' adjectives before the plural name no area
  assert.deepEqual(texts(findEntities('Arab and Western states agreed.').places), []);
});

test('a compass word opening a known place, or one the tagger made a place alone, makes one region', () => {
  assert.deepEqual(texts(findEntities('Survivors in Central Sulawesi still live in tents.').places), [
    'Central Sulawesi',
  ]);
  assert.deepEqual(texts(findEntities('Rains fell on Upper Egypt.').places), ['Upper Egypt']);
  // near misses: a body's name going on, and teams in a results table
  assert.deepEqual(texts(findEntities('Southern California Edison cut power.').places), []);
  assert.deepEqual(texts(findEntities('Played Sunday: North Sydney 46 South Sydney 4').places), []);
});

test('a list of three places after a place preposition, one of them known, is all places', () => {
  const r = findEntities('Protesters marched in Lima, Arequipa and Cusco.');
  assert.deepEqual(texts(r.places), ['Lima', 'Arequipa', 'Cusco']);
});

test('a place, a lower-case link and a name are one place: "San Antonio de los Baños"', () => {
  const r = findEntities('Thousands marched in Havana and San Antonio de los Baños on Sunday.');
  assert.deepEqual(texts(r.places), ['Havana', 'San Antonio de los Baños']);
  // near miss: no place before the link
  assert.deepEqual(texts(findEntities('Juan de la Cruz said so.').people), ['Juan de la Cruz']);
});

test('a word for a person\'s politics opening a sentence is no part of the name: "Hardliner Ebrahim Raisi"', () => {
  assert.deepEqual(texts(findEntities('Hardliner Ebrahim Raisi said so.').people), ['Ebrahim Raisi']);
  const r = findEntities('MADRID (Reuters) - Peronist Alberto Fernández won the vote.');
  assert.deepEqual(texts(r.people), ['Alberto Fernández']);
  // near miss: a one-word name after the label keeps it
  assert.deepEqual(texts(findEntities('Reformist Khatami said so.').people).length, 1);
});

test('a name word before "bin" and a person opens the name, whatever the tagger made of it', () => {
  const r = findEntities('Abdulla bin Touq al-Marri, the economy minister, said tourism would recover.');
  assert.deepEqual(texts(r.people), ['Abdulla bin Touq al-Marri']);
});

test('one name after a relation noun and "of" is a person: "a critic of Erdogan", "Supporters of Bolsonaro"', () => {
  const r = findEntities('Laschet, 59, is a centrist ally of Merkel. Supporters of Bolsonaro marched.');
  assert.deepEqual(texts(r.people), ['Laschet', 'Merkel', 'Bolsonaro']);
  assert.deepEqual(texts(r.places), []);
  // near misses: a known place, and a name modifying a noun
  assert.deepEqual(texts(findEntities('He is an ally of Iran.').places), ['Iran']);
  const s = findEntities('It shed light on the murder of the wife of Mafia boss Nitto Santapaola.');
  assert.deepEqual(texts(s.people), ['Nitto Santapaola']);
});

test('one word after "in" that the gazetteer knows as a place is a place, though the tagger read a person', () => {
  const r = findEntities('Farmers in Ashanti and the Western North region would be paid more.');
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.places), ['Ashanti', 'Western North']);
});

test('a name given a kind of place in apposition is that place: "Tungan Maje, a village in Zamfara state"', () => {
  const r = findEntities('Gunmen attacked Tungan Maje, a village in Zamfara state.');
  assert.deepEqual(texts(r.places), ['Tungan Maje', 'Zamfara']);
  const s = findEntities("Cyclone Yasa flattened villages on Vanua Levu, Fiji's second-largest island, on Thursday.");
  assert.deepEqual(texts(s.places), ['Vanua Levu', 'Fiji']);
  // near misses: a person described by a place's noun
  assert.deepEqual(texts(findEntities('Tom Reed, a city official, said so.').people), ['Tom Reed']);
  assert.deepEqual(texts(findEntities('Jane Odu, a native of the city of Lagos, said so.').people), ['Jane Odu']);
});

test('a name closed by a capitalized area word after a place preposition is a place: "in Maricopa County"', () => {
  const r = findEntities('Officials in Harris County said so, and flooding in Cameron Parish was severe.');
  assert.deepEqual(texts(r.places), ['Harris County', 'Cameron Parish']);
  // near miss: a body whose name goes on past the area word
  assert.deepEqual(texts(findEntities('He works at Harris County Court.').places), []);
});

test('Nigerian and Hajj honorifics are no part of the name: "Alhaji", "Hajiya", "Mallam", "Otunba"', () => {
  const r = findEntities('Hajiya Aisha Bello, who lives in Fagge, said so. Alhaji Aliko Dangote agreed.');
  assert.deepEqual(texts(r.people), ['Aisha Bello', 'Aliko Dangote']);
});

test('two letters and a dot opening a name are its given name: "Ma. Lourdes Sereno", "Ts. Batbayar"', () => {
  const r = findEntities('"We are ready," said Ts. Batbayar, a herder in Khovd province.');
  assert.deepEqual(texts(r.people), ['Ts. Batbayar']);
  assert.deepEqual(texts(findEntities('Evacuee Ma. Lourdes Reyes said so.').people), ['Ma. Lourdes Reyes']);
  // near miss: a surname ending a sentence
  assert.deepEqual(texts(findEntities('He met Jack Ma. The company said so.').people), ['Jack Ma']);
});

test('modern news, eleventh set: 2019-21 wire news, names of many countries, places of every kind', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-11.json');
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // floors at the figures reached by the fixes it led to (people 98.3, places 96.8); first run, before them: 93.3, 93.5
  // on its first 49 paragraphs
  assert.ok(f1(people) >= 98.2, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 96.7, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

test('modern news, eleventh set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-11-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // first run, before any fix: people 96.1, places 94.4; after tuning on set 11 (run once more, figures only): 96.7, 94.4
  assert.ok(f1(people) >= 96.6 && f1(places) >= 94.3, figures);
});

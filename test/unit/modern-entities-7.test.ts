// People and places of 2019-26 news on the beats the first six modern sets cover least (local US news, UK, Irish and
// Australian regional news, Latin American and African politics, Asian business, conflict, storms, sports, culture,
// science) that the seventh round of fixes reads from the words around them: storms named like people, performers'
// nouns and local officials' titles before names, roads by their word, unknown names after "near", results by a
// margin, a split country, industries closing a company's name, an area before an office, works and craft titled with
// a name; sentences written for these tests. The seventh modern fixture (test/fixtures/core/modern-entities-7.json)
// was written as a probe with them; its held-out part (modern-entities-7-heldout.json) was written first and not
// looked at while tuning: its test reports figures only, never its errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import { analyze } from '../../src/core';
import type { Span } from '../../src/core/types';
import { f1, scoreEntityFixture } from './entityFixtureScore';

const texts = (spans: Span[]) => spans.map((s) => s.text);

test("a storm's name is nobody's in its later mentions, in the paragraph and across paragraphs", () => {
  const r = findEntities('Typhoon Marlo hit Leyte on Monday. Governor Ana Cruz said Marlo had torn roofs off.');
  assert.deepEqual(texts(r.people), ['Ana Cruz']);
  const text = 'Tropical Storm Wendell flooded Corpus Christi.\n\nForecasters said Wendell would weaken by Friday.';
  assert.deepEqual(texts(analyze(text).people), []);
  // near miss: a person named in full with the storm's name stays a person
  const s = findEntities('Storm Idris closed roads. Idris Bekele, a driver, said he waited for hours.');
  assert.deepEqual(texts(s.people), ['Idris Bekele']);
});

test("a performer's noun opening a sentence is no part of the name; local officials' titles are titles", () => {
  const r = findEntities('Guitarist Hana Obradovic said the tour would go on. Frontwoman Lia Brandt agreed.');
  assert.deepEqual(texts(r.people), ['Hana Obradovic', 'Lia Brandt']);
  const t = findEntities('Emergency Services Commissioner Tamsin Orrell said crews from Ararat worked overnight.');
  assert.deepEqual(texts(t.people), ['Tamsin Orrell']);
  assert.equal(t.people[0].title, 'Commissioner');
  assert.deepEqual(texts(findEntities('Cllr Aled Prydderch said the bins would be emptied.').people), [
    'Aled Prydderch',
  ]);
  // near miss: the office alone names nobody
  assert.deepEqual(texts(findEntities("The Information Commissioner's Office fined the firm.").people), []);
});

test('roads: highways and turnpikes (after a given name too), numbered streets, "the River X"', () => {
  const r = findEntities(
    'Floods cut the Bruce Highway near Ayr, and the Ohio Turnpike closed. Two men were shot on 81st Street.',
  );
  assert.deepEqual(texts(r.places), ['Bruce Highway', 'Ayr', 'Ohio Turnpike', '81st Street']);
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(findEntities('Officials said the River Wyre had burst its banks.').places), ['River Wyre']);
  // near misses: a Title Case headline's small word ends the street's name; "River Plate" without "the" may be the club
  const h = findEntities('Drivers Stunned By 3 Words On Highway Sign');
  assert.ok(!texts(h.places).some((p) => p.includes('On')));
  assert.deepEqual(texts(findEntities('Fans cheered as River Plate won 2-0.').places), []);
});

test('two unknown words after "near", "outside" or "north of" are a place the gazetteer lacks, not a person', () => {
  const r = findEntities('Gunmen were seen near Dankade Gwari on Monday, and troops held ground near Chasiv Yar.');
  assert.deepEqual(texts(r.places), ['Dankade Gwari', 'Chasiv Yar']);
  assert.deepEqual(texts(r.people), []);
  // near misses: a known given name, and a word of another person's name in the paragraph
  assert.deepEqual(texts(findEntities('She was seated near Sean Baker at dinner.').people), ['Sean Baker']);
  const named = findEntities('Debbie Wasserstrom Szalai arrived; aides stood near Wasserstrom Szalai.');
  assert.ok(!texts(named.places).includes('Wasserstrom Szalai'));
});

test('a result by a margin names two teams; a town read as a person is a team against no person', () => {
  const r = findEntities('Mayo beat Galway by four points in Dublin. Galway manager Padraic Joyce was unhappy.');
  assert.deepEqual(texts(r.places), ['Dublin']);
  assert.deepEqual(texts(r.people), ['Padraic Joyce']);
  const s = findEntities('Valencia beat Girona 2-1 on Sunday.');
  assert.deepEqual(texts(s.people), []);
  assert.deepEqual(texts(s.places), []);
  // near misses: two players stay people, and a country stays a place
  const players = findEntities('Novak Djokovic beat Roger Federer 6-4 in the final.');
  assert.deepEqual(texts(players.people), ['Novak Djokovic', 'Roger Federer']);
  assert.deepEqual(texts(findEntities('Ireland beat France by six points.').places), ['Ireland', 'France']);
});

test("a country the tagger split is one place; an industry's word closes a company's name", () => {
  const r = findEntities("Côte d'Ivoire's electoral commission met on Monday.");
  assert.deepEqual(texts(r.places), ["Côte d'Ivoire"]);
  const s = findEntities('Ambuja Cement raised prices on Monday, and Nippon Steel said it would follow.');
  assert.deepEqual(texts(s.places), []);
  assert.deepEqual(texts(s.organizations), ['Ambuja Cement', 'Nippon Steel']);
  // near miss: two places on two lines of a table stay two
  assert.deepEqual(texts(findEntities('Jiri Novak (Czech\nRepublic) won.').places).length, 2);
});

test('an area before an office and its holder is a place; a list after "across" is a list of places', () => {
  const r = findEntities(
    'Bexar County Judge Peter Sakai said crews were out. Kherson Oblast Governor Ivan Borodin agreed.',
  );
  assert.deepEqual(texts(r.places), ['Bexar County', 'Kherson Oblast']);
  assert.deepEqual(texts(r.people), ['Peter Sakai', 'Ivan Borodin']);
  const s = findEntities('Winds toppled trees across Pasadena and Baytown.');
  assert.deepEqual(texts(s.places), ['Pasadena', 'Baytown']);
  // near misses: a title with no area before it, and "across" before a person and a town
  assert.deepEqual(texts(findEntities('Then Judge Peter Sakai spoke.').places), []);
  assert.ok(!texts(findEntities('Word spread across Pasadena and Jo Marsh said so.').places).includes('Jo Marsh'));
});

test('works and craft titled with a name are no people: "her novella, Foster,", "the Rosalind Franklin rover"', () => {
  const r = findEntities(
    'Her second novella, Maeve, is set in Sligo, and Maeve sold well. The Nancy Grace Roman telescope will launch soon.',
  );
  assert.deepEqual(texts(r.people), []);
  // near misses: a person described between commas after "the book", and a person after "film star"
  const s = findEntities('In the book, Ama Okafor, a historian, argues otherwise. The film star Tom Hardy came.');
  assert.deepEqual(texts(s.people), ['Ama Okafor', 'Tom Hardy']);
  const one = findEntities('In her latest book, Okafor, a historian, argues otherwise.');
  assert.deepEqual(texts(one.people), ['Okafor']);
});

test('modern news, seventh set: local, regional, conflict, storm, sports, culture and science news of 2019-26', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-7.json');
  assert.ok(cases >= 30, 'at least 30 paragraphs');
  // floors at the figures reached by the fixes it led to (people 94.0, places 95.2); first run, before them: 84.8, 88.9
  assert.ok(f1(people) >= 94.0, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 95.1, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

test('modern news, seventh set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-7-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  assert.ok(cases >= 30, 'at least 30 paragraphs');
  // first run, before any fix: people 87.7, places 91.2; after the fixes (run once more, figures only): 92.7, 92.3
  assert.ok(f1(people) >= 92.7 && f1(places) >= 92.3, figures);
});

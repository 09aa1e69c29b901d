// People and places of 2020-26 wire and regional news (Reuters, AP, AFP, PTI, Bernama, NAN, Xinhua in English) with
// names from many countries' patterns, that the eighth round of fixes reads from the words around them: firms named
// after their staff's "at", a name after a person and "of", demonyms opening firms' names, Malay titles, a one-word
// name a person noun and ", who" enclose, organization words 1996 news lacked (Sdn Bhd, Refinery, Government), rivers
// by their noun or "along the", capitalized area words closing places; sentences written for these tests. The eighth
// modern fixture (test/fixtures/core/modern-entities-8.json) was written as a probe with them; its held-out part
// (modern-entities-8-heldout.json) was written and committed before any run and not looked at while tuning: its test
// reports figures only, never its errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import type { Span } from '../../src/core/types';
import { f1, scoreEntityFixture } from './entityFixtureScore';

const texts = (spans: Span[]) => spans.map((s) => s.text);

test('nobody works "at" a person: a name after "an analyst at" is the employer', () => {
  const r = findEntities('"Rates will stay high," said Ruth Okafor, an economist at Maxim Soler.');
  assert.deepEqual(texts(r.people), ['Ruth Okafor']);
  assert.deepEqual(texts(findEntities('Traders at Deniz Kaya said the lira would slip.').people), []);
  // near miss: a town after "workers at" stays a place
  assert.deepEqual(texts(findEntities('Workers at Halifax walked out on Monday.').places), ['Halifax']);
});

test('a name after a person and "of" is where or what the person is from, not a second person', () => {
  const r = findEntities('Strategist Kamil Dudek of Mbank said the zloty would firm.');
  assert.deepEqual(texts(r.people), ['Kamil Dudek']);
  const s0 = findEntities('Lawyer Ana Duarte of Kessler Ruiz said the appeal failed.');
  assert.deepEqual(texts(s0.people), ['Ana Duarte']);
  // near miss: after "son of", a person
  const s = findEntities('The son of Jan Nowak, Piotr Nowak, said the shop would stay open.');
  assert.ok(texts(s.people).includes('Jan Nowak'));
});

test('a demonym or a region adjective opens a firm, not a person; not one closing a name', () => {
  const r = findEntities('Scandinavian Tobacco said sales fell, and Danish Crown cut pig prices.');
  assert.deepEqual(texts(r.people), []);
  // near miss: a demonym closing a person's name
  assert.deepEqual(texts(findEntities('Bill English said the budget was sound.').people), ['Bill English']);
});

test('Malay titles of two words are no part of the name; "Sri" alone opens one', () => {
  const r = findEntities(
    'Datuk Seri Zainal Rashid Hamzah said the bridge would open. Tan Sri Azman Mokhtar Ali agreed.',
  );
  assert.deepEqual(texts(r.people), ['Zainal Rashid Hamzah', 'Azman Mokhtar Ali']);
  assert.deepEqual(texts(findEntities('Sri Mulyani Indrawati said the budget was safe.').people), [
    'Sri Mulyani Indrawati',
  ]);
});

test('a one-word name between a person noun and ", who" is a person, after a business noun too', () => {
  const r = findEntities('Rescue volunteer Darmaji, who uses only one name, said the road to Garut was cut.');
  assert.deepEqual(texts(r.people), ['Darmaji']);
  const s = findEntities('Retailer Sutinah, who sells rice in Bogor, said prices had doubled.');
  assert.deepEqual(texts(s.people), ['Sutinah']);
  // near miss: a business noun opening a sentence before a firm's name
  assert.deepEqual(texts(findEntities('Retailer Kmart said sales fell.').people), []);
  assert.deepEqual(texts(findEntities('Villager Boonmee Srisai, 61, said the water rose fast.').people), [
    'Boonmee Srisai',
  ]);
});

test("organization words of today: Sdn Bhd, Tbk, Refinery, Government close no one's name", () => {
  const r = findEntities(
    'Kelana Infrastructure Sdn Bhd won the contract. Warri Petroleum Refinery restarted, and the Federal Government paid.',
  );
  assert.deepEqual(texts(r.people), []);
});

test('an alliance, an agency or a watchdog set beside a name makes it a body, not a person', () => {
  assert.deepEqual(texts(findEntities('Cepi, the vaccine alliance, said it would fund the trials.').people), []);
  assert.deepEqual(texts(findEntities('Officials said watchdog Ofgem fined the company.').people), []);
  // near misses: a person described by a job at an agency, and a person who was a regulator
  assert.deepEqual(texts(findEntities('Ana Cruz, an agency nurse, said so.').people), ['Ana Cruz']);
  assert.deepEqual(texts(findEntities('The firm hired Tom Reed, a regulator, who said so.').people), ['Tom Reed']);
});

test('rivers: "the X river" and "along the X" name the river', () => {
  const r = findEntities('The Kelani river burst its banks, and villages along the Chenab were cut off.');
  assert.deepEqual(texts(r.places), ['Kelani', 'Chenab']);
  // near miss: a party's initials after "along the" are no place
  assert.deepEqual(texts(findEntities('Votes split along the BJP and Congress lines.').places), []);
});

test('a capitalized area word closes the place before it: "Jiangxi Province", "Ogun State Governor"', () => {
  const r = findEntities("Floods hit east China's Jiangxi Province. Ogun State Governor Dapo Abiodun visited.");
  assert.deepEqual(texts(r.places), ['China', 'Jiangxi Province', 'Ogun State']);
  assert.deepEqual(texts(r.people), ['Dapo Abiodun']);
  // near miss: the area word inside a body's name stays there
  assert.deepEqual(texts(findEntities('Powys County Council leader Jake Berriman said so.').places), []);
});

test('a name given an age between commas is a person, however unknown its words', () => {
  const r = findEntities('The river rose fast, according to Norhayati Mat Isa, 52, a shopkeeper.');
  assert.deepEqual(texts(r.people), ['Norhayati Mat Isa']);
  // near miss: a company's name with a number after it stays a company
  assert.deepEqual(texts(findEntities('Shares of Harlan Steel, 12, led the index.').people), []);
});

test('one unknown word after "in" closing the clause is a place; a list of places may run into "would"', () => {
  const r = findEntities('The family fled to a camp in Yasothon. Clinics in Nsukka and Udi would reopen.');
  assert.deepEqual(texts(r.places), ['Yasothon', 'Nsukka', 'Udi']);
  // near misses: a month and a word the lexicon knows are no places; nor two firms before "were"
  assert.deepEqual(texts(findEntities('The plant will open in March.').places), []);
  assert.deepEqual(texts(findEntities('Talks with Pfizer and Zorvex were held in Geneva.').places), ['Geneva']);
});

test("the dateline's place named again after a preposition is that place, not a body", () => {
  const r = findEntities(
    'ULAANBAATAR (Reuters) - Lawmakers met on Tuesday, said Tsend Bold, an analyst in Ulaanbaatar.',
  );
  assert.deepEqual(texts(r.places), ['ULAANBAATAR', 'Ulaanbaatar']);
  // near miss: the city standing for its club
  const s = findEntities('LIVERPOOL (Reuters) - Liverpool beat Everton 2-0 on Sunday.');
  assert.deepEqual(texts(s.places), ['LIVERPOOL']);
});

test('"Fort" or "Port" and one name word the tagger took for a body is one place; "X-on-Y" towns are places', () => {
  const r = findEntities('Smoke drifted north of Fort Chipewyan. Roads into Ross-on-Wye and Berwick-upon-Tweed shut.');
  assert.deepEqual(texts(r.places), ['Fort Chipewyan', 'Ross-on-Wye', 'Berwick-upon-Tweed']);
  // near misses: a body opened by "Port", and a hyphenated person
  assert.deepEqual(texts(findEntities('The Port Authority said so.').places), []);
  assert.deepEqual(texts(findEntities('Jean-Pierre Mbeki said so.').people), ['Jean-Pierre Mbeki']);
});

test('two or three name words after a lower-case person noun are a person, a team with a club word is not', () => {
  const r = findEntities('City won 2-1, with teenager Rio Ngamba scoring late.');
  assert.deepEqual(texts(r.people), ['Rio Ngamba']);
  // near miss: a club's name after a person noun
  assert.deepEqual(texts(findEntities('The striker joined champion Zorvak United.').people), []);
});

test('modern news, eighth set: wire and regional news of 2020-26 with names from many countries', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-8.json');
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // floors at the figures reached by the fixes it led to (people 98.0, places 97.0); first run, before them: 90.4, 92.5
  assert.ok(f1(people) >= 97.9, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 96.9, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

test('modern news, eighth set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-8-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // first run, before any fix: people 78.6, places 91.7; after tuning on set 8 (run once more, figures only): 80.2, 93.4
  assert.ok(f1(people) >= 80.1 && f1(places) >= 93.3, figures);
});

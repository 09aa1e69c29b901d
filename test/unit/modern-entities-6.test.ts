// People and places of 2019-26 international news that the sixth round of fixes reads from the words around them:
// companies named for people, teams and firms named for towns, titles inside and after names, Arabic surnames with a
// hyphenated article, places by what the sentence does with them, given names whose sex differs between languages;
// sentences written for these tests. The sixth modern fixture (test/fixtures/core/modern-entities-6.json) was written
// as a probe with them; its held-out part (modern-entities-6-heldout.json) was written first and not looked at while
// tuning: its test reports figures only, never its errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findEntities } from '../../src/core/entities';
import { analyze } from '../../src/core';
import { lookupPlace } from '../../src/core/entities/gazetteer';
import { firstNameGender, isFirstName } from '../../src/core/speakers/gender';
import type { Span } from '../../src/core/types';
import { f1, scoreEntityFixture } from './entityFixtureScore';

const texts = (spans: Span[]) => spans.map((s) => s.text);

test('a company named for a person is an organization, its founder beside a title or an age a person', () => {
  const r = findEntities(
    'Walt Disney named a new finance chief, and Eli Lilly said Lilly would build a plant in Ohio.',
  );
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.places), ['Ohio']);
  assert.ok(texts(r.organizations).includes('Eli Lilly') && texts(r.organizations).includes('Lilly'));
  const s = findEntities('Charles Schwab said it would cut fees. Founder Charles Schwab, 87, stepped down last year.');
  assert.deepEqual(texts(s.people), ['Charles Schwab']);
});

test('a title inside a name after a given name does not end it, and a demonym before the title is no place', () => {
  const r = findEntities('Somali President Hassan Sheikh Mohamud called for talks in Mogadishu.');
  assert.deepEqual(texts(r.people), ['Hassan Sheikh Mohamud']);
  assert.deepEqual(texts(r.places), ['Mogadishu']);
});

test('titles ending a tagged organization belong to the person after it; the jurisdiction is a place', () => {
  const r = findEntities('Kerala Chief Minister P. Vijayan said the rains had eased.');
  assert.deepEqual(texts(r.places), ['Kerala']);
  assert.ok(texts(r.people).some((p) => p.endsWith('Vijayan')));
});

test('Welsh "ap" is a name particle; a hyphenated article after a name continues it', () => {
  const r = findEntities(
    'Leader Rhun ap Iorwerth spoke first. Dr. Hana al-Masri, the head of surgery, said beds ran out.',
  );
  assert.deepEqual(texts(r.people), ['Rhun ap Iorwerth', 'Hana al-Masri']);
  assert.deepEqual(texts(r.places), []);
});

test('a name before "resident" is a place; "the town of X" makes even a given name one, for the whole text', () => {
  const r = findEntities('The road was closed, said Balata resident Samir Odeh. Local residents agreed.');
  assert.deepEqual(texts(r.places), ['Balata']);
  assert.deepEqual(texts(r.people), ['Samir Odeh']);
  const s = findEntities('Floods reached the town of Jasper on Friday. Officials said Jasper would reopen soon.');
  assert.deepEqual(texts(s.places), ['Jasper', 'Jasper']);
  assert.deepEqual(texts(s.people), []);
  // a person named so in full keeps the bare name
  assert.deepEqual(texts(findEntities('Jasper Olsen said Jasper was tired.').people), ['Jasper Olsen', 'Jasper']);
});

test('teams named for their towns: both sides of a result, a team before its coach, and its later mentions', () => {
  const r = findEntities('Calgary beat Edmonton 5-3 on Friday. Flames coach Ryan Huska said Calgary had earned it.');
  assert.deepEqual(texts(r.places), []);
  assert.deepEqual(texts(r.people), ['Ryan Huska']);
  // national teams stay places
  const s = findEntities('England beat Wales 2-1 in Cardiff.');
  assert.deepEqual(texts(s.places), ['England', 'Wales', 'Cardiff']);
  const t = findEntities('The driver moves from Mercedes to Ferrari and will race for Mercedes until May.');
  assert.deepEqual(texts(t.places), []);
});

test('what the sentence does with a name: attacked towns, "on the" known places, clubs one joins', () => {
  const r = findEntities(
    'Israeli troops raided Nablus and Jenin. Surfers stayed on the Gold Coast. He joined Sassuolo.',
  );
  assert.deepEqual(texts(r.places), ['Nablus', 'Jenin', 'Gold Coast']);
  assert.deepEqual(texts(r.people), []);
  // a country one joins stays a place
  assert.ok(texts(findEntities('Voters backed a plan to join Canada.').places).includes('Canada'));
});

test('an organization word, "of" and a place make one organization: "(Times of India)"', () => {
  const r = findEntities('NEW DELHI (Times of India) - Rain lashed Mumbai.');
  assert.deepEqual(texts(r.places), ['NEW DELHI', 'Mumbai']);
});

test('gazetteer: wire spellings and places the packages lack', () => {
  const r = findEntities(
    'Storms hit Hargeisa in Somaliland, while strikes hit Jenin, Tulkarm and Khan Younis and Gaza City.',
  );
  assert.deepEqual(texts(r.places), ['Hargeisa', 'Somaliland', 'Jenin', 'Tulkarm', 'Khan Younis', 'Gaza City']);
  assert.equal(lookupPlace('Acapulco')?.country, 'Mexico');
  assert.equal(lookupPlace('Zaporizhzhia')?.country, 'Ukraine');
  assert.equal(lookupPlace('Sunshine Coast')?.country, 'Australia');
});

test('a given name whose sex differs between languages is a first name of no gender', () => {
  for (const name of ['Ola', 'Nicola', 'Simone', 'Nikita', 'Kim']) {
    assert.equal(firstNameGender(name), undefined, name);
    assert.ok(isFirstName(name), name);
  }
  assert.equal(firstNameGender('Angela'), 'female');
  assert.equal(firstNameGender('Kwame'), 'male');
  assert.ok(!isFirstName('Tuesday'));
});

test('modern news, sixth set: companies and teams shaped like people and towns, names of 2019-26 news', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-6.json');
  assert.ok(cases >= 20, 'at least 20 paragraphs');
  // floors at the figures reached by the fixes it led to (people 99.1, places 99.1); before them 87.8 and 85.0
  assert.ok(f1(people) >= 99.0, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 99.0, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

test('modern news, sixth set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-6-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  assert.ok(cases >= 20, 'at least 20 paragraphs');
  // before the fixes 93.9 and 87.9
  assert.ok(f1(people) >= 97.8 && f1(places) >= 93.5, figures);
});

test('a club named for its town is one organization, even opening the sentence; "City" and "County" stay places', () => {
  const r = findEntities('Harrowgate United sacked its manager on Sunday after a defeat by Dunmore Rovers.');
  assert.deepEqual(texts(r.organizations), ['Harrowgate United', 'Dunmore Rovers']);
  assert.deepEqual(texts(r.places), []);
  // near misses: a place ending in a club word shared with places, and a Title Case run going on after "United"
  const places = findEntities('Flooding closed roads across Kansas City on Monday.');
  assert.deepEqual(texts(places.places), ['Kansas City']);
  const trust = findEntities('The Harrowgate United Supporters Trust met on Monday.');
  assert.ok(!texts(trust.organizations).includes('Harrowgate United'));
});

test('a union local with its number is one organization, not a person "Union Local"', () => {
  const r = findEntities('Amalgamated Transit Union Local 1140, which represents 2,000 drivers, opposed the cuts.');
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.organizations), ['Amalgamated Transit Union Local 1140']);
  assert.deepEqual(texts(findEntities('SEIU Local 32BJ said the strike would go ahead.').organizations), [
    'SEIU Local 32BJ',
  ]);
  // near miss: "Local" with no branch number is an adjective
  assert.deepEqual(texts(findEntities('Local officials said 20 homes were lost.').organizations), []);
});

test("a company's legal form closes one name over the capitalized words before it, a hyphened modifier left out", () => {
  const r = findEntities('Kenyan solar operator Savanna Grid Ltd said on Thursday it had raised $45 million.');
  assert.deepEqual(texts(r.organizations), ['Savanna Grid Ltd']);
  assert.deepEqual(texts(r.people), []);
  const based = findEntities('CHENNAI: Coimbatore-based Sundaram Textiles Ltd on Monday announced a new plant.');
  assert.ok(texts(based.organizations).includes('Sundaram Textiles Ltd'));
  // near miss: a form after a comma leaves the name before it as it was
  assert.ok(!texts(findEntities('Harlow Brick, Inc. said profits rose.').organizations).some((o) => o.includes(',')));
});

test('a company named again without its legal form is that company, not a person or a place', () => {
  const text = [
    "Ghana's Volta Harvest raises $30 mln for cold storage",
    'ACCRA, Nov 4 (Harbour Wire) - Ghanaian agritech firm Volta Harvest Ltd said on Wednesday it had raised $30 million.',
    'The money will reach 12,000 farmers, Volta Harvest said in a statement.',
  ].join('\n\n');
  const r = analyze(text);
  assert.deepEqual(texts(r.people), []);
  assert.ok(!texts(r.places).includes('Volta Harvest'));
  const speakers = r.speakers.map((s) => `${s.name} (${s.type})`);
  assert.deepEqual(speakers, ['Volta Harvest Ltd (organization)']);
  // near miss: a title keeps the person ("Ms. Harvest" is nobody's company)
  const titled = analyze('Volta Harvest Ltd opened a store. "We are proud," said Ms. Volta Harvest, its founder.');
  assert.ok(texts(titled.people).includes('Volta Harvest'));
});

test("one word the tagger reads as a person inside a body's capitalized name does not cut the name", () => {
  const text = readFileSync('test/fixtures/probes/blind-2026-12/wire-ke-minigrid.txt', 'utf8');
  const orgs = texts(findEntities(text).organizations);
  assert.ok(orgs.includes('Rural Power Access Authority'));
  assert.ok(!orgs.includes('Access Authority'));
});

test('a ministry named for a list of portfolios is one body; a list of places or people after it is not', () => {
  const r = findEntities(
    'The Federal Ministry of Industry, Trade and Investment said on Monday that prices would fall.',
  );
  assert.deepEqual(texts(r.organizations), ['Federal Ministry of Industry, Trade and Investment']);
  const strategy = findEntities('The Department for Business, Energy and Industrial Strategy said it would respond.');
  assert.deepEqual(texts(strategy.organizations), ['Department for Business, Energy and Industrial Strategy']);
  // near misses: the items are places, or people
  const places = findEntities('The Ministry of Health, Italy and France agreed on a plan.');
  assert.deepEqual(texts(places.places), ['Italy', 'France']);
  const people = findEntities('The Department of Labor, Smith and Jones said the data was wrong.');
  assert.ok(!texts(people.organizations).some((o) => o.includes('Smith')));
});

// Place data quality: organization names are not places, namesakes are chosen by significance and context, and
// major cities are known under their English names. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findEntities } from '../../src/core/entities';
import { lookupPlace } from '../../src/core/entities/gazetteer';
import type { Place } from '../../src/core/types';

const texts = (spans: Array<{ text: string }>) => spans.map((s) => s.text);
const where = (places: Place[]) => places.map((p) => [p.text, p.kind ?? null, p.country ?? null]);

test('a union, council or bank is an organization, not a place', () => {
  const text =
    "Ines Moreau, who leads the Ferry Crews' Union, said the Union would not back down. The Council met at noon.";
  const r = findEntities(text);
  assert.deepEqual(where(r.places), []);
  assert.ok(
    r.organizations.some((o) => o.text === "Ferry Crews' Union"),
    JSON.stringify(r.organizations),
  );
  assert.ok(!r.people.some((p) => /Union|Council/.test(p.text)));
  const union = findEntities('A spokesman for the Ferry Crews Union of Portugal declined to comment.');
  assert.deepEqual(texts(union.organizations), ['Ferry Crews Union of Portugal']);
  assert.deepEqual(where(union.places), []);
  const banks = findEntities('The Bank of Japan kept rates on hold while traders in the West Bank waited.');
  assert.ok(banks.organizations.some((o) => o.text === 'Bank of Japan'));
  assert.deepEqual(where(banks.places), [['West Bank', 'region', null]]);
});

test('a one-word place that is also an organization word stays a place where the sentence says so', () => {
  const r = findEntities('The plant in Union, New Jersey, will close next year.');
  assert.deepEqual(where(r.places), [
    ['Union', 'city', 'United States'],
    ['New Jersey', 'region', 'United States'],
  ]);
});

test('namesakes: the most significant place by default', () => {
  const r = findEntities('Diplomats arrived in St. Petersburg and Paris before flying on to Birmingham and Sydney.');
  assert.deepEqual(where(r.places), [
    ['St. Petersburg', 'city', 'Russia'],
    ['Paris', 'city', 'France'],
    ['Birmingham', 'city', 'United Kingdom'],
    ['Sydney', 'city', 'Australia'],
  ]);
  assert.equal(lookupPlace('Saint Petersburg')?.country, 'Russia');
  assert.equal(lookupPlace('St Petersburg')?.country, 'Russia');
});

test('namesakes: a qualifier or a region nearby chooses another one', () => {
  assert.deepEqual(where(findEntities('The mayor of St. Petersburg, Florida, said the storm had passed.').places), [
    ['St. Petersburg', 'city', 'United States'],
    ['Florida', 'region', 'United States'],
  ]);
  assert.deepEqual(where(findEntities('She grew up in London, Ontario, and studied in Atlanta, Georgia.').places), [
    ['London', 'city', 'Canada'],
    ['Ontario', 'region', 'Canada'],
    ['Atlanta', 'city', 'United States'],
    ['Georgia', 'region', 'United States'],
  ]);
  assert.deepEqual(
    where(findEntities('Flooding in St. Petersburg was the worst on the Florida coast this year.').places),
    [
      ['St. Petersburg', 'city', 'United States'],
      ['Florida', 'region', 'United States'],
    ],
  );
  // a country named in passing is no evidence
  assert.deepEqual(where(findEntities('Envoys from the United States met their hosts in St. Petersburg.').places), [
    ['United States', 'country', 'United States'],
    ['St. Petersburg', 'city', 'Russia'],
  ]);
  // the country itself stays a country beside another country
  assert.deepEqual(where(findEntities('Talks between Georgia and Armenia resumed in Tbilisi.').places), [
    ['Georgia', 'country', 'Georgia'],
    ['Armenia', 'country', 'Armenia'],
    ['Tbilisi', 'city', 'Georgia'],
  ]);
});

test('namesakes: once the article settles a name, its other paragraphs follow', () => {
  const text =
    'Rain hit St. Petersburg, Florida, on Monday.\n\nBy Tuesday St. Petersburg was dry again, officials said.\n';
  const places = analyze(text).places;
  assert.deepEqual(where(places), [
    ['St. Petersburg', 'city', 'United States'],
    ['Florida', 'region', 'United States'],
    ['St. Petersburg', 'city', 'United States'],
  ]);
  const russian = analyze('Snow fell in St. Petersburg on Monday.\n\nBy Tuesday St. Petersburg was white.\n').places;
  assert.deepEqual(
    where(russian).map((p) => p[2]),
    ['Russia', 'Russia'],
  );
});

test('major cities under their English names and without diacritics', () => {
  const r = findEntities(
    'Flights from Frankfurt, Cologne, Nuremberg and Zurich to Seville, Gothenburg, Krakow and Kiev were cancelled.',
  );
  assert.deepEqual(where(r.places), [
    ['Frankfurt', 'city', 'Germany'],
    ['Cologne', 'city', 'Germany'],
    ['Nuremberg', 'city', 'Germany'],
    ['Zurich', 'city', 'Switzerland'],
    ['Seville', 'city', 'Spain'],
    ['Gothenburg', 'city', 'Sweden'],
    ['Krakow', 'city', 'Poland'],
    ['Kiev', 'city', 'Ukraine'],
  ]);
  for (const [name, country] of [
    ['Munich', 'Germany'],
    ['Duesseldorf', 'Germany'],
    ['Malmo', 'Sweden'],
    ['Sao Paulo', 'Brazil'],
    ['Bombay', 'India'],
  ]) {
    assert.equal(lookupPlace(name)?.country, country, name);
  }
});

test('a geographic word opening or closing an unknown name makes it a place, not a person', () => {
  const r = findEntities(
    'Growers in the Darrow Valley and around Lake Ostrin said the road up Mount Kessel was shut, and ferries at Port Tamsin waited.',
  );
  assert.deepEqual(where(r.places), [
    ['Darrow Valley', 'region', null],
    ['Lake Ostrin', 'lake', null],
    ['Mount Kessel', 'mountain', null],
    ['Port Tamsin', 'city', null],
  ]);
  assert.deepEqual(texts(r.people), []);
  // an organization word after the name keeps it an organization
  const org = findEntities('Nurses at Mount Kessel Hospital and officials of the Port Tamsin Authority met.');
  assert.deepEqual(where(org.places), []);
});

test('a dateline opening a line in capitals names a place, whatever the outlet', () => {
  const r = findEntities('BRELL HARBOUR, June 3 (Coastline Wire) — Fishing crews stayed ashore on Tuesday.');
  assert.deepEqual(
    r.places.map((p) => [p.text, p.name]),
    [['BRELL HARBOUR', 'Brell Harbour']],
  );
  // not an ordinary sentence with a parenthesis before a dash
  const prose = findEntities('Several crews (Marlow included) — though not all — stayed ashore.');
  assert.deepEqual(where(prose.places), []);
});

test('a first name and a surname that speak are a person, even when the first name is a country', () => {
  const r = findEntities('"We waited all night," said Jordan Pell, a ferry captain. Tourists still flock to Jordan.');
  assert.deepEqual(texts(r.people), ['Jordan Pell']);
  assert.deepEqual(where(r.places), [['Jordan', 'country', 'Jordan']]);
});

test('an outlet named after its town is an organization; a city that names its region is the city', () => {
  const r = findEntities('KESTON, May 9 (Keston Courier) — Talks resumed in Geneva and Salzburg.');
  assert.ok(
    r.organizations.some((o) => o.text === 'Keston Courier'),
    JSON.stringify(r.organizations),
  );
  assert.deepEqual(where(r.places), [
    ['KESTON', 'city', null],
    ['Geneva', 'city', 'Switzerland'],
    ['Salzburg', 'city', 'Austria'],
  ]);
});

test('a street is a place, never a person named "Street"; a surname like Lane after a first name stays a person', () => {
  const r = findEntities(
    'Marco Bellini, who runs a bakery on Quay Street, said the rent had doubled. ' +
      'Crowds filled Mill Road and Martin Luther King Boulevard. "It is fine," said Nathan Lane.',
  );
  assert.deepEqual(texts(r.places), ['Quay Street', 'Mill Road', 'Martin Luther King Boulevard']);
  assert.deepEqual(texts(r.people), ['Marco Bellini', 'Nathan Lane']);
  const title = findEntities('Editors at the Wall Street Journal declined to comment.');
  assert.deepEqual(texts(title.places), []);
});

test('a dateline in capitals keeps an abbreviation\'s capitals in the place\'s name: "N.S.", not "N.s."', () => {
  const names = analyze('HALIFAX, N.S. — The ferry will stop running in May.\n').places.map((p) => p.name);
  assert.ok(names.includes('N.S.'), JSON.stringify(names));
  assert.ok(!names.some((n) => /N\.s\./.test(n)), JSON.stringify(names));
});

test('a street named after a country is one place, the street, not the country inside it too', () => {
  const r = findEntities('The bakery on Japan Street reopened.');
  assert.deepEqual(
    r.places.map((p) => p.text),
    ['Japan Street'],
  );
  assert.deepEqual(
    findEntities("                    Japan Street '90s              ").places.map((p) => p.text),
    ['Japan Street'],
  );
});

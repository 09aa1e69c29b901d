// Names that look like people's but name things, in 2019-21 wire news (Reuters, AP): brands and assets after "its",
// laws, prizes and cups, companies listed before their shares, brands before their owner, one-word firms ", which",
// names ending in an ocean, firms of names joined by "&", teams named in the plural, industries in -ing and "Kaisha",
// ships and rockets; sentences written for these tests. The tenth modern fixture (modern-entities-10.json) was written
// as a probe with them; its held-out part (modern-entities-10-heldout.json) was written and committed before any run
// and not looked at while tuning: its test reports figures only, never its errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities';
import type { Span } from '../../src/core/types';
import { f1, scoreEntityFixture } from './entityFixtureScore';

const texts = (spans: Span[]) => spans.map((s) => s.text);
const people = (text: string) => texts(findEntities(text).people);

test('no one is owned by "its": a name right after it is a brand, a product or an asset', () => {
  assert.deepEqual(
    people(
      'East Lake Breweries said sales of its Tusker lager fell, and Norsk Olje said its Johan Sverdrup oilfield pumped more.',
    ),
    [],
  );
  // near miss: a person the company has comes after a noun
  assert.deepEqual(people('Its chairman Ana Ruiz said so.'), ['Ana Ruiz']);
});

test('a name closed by "Act", "Prize" or "Cup" names a law, a prize or a cup', () => {
  assert.deepEqual(people('The Magnitsky Act sanctions remain, and she won the Dylan Thomas Prize.'), []);
  // near miss: "Law" closes people's names too
  assert.deepEqual(people('Denis Law scored twice.'), ['Denis Law']);
});

test('every name listed before "shares" and a price move is a company', () => {
  assert.deepEqual(people("Kelani Mills and Odora shares fell, while Sainsbury's and Tesco shares rose."), []);
  // near miss: a person before a verb "shares"
  assert.deepEqual(people('Ana Ruiz shares a flat in Lisbon.'), ['Ana Ruiz']);
});

test('a name before "owner" and another name is a brand or a company the other owns', () => {
  assert.deepEqual(people('Aer Lingus owner IAG said talks had failed.'), []);
  // near miss: a lower-case noun before "owner"
  assert.deepEqual(people('Restaurant owner Ana Ruiz said so.'), ['Ana Ruiz']);
});

test('a one-word name that ", which" takes up is a thing', () => {
  assert.deepEqual(people('Femsa, which runs the Oxxo chain, rose.'), []);
  // near miss: a surname of the text's person stays the person, whatever "which" refers to
  assert.deepEqual(people('Ada Okafor won. The prize went to Okafor, which surprised no one.'), [
    'Ada Okafor',
    'Okafor',
  ]);
});

test("a name ending in an ocean's name is a company's", () => {
  const r = findEntities('Cathay Pacific cut 5,300 jobs and flew fewer planes over the Pacific.');
  assert.deepEqual(texts(r.people), []);
  // near miss: the ocean alone stays a place
  assert.deepEqual(texts(r.places), ['Pacific']);
});

test('single names listed before a firm of names joined by "&" are part of that firm', () => {
  assert.deepEqual(people('The fund was sold to Clayton, Dubilier & Rice on Friday.'), []);
  // near miss: a person and a comma before a description
  assert.deepEqual(people('Ana Ruiz, a lawyer at Ropes & Gray, said so.'), ['Ana Ruiz']);
});

test('teams named in the plural in a result, and the same shape elsewhere in the block', () => {
  assert.deepEqual(people('Kaizer Chiefs beat Orlando Pirates 2-1, and face Mamelodi Sundowns next.'), []);
  // near miss: players, whose surnames end in "s" or follow a known given name
  assert.deepEqual(people('Stefanos Tsitsipas beat Nick Kyrgios 6-4 6-3.'), ['Stefanos Tsitsipas', 'Nick Kyrgios']);
});

test('organization words of Japan and of industry: "Manufacturing", "Engineering", "Kaisha"', () => {
  assert.deepEqual(people('Murata Manufacturing and Shoei Kisen Kaisha reported profits.'), []);
  assert.deepEqual(people('The ship was held until its owner, Shoei Kisen Kaisha, paid.'), []);
});

test('ships and rockets named for people, a unit of a company, a firm written with its "\'s"', () => {
  assert.deepEqual(people('The Charles de Gaulle aircraft carrier sailed.'), []);
  assert.deepEqual(people('Naspers and its Amsterdam-listed unit Prosus said they would sell.'), []);
  assert.deepEqual(people("Byju's bought WhiteHat Jr."), []);
  assert.deepEqual(people('The Roshan Digital Account scheme drew $1 billion.'), []);
});

test('a name whose last word is shaped like a brand is a company', () => {
  assert.deepEqual(people('Rival Ather Energy, backed by Hero MotoCorp, plans a plant.'), []);
  // near miss: a given name may be so written
  assert.deepEqual(people('MaliVai Washington served well.'), ['MaliVai Washington']);
  assert.deepEqual(people('Catriona NicIomhair said the ferry was late.'), ['Catriona NicIomhair']);
});

test('a one-word bank written as a compound is a bank', () => {
  assert.deepEqual(people('Chairman Nguyen Dang Quang said Techcombank would help finance them.'), [
    'Nguyen Dang Quang',
  ]);
  // near miss: a surname so ending, named in full in the text
  assert.deepEqual(people('Chris Eubank won the fight. Eubank said so.'), ['Chris Eubank', 'Eubank']);
});

test('a name opening its sentence with a plural verb is a team or a company', () => {
  assert.deepEqual(people('ACCRA (Reuters) - Asante Kotoko were fined after the match.'), []);
  // near miss: two people joined by "and" take the plural
  assert.deepEqual(people('Lock Ian Jones and wing Jeff Wilson have been named.'), ['Ian Jones', 'Jeff Wilson']);
});

test('a name owned or controlled by another is a company', () => {
  assert.deepEqual(people('Grameenphone, partly owned by Telenor, said it grew.'), []);
  // near miss: a person is backed
  assert.deepEqual(people('Ana Ruiz, backed by the Socialists, won.'), ['Ana Ruiz']);
});

test('a side of a result facing an organization is a team; players facing players stay people', () => {
  assert.deepEqual(people('Gor Mahia beat AFC Leopards 1-0 on Sunday.'), []);
  assert.deepEqual(people('Rafael Nadal beat Dominic Thiem 6-4 on Sunday.'), ['Rafael Nadal', 'Dominic Thiem']);
});

test('"its" before two names joined by "and" and a noun owns both', () => {
  assert.deepEqual(people('The firm said its Smashburger and Tim Ho Wan units would expand.'), []);
});

test('a name that says something about "its" own after "on Friday" is a company', () => {
  assert.deepEqual(people('Zydus Cadila said on Friday its vaccine was approved for children.'), []);
  // near miss: a person saying "it"
  assert.deepEqual(people('Ana Ruiz said on Friday it was time to go.'), ['Ana Ruiz']);
});

test('companies of Japan, Korea, Africa, India and Latin America read like names are companies', () => {
  assert.deepEqual(people('Kioxia said chip prices would rise, and Jumia said orders doubled.'), []);
  // near miss: the company's chief stays a person, and so does a founder whose family names a company (such
  // companies are left out of the list: "Gautam Adani" would end in one)
  assert.deepEqual(people("Chief executive Claudio Descalzi said Eni would grow, and Gautam Adani's group agreed."), [
    'Claudio Descalzi',
    'Gautam Adani',
  ]);
});

test('buildings, instruments and institutions named for people are no people; "Bros" closes a company', () => {
  assert.deepEqual(people('The Sheikh Zayed Grand Mosque reopened, and the James Webb Space Telescope launched.'), []);
  const r = findEntities('The Brookings Institution said Warner Bros would stream the film.');
  assert.deepEqual(texts(r.people), []);
  // the institution stays an organization, which may speak
  assert.ok(texts(r.organizations).includes('Brookings Institution'));
});

test('what floods lash is a place, not a person', () => {
  const r = findEntities('Typhoon Vamco flooded Marikina, and heavy rain lashed Kilifi on Monday.');
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.places), ['Marikina', 'Kilifi']);
  // near miss: a known given name after the verb
  assert.deepEqual(people('Fans flooded Maria with messages.'), ['Maria']);
});

test('modern news, tenth set: 2019-21 wire news rich in names that are not people', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-10.json');
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // floors at the figures reached by the fixes it led to; first run of its first 51 paragraphs, before them: people
  // 84.4, places 92.8 (the whole set, its last 32 paragraphs added after the first fixes: 90.3, 93.5)
  assert.ok(f1(people) >= 94.5, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 94.2, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

test('modern news, tenth set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-10-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // first run, before any fix: people 93.0, places 94.4; after tuning on the tenth set (figures only): 94.2, 94.4
  assert.ok(f1(people) >= 94.1 && f1(places) >= 94.3, figures);
});

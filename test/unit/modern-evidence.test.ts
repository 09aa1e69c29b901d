// One-word people of modern news no list knows, found by what only a person does or is (rules/personObjects.ts,
// PERSONAL_VERBS and person nouns in rules/people.ts), and places of modern news shaped like people or left out of
// the gazetteer (GEO_PREFIX, rules/placeLists.ts); sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities, harmonizeEntities } from '../../src/core/entities';
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

test('Arabic place names opening with Deir, Beit, Khan are places; a town listed with places is one', () => {
  const r = findEntities('Israeli strikes hit Jabalia, Deir al-Balah and Beit Lahiya, and tanks reached Khan Younis.');
  assert.deepEqual(texts(r.people), []);
  assert.deepEqual(texts(r.places), ['Jabalia', 'Deir al-Balah', 'Beit Lahiya', 'Khan Younis']);
  const s = findEntities('Fighting flared in Nagorno-Karabakh and Stepanakert. Imran Khan said he would appeal.');
  assert.deepEqual(texts(s.places), ['Nagorno-Karabakh', 'Stepanakert']);
  assert.deepEqual(texts(s.people), ['Imran Khan']);
});

test('an administration, an office taken and a headline verb in the present make one-word people', () => {
  const r = findEntities('The Biden administration sent aid to Ukraine.');
  assert.deepEqual(texts(r.people), ['Biden']);
  assert.deepEqual(texts(r.places), ['Ukraine']);
  assert.deepEqual(texts(findEntities('Macron names Barnier as French prime minister').people), ['Barnier']);
  assert.deepEqual(texts(findEntities('Trump vows tariffs on Mexico and Canada').people), ['Trump']);
  assert.deepEqual(texts(findEntities('Gen Z voters in Nairobi turned out.').places), ['Nairobi']);
});

test('a headline in capitals names the article people by their surnames: "ZELENSKIY URGES ALLIES"', () => {
  const head = 'ZELENSKIY URGES ALLIES TO SEND AIR DEFENCES';
  const body = 'KYIV (Reuters) - Ukrainian President Volodymyr Zelenskiy urged allies on Tuesday to send more systems.';
  const text = `${head}\n\n${body}`;
  assert.deepEqual(texts(findEntities(text).people), ['ZELENSKIY', 'Volodymyr Zelenskiy']);
  // paragraph by paragraph, as the editor tags, then made consistent
  const r = findEntities(body);
  const at = head.length + 2;
  const shifted = {
    people: r.people.map((s) => ({ ...s, start: s.start + at, end: s.end + at })),
    places: r.places.map((s) => ({ ...s, start: s.start + at, end: s.end + at })),
    organizations: [],
  };
  assert.deepEqual(texts(harmonizeEntities(text, shifted).people), ['ZELENSKIY', 'Volodymyr Zelenskiy']);
  // a country stays one beside a person of its name
  const jordan = 'JORDAN OPENS BORDER\n\nMichael Jordan said on Monday he would visit.';
  assert.deepEqual(texts(findEntities(jordan).people), ['Michael Jordan']);
});

test('name words after an honorific are a person, whatever verb follows: "Ms. Ardern, 42, told reporters"', () => {
  assert.deepEqual(texts(findEntities('Ms. Ardern, 42, told reporters in Wellington she was tired.').people), [
    'Ardern',
  ]);
  assert.deepEqual(texts(findEntities('Mr. Okonjo told reporters he would stay.').people), ['Okonjo']);
});

test("a country's pair of unknown words acting as a person is one; a newspaper reporting is not", () => {
  const r = findEntities("Poland's Andrzej Duda and Lithuania's Gitanas Nauseda joined the talks in Warsaw.");
  assert.deepEqual(texts(r.people), ['Andrzej Duda', 'Gitanas Nauseda']);
  const paper = findEntities("A report in Israel's Yedioth Ahronoth newspaper said the talks had failed.");
  assert.deepEqual(texts(paper.people), []);
  assert.deepEqual(texts(findEntities('Protesters marched in Surrey and Burnaby.').places), ['Surrey', 'Burnaby']);
});

// People named after an office and its domain, or after a title with a middle initial; names no person has ("Our …", "Chez …").
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities/index';
import { analyze } from '../../src/core/index';

const people = (text: string): string[] => findEntities(text).people.map((p) => p.text);

test('an office with what it is over, then the holder: the holder is the person', () => {
  assert.deepEqual(people('She met Secretary of Homeland Security Ines Carvalho on Monday.'), ['Ines Carvalho']);
  assert.deepEqual(people('He met Director of National Intelligence Tomas Wexler in Ohio.'), ['Tomas Wexler']);
  assert.deepEqual(people('A note from Undersecretary for Political Affairs Wendy Sherwin came.'), ['Wendy Sherwin']);
  assert.deepEqual(people('He met Deputy Secretary of Defense Robert O. Whitlock on Monday.'), ['Robert O. Whitlock']);
  assert.deepEqual(people('Secretary of Health and Human Services Dana Pruitt said so.'), ['Dana Pruitt']);
  assert.deepEqual(people('Secretary for Transport and Logistics Lam Sai-hing said so.'), ['Lam Sai-hing']);
  assert.deepEqual(people('Speaker of the House Ana Ruiz and Minister for Foreign Affairs Ike Hale met.'), [
    'Ana Ruiz',
    'Ike Hale',
  ]);
  // a body named after its domain is no person
  assert.deepEqual(people('The Secretary of State said the Department of Justice Inspector General would look.'), []);
});

test('a middle initial after a title keeps the whole name', () => {
  assert.deepEqual(people('He wrote to Treasury Secretary Jacob J. Lowell on Monday.'), ['Jacob J. Lowell']);
  const text = 'The staff association wrote to Treasury Secretary Jacob J. Lowell. "We have accepted deals," it said.';
  assert.notEqual(analyze(text).quotes[0]?.speaker, 'Treasury Secretary Jacob');
});

test('an initial read as a compass point after a titled given name is the middle initial', () => {
  assert.deepEqual(people('Judge Ann W. Mosk heard the case on Friday.'), ['Ann W. Mosk']);
  assert.deepEqual(people('Governor Michael W. Hallam signed the bill.'), ['Michael W. Hallam']);
  // a place opened by an initial that the gazetteer knows stays a place
  assert.deepEqual(
    findEntities('President Moon visited S. Korea on Monday.').places.map((p) => p.text),
    ['S. Korea'],
  );
});

test('a restaurant "chez" someone is no person', () => {
  assert.deepEqual(people('Making her way around Chez Marcotte, Ana Whitlock thanked a diner.'), ['Ana Whitlock']);
});

test('a name opened by a possessive is a group, and "he" later is not it', () => {
  const text = [
    'Tom Whitlock launched a new group, Our Future, on Wednesday. Our Future will back candidates. He plans to back 100.',
    '',
    '"We keep the movement alive," he told me.',
    '',
  ].join('\n');
  assert.deepEqual(people(text), ['Tom Whitlock']);
  assert.equal(analyze(text).quotes.find((q) => q.text.startsWith('"We keep'))?.speaker, 'Tom Whitlock');
});

test('an abbreviated title before a name makes it a person at the start of a sentence too', () => {
  assert.deepEqual(people('Sen. Eleanor Whitcombe (D-Mass.) said the bank should be broken up.'), [
    'Eleanor Whitcombe',
  ]);
  assert.deepEqual(people('Sen. Elizabeth Warrington said the bank should be broken up.'), ['Elizabeth Warrington']);
  assert.deepEqual(people('Gov. Ike Hale, R-Ohio, said so.'), ['Ike Hale']);
});

test('an unknown name right after a title is its holder, but not a body or a headline', () => {
  assert.deepEqual(people('The bank moved, as policymakers led by Governor Pan Gongsheng sought a recovery.'), [
    'Pan Gongsheng',
  ]);
  assert.deepEqual(people('He spoke with the chairman of the National Election Commission, who declined.'), []);
  // a fund manager's firm is no person
  assert.deepEqual(people('said Zhang Wei, chief economist at Pinpoint Asset Management in Hong Kong.'), ['Zhang Wei']);
});

test('a department named by nouns joined with "and" and a country is one organization, and speaks as one', () => {
  const text = 'Fisheries and Oceans Canada says prices are set by the market. Health and Welfare Canada said so too.';
  assert.deepEqual(
    findEntities(text).organizations.map((o) => o.text),
    ['Fisheries and Oceans Canada', 'Health and Welfare Canada'],
  );
  assert.deepEqual(people(text), []);
  assert.equal(analyze(text).quotes[0]?.speaker, 'Fisheries and Oceans Canada');
  // "My" inside a Vietnamese name is the name's
  assert.deepEqual(people('Police arrested property tycoon Truong My Hoa on Monday.'), ['Truong My Hoa']);
});

test('a university campus after its system is the university’s, and the researcher before it speaks', () => {
  const text =
    'Dr. Rachel Whitmore, a dementia researcher at the University of California, Davis, who was not involved in the study, said it was impressive.';
  assert.deepEqual(people(text), ['Rachel Whitmore']);
  assert.deepEqual(
    findEntities(text).organizations.map((o) => o.text),
    ['University of California, Davis'],
  );
  assert.equal(analyze(text).quotes[0]?.speaker, 'Rachel Whitmore');
});

test('Meta is the company, not the Colombian department', () => {
  const r = findEntities("Meta's Mark Zuckerberg unveiled new glasses on Wednesday.");
  assert.deepEqual(r.places, []);
  assert.deepEqual(
    r.organizations.map((o) => o.text),
    ['Meta'],
  );
});

test('a name found after a title holds no place of its own', () => {
  const found = analyze('Governor Piers W. Hallam signed the bill. Mayor London Reed spoke in London.');
  assert.deepEqual(
    found.people.map((p) => p.text),
    ['Piers W. Hallam', 'London Reed'],
  );
  assert.deepEqual(
    found.places.map((p) => p.text),
    ['London'],
  );
});

// Rule "jurisdiction before a title" (places.ts), for one word read as a person: a known place that is no first name
// or surname, before an office noun, is the office's jurisdiction.
const analyzedPeople = (text: string): string[] => analyze(text).people.map((p) => p.text);

test('"In the House, Toronto MP Marcus Delaney": the city before the title is a place, and "he" is the MP', () => {
  assert.deepEqual(analyzedPeople('In the House, Toronto MP Marcus Delaney took a different view.'), [
    'Marcus Delaney',
  ]);
  const text = [
    'His seatmate in the House, Toronto MP Marcus Delaney, took a different view.',
    '',
    '"I will read the motion first," he said.',
  ].join('\n');
  assert.equal(analyze(text).quotes[0]?.speaker, 'Marcus Delaney');
  // a first name before the title stays a person's
  assert.deepEqual(analyzedPeople('In the House, Jordan MP Marcus Delaney took a view.'), ['Marcus Delaney']);
});

// Rule "portfolio list not a person" (places.ts): a list of portfolios before a title names no one.
test('"Mental Health and Addictions Minister Judith Fleming": the portfolio is no person, the minister speaks', () => {
  const text = '"It saved lives," said Mental Health and Addictions Minister Judith Fleming.';
  assert.deepEqual(analyzedPeople(text), ['Judith Fleming']);
  assert.equal(analyze(text).quotes[0]?.speaker, 'Judith Fleming');
  // a person before "and" and a titled colleague stays a person
  assert.deepEqual(analyzedPeople('Prime Minister Ruth Akande and Foreign Minister Kay Lee met.'), [
    'Ruth Akande',
    'Kay Lee',
  ]);
});

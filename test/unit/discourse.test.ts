// One sense per discourse across paragraphs, and names inside a quote in another language. Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { placesNotPeople } from '../../src/core/entities/discourse';

const texts = (spans: { text: string }[]): string[] => spans.map((s) => s.text);

test('a bare word that is a place in one paragraph is that place in another, not a person', () => {
  const a = analyze(
    [
      'The bus to Kelmore now takes an hour, said Rosa Imbert, who drives it.',
      '',
      '"Nobody from the council has been to Kelmore since the depot closed," she said.',
      '',
      'He has not been inside Kelmore since the ribbon was cut.',
    ].join('\n'),
  );
  assert.ok(!texts(a.people).includes('Kelmore'), `people: ${texts(a.people).join(', ')}`);
  assert.ok(texts(a.places).filter((t) => t === 'Kelmore').length >= 2, `places: ${texts(a.places).join(', ')}`);
});

test('a person named in full keeps a bare surname even where a paragraph reads it as a place', () => {
  const a = analyze(
    ['Councillor Tessa Marrow opened the meeting.', '', 'Marrow said the vote would wait until June.'].join('\n'),
  );
  assert.ok(texts(a.people).includes('Marrow'));
  assert.ok(!texts(a.places).includes('Marrow'));
});

test('the short name of an organization named earlier is not a place', () => {
  const a = analyze(
    [
      'DUNMORE, May 4 (Dunmore Courier) — The harbour master resigned on Friday.',
      '',
      'She told the Courier that the dredging contract had been signed without her.',
    ].join('\n'),
  );
  assert.ok(!texts(a.places).includes('Courier'), `places: ${texts(a.places).join(', ')}`);
});

test('capitalised nouns in a quote in another language are neither people nor unknown places; known places stay', () => {
  const a = analyze(
    '„Ohne klare Regeln bleibt die Grenze zu Berlin für unsere Nachbarn ein tägliches Ärgernis, und niemand weiß warum“, said Anke Vossberg, a negotiator.',
  );
  assert.deepEqual(texts(a.places), ['Berlin']);
  assert.deepEqual(texts(a.people), ['Anke Vossberg']);
});

test('a name of several words the article also places is that place, where it reads as no one’s full name', () => {
  const a = analyze(
    [
      'What can you do so that Orlando or Bexley Heath never happens again?',
      '',
      'In that sense, Bexley Heath was not just a local tragedy, said Rosa Imbert, a nurse.',
      '',
      'The gunman entered Bexley Heath at nine.',
    ].join('\n'),
  );
  assert.ok(!texts(a.people).includes('Bexley Heath'), `people: ${texts(a.people).join(', ')}`);
  assert.ok(texts(a.places).includes('Bexley Heath'), `places: ${texts(a.places).join(', ')}`);
});

test('near miss: a full name placed once by a slip stays a person where someone shares the family name', () => {
  const span = (text: string, start: number) => ({ start, end: start + text.length, text });
  const m = {
    people: [span('Dario Vunk', 0), span('Mirela Vunk', 40), span('Mirela Vunk', 120)],
    places: [{ ...span('Mirela Vunk', 80), name: 'Mirela Vunk' }],
    organizations: [],
  };
  const out = placesNotPeople(
    m,
    () => false,
    () => false,
  );
  assert.deepEqual(texts(out.people), ['Dario Vunk', 'Mirela Vunk', 'Mirela Vunk']);
  // without a family name to share, the same slip makes the name the place
  const alone = placesNotPeople(
    { ...m, people: m.people.slice(1) },
    () => false,
    () => false,
  );
  assert.deepEqual(texts(alone.people), []);
});

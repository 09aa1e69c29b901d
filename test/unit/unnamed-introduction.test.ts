// An unnamed person introduced just before a quote ("One parent, who did not give her name, shouted …" ¶ '"…," she
// yelled') is whom the pronoun goes on with, not the last woman named; a relative clause may tell the gender.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { relativeClauseGender } from '../../src/core/speakers/relativeGender';
import { buildDoc } from '../../src/core/text/document';
import { NO_CACHE } from '../../src/core/text/cache';

function speakerOf(text: string, opening: string): string | null {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith(opening));
  assert.ok(q, `no direct quote opening ${opening}`);
  return q.speaker;
}

const MEETING = [
  'Parents filled the library of Dunmore Middle School on Thursday night.',
  '',
  '"We were told the buses would run on time," said Loretta Vance, a mother of two.',
  '',
];

test('"One parent, who did not give her name, shouted …" ¶ "…," she yelled: the unnamed parent', () => {
  const text = [
    ...MEETING,
    'One parent, who did not give her name, shouted from the doorway that nobody had listened.',
    '',
    '"You made up your minds in June," she yelled.',
  ].join('\n');
  assert.equal(speakerOf(text, '"You made up'), 'one parent');
});

test('a woman described without a name before the quote: "A woman near the stage stood up." ¶ "…," she said', () => {
  const text = [
    ...MEETING,
    'A woman near the stage stood up and waved a folder.',
    '',
    '"I have the receipts," she said.',
  ];
  assert.equal(speakerOf(text.join('\n'), '"I have the receipts'), 'a woman');
});

test('near miss: a description a name follows is that named person ("A neighbor, Ada Roe, …")', () => {
  const text = [
    ...MEETING,
    'A neighbor, Ada Roe, waved a folder at the board.',
    '',
    '"I have the receipts," she said.',
  ].join('\n');
  assert.notEqual(speakerOf(text, '"I have the receipts'), 'A neighbor');
});

test('near miss: a man described before the quote does not take "she"', () => {
  const text = [...MEETING, 'One father, who gave his name only as Dev, stood up.', '', '"Nobody asked us," she said.'];
  assert.equal(speakerOf(text.join('\n'), '"Nobody asked us'), 'Loretta Vance');
});

test('a relative clause tells the gender by "she"/"he" or "her name"/"his name", not by someone else\'s "her"', () => {
  const gender = (text: string): string | undefined => {
    const doc = buildDoc(text, NO_CACHE);
    const after = doc.tokens.findIndex((t) => t.lower === 'customer') + 1;
    return relativeClauseGender(doc.tokens, after);
  };
  assert.equal(gender('One customer, who asked that her name not be used, said it.'), 'female');
  assert.equal(gender('A customer who asked not to be named because he works nearby said it.'), 'male');
  assert.equal(gender('A customer who helped her carry the boxes said it.'), undefined);
  assert.equal(gender('A customer, 62, said it.'), undefined);
});

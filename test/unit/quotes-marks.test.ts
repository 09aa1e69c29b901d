// Double marks that quote no one: an inch sign after a height in feet and inches, the attribute quotes of a markup
// tag. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const direct = (text: string): string[] =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.text);

test('the inch sign of a height ends no quote: “… he’s like 6’2”,” Lee said', () => {
  assert.deepEqual(
    direct('“He keeps calling me short. He’s like 6’2”,” Lee said.\n\nShe went on: “I am 5’9”. So what?”'),
    ['“He keeps calling me short. He’s like 6’2”,”', '“I am 5’9”. So what?”'],
  );
  assert.deepEqual(direct(`"The new center is 6'11"," the coach said.`), [`"The new center is 6'11","`]);
});

test('near miss: a quote that ends on a number still closes there', () => {
  assert.deepEqual(direct('“We won 42 to 7,” the coach said.\n\nThe captain added: “We scored 3”'), [
    '“We won 42 to 7,”',
    '“We scored 3”',
  ]);
});

test('the attribute quotes of a markup tag are no quotation marks; the words after the tag still may be', () => {
  const text =
    'Lee answered online. <post author="@danalee" date="May 2, 2024">Thanks to every volunteer!</post> "We did it," Lee said.';
  assert.deepEqual(direct(text), ['"We did it,"']);
  // near miss: "<" with no tag name is no markup ('a margin of < 2 "points"' keeps its marks)
  assert.deepEqual(direct('The margin is < 2 points. "We will win it back," Lee said.'), ['"We will win it back,"']);
});

test('a markup tag broken over lines keeps its attribute quotes out of the quotes', () => {
  const text =
    'The council met on Monday. <img src="bridge.png" alt="The mayor at the\nmeeting">\n\nMayor Ann Roy said: "We will rebuild the bridge."';
  assert.deepEqual(direct(text), ['"We will rebuild the bridge."']);
  // near miss: a quote broken over lines right after a one-line tag is still a quote
  const after = '<p class="lead">"We will\nrebuild the bridge," said Mayor Ann Roy.</p>';
  assert.deepEqual(direct(after), ['"We will\nrebuild the bridge,"']);
});

test("a markup tag's attribute reports no speech; the sentence after the tag still may", () => {
  const text =
    'Read <a class="link"\n   title="the mayor said it was fine" href="/x">the report</a>. Officials said the bridge was safe.';
  const reported = analyze(text).quotes.filter((q) => q.kind === 'indirect');
  assert.deepEqual(
    reported.map((q) => q.text),
    ['the bridge was safe'],
  );
});

test('single guillemets quote on their own, and inside «…» they stay part of the outer quote', () => {
  assert.deepEqual(direct('‹We will not sign this treaty›, Anna Keller said on Monday.'), [
    '‹We will not sign this treaty›',
  ]);
  assert.deepEqual(direct('Keller was blunt. «The minister told me ‹never›, and then he left», Anna Keller said.'), [
    '«The minister told me ‹never›, and then he left»',
  ]);
  // near miss: a lone arrow-like mark in a menu line pairs with nothing
  assert.deepEqual(direct('Back to news › Politics. Keller left early on Monday.'), []);
});

// Two people with one surname, or one person with two names: who a bare surname or an alias means, and how sure.
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const quoteOf = (text: string, start: string) => analyze(text).quotes.find((q) => q.text.startsWith(start));

test('of namesakes none has spoken, the one introduced as the other one’s kin is not the bare surname', () => {
  const text = [
    'Hillary Clinton campaigned in Ohio on Monday with her husband, former President Bill Clinton.',
    '',
    '"We are going to win this state," Clinton told the crowd.',
    '',
  ].join('\n');
  const q = quoteOf(text, '"We are going');
  assert.equal(q?.speaker, 'Hillary Clinton');
  // a guess among namesakes is shown as one: below the "sure" band
  assert.ok(q !== undefined && q.confidence < 0.8, `confidence ${q?.confidence}`);
});

test('a namesake introduced as kin but named since as a subject is the one the bare surname means', () => {
  const text = [
    'Nora Halvorsen, the niece of former Governor Peter Halvorsen, won the county primary on Tuesday.',
    '',
    'Peter Halvorsen led the state for two terms in the 1990s.',
    '',
    'Nora Halvorsen, 41, took 52 percent of the vote in a field of five.',
    '',
    '"This is a win for the whole valley," Halvorsen said.',
    '',
    '"We start work tomorrow," she added.',
    '',
  ].join('\n');
  assert.equal(quoteOf(text, '"This is a win')?.speaker, 'Nora Halvorsen');
  assert.equal(quoteOf(text, '"We start work')?.speaker, 'Nora Halvorsen');
  // near miss: named only once, in passing, as the niece: the bare surname is still the governor
  const passing = [
    'Former Governor Peter Halvorsen toured the mill on Monday with his niece, Nora Halvorsen.',
    '',
    '"The valley will come back," Halvorsen said.',
    '',
  ].join('\n');
  assert.equal(quoteOf(passing, '"The valley')?.speaker, 'Peter Halvorsen');
});

test('an honorific that tells namesakes apart keeps the name sure', () => {
  const text = [
    'Hillary Clinton campaigned in Ohio on Monday with her husband, former President Bill Clinton.',
    '',
    '"Thank you, Ohio," Mrs. Clinton said.',
    '',
  ].join('\n');
  const q = quoteOf(text, '"Thank you');
  assert.equal(q?.speaker, 'Hillary Clinton');
  assert.ok(q !== undefined && q.confidence >= 0.9, `confidence ${q?.confidence}`);
});

test('a namesake who has spoken stays the one the surname means', () => {
  const text = [
    'Marisol Ocampo said her grandmother, Lita Ocampo, was sent home from hospital without a call.',
    '',
    '"They did not even phone us," Ocampo said.',
    '',
  ].join('\n');
  assert.equal(quoteOf(text, '"They did not')?.speaker, 'Marisol Ocampo');
  // a lone surname of one person only is as sure as a name
  const single = 'Ana Ruiz said the plan failed. "It is over," Ruiz said.';
  assert.ok((quoteOf(single, '"It is over')?.confidence ?? 0) >= 0.9);
});

test('a name the text says a person is known by is that person', () => {
  const text = [
    'Indonesian President Joko Widodo, known as Jokowi, opened the plant on Monday.',
    '',
    '"This is our future," Jokowi said.',
    '',
    'The striker Edson Arantes, better known as Pelé, scored twice. "I was lucky," Pelé said.',
    '',
  ].join('\n');
  assert.equal(quoteOf(text, '"This is our future')?.speaker, 'Joko Widodo');
  assert.equal(quoteOf(text, '"I was lucky')?.speaker, 'Edson Arantes');
});

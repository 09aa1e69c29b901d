// Two people with one surname: which one a bare surname means, and how sure that is.
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

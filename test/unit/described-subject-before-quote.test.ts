// 'Asked about his goal, the centre-half smiled. "I'll take them."': a quote with no cue after a sentence whose
// subject is a person described with "the" is that person's, as after a named subject. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const PLAYER = 'Harbour captain Declan Fitzroy headed the equaliser in the 81st minute.\n\n';

test('a described subject ("the centre-half smiled.") hands the quote after it to the person it describes', () => {
  const text = `${PLAYER}Asked about the goal, the centre-half smiled. "I will take them any way they come."`;
  assert.equal(analyze(text).quotes[0]?.speaker, 'Declan Fitzroy');
});

test('near miss: a sentence opened by a thing, not a person, hands over nothing', () => {
  const text = `${PLAYER}Asked about the goal, the crowd roared. "I will take them any way they come."`;
  assert.equal(analyze(text).quotes[0]?.speaker, null);
});

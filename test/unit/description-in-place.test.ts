// "A land council in northern Queensland says …", "A tenants' union on the Gold Coast says …": the described body
// speaks, not the place its preposition names. Every sentence here is our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string): string | null => analyze(text).quotes[0]?.speaker ?? null;

test('a description linked to a place by "in" past a place modifier, or by "on", is the subject', () => {
  assert.equal(
    speakerOf('A land council in northern Queensland says it will take the state to court.'),
    'A land council in northern Queensland',
  );
  assert.equal(
    speakerOf('A housing charity on the Gold Coast says rents rose again.'),
    'A housing charity on the Gold Coast',
  );
});

test('near miss: a person named after "on" is no place the description sits in', () => {
  assert.notEqual(speakerOf('A report on Premier Dana Holt says her plan failed.'), 'Dana Holt');
});

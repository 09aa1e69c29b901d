// A family word after a title completes the title ("the Queen Mother"), and an ordinary word that is a whole quote
// ('"Go," she said') names no one: two ways a capitalized word reads as a person's name without being one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { findEntities } from '../../src/core/entities';

test('"the Queen Mother" is one unnamed person described by a title, not a person called "Mother"', () => {
  const a = analyze(
    'The Queen Mother opened the bridge on Friday. "It is a fine day," the Queen Mother said. "Go on," she added.\n',
  );
  assert.deepEqual(
    a.people.map((p) => p.text),
    [],
  );
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(
    direct.map((q) => q.speaker?.toLowerCase()),
    ['the queen mother', 'the queen mother'],
  );
  // near miss: a title before a given name is a person
  assert.deepEqual(
    analyze('Queen Mary opened the bridge. "It is fine," Queen Mary said.\n').people.map((p) => p.text),
    ['Mary', 'Mary'],
  );
});

test('an ordinary word alone in quotes is no person, though the tagger knows it as a surname', () => {
  assert.deepEqual(
    findEntities('The guard waved. "Go," she said, and he went.').people.map((p) => p.text),
    [],
  );
  // near miss: a given name alone in quotes is still a name called out
  assert.deepEqual(
    findEntities('The guard waved. "Bill," she said, and he turned.').people.map((p) => p.text),
    ['Bill'],
  );
});

// The trigger index of the entity rules (src/core/entities/rules/triggerWords.ts): which word lists a block holds,
// found in one pass, so that a rule acting only at such a word skips the blocks without one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { holdsList } from '../../src/core/entities/rules/triggerWords';
import { prepare } from '../../src/core/entities/features';
import { sentences, tokenize } from '../../src/core/entities/tokenize';
import { DATE_WORDS, GEO_SUFFIX, STORM_WORDS } from '../../src/core/lexicon/entityWords';
import { STREET_WORDS } from '../../src/core/lexicon/speakerWords';
import { findEntities } from '../../src/core/entities';

/** The trigger bits of a block as the tagger prepares it (each word's own, remembered per word, together). */
const blockBits = (text: string) => {
  const tokens = tokenize(text);
  return prepare(tokens, sentences(text, tokens)).triggers;
};

test('a block holds a list when one of its words is in it, a map by its keys', () => {
  const bits = blockBits('The bakery on Pell Street reopened near the Harbour Islands');
  assert.equal(holdsList(bits, STREET_WORDS), true);
  assert.equal(holdsList(bits, GEO_SUFFIX), true);
  assert.equal(holdsList(bits, STORM_WORDS), false);
});

test('a word that only looks like a list word is none of it', () => {
  // "streets" and "stormy" are not the lists' own words
  const bits = blockBits('The streets were stormy all night');
  assert.equal(holdsList(bits, STREET_WORDS), false);
  assert.equal(holdsList(bits, STORM_WORDS), false);
});

test('asking about a list the index does not hold is a bug, not a silent no', () => {
  assert.throws(() => holdsList(blockBits('Monday'), DATE_WORDS), /does not index/);
});

test('a rule still fires where its trigger word stands, and nowhere else', () => {
  const street = findEntities('The bakery on Pell Street reopened after the flood.');
  assert.deepEqual(
    street.places.map((p) => [p.text, p.kind]),
    [['Pell Street', 'street']],
  );
  const none = findEntities('The bakery run by Amos Pell reopened after the flood.');
  assert.deepEqual(
    none.places.map((p) => p.text),
    [],
  );
});

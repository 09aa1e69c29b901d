// A first name both sexes bear ("Leslie", "Kelly", "Billie") gives only a guess at a person's sex, which the
// article's own words overrule; a name of one sex ("Angela") still outweighs one pronoun. Sentences written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { firstNameGender, isSharedFirstName } from '../../src/core/speakers/gender';

const speakers = (text: string): Array<string | null> =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct')
    .map((q) => q.speaker);

const rally = (given: string): string =>
  [
    `Sen. ${given} Harwood called out his rival Dan Pryor on Thursday at a party dinner in Columbus.`,
    '',
    'Harwood said, "We are losing these voters because they think we do not like them."',
    '',
    'He continued, "That is the leader of our party now."',
    '',
  ].join('\n');

test('a shared first name keeps a usual sex, only as a guess', () => {
  assert.equal(firstNameGender('Leslie'), 'female');
  assert.ok(isSharedFirstName('Leslie') && isSharedFirstName('KELLY'));
  // names of one sex, and one whose other-sex bearers are too few ("Hillary")
  assert.ok(!isSharedFirstName('Angela') && !isSharedFirstName('John') && !isSharedFirstName('Hillary'));
});

test('"his rival" after a man with a shared first name makes him a man whom "he continued" takes up', () => {
  assert.deepEqual(speakers(rally('Leslie')), ['Leslie Harwood', 'Leslie Harwood']);
  assert.deepEqual(speakers(rally('Kelly')), ['Kelly Harwood', 'Kelly Harwood']);
});

test('near miss: a first name of one sex is not overruled by one possessive', () => {
  assert.deepEqual(speakers(rally('Angela')), ['Angela Harwood', 'Dan Pryor']);
});

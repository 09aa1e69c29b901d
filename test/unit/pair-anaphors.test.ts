// Two people named together as speakers ("X and House Speaker Y said") and taken up again as "the two men".
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the quote (direct or reported) that contains `words`. */
function speakerOf(text: string, words: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.text.includes(words));
  assert.ok(q, `no quote containing "${words}"`);
  return q.speaker;
}

const joint =
  'Senate leader Orrin Castell and House Speaker Wendell Brask said in a joint statement that the ruling was ' +
  '"a political decision."\n\n' +
  '"We will appeal at once," the two men said.\n';

test('a title opening the second of two names joined by "and" starts a second speaker ("X and House Speaker Y")', () => {
  assert.equal(speakerOf(joint, 'a political decision'), 'Orrin Castell and Wendell Brask');
  // near miss: "and" inside a body's title ("Fisheries and Oceans Minister") still joins no second person
  const body = 'Fisheries and Oceans Minister Lena Marsh said the quota would stay. "It stays," Marsh said.\n';
  assert.equal(speakerOf(body, 'It stays'), 'Lena Marsh');
});

test('"the two men said" takes up the two people who spoke together just before', () => {
  assert.equal(speakerOf(joint, 'We will appeal'), 'Orrin Castell and Wendell Brask');
  // near miss: "the two women" do not take up two men
  const women = joint.replace('the two men said', 'the two women said');
  assert.notEqual(speakerOf(women, 'We will appeal'), 'Orrin Castell and Wendell Brask');
});

test('"the two" and "the chairmen" take up two people named together as a sentence\'s subject', () => {
  const text = [
    'Budget Committee Chairman Ada Voss (D-Ore.) and Rules Committee Chairman Ben Hale (R-Ind.) sent the bill back.',
    '',
    'The governor vetoed it twice last year.',
    '',
    '"We expect a straight answer this time," the committee chairmen wrote.',
    '',
    'Also on Monday, Voss and Senator Carla Dunn sent a letter to the governor.',
    '',
    '"You have had the report for a month," the two write.',
  ].join('\n');
  assert.equal(speakerOf(text, 'We expect a straight'), 'Ada Voss and Ben Hale');
  assert.equal(speakerOf(text, 'You have had the report'), 'Ada Voss and Carla Dunn');
});

test('a pair that is no subject, or holds no role the anaphor names, is not taken up', () => {
  // near miss: two people after a verb ("met X and Y") are its object, not who wrote
  const object = [
    'The governor met Ada Voss and Ben Hale on Monday.',
    '',
    '"We expect a straight answer this time," the two wrote.',
  ].join('\n');
  assert.notEqual(speakerOf(object, 'We expect a straight'), 'Ada Voss and Ben Hale');
  // near miss: "both candidates" are not two voters named as a subject
  const voters = [
    'Ada Voss and Ben Hale did not know then who would win.',
    '',
    '"We will see in November," both candidates said.',
  ].join('\n');
  assert.notEqual(speakerOf(voters, 'We will see'), 'Ada Voss and Ben Hale');
});

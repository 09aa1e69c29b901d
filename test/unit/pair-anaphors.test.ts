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

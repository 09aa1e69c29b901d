// "the organizer told them" after "greeted by an organizer": the one the narration just brought in, unnamed
// (introducedUnnamed.ts), not the person the passage is about nor an official whose title merely fits.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('someone brought in as "an organizer" is "the organizer" who speaks next', () => {
  const text =
    'Betty Ames and her husband, Tom, drove in from Chicago on Sunday. They were greeted by an organizer at a ' +
    'field office on the south side.\n\n' +
    '"You are going to be the best messengers," the organizer told them.\n';
  assert.equal(speakerOf(text, 'You are going'), 'the organizer');
});

test('officials brought in by a bare plural: "the official" is one of them, not the minister named before', () => {
  const text =
    'Foreign Minister Lucia Ortega told a newspaper on Tuesday that the government must change course.\n\n' +
    '"We see a mood against our country," she added.\n\n' +
    'In recent months, Mexican officials conducted polling across the border.\n\n' +
    '"We found young people have begun to adopt those arguments," the official said.\n';
  assert.equal(speakerOf(text, 'We found young'), 'the official');
});

test('near miss: a named organizer, a role in apposition, or other modifiers keep the named person', () => {
  const named =
    'Betty Ames was greeted by an organizer, Ann Bell, at a field office.\n\n' +
    '"You are going to be the best messengers," the organizer told her.\n';
  assert.equal(speakerOf(named, 'You are going'), 'Ann Bell');
  const apposed =
    'Not every delegate was persuaded. Ray Kowalewski of Wisconsin, a union electrician, said he had doubts.\n\n' +
    '"Nice guy. Said all the right things," the electrician said.\n';
  assert.equal(speakerOf(apposed, 'Nice guy'), 'Ray Kowalewski');
  const modifiers =
    'Senator Tom Reed spoke first on Tuesday. Republican senators blocked the bill.\n\n' +
    '"It was a bad bill," the freshman senator said.\n';
  assert.notEqual(speakerOf(modifiers, 'It was a bad bill'), 'the freshman senator');
});

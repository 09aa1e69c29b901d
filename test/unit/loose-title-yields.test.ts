// Rule "loose title yields" (descriptions.ts): "the Virginia senator said" is not a senator named paragraphs back and
// never tied to Virginia, when the passage is about someone else whom nothing contradicts. Sentences of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, words: string) =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(words))?.speaker;

const opening =
  'Republican Sen. Dale Hutchins, who faces a close race this fall, skipped the event.\n\n' +
  'The crowd of about 3,000 waited two hours in the heat.\n\n' +
  'Several speakers warmed up the room with jokes about the weather.\n\n';

test('loose title yields: "the Virginia senator" is the person just quoted, not a senator named far back', () => {
  const text =
    opening +
    'But the Democratic running mate, Ray Castell, told reporters on the plane that he had heard enough.\n\n' +
    '"Telling people the game is rigged means you are getting ready to lose," the Virginia senator said.';
  assert.equal(speakerOf(text, 'getting ready to lose'), 'Ray Castell');
});

test('near miss: a senator tied to that state keeps the description', () => {
  const text =
    'Sen. Dale Hutchins, R-Va., skipped the event.\n\n' +
    'The crowd of about 3,000 waited two hours in the heat.\n\n' +
    'Several speakers warmed up the room with jokes about the weather.\n\n' +
    'But the Democratic running mate, Ray Castell, told reporters on the plane that he had heard enough.\n\n' +
    '"This race is not over," the Virginia senator said.';
  assert.equal(speakerOf(text, 'not over'), 'Dale Hutchins');
});

test('near miss: a senator named in the paragraph before keeps the description', () => {
  const text =
    opening +
    'Sen. Dale Hutchins later told reporters he would campaign in Richmond.\n\n' +
    '"Virginia is in play," the Virginia senator said.';
  assert.equal(speakerOf(text, 'in play'), 'Dale Hutchins');
});

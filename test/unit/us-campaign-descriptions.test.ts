// Description and pronoun rules found on invented 2016-style US political news (blind-2026-12-us3), each tested on
// sentences of our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const directSpeaker = (text: string, words: string) =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(words))?.speaker;

test('generic office again: "One Republican senator … told the Herald" ¶ "…," the lawmaker said is that senator', () => {
  const text =
    'Party leaders met behind closed doors on Monday.\n\n' +
    'One Republican senator, who asked not to be named, told the Herald that the caucus was "in open revolt."\n\n' +
    '"I have never seen members this angry," the lawmaker said.';
  assert.equal(directSpeaker(text, 'never seen members'), 'One Republican senator');
});

test('near miss: "the lawmaker" after a named speaker spoke since is not the unnamed senator', () => {
  const text =
    'One Republican senator, who asked not to be named, told the Herald that the caucus was "in open revolt."\n\n' +
    '"That is nonsense," said Sen. Harold Pike, the majority whip.\n\n' +
    '"We are united," the lawmaker said.';
  assert.notEqual(directSpeaker(text, 'We are united'), 'One Republican senator');
});

test('office qualifiers: "the Democratic vice presidential nominee" is not "Republican nominee X" named next', () => {
  const text =
    'Sen. Walter Brisco drew a crowd of 400 to a union hall in Ames on Friday.\n\n' +
    '"They tell me Iowa is gone. I have heard that before," the Democratic vice presidential nominee said.\n\n' +
    'He said Republican nominee Gordon Vance would start a trade war.';
  assert.equal(directSpeaker(text, 'Iowa is gone'), 'Walter Brisco');
});

test('near miss: "the nominee" with no qualifier still takes up the nominee named next', () => {
  const text =
    'The convention hall was full by noon.\n\n' +
    '"We will win in November," the nominee said, as Republican nominee Gordon Vance waved to the crowd.';
  assert.equal(directSpeaker(text, 'win in November'), 'Gordon Vance');
});

test('fronted subordinate: "When X announced that A, Y called B "…"": the main clause is Y\'s, not X\'s content', () => {
  const text =
    'Judge Ellen Marsh ruled on Friday.\n\n' +
    'In May, when Marsh announced that she would dismiss the case, Governor Tom Reyes called the decision "a travesty."';
  const quotes = analyze(text).quotes.filter((q) => q.kind === 'indirect');
  assert.equal(quotes.find((q) => q.text.includes('dismiss'))?.text, 'she would dismiss the case');
  assert.equal(quotes.find((q) => q.text.includes('travesty'))?.speaker, 'Tom Reyes');
});

test('near miss: a comma inside the content with no main clause after it does not cut the report', () => {
  const text = 'When the mayor said that the plant, which employs 300, would close, workers walked out.';
  const report = analyze(text).quotes.find((q) => q.kind === 'indirect');
  assert.ok(report?.text.startsWith('the plant, which employs 300'));
});

test('first-person writer: in a signed first-person piece, "he" is never the writer who speaks as "I"', () => {
  const text =
    'By Harold Amsel\n\n' +
    'I called our state representative on Saturday morning. I asked him what he would do. ' +
    'He was quiet for a long time.\n\n' +
    '"Harold, I have a primary next spring," he finally said.';
  assert.notEqual(directSpeaker(text, 'a primary next spring'), 'Harold Amsel');
});

test('seeming speech: "she appears to say "…"" is her report, not the writer\'s perception', () => {
  const text =
    'Governor Alma Treviño spoke at a county fair in Abilene on Saturday.\n\n' +
    'For a second or two she appears to say "we will raise the fee," before correcting herself.';
  const report = analyze(text).quotes.find((q) => q.text.includes('raise the fee'));
  assert.equal(report?.speaker, 'Alma Treviño');
});

test('near miss: "appears to have stalled" stays a perception with no speaker', () => {
  const text = 'Governor Alma Treviño spoke on Saturday.\n\nThe plan appears to have stalled in the Senate.';
  const report = analyze(text).quotes.find((q) => q.text.includes('stalled'));
  assert.notEqual(report?.speaker, 'Alma Treviño');
});

// A cue-less quote right after a paraphrase of its speaker ("Reyes said he would leave. '…'") is that speaker's.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

function quoteOpening(text: string, opening: string) {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q;
}

test("a quote with no cue after a paraphrase in the same paragraph is the paraphrased speaker's", () => {
  const text =
    'The storm cut power to the valley on Monday.\n\n' +
    'Another neighbour, Tomas Reyes, said he would leave. "There is nothing left for us here."\n';
  const q = quoteOpening(text, 'There is nothing');
  assert.equal(q.speaker, 'Tomas Reyes');
  assert.match(q.confidenceReason ?? '', /paraphrase/);
  assert.ok(q.confidence < 0.8, 'shown as a guess, not as a cue would');
});

test('the paraphrase may close the paragraph before the quote ("… said he backed the plan." ¶ "…")', () => {
  const text =
    'The county approved the bypass on Tuesday.\n\n' +
    'But retired teacher Paul Wendt, 68, said he backed the plan.\n\n' +
    '"I have waited for this road for years."\n';
  assert.equal(quoteOpening(text, 'I have waited').speaker, 'Paul Wendt');
});

test('a sentence between the paraphrase and the quote breaks the handover (near miss)', () => {
  const text = 'The council said it would meet on Friday. Then the mayor walked out. "We will rebuild."\n';
  assert.equal(quoteOpening(text, 'We will rebuild').speaker, null);
});

test('a possessive opening the paraphrase\'s subject is not its speaker ("His neighbour, Ana Ruiz, said …")', () => {
  const text =
    'Tomas Reyes, 61, said the water reached his kitchen in minutes. "It was like a wall," he said.\n\n' +
    'His neighbour, Ana Ruiz, said she had climbed onto the roof. "We waited there until dawn."\n';
  assert.equal(quoteOpening(text, 'We waited').speaker, 'Ana Ruiz');
});

test('the paraphrase\'s attribution may trail it ("…, his daughter said." ¶ "…")', () => {
  const text =
    'Walter Brisk ran the bakery on Mill Lane for forty years.\n\n' +
    'Even after he retired he stopped in most mornings, his daughter, Nora Brisk, said.\n\n' +
    '"He would stand by the ovens and tell the new bakers they were doing it wrong."\n';
  assert.equal(quoteOpening(text, 'He would stand').speaker, 'Nora Brisk');
});

test('"according to X" trailing the paraphrase hands the quote to X, not to whom the sentence is about', () => {
  const text =
    'Lawyer Simone Lockhart spoke outside the courthouse on Friday.\n\n' +
    'Dario Penn had a permit for the rifle, which was locked in his truck, according to Lockhart.\n\n' +
    '"He followed every rule there is."\n';
  assert.equal(quoteOpening(text, 'He followed').speaker, 'Simone Lockhart');
});

test('a sentence after the trailing attribution breaks the handover (near miss)', () => {
  const text =
    'Walter Brisk ran the bakery on Mill Lane for forty years.\n\n' +
    'Even after he retired he stopped in most mornings, his daughter, Nora Brisk, said. The shop closed in May.\n\n' +
    '"He would stand by the ovens and tell the new bakers they were doing it wrong."\n';
  assert.notEqual(quoteOpening(text, 'He would stand').speaker, 'Nora Brisk');
});

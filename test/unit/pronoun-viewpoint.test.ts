// Pronoun speakers the paragraph's structure names: a viewpoint opener ("For Hale, …") hands the floor to whose view
// the sentence gives. Passages written for these tests, people fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(quoteStart))?.speaker;

test('"For X, …" before a pronoun: X, over the paragraph\'s earlier speaker and the sentence\'s own subject', () => {
  const text = [
    "Critics were quick to weigh in on the mayor's budget.",
    'The Ledger\'s Tomas Brandt called the plan "a gamble." For Oliver Pratt, Brandt is missing a deeper rot at city hall. "They have stopped pretending to care," he writes.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'They have stopped'), 'Oliver Pratt');
  const same = [
    "Critics were quick to weigh in on the mayor's budget.",
    'Tomas Brandt called the plan a gamble. For Oliver Pratt, the council "has stopped pretending to care," he writes.',
  ].join('\n\n');
  assert.equal(speakerOf(same, 'has stopped'), 'Oliver Pratt');
});

test('a near miss: someone who reports speech after the view takes the floor from its holder', () => {
  const text = [
    'The council voted on Tuesday night.',
    'For Rafael Ortiz, the vote was a turning point, and Hugo Lind, a council member, agreed. "It changes everything," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(text, 'It changes everything'), 'Hugo Lind');
  const later = [
    'The council voted on Tuesday night.',
    'For Rafael Ortiz, the vote was a turning point. Hugo Lind was not so sure. He left early. "It changes nothing," he said.',
  ].join('\n\n');
  assert.equal(speakerOf(later, 'It changes nothing'), 'Hugo Lind');
});

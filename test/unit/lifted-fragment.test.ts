// A quoted fragment lifted into a reporting clause is that clause's speaker's reported speech. Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('a fragment ending a clause opened by a cue and its speaker is reported speech of that speaker', () => {
  const text =
    'The harbour board met on Monday.\n\nThe new spot closes with an announcer saying Dunmore "never saw a harbour toll he would not raise."\n';
  const q = analyze(text).quotes.find((x) => x.text.includes('never saw a harbour toll'));
  assert.ok(q, 'the fragment is dropped');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.speakerMention?.text, 'an announcer');
});

test('near miss: a sentence end between the cue and the fragment leaves the fragment to no one', () => {
  const text = 'Priya Nair said so. Later, "a man who has never read a budget" was printed on shirts.\n';
  const a = analyze(text);
  assert.ok(!a.quotes.some((x) => x.text.includes('never read a budget') && x.speaker === 'Priya Nair'));
});

test('"reminded journalists that \'…\'" reports the quoted words with the subject as speaker', () => {
  const text =
    'Housing costs rose again.\n\nThe minister\'s spokesman reminded journalists that "more flats were finished this year than in any year since 2010".\n';
  const q = analyze(text).quotes.find((x) => x.text.includes('more flats were finished'));
  assert.ok(q, 'the fragment is dropped');
  assert.equal(q.speakerMention?.text, "The minister's spokesman");
});

test('"appealed to X to …" reports the appeal, quoted words and all, as the subject\'s', () => {
  const text =
    'Nurses stayed away for a third week.\n\nDr Wanjiru Kamau said salaries would be paid soon. Dr Kamau appealed to the nurses to return to work "for the good of the patients", saying nobody would be punished.\n';
  const q = analyze(text).quotes.find((x) => x.text.includes('for the good of the patients'));
  assert.ok(q, 'the fragment is dropped');
  assert.equal(q.speaker, 'Wanjiru Kamau');
});

test('"was quick to remind X that …": the subject before the adjective governing the cue is the speaker', () => {
  const text =
    'Housing costs rose again.\n\nThe spokesman was quick to remind journalists that more flats were finished this year than in any year since 2010.\n';
  const q = analyze(text).quotes.find((x) => x.text.includes('more flats were finished'));
  assert.ok(q, 'no report');
  assert.equal(q.speakerMention?.text, 'The spokesman');
  // near miss: an adjective that governs no one's speech ("was due to say") leaves the sentence as it was
  const due = analyze('Housing costs rose again.\n\nThe spokesman was due to tell journalists about the figures.\n');
  assert.ok(!due.quotes.some((x) => x.speakerMention?.text === 'The spokesman' && x.text.includes('figures')));
});

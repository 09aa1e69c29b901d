// The eval's perturbations (scripts/eval/renamed.ts, restyled.ts): the text changes, the annotations still cover
// the same words. Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { renamed } from '../../scripts/eval/renamed';
import { restyled } from '../../scripts/eval/restyled';
import type { EditableDoc } from '../../scripts/eval/textEdits';

const text =
  'Mayor Ada Brennan said the bridge would reopen. "We are ready," Ms. Brennan told reporters. She had said so before.';
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const doc: EditableDoc = {
  id: 'fixture',
  text,
  quotes: [
    {
      start: at('"We are ready,"')[0],
      end: at('"We are ready,"')[1],
      speaker: 'Ms. Brennan',
      speaker_spans: [at('Ms. Brennan')],
      content_spans: [at('We are ready,')],
      cue_spans: [at('told')],
      speaker_canonical: 'Ada Brennan',
      speaker_canonical_type: 'person',
    },
  ],
};
const covered = (d: EditableDoc, spans: Array<[number, number]>): string[] => spans.map(([a, b]) => d.text.slice(a, b));

test('--restyled=present puts speech verbs in the present tense, not after an auxiliary, and moves the cue', () => {
  const d = restyled(doc, 'present');
  assert.match(d.text, /Brennan says the bridge/);
  assert.match(d.text, /She had said so/);
  assert.deepEqual(covered(d, d.quotes[0].cue_spans ?? []), ['tells']);
  assert.deepEqual(covered(d, d.quotes[0].speaker_spans), ['Ms. Brennan']);
});

test('--restyled=bare drops courtesy titles from the text, the speaker span and the speaker', () => {
  const d = restyled(doc, 'bare');
  assert.ok(!d.text.includes('Ms.'));
  assert.deepEqual(covered(d, d.quotes[0].speaker_spans), ['Brennan']);
  assert.equal(d.quotes[0].speaker, 'Brennan');
  assert.deepEqual(covered(d, d.quotes[0].content_spans), ['We are ready,']);
});

test('--restyled=british quotes with single marks, nests with doubles and leaves apostrophes alone', () => {
  const nested =
    '"We won\'t wait," Ms. Brennan said. “He told me \'not yet,\' and the farmers\' group agreed.”\n\n"Ready," she said.';
  const d = restyled({ ...doc, text: nested, quotes: [] }, 'british');
  assert.equal(
    d.text,
    "‘We won't wait,’ Ms. Brennan said. ‘He told me “not yet,” and the farmers' group agreed.’\n\n‘Ready,’ she said.",
  );
  const moved = restyled(doc, 'british');
  assert.equal(moved.text.length, text.length); // one character for one: no offset moves
  assert.deepEqual(covered(moved, moved.quotes[0].content_spans), ['We are ready,']);
});

test('--renamed swaps the surname everywhere, in the canonical name too, and keeps the spans on it', () => {
  const d = renamed(doc);
  assert.ok(!d.text.includes('Brennan'));
  const name = d.quotes[0].speaker_canonical ?? '';
  assert.match(name, /^Ada \S+$/);
  assert.deepEqual(covered(d, d.quotes[0].speaker_spans), [`Ms. ${name.split(' ')[1]}`]);
});

// The CoNLL renaming of the eval (scripts/eval/renamedPeople.ts): people get unseen names, the spans follow them,
// initials and other entities stay. Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { renamedPeople } from '../../scripts/eval/renamedPeople';

const text = 'Harbour coach P. Lindgren praised Rovers. Lindgren said Kestrel Town would improve.';
const span = (s: string, from = 0, type = 'PER') => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, type };
};
const doc = {
  id: 'fixture',
  text,
  entities: [span('P. Lindgren'), span('Rovers', 0, 'ORG'), span('Lindgren', 30), span('Kestrel Town', 0, 'LOC')],
};

test('people are renamed consistently, initials stay, and every entity span still covers its words', () => {
  const d = renamedPeople(doc);
  const covered = d.entities.map((e) => d.text.slice(e.start, e.end));
  assert.ok(!d.text.includes('Lindgren'));
  assert.match(covered[0], /^P\. \p{Lu}\p{L}+$/u);
  assert.equal(covered[2], covered[0].slice(3));
  assert.deepEqual([covered[1], covered[3]], ['Rovers', 'Kestrel Town']);
});

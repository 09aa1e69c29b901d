// The hand-resolved train speakers (scripts/eval/resolvedLabels.ts) fill only unresolved train quotes, by offset.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withResolvedLabels } from '../../scripts/eval/resolvedLabels';

function rootWith(lines: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'labels-'));
  mkdirSync(join(root, 'scripts/speakers/data'), { recursive: true });
  writeFileSync(join(root, 'scripts/speakers/data/resolvedTrainSpeakers.tsv'), ['# header', ...lines].join('\n'));
  return root;
}

test('a label fills the quote at its offset in its article, and nothing else', () => {
  const root = rootWith(['polnear-train-a\t10\tperson\tDana Whitlock', 'polnear-train-a\t99\torganization\tAcme']);
  const docs = [
    { id: 'polnear-train-a', quotes: [{ start: 10 }, { start: 50 }] },
    { id: 'polnear-train-b', quotes: [{ start: 10 }] },
  ];
  const { docs: out, filled } = withResolvedLabels(docs, root);
  assert.equal(filled, 1);
  assert.deepEqual(out[0].quotes, [
    { start: 10, speaker_canonical: 'Dana Whitlock', speaker_canonical_type: 'person' },
    { start: 50 },
  ]);
  assert.deepEqual(out[1], docs[1]);
});

test("the corpus's own resolution wins, and dev files are never labelled", () => {
  const root = rootWith(['polnear-train-a\t10\tperson\tDana Whitlock', 'polnear-dev-a\t10\tperson\tIke Hale']);
  const docs = [
    { id: 'polnear-train-a', quotes: [{ start: 10, speaker_canonical: 'Ike Hale', speaker_canonical_type: 'person' }] },
    { id: 'polnear-dev-a', quotes: [{ start: 10 }] },
  ];
  const { docs: out, filled } = withResolvedLabels(docs, root);
  assert.equal(filled, 0);
  assert.deepEqual(out, docs);
});

test('no labels file: the documents pass unchanged', () => {
  const docs = [{ id: 'polnear-train-a', quotes: [{ start: 10 }] }];
  assert.deepEqual(withResolvedLabels(docs, mkdtempSync(join(tmpdir(), 'none-'))), { docs, filled: 0 });
});

// The sidecar's own writes and the file watcher's echoes of them: a late echo of an earlier write must never
// pass for a change made outside (that lost an undo made right after a correction), and writes land in order.
import test from 'node:test';
import assert from 'node:assert/strict';
import { OwnWrites } from '../../src/shared/annotations/ownWrites';

/** A file whose writes finish only when the test lets them. */
function slowFile(): { disk: { text?: string }; finish: () => void; writes: OwnWrites } {
  const disk: { text?: string } = {};
  const waiting: (() => void)[] = [];
  const writes = new OwnWrites(
    (text) =>
      new Promise<void>((resolve) => {
        waiting.push(() => {
          disk.text = text;
          resolve();
        });
      }),
  );
  const finish = (): void => waiting.shift()?.();
  return { disk, finish, writes };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

test('the echo of an earlier write, arriving while a later one is under way, is not an outside change', async () => {
  const { disk, finish, writes } = slowFile();
  const a = writes.write('A');
  await tick();
  finish();
  await a;
  const b = writes.write('B'); // the undo
  const judged = writes.changedOutside(async () => disk.text); // the echo of A, read while B is not yet on disk
  await tick();
  assert.equal(disk.text, 'A');
  finish();
  await b;
  assert.equal(await judged, false);
  assert.equal(disk.text, 'B');
});

test('writes land in the order they were made, even when an earlier one is slow', async () => {
  const { disk, finish, writes } = slowFile();
  const all = Promise.all([writes.write('A'), writes.write('B'), writes.write('C')]);
  for (let i = 0; i < 3; i++) {
    await tick();
    finish();
  }
  await all;
  assert.equal(disk.text, 'C');
});

test('a different text or a deleted file is an outside change; our own newest text is not', async () => {
  const disk: { text?: string } = {};
  const writes = new OwnWrites(async (text) => {
    disk.text = text;
  });
  await writes.write('ours');
  assert.equal(await writes.changedOutside(async () => disk.text), false);
  disk.text = 'pulled';
  assert.equal(await writes.changedOutside(async () => disk.text), true);
  assert.equal(await writes.changedOutside(async () => undefined), true);
});

test('a write that starts during the read leaves the judgement to its own echo', async () => {
  const { disk, finish, writes } = slowFile();
  let release: () => void = () => undefined;
  const judged = writes.changedOutside(
    () =>
      new Promise<string | undefined>((resolve) => {
        release = () => resolve(disk.text);
      }),
  );
  await tick();
  const w = writes.write('new');
  release();
  assert.equal(await judged, undefined);
  await tick();
  finish();
  await w;
});

test('a failed write rejects with its error and does not block the next one', async () => {
  let fail = true;
  const disk: { text?: string } = {};
  const writes = new OwnWrites(async (text) => {
    if (fail) throw new Error('disk full');
    disk.text = text;
  });
  await assert.rejects(writes.write('A'), /disk full/);
  fail = false;
  await writes.write('B');
  assert.equal(disk.text, 'B');
  assert.equal(await writes.changedOutside(async () => disk.text), false);
});

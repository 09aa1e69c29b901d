// Exports are written atomically: complete new content or the old file, never a partial file or a stray temp file.
import test from 'node:test';
import assert from 'node:assert/strict';
import { promises as fsp } from 'fs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WriteError, writeFileAtomic, type WriteOps } from '../../src/shared/atomicWrite';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-write-'));
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));

const realOps: WriteOps = { open: fsp.open, rename: fsp.rename, unlink: fsp.unlink };

test('writes a new file and replaces an existing one', async () => {
  const target = path.join(dir, 'out.json');
  await writeFileAtomic(target, '{"a":1}');
  assert.equal(fs.readFileSync(target, 'utf8'), '{"a":1}');
  await writeFileAtomic(target, '{"a":2}');
  assert.equal(fs.readFileSync(target, 'utf8'), '{"a":2}');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('a failing rename (e.g. full disk) keeps the old file and removes the temp file', async () => {
  const target = path.join(dir, 'keep.csv');
  fs.writeFileSync(target, 'old');
  const failing: WriteOps = {
    ...realOps,
    rename: async () => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    },
  };
  await assert.rejects(writeFileAtomic(target, 'new content', failing), (err: unknown) => {
    assert.ok(err instanceof WriteError);
    assert.equal(err.code, 'ENOSPC');
    assert.match(err.message, /Could not write .*keep\.csv: the disk is full\./);
    return true;
  });
  assert.equal(fs.readFileSync(target, 'utf8'), 'old');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('a folder that does not exist gives a clear error and creates nothing', async () => {
  const target = path.join(dir, 'missing', 'x.md');
  await assert.rejects(writeFileAtomic(target, 'x'), /the folder does not exist/);
  assert.equal(fs.existsSync(path.dirname(target)), false);
});

test('a read-only folder gives a clear error and leaves no file', { skip: process.getuid?.() === 0 ? 'root ignores permissions' : false }, async () => {
  const ro = path.join(dir, 'ro');
  fs.mkdirSync(ro);
  fs.chmodSync(ro, 0o500);
  try {
    await assert.rejects(writeFileAtomic(path.join(ro, 'x.md'), 'x'), /permission denied/);
    assert.deepEqual(fs.readdirSync(ro), []);
  } finally {
    fs.chmodSync(ro, 0o700);
  }
});

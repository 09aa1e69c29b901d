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
  assert.deepEqual(
    fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('bytes (a long export as the worker encoded it) are written as they are', async () => {
  const target = path.join(dir, 'bytes.json');
  const bytes = new TextEncoder().encode('{"quote": "“Zoë” — 北京"}\n');
  await writeFileAtomic(target, bytes);
  assert.deepEqual(new Uint8Array(fs.readFileSync(target)), bytes);
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
  assert.deepEqual(
    fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
    [],
  );
});

test('a folder that does not exist gives a clear error and creates nothing', async () => {
  const target = path.join(dir, 'missing', 'x.md');
  await assert.rejects(writeFileAtomic(target, 'x'), /the folder does not exist/);
  assert.equal(fs.existsSync(path.dirname(target)), false);
});

test(
  'a read-only folder gives a clear error and leaves no file',
  { skip: process.getuid?.() === 0 ? 'root ignores permissions' : false },
  async () => {
    const ro = path.join(dir, 'ro');
    fs.mkdirSync(ro);
    fs.chmodSync(ro, 0o500);
    try {
      await assert.rejects(writeFileAtomic(path.join(ro, 'x.md'), 'x'), /permission denied/);
      assert.deepEqual(fs.readdirSync(ro), []);
    } finally {
      fs.chmodSync(ro, 0o700);
    }
  },
);

// What the replaced file was survives the replace (the same rules as the write-file-atomic package).
const modeOf = (p: string): number => fs.statSync(p).mode & 0o7777;

test('replacing a file keeps its mode: a private 0600 file stays private, an executable stays executable', async () => {
  for (const mode of [0o600, 0o640, 0o755]) {
    const target = path.join(dir, `mode-${mode.toString(8)}.md`);
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, mode);
    await writeFileAtomic(target, 'new');
    assert.equal(fs.readFileSync(target, 'utf8'), 'new');
    assert.equal(modeOf(target).toString(8), mode.toString(8));
  }
});

test('a new file gets the usual mode (0666 less the umask), like any file the user creates', async () => {
  const target = path.join(dir, 'fresh.md');
  const umask = process.umask(0o002); // a group-writable umask (as on many Linux desktops): 0664, not a fixed 0644
  try {
    await writeFileAtomic(target, 'x');
  } finally {
    process.umask(umask);
  }
  assert.equal(modeOf(target).toString(8), '664');
});

test('a symlink is written through: the link stays a link and its target gets the content', async () => {
  const real = path.join(dir, 'sub', 'real.md');
  fs.mkdirSync(path.dirname(real), { recursive: true });
  fs.writeFileSync(real, 'old');
  fs.chmodSync(real, 0o600);
  const link = path.join(dir, 'link.md');
  fs.symlinkSync(path.join('sub', 'real.md'), link); // relative, as `ln -s` makes them
  await writeFileAtomic(link, 'new');
  assert.ok(fs.lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.equal(fs.readlinkSync(link), path.join('sub', 'real.md'));
  assert.equal(fs.readFileSync(real, 'utf8'), 'new');
  assert.equal(modeOf(real).toString(8), '600');
  // a chain of links ends at the same file; the temp file goes next to the real file, never next to the link
  const chain = path.join(dir, 'chain.md');
  fs.symlinkSync(link, chain);
  await writeFileAtomic(chain, 'newer');
  assert.ok(fs.lstatSync(chain).isSymbolicLink());
  assert.equal(fs.readFileSync(real, 'utf8'), 'newer');
  assert.deepEqual(fs.readdirSync(path.dirname(real)), ['real.md']);
});

test('a dangling symlink creates the file it points to, as `echo > link` does', async () => {
  const link = path.join(dir, 'dangling.md');
  fs.symlinkSync('not-yet.md', link);
  await writeFileAtomic(link, 'made');
  assert.ok(fs.lstatSync(link).isSymbolicLink());
  assert.equal(fs.readFileSync(path.join(dir, 'not-yet.md'), 'utf8'), 'made');
});

test('a symlink loop gives a clear error and writes nothing', async () => {
  const a = path.join(dir, 'loop-a.md');
  const b = path.join(dir, 'loop-b.md');
  fs.symlinkSync(b, a);
  fs.symlinkSync(a, b);
  await assert.rejects(writeFileAtomic(a, 'x'), /Could not write .*loop-a\.md: .*symbolic links/);
  assert.ok(fs.lstatSync(a).isSymbolicLink() && fs.lstatSync(b).isSymbolicLink());
});

test('a hard-linked file is replaced atomically under the chosen name; its other names keep the old content', async () => {
  // The documented choice (as write-file-atomic): atomicity over the link. Writing in place would keep the link but
  // could leave a half-written file after a crash or a full disk; this way no name ever shows a partial file.
  const target = path.join(dir, 'hard.md');
  const other = path.join(dir, 'hard-other.md');
  fs.writeFileSync(target, 'old');
  fs.chmodSync(target, 0o600);
  fs.linkSync(target, other);
  await writeFileAtomic(target, 'new');
  assert.equal(fs.readFileSync(target, 'utf8'), 'new');
  assert.equal(fs.readFileSync(other, 'utf8'), 'old');
  assert.equal(modeOf(target).toString(8), '600');
});

test(
  'as root, the owner and group of the replaced file are kept',
  { skip: process.getuid?.() !== 0 ? 'only root may give a file away' : false },
  async () => {
    const target = path.join(dir, 'owned.md');
    fs.writeFileSync(target, 'old');
    fs.chownSync(target, 4321, 8765);
    await writeFileAtomic(target, 'new');
    const st = fs.statSync(target);
    assert.deepEqual([st.uid, st.gid], [4321, 8765]);
  },
);

test(
  'as another user, a file is still replaced when its owner cannot be kept (the writer then owns it)',
  { skip: process.getuid?.() === 0 ? 'root may always chown' : false },
  async () => {
    const target = path.join(dir, 'own-self.md');
    fs.writeFileSync(target, 'old');
    await writeFileAtomic(target, 'new');
    assert.equal(fs.statSync(target).uid, process.getuid?.());
  },
);

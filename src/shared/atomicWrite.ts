// Writes a file so that readers see either the old content or the whole new content, never a partial file:
// write a temporary sibling, flush it to disk, then rename it over the target. On failure the temporary file is
// removed and the error says what went wrong in words a user understands.
//
// Replacing keeps what the file was, with the rules of the write-file-atomic package (matched here rather than
// bundled: a dozen lines, no dependency):
// - its mode: a `chmod 600` notes file stays 0600 (the temp file is created 0600 and only then given that mode,
//   so the new content is never readable by more people than the old); a new file gets 0666 less the umask;
// - its owner and group where permitted (as root, always; as a user, the group when the user belongs to it);
// - a symlink is written through: the link stays a link and the file it points to gets the content (a dangling
//   link creates that file, as `echo > link` does);
// - a hard-linked file is replaced under the name chosen, and its other names keep the old content (the link is
//   split). Writing in place would keep the link but could leave a half-written file after a crash or a full
//   disk; atomicity wins, as in write-file-atomic.
import { promises as fs, type Stats } from 'fs';
import * as path from 'path';
import { randomBytes } from 'crypto';

export class WriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

function explain(err: unknown, target: string): WriteError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the folder is read-only',
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is exceeded',
    ENOENT: 'the folder does not exist',
    EISDIR: 'a folder has that name',
    ELOOP: 'too many symbolic links (a link loop?)',
  };
  const reason = (code && reasons[code]) ?? (err instanceof Error ? err.message : String(err));
  return new WriteError(`Could not write ${target}: ${reason}.`, code);
}

export async function fileExists(target: string): Promise<boolean> {
  try {
    await fs.stat(target);
    return true;
  } catch {
    return false;
  }
}

/** Injected file operations, so tests can simulate a full disk or a failing rename. */
export interface WriteOps {
  open: typeof fs.open;
  rename: typeof fs.rename;
  unlink: typeof fs.unlink;
}

const realOps: WriteOps = { open: fs.open, rename: fs.rename, unlink: fs.unlink };

/** Linux gives up after 40 links (MAXSYMLINKS); so do we, with the same ELOOP. */
const MAX_LINKS = 40;

const isMissing = (err: unknown): boolean => (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/**
 * The file a write to `target` must replace: `target` itself, or where its symlinks lead. A dangling link leads
 * to the path it names (e.g. `notes.md -> drafts/notes.md` with no drafts/notes.md yet: drafts/notes.md).
 */
async function resolveTarget(target: string): Promise<string> {
  let current = path.resolve(target);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    try {
      return await fs.realpath(current);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
    let link: string;
    try {
      link = await fs.readlink(current);
    } catch (err) {
      // Not a link (EINVAL) or not there: a new file at this path; its folder may itself be a link.
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EINVAL' && code !== 'ENOENT') throw err;
      const dir = await fs.realpath(path.dirname(current)).catch(() => path.dirname(current));
      return path.join(dir, path.basename(current));
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

/** Gives the new file the old one's owner, group and mode (see the header); `old` undefined: a new file. */
async function keepAttributes(handle: fs.FileHandle, old: Stats | undefined): Promise<void> {
  if (!old) {
    await handle.chmod(0o666 & ~process.umask());
    return;
  }
  if (old.uid !== process.getuid?.() || old.gid !== process.getgid?.()) {
    // Only root may give a file away. A user who cannot keep the owner still gets the file replaced, owned by
    // themselves (as any editor's save-as does); the mode below keeps it as private as it was.
    await handle.chown(old.uid, old.gid).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPERM' && err.code !== 'EINVAL' && err.code !== 'ENOSYS') throw err;
    });
  }
  await handle.chmod(old.mode & 0o7777);
}

/** Writes `data` (a string as UTF-8, or bytes as they are) to `target` through a temporary file renamed over it. */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  ops: WriteOps = realOps,
): Promise<void> {
  let temp: string | undefined;
  let created = false;
  try {
    const file = await resolveTarget(target);
    const old = await fs.stat(file).catch((err: unknown) => {
      if (isMissing(err)) return undefined;
      throw err;
    });
    temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await ops.open(temp, 'wx', 0o600);
    created = true;
    try {
      await handle.writeFile(data, 'utf8');
      await keepAttributes(handle, old);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, file);
    created = false;
  } catch (err) {
    if (created && temp) await ops.unlink(temp).catch(() => undefined);
    throw explain(err, target);
  }
}

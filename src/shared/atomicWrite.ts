// Writes a file so that readers see either the old content or the whole new content, never a partial file:
// write a temporary sibling, flush it to disk, then rename it over the target. On failure the temporary file is
// removed and the error says what went wrong in words a user understands.
import { promises as fs } from 'fs';
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

export async function writeFileAtomic(target: string, data: string, ops: WriteOps = realOps): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await ops.open(temp, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await ops.rename(temp, target);
    created = false;
  } catch (err) {
    if (created) await ops.unlink(temp).catch(() => undefined);
    throw explain(err, target);
  }
}

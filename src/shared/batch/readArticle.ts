/** Reads one article file (or stdin) into text, refusing what is not an article with a message that names it. */
import { createReadStream, promises as fs } from 'node:fs';
import { decodeBytes, inspectText } from '../../core/text/input';

export type ArticleRead =
  | { ok: true; text: string; warning?: string }
  | { ok: false; message: string; /** empty is reported but is no failure */ empty?: boolean };

/**
 * Reads a stream whose size is not known up front (stdin, a pipe, a device such as /dev/zero) and stops as soon as
 * it passes `maxBytes`: an endless source must be refused, not buffered until memory runs out.
 */
async function readCapped(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const piece = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += piece.length;
    if (total > maxBytes) return { bytes: Buffer.alloc(0), over: true }; // leaving the loop closes a file stream
    chunks.push(piece);
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

function describe(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return error.message;
  }
}

export async function readArticle(path: string, maxBytes: number): Promise<ArticleRead> {
  let bytes: Buffer;
  /** `size` null: a stream read until it passed the limit, its whole size unknown. */
  const tooLarge = (size: number | null): ArticleRead => {
    const check = size === null ? null : inspectText('', size, { maxBytes });
    if (check && !check.ok) return { ok: false, message: check.message };
    return {
      ok: false,
      message: `The text is too large to annotate (more than the limit of ${(maxBytes / (1024 * 1024)).toFixed(1)} MB).`,
    };
  };
  try {
    if (path === '-') {
      const read = await readCapped(process.stdin, maxBytes);
      if (read.over) return tooLarge(null);
      bytes = read.bytes;
    } else {
      const stat = await fs.stat(path);
      if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
      // Refuse before reading: a 4 GB file must not be pulled into memory just to be told it is too big.
      if (stat.size > maxBytes) return tooLarge(stat.size);
      if (stat.isFile()) bytes = await fs.readFile(path);
      else {
        // a FIFO or a device reports no size (0): read it with a cap
        const read = await readCapped(createReadStream(path), maxBytes);
        if (read.over) return tooLarge(null);
        bytes = read.bytes;
      }
    }
  } catch (error) {
    return { ok: false, message: describe(error as NodeJS.ErrnoException) };
  }
  const decoded = decodeBytes(bytes);
  const check = inspectText(decoded.text, bytes.length, { maxBytes });
  if (!check.ok) return { ok: false, message: check.message, empty: check.reason === 'empty' };
  const warning = decoded.invalidUtf8 ? 'not valid UTF-8: undecodable bytes were replaced by U+FFFD' : undefined;
  return warning ? { ok: true, text: decoded.text, warning } : { ok: true, text: decoded.text };
}

/** Reads one article file (or stdin) into text, refusing what is not an article with a message that names it. */
import { promises as fs } from 'node:fs';
import { decodeBytes, inspectText } from '../core/input';

export type ArticleRead =
  | { ok: true; text: string; warning?: string }
  | { ok: false; message: string; /** empty is reported but is no failure */ empty?: boolean };

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
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
  try {
    if (path === '-') bytes = await readAll(process.stdin);
    else {
      const stat = await fs.stat(path);
      if (stat.isDirectory()) return { ok: false, message: 'is a directory, not a file' };
      // Refuse before reading: a 4 GB file must not be pulled into memory just to be told it is too big.
      if (stat.size > maxBytes) {
        const check = inspectText('', stat.size, { maxBytes });
        if (!check.ok && check.reason === 'too-large') return { ok: false, message: check.message };
      }
      bytes = await fs.readFile(path);
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

/**
 * Splits a byte stream into lines, one at a time, with back-pressure: the stream is only read further when the
 * consumer asks for the next line, so a multi-gigabyte JSONL file never sits in memory.
 *
 * The length limit holds while reading, not only at a line feed: a line past `maxChars` is dropped as it comes
 * and skipped to its end, but when no line feed comes within twice the limit the input has no line structure
 * (/dev/zero, a binary stream, `yes | tr -d '\n'`) and reading stops with an `endless` line instead of going on
 * forever. (A pipe with no writer yet simply waits, as `cat` does.)
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line without its terminator (\n or \r\n); empty when the line was too long to keep. */
  text: string;
  /** The line was longer than `maxChars`: its text was dropped while it was read, never held whole. */
  tooLong?: boolean;
  /** No line feed within twice `maxChars`: the last line; the rest of the input was left unread. */
  endless?: boolean;
}

export async function* readLines(stream: Readable, maxChars = Infinity): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  // The pieces of a line that spans several chunks; joined once its end is seen, so a 5 MB line costs O(n).
  let pending: string[] = [];
  let pendingChars = 0;
  // A line past maxChars (a giant record) is skipped to its end, unbuffered, for up to maxChars more.
  let skipping = false;
  let skipped = 0;
  let number = 0;
  let first = true;
  const take = (piece: string): void => {
    if (skipping) {
      skipped += piece.length;
      return;
    }
    pendingChars += piece.length;
    if (pendingChars > maxChars) {
      skipping = true;
      pending = [];
    } else pending.push(piece);
  };
  const finish = (): Line => {
    const line: Line = skipping
      ? { number: ++number, text: '', tooLong: true }
      : { number: ++number, text: stripCr(pending.length === 1 ? pending[0] : pending.join('')) };
    pending = [];
    pendingChars = 0;
    skipping = false;
    skipped = 0;
    return line;
  };
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 BOM would break JSON.parse of line 1
    }
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      take(text.slice(from, nl));
      from = nl + 1;
      yield finish();
    }
    if (from < text.length) take(text.slice(from));
    if (skipping && skipped > maxChars) {
      yield { ...finish(), endless: true };
      return; // leaving the loop destroys the stream: a file or device is closed, /dev/zero no longer read
    }
  }
  const rest = decoder.end();
  if (rest) take(rest);
  if (skipping || pendingChars > 0) yield finish();
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Splits a byte stream into lines, one at a time, with back-pressure: the stream is only read further when the
 * consumer asks for the next line, so a multi-gigabyte JSONL file never sits in memory.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** 1-based line number in the input. */
  number: number;
  /** The line without its terminator (\n or \r\n). */
  text: string;
}

export async function* readLines(stream: Readable): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  // The pieces of a line that spans several chunks; joined once its end is seen, so a 5 MB line costs O(n).
  let pending: string[] = [];
  let number = 0;
  let first = true;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 BOM would break JSON.parse of line 1
    }
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      pending.push(text.slice(from, nl));
      from = nl + 1;
      yield { number: ++number, text: stripCr(pending.length === 1 ? pending[0] : pending.join('')) };
      pending = [];
    }
    if (from < text.length) pending.push(text.slice(from));
  }
  const rest = decoder.end();
  if (rest) pending.push(rest);
  if (pending.length > 0) {
    const last = pending.join('');
    if (last.length > 0) yield { number: number + 1, text: stripCr(last) };
  }
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

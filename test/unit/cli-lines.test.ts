// The --jsonl line splitter: lines in order, an over-long line skipped unread, and an input that never sends a
// line feed ended with a clear verdict instead of being read forever.
import test from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { readLines, type Line } from '../../src/cli/lines';

async function collect(stream: Readable, maxChars?: number): Promise<Line[]> {
  const out: Line[] = [];
  for await (const line of readLines(stream, maxChars)) out.push(line);
  return out;
}

/**
 * A source that never ends and never sends a line feed, like /dev/zero or `yes | tr -d '\n'`; counts what it
 * gave. The test's own timeout lives here: a reader that always has data starves timers, so it must fail itself.
 */
function endless(piece = 'x'.repeat(4096), seconds = 10): Readable & { sent: number } {
  const deadline = Date.now() + seconds * 1000;
  const stream = new Readable({
    read() {
      if (Date.now() > deadline)
        this.destroy(new Error(`still reading after ${seconds} s (${stream.sent} characters)`));
      stream.sent += piece.length;
      this.push(piece);
    },
  }) as Readable & { sent: number };
  stream.sent = 0;
  return stream;
}

test('lines come in order without their terminators; a BOM and CRLF are dropped', async () => {
  const lines = await collect(Readable.from(['\uFEFFa\r\nb', 'c\n', '\nlast']));
  assert.deepEqual(
    lines.map((l) => [l.number, l.text]),
    [
      [1, 'a'],
      [2, 'bc'],
      [3, ''],
      [4, 'last'],
    ],
  );
});

test('a line over the limit is skipped without being kept, and the lines after it still come', async () => {
  const lines = await collect(Readable.from(['ok\n', 'y'.repeat(150), 'y'.repeat(10), '\nnext\n']), 100);
  assert.deepEqual(lines, [
    { number: 1, text: 'ok' },
    { number: 2, text: '', tooLong: true },
    { number: 3, text: 'next' },
  ]);
});

test('a source that never sends a line feed ends with one "endless" line instead of being read forever', async () => {
  const source = endless();
  const lines = await collect(source, 10_000);
  assert.deepEqual(lines, [{ number: 1, text: '', tooLong: true, endless: true }]);
  // it stopped soon after twice the limit: the skipped line was not read on and on
  assert.ok(source.sent <= 2 * 10_000 + 4 * 4096, `read ${source.sent} characters`);
  assert.ok(source.destroyed, 'the source is closed');
});

test('after a complete too-long line within twice the limit, reading goes on as before', async () => {
  const lines = await collect(Readable.from(['a\n', 'z'.repeat(190), '\nb\n']), 100);
  assert.deepEqual(
    lines.map((l) => [l.number, l.text, l.tooLong ?? false]),
    [
      [1, 'a', false],
      [2, '', true],
      [3, 'b', false],
    ],
  );
});

// Binary searches over spans sorted by start (src/core/text/sortedSpans.ts).
import test from 'node:test';
import assert from 'node:assert/strict';
import { firstSpanFrom, spanStartingAt } from '../../src/core/text/sortedSpans';

const spans = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];

test('the first span at or after an offset, and none past the last', () => {
  assert.equal(firstSpanFrom(spans, 0), 0);
  assert.equal(firstSpanFrom(spans, 5), 1);
  assert.equal(firstSpanFrom(spans, 6), 3);
  assert.equal(firstSpanFrom(spans, 10), 4);
  assert.equal(firstSpanFrom([], 3), 0);
});

test('the span starting exactly at an offset, else null', () => {
  assert.equal(spanStartingAt(spans, 9), spans[3]);
  assert.equal(spanStartingAt(spans, 5), spans[1]);
  assert.equal(spanStartingAt(spans, 4), null);
  assert.equal(spanStartingAt(spans, 12), null);
});

// A block's typed arrays come from stores reused from block to block: every array handed out is zeroed and apart
// from the others, and tagging one line after another finds what it finds on each line alone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { BlockArrays } from '../../src/core/entities/blockArrays';
import { IntTable } from '../../src/core/entities/intTable';
import { findEntities } from '../../src/core/entities/index';

test('arrays of a reused store are zeroed and do not overlap', () => {
  const first = BlockArrays.reused(40);
  const a = first.int32();
  a.fill(7);
  const b = first.uint8();
  b.fill(9);
  const next = BlockArrays.reused(30);
  const c = next.int32();
  const d = next.uint8();
  assert.equal(c.length, 30);
  assert.ok(c.every((x) => x === 0) && d.every((x) => x === 0));
  c.fill(1);
  const e = next.int32();
  assert.ok(
    e.every((x) => x === 0),
    'a second array is not the first one',
  );
});

test('more arrays than planned still come zeroed, of the asked length', () => {
  const arrays = BlockArrays.fresh(3);
  const all: Int32Array[] = [];
  for (let i = 0; i < 40; i++) {
    const v = arrays.int32();
    assert.ok(v.every((x) => x === 0));
    v.fill(i + 1);
    all.push(v);
  }
  all.forEach((v, i) => assert.ok(v.every((x) => x === i + 1)));
  assert.equal(arrays.int32(17).length, 17);
});

test('an IntTable working in given slot arrays answers as one with its own', () => {
  const arrays = BlockArrays.fresh(10);
  const slots = IntTable.slots(10);
  const table = new IntTable<number>(10, arrays.int32(slots), arrays.uint8(slots));
  const own = new IntTable<number>(10);
  for (const k of [5, -3, 2 ** 31 - 1, 5]) {
    table.set(k, (table.get(k) ?? 0) + 1);
    own.set(k, (own.get(k) ?? 0) + 1);
  }
  for (const k of [5, -3, 2 ** 31 - 1, 0, 4]) assert.equal(table.get(k), own.get(k));
  assert.throws(() => new IntTable<number>(10, new Int32Array(3)));
});

test('a line tagged after a longer one finds what it finds alone', () => {
  const short = 'Mayor Lena Okafor spoke in Lisbon.';
  const alone = findEntities(short);
  findEntities(
    'Finance Minister Tomas Brandt met the board of Ferreira Holdings in Nairobi on Tuesday, and the talks went on.',
  );
  assert.deepEqual(findEntities(short), alone);
  // a near miss: a different line does not find the first line's people
  assert.notDeepEqual(findEntities('The weather in the valley stayed dry.').people, alone.people);
});

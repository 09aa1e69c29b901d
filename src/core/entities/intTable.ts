/**
 * A fixed-capacity open-addressing table from int32 keys (word hashes) to values. A Map keyed by the same hashes
 * boxes every key outside V8's small-integer range (half of all hashes) into a heap number on each lookup and hashes
 * it as a double; this table reads two typed arrays instead. Same answers as a Map: every int32 is a valid key.
 */
export class IntTable<V> {
  private readonly keys: Int32Array;
  private readonly used: Uint8Array;
  private readonly values: (V | undefined)[];
  private readonly mask: number;
  private count = 0;

  /**
   * `capacity`: the most keys it will hold (kept at most half full). `keys` and `used`, when given, are zeroed arrays
   * of `IntTable.slots(capacity)` numbers to work in (a block's, from its BlockArrays), instead of two of its own.
   */
  constructor(capacity: number, keys?: Int32Array, used?: Uint8Array) {
    const size = IntTable.slots(capacity);
    if ((keys && keys.length !== size) || (used && used.length !== size))
      throw new Error('IntTable: wrong slot arrays');
    this.keys = keys ?? new Int32Array(size);
    this.used = used ?? new Uint8Array(size);
    this.values = new Array<V | undefined>(size);
    this.mask = size - 1;
  }

  /** The slots of a table for `capacity` keys: a power of two, at least twice the capacity. */
  static slots(capacity: number): number {
    let size = 2;
    while (size < capacity * 2) size <<= 1;
    return size;
  }

  get size(): number {
    return this.count;
  }

  get(key: number): V | undefined {
    for (let slot = this.start(key); this.used[slot]; slot = (slot + 1) & this.mask)
      if (this.keys[slot] === key) return this.values[slot];
    return undefined;
  }

  set(key: number, value: V): void {
    let slot = this.start(key);
    for (; this.used[slot]; slot = (slot + 1) & this.mask)
      if (this.keys[slot] === key) {
        this.values[slot] = value;
        return;
      }
    if (this.count * 2 >= this.keys.length) throw new Error('IntTable is full');
    this.used[slot] = 1;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.count++;
  }

  /** The first slot to probe: the key's bits mixed, as nearby hashes differ only in their low bits. */
  private start(key: number): number {
    return Math.imul(key ^ (key >>> 16), 0x45d9f3b) & this.mask;
  }
}

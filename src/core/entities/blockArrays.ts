/**
 * Zeroed per-token typed arrays of one block, cut from larger stores. An Int32Array of more than 16 numbers (a
 * Uint8Array of more than 64) keeps them off V8's heap, and allocating (and later freeing) that store cost about 2,800
 * instructions, as much as tagging a word; one block (a line, in the analysis) needed some fifteen: prepare's hashes
 * and flags, the tagger's tags, the rules' owner index. Each array here is a view over a shared store instead.
 *
 * `reused` hands the next block the stores of the block before: for a caller that is done with a block's arrays
 * before it prepares the next one (findEntities tags its blocks one after another and keeps none of them). The
 * trainer keeps every document's arrays, so it takes `fresh` ones.
 */

/**
 * Numbers per token a block usually needs of each type, so that one store serves it: ten arrays of Int32 and six of
 * Uint8, and the document-casing table's slots (up to four per token) of both.
 */
const INT32_ARRAYS = 14;
const UINT8_ARRAYS = 10;

/** The stores `reused` lends out, grown to the longest block seen. */
let sharedInts = new Int32Array(0);
let sharedBytes = new Uint8Array(0);

export class BlockArrays {
  private intsUsed = 0;
  private bytesUsed = 0;

  private constructor(
    /** Length of every array handed out: the block's token count. */
    readonly length: number,
    private ints: Int32Array,
    private bytes: Uint8Array,
  ) {}

  /** Arrays no later block will overwrite. */
  static fresh(length: number): BlockArrays {
    return new BlockArrays(length, new Int32Array(length * INT32_ARRAYS), new Uint8Array(length * UINT8_ARRAYS));
  }

  /** Arrays over the stores of the block before, whose arrays become invalid. */
  static reused(length: number): BlockArrays {
    if (sharedInts.length < length * INT32_ARRAYS) sharedInts = new Int32Array(length * INT32_ARRAYS);
    if (sharedBytes.length < length * UINT8_ARRAYS) sharedBytes = new Uint8Array(length * UINT8_ARRAYS);
    return new BlockArrays(length, sharedInts, sharedBytes);
  }

  /** A zeroed Int32Array of `length` numbers: the block's token count unless said otherwise. */
  int32(length = this.length): Int32Array {
    if (this.intsUsed + length > this.ints.length) {
      // more arrays than planned: a store of its own (earlier views keep theirs)
      this.ints = new Int32Array(Math.max(length, this.length * INT32_ARRAYS));
      this.intsUsed = 0;
    }
    const view = this.ints.subarray(this.intsUsed, this.intsUsed + length);
    this.intsUsed += length;
    return view.fill(0);
  }

  /** A zeroed Uint8Array of `length` numbers: the block's token count unless said otherwise. */
  uint8(length = this.length): Uint8Array {
    if (this.bytesUsed + length > this.bytes.length) {
      this.bytes = new Uint8Array(Math.max(length, this.length * UINT8_ARRAYS));
      this.bytesUsed = 0;
    }
    const view = this.bytes.subarray(this.bytesUsed, this.bytesUsed + length);
    this.bytesUsed += length;
    return view.fill(0);
  }
}

/** The store `scratchBytes` lends out, grown to the longest request. */
let scratch = new Uint8Array(0);

/**
 * A zeroed Uint8Array of `length` bytes over one shared store, valid until the next call: for per-token marks a loop
 * needs over one block at a time ("tokens some entity covers", as surname coreference and titles read them). A new
 * array per block went off V8's heap past 64 tokens, at the allocation cost told above, twice per line analysed.
 */
export function scratchBytes(length: number): Uint8Array {
  if (scratch.length < length) scratch = new Uint8Array(length);
  return scratch.subarray(0, length).fill(0);
}

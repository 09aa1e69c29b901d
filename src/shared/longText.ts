// A long text from the worker (an export of a 1 MB article is ~7 MB of JSON) travels as UTF-8 bytes in a
// transferred buffer and is decoded on the host in slices, with the event loop free between slices.
// Why: as a string in a structured-clone message, 6.7 MB cost the receiving main thread 20–40 ms to deserialise in
// one go, and one TextDecoder call on the whole buffer as much again; a 256 KB slice decodes in 1–2 ms.
// Example: textBytes('é'.repeat(40_000)) is 80,000 bytes; decodeInSlices(thoseBytes) resolves to the same string.
// No `vscode` import: the worker packs, the extension host unpacks.

/** Texts shorter than this (in UTF-16 units) travel as they are: a one-message copy of them is cheap. */
export const LONG_TEXT = 64 * 1024;

/** Bytes decoded between two yields to the event loop. */
const SLICE_BYTES = 256 * 1024;

/** A lone surrogate: UTF-8 cannot carry it (TextEncoder would write U+FFFD), so such a text stays a string. */
const LONE_SURROGATE = /\p{Surrogate}/u;

const encoder = new TextEncoder();

/** `text` as UTF-8 bytes when it is long and encodes losslessly; undefined when it should travel as a string. */
export function textBytes(text: string): Uint8Array | undefined {
  if (text.length < LONG_TEXT || LONE_SURROGATE.test(text)) return undefined;
  return encoder.encode(text);
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * The text of UTF-8 `bytes`, decoded a slice per turn of the event loop, then joined in a turn of its own. A
 * character split across two slices is completed by the streaming decoder, and a leading byte-order mark is kept,
 * so the text is exactly what was encoded.
 */
export async function decodeInSlices(
  bytes: Uint8Array,
  yieldTurn: () => Promise<void> = nextTurn,
  sliceBytes = SLICE_BYTES,
): Promise<string> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const pieces: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += sliceBytes) {
    if (at > 0) await yieldTurn();
    pieces.push(decoder.decode(bytes.subarray(at, at + sliceBytes), { stream: true }));
  }
  pieces.push(decoder.decode());
  const text = pieces.join('');
  // The join copies the whole text (~20 ms for 7 MB): whoever reads it next (an editor opening it) runs a turn later.
  await yieldTurn();
  return text;
}

type WithText = { text: string };

const hasText = (answer: unknown): answer is WithText =>
  typeof answer === 'object' && answer !== null && typeof (answer as Partial<WithText>).text === 'string';

/**
 * Splits a long `text` off an answer for the trip to the host: the answer with `text` blanked, and the bytes to
 * transfer beside it. Other answers go as they are. Example: { text: <7 MB> } → { answer: { text: '' }, textBytes }.
 */
export function packLongText<T>(answer: T): { answer: T; textBytes?: Uint8Array } {
  const bytes = hasText(answer) ? textBytes(answer.text) : undefined;
  return bytes ? { answer: { ...answer, text: '' }, textBytes: bytes } : { answer };
}

/** Puts the text back (decoded in slices), with its bytes as `bytes` for a writer that wants them as they are. */
export async function unpackLongText<T>(answer: T, bytes: Uint8Array | undefined): Promise<T> {
  if (!bytes || !hasText(answer)) return answer;
  return { ...answer, text: await decodeInSlices(bytes), bytes };
}

// JSON as UTF-8 bytes, for the large messages between the worker, the extension host and the panel's webview.
// Why: a string message is copied and walked by the receiving main thread (a 1 MB article's analysis is 5.7 MB of
// JSON: ~20 ms to deserialise on the host; its 2 MB panel model cost ~25 ms more to serialise for the webview),
// while an ArrayBuffer is transferred from the worker without a copy and passed to a webview as raw bytes
// (VS Code ≥ 1.57 sends ArrayBuffers and typed arrays in a message outside its JSON).
// Example: toJsonBytes({ a: 1 }) is the 7 bytes of '{"a":1}'; fromJsonBytes(thoseBytes) is { a: 1 } again.
// No `vscode` import: the worker and the webview use it too.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `value` as JSON, UTF-8 encoded into a buffer of its own (so it can be transferred). */
export function toJsonBytes(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/** Parses what toJsonBytes made; the caller names the type it expects (as with JSON.parse). */
export function fromJsonBytes<T>(bytes: Uint8Array): T {
  return JSON.parse(decoder.decode(bytes)) as T;
}

/** The buffer to list in postMessage's transfer list: `bytes` must span all of it, or it is not transferred. */
export function transferable(bytes: Uint8Array): ArrayBuffer[] {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
}

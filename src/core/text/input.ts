/**
 * Input checks run before any analysis: is this text worth analysing at all?
 *
 * Platform-free (no Node or `vscode` import) so the extension, its worker and the CLI share one definition of
 * "binary", "empty" and "too large". Every check is a single linear pass over the text.
 */

export type InputProblem = 'binary' | 'empty' | 'too-large';

export type InspectResult = { ok: true } | { ok: false; reason: InputProblem; message: string };

export interface InspectOptions {
  /** Largest input accepted, in bytes (UTF-8). Defaults to DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

/** The analysis is linear, but past this size a single result no longer fits comfortably in memory or a panel. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Share of suspicious characters (C0/C1 controls other than whitespace, U+FFFD) above which a text is taken for
 * binary. Real prose has none; a Latin-1 article mis-decoded as UTF-8 has one U+FFFD per accented letter (a few
 * percent), which must still count as text.
 */
const SUSPICIOUS_SHARE = 0.1;
/** Binary files often start with a readable header ("%PDF-1.7"), so the head is judged on its own as well. */
const HEAD_CHARS = 4096;

/** Characters that never occur in text: NUL, C0 controls except \t \n \v \f \r, ESC aside, DEL, C1 controls, U+FFFD. */
function isSuspicious(code: number): boolean {
  if (code < 0x20)
    return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
  if (code >= 0x7f && code <= 0x9f) return true;
  return code === 0xfffd;
}

/** True when the text has no character other than white space (including BOM and zero-width ones). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      c === 0x20 ||
      (c >= 0x09 && c <= 0x0d) ||
      c === 0xa0 ||
      c === 0xfeff ||
      c === 0x200b ||
      c === 0x2028 ||
      c === 0x2029
    )
      continue;
    if (c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85)
      continue;
    return false;
  }
  return true;
}

/** UTF-8 size of a UTF-16 string without allocating (a lone surrogate counts 3, as its U+FFFD would). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/**
 * Decides whether `text` can be analysed. `byteLength` is the size of the file it came from, when known (cheaper
 * and more exact than re-encoding); otherwise the UTF-8 size of the text is used.
 */
export function inspectText(text: string, byteLength?: number, options: InspectOptions = {}): InspectResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  // A size known up front lets a huge input be refused without scanning it.
  if (byteLength !== undefined && byteLength > maxBytes) return tooLarge(byteLength, maxBytes);
  if (isBlank(text)) return { ok: false, reason: 'empty', message: 'The text is empty: there is nothing to annotate.' };
  if (byteLength === undefined) {
    // UTF-8 is at most 3 bytes per UTF-16 unit, so only texts near the limit need their size computed.
    const size = text.length * 3 > maxBytes ? utf8ByteLength(text) : text.length;
    if (size > maxBytes) return tooLarge(size, maxBytes);
  }
  return inspectCharacters(text);
}

function tooLarge(bytes: number, maxBytes: number): InspectResult {
  return {
    ok: false,
    reason: 'too-large',
    message: `The text is too large to annotate (${formatSize(bytes)}; the limit is ${formatSize(maxBytes)}).`,
  };
}

function inspectCharacters(text: string): InspectResult {
  if (text.indexOf('\u0000') !== -1) return binary('it contains NUL characters');
  let suspicious = 0;
  let headSuspicious = 0;
  const head = Math.min(text.length, HEAD_CHARS);
  for (let i = 0; i < text.length; i++) {
    if (isSuspicious(text.charCodeAt(i))) {
      suspicious++;
      if (i < head) headSuspicious++;
    }
  }
  if (suspicious > text.length * SUSPICIOUS_SHARE || headSuspicious > head * SUSPICIOUS_SHARE) {
    return binary('it is full of control or undecodable characters');
  }
  return { ok: true };
}

function binary(why: string): InspectResult {
  return { ok: false, reason: 'binary', message: `This looks like binary data, not an article text: ${why}.` };
}

// ---------------------------------------------------------------------------------------------------------------
// Bytes → text

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** A byte-order mark was present (and removed from `text`). */
  bom: boolean;
  /** Bytes that are not valid UTF-8 were replaced by U+FFFD. Always false for UTF-16. */
  invalidUtf8: boolean;
}

/** How much of the head is sampled to recognise BOM-less UTF-16. */
const UTF16_SNIFF_BYTES = 4096;

/**
 * Decodes a file's bytes: UTF-8 (with or without BOM) and UTF-16 LE/BE (with a BOM, or recognised by the zero
 * high bytes of mostly-ASCII text). Invalid UTF-8 never throws: it becomes U+FFFD and is flagged, so the caller can
 * warn, and `inspectText` can still call the result binary when most of it is undecodable.
 */
export function decodeBytes(buf: Uint8Array): DecodedText {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return decodeUtf8(buf.subarray(3), true);
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return decodeUtf16(buf.subarray(2), 'utf-16le', true);
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return decodeUtf16(buf.subarray(2), 'utf-16be', true);
  const sniffed = sniffUtf16(buf);
  if (sniffed) return decodeUtf16(buf, sniffed, false);
  return decodeUtf8(buf, false);
}

function decodeUtf8(bytes: Uint8Array, bom: boolean): DecodedText {
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      bom,
      invalidUtf8: false,
    };
  } catch {
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      encoding: 'utf-8',
      bom,
      invalidUtf8: true,
    };
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  // ignoreBOM keeps a second BOM as U+FEFF text; the first was already cut off above.
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes), encoding, bom, invalidUtf8: false };
}

/**
 * BOM-less UTF-16 of Latin-script text has a zero in every other byte; UTF-8 text never does. Requires an even
 * length and most of the sampled pairs to have exactly one zero byte on the same side.
 */
function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (buf.length < 4 || buf.length % 2 !== 0) return undefined;
  const n = Math.min(buf.length, UTF16_SNIFF_BYTES);
  let zeroHigh = 0; // LE: the second byte of a pair is zero
  let zeroLow = 0; // BE: the first byte is zero
  const pairs = n >> 1;
  for (let i = 0; i + 1 < n; i += 2) {
    const a = buf[i];
    const b = buf[i + 1];
    if (a !== 0 && b === 0) zeroHigh++;
    else if (a === 0 && b !== 0) zeroLow++;
  }
  if (zeroHigh >= pairs * 0.6 && zeroLow === 0) return 'utf-16le';
  if (zeroLow >= pairs * 0.6 && zeroHigh === 0) return 'utf-16be';
  return undefined;
}

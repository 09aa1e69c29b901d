/**
 * Text that reaches a terminal from the CLI: a file name, an argument or a piece of an input quoted in a message
 * on stderr, and the JSON written to stdout. Article bytes must never drive the terminal (an ESC or the 8-bit
 * CSI U+009B starts a control sequence) nor fake its output (a line feed in a file name would print a second,
 * forged `news-annotate: …` line; a bidi override reorders what is shown).
 */
import { showInvisibles } from '../invisibles';

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * For messages: C0 and C1 controls and DEL as `\n`, `\t`, `\x1B`, `\x9B`…; bidi and invisible characters as
 * `[U+202E]`. `x.news⏎news-annotate: OK` → `x.news\nnews-annotate: OK`, one line. A backslash is left as it is
 * (a Windows path stays readable), so `\n` may also be those two characters in the name: ambiguous, never forged.
 */
export function escapeControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return showInvisibles(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    if (NAMED[c]) return NAMED[c];
    return code > 0xff
      ? `[U+${code.toString(16).toUpperCase()}]`
      : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}

/**
 * For JSON output (after JSON.stringify, which already escapes C0): DEL, C1 controls, bidi controls, BOM and the
 * line and paragraph separators as `\u009b`-style escapes. These characters can only occur inside JSON strings,
 * so the output is still valid JSON and parses to the same value; printed to a terminal it is inert.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

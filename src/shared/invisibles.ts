// Characters that change how text shows without showing themselves. An article can hold U+202E (right-to-left
// override) so that "evil" renders as "live", or a zero-width space inside "Oka\u200Bfor" so that a search for "okafor"
// misses it. The editor marks such characters; every other place that shows article text (panel, quick picks,
// Markdown exports, CLI messages) shows them as `[U+202E]` through `showInvisibles`, and the panel's filter
// compares text through `withoutInvisibles`.

/**
 * Shown as `[U+XXXX]`: bidi controls (embeddings, overrides, isolates, marks: they reorder what is around them)
 * and characters that are invisible yet never needed by a word: zero-width space, word joiner and invisible
 * operators, BOM, Mongolian vowel separator, Hangul fillers, Khmer inherent vowels, interlinear annotations.
 */
const SHOWN = String.raw`\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB`;

/**
 * Tag characters (U+E0000–U+E007F) are invisible ASCII look-alikes; they are kept only inside an emoji tag
 * sequence, the flags of England, Scotland and Wales (U+1F3F4 followed by tags).
 */
const TAGS = String.raw`\u{E0000}-\u{E007F}`;
// Built from escapes (String.raw), not from the characters themselves, so the source stays readable. Combining
// and joining characters are matched one code point at a time on purpose, hence the lint exception.
// eslint-disable-next-line no-misleading-character-class
const SHOWN_RE = new RegExp(String.raw`[${SHOWN}]|(?<!\u{1F3F4}[${TAGS}]*)[${TAGS}]`, 'gu');

/**
 * Removed for matching, on top of SHOWN: characters that words legitimately hold (so they are not shown) but
 * that a reader never types: soft hyphen, combining grapheme joiner, ZWNJ and ZWJ (Persian, Indic scripts, emoji
 * sequences), variation selectors.
 */
// eslint-disable-next-line no-misleading-character-class
const IGNORED_RE = new RegExp(String.raw`[${SHOWN}\u00AD\u034F\u200C\u200D\uFE00-\uFE0F${TAGS}]`, 'gu');

/** `U+202E`, `U+E0041`: the conventional name of a code point. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `a\u202Eb` → `a[U+202E]b`; letters, RTL scripts, joiners inside words and emoji are left as they are. */
export function showInvisibles(text: string): string {
  return text.replace(SHOWN_RE, (c) => `[${codePointName(c)}]`);
}

/** The text a filter compares: `Oka\u200Bfor` → `Okafor`. */
export function withoutInvisibles(text: string): string {
  return text.replace(IGNORED_RE, '');
}

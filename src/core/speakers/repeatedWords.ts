/**
 * A direct quote with no speaker whose words the article quotes elsewhere with one: a headline or a pull quote
 * repeating the body. "'It isn't dying. It's being strangled': the last fishing families of Newlyn" above
 * "'People think fishing is dying,' she says. 'It isn't dying. It's being strangled.'" is her quote too.
 * Words are compared lower-cased, without punctuation; a lookup by the quote's first words keeps it linear.
 */
import type { Attribution } from '../attribution/cues';
import type { QuoteKind } from '../types';
import type { Resolution } from './speakerEntry';

/** What this pass reads and sets on a quote awaiting assembly (analyze.ts's Pending). */
export interface RepeatableQuote {
  kind: QuoteKind;
  parts: Array<[number, number]>;
  attribution: Attribution;
  resolution?: Resolution;
}

/** Fewer words than this may repeat by chance ("we will win"). */
const MIN_WORDS = 4;
/** Quotes kept per opening key: a phrase repeated more often than this is a slogan, not one person's words. */
const MAX_PER_KEY = 8;
/** A repeated quote is sure only as its source is, and a little less: the words could be quoted back by another. */
const REPEAT_DISCOUNT = 0.85;

/** A run of letters, digits, apostrophes and hyphens: one word before its edges are trimmed. */
const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * Lower-case words of a quote's parts, at most `limit` of them ("It isn't dying." → ["it", "isn't", "dying"]).
 * The limit lets a quote be looked up by its opening words without listing all of a very long quote's words.
 */
function wordsOf(text: string, q: RepeatableQuote, limit = Infinity): string[] {
  const out: string[] = [];
  for (const [a, b] of q.parts) {
    if (out.length >= limit) break;
    const part = text.slice(a, b);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(part); m && out.length < limit; m = WORD.exec(part)) {
      const word = m[0].replace(/^['’-]+|['’-]+$/g, '').replace(/’/g, "'");
      if (word !== '') out.push(word.toLowerCase());
    }
  }
  return out;
}

/** A display line is short: a headline, a deck or a subheading, not a paragraph of the body. */
const MAX_DISPLAY_LINE = 200;
/** A body line ends a sentence: "… she said." or "… people.”"; a display line does not. */
const SENTENCE_CLOSE = /[.?!…][\s"'”’»)\]]*$/u;

/**
 * Rule "display quote": a quote opening a headline, deck or subheading (a short line that ends without a full stop)
 * guesses its speaker from the display line alone ("'We're exhausted': Constance Bay residents brace …" names a
 * place; the subhead "'We are not a ward of the province'" takes the latest speaker): when the body quotes the same
 * words with a cue of their own, the body's speaker is the one a reader takes.
 */
export function isDisplayQuote(text: string, q: RepeatableQuote): boolean {
  const start = q.parts[0]?.[0];
  if (start === undefined) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', start);
  const line = text.slice(lineStart, nextBreak < 0 ? text.length : nextBreak);
  return (
    text.slice(lineStart, start).trim() === '' &&
    line.length <= MAX_DISPLAY_LINE &&
    !SENTENCE_CLOSE.test(line.trimEnd())
  );
}

/** Attributions a quote's own line gives without a cue: "Al-Sulaiti: "…"", an interview's "A:". */
const OWN_LABEL = new Set<Attribution['how']>(['colon', 'interview']);

/** A display quote this short may still repeat a body quote's opening words: "'We're exhausted': …". */
const MIN_DISPLAY_WORDS = 2;

interface Holder {
  q: RepeatableQuote;
  joined: string;
}

/**
 * Every window of MIN_WORDS words of each spoken quote, to the quotes holding it; and, keyed "^" + words, each
 * quote's first MIN_DISPLAY_WORDS..MIN_WORDS-1 words, where a short display quote looks its source up.
 */
function windowsOf(text: string, spoken: RepeatableQuote[]): Map<string, Holder[]> {
  const byWindow = new Map<string, Holder[]>();
  const add = (key: string, h: Holder): void => {
    const list = byWindow.get(key) ?? [];
    if (list.length < MAX_PER_KEY && list[list.length - 1]?.q !== h.q) list.push(h);
    byWindow.set(key, list);
  };
  for (const q of spoken) {
    const words = wordsOf(text, q);
    const h = { q, joined: ` ${words.join(' ')} ` };
    for (let i = 0; i + MIN_WORDS <= words.length; i++) add(words.slice(i, i + MIN_WORDS).join(' '), h);
    for (let n = MIN_DISPLAY_WORDS; n < MIN_WORDS && n <= words.length; n++) add(`^${words.slice(0, n).join(' ')}`, h);
  }
  return byWindow;
}

/** The quotes that may hold this one's words: by its first window, or, for a short display quote, by its opening. */
function candidatesFor(text: string, q: RepeatableQuote, display: boolean, byWindow: Map<string, Holder[]>): Holder[] {
  const opening = wordsOf(text, q, MIN_WORDS);
  if (opening.length === MIN_WORDS) return byWindow.get(opening.join(' ')) ?? [];
  if (display && opening.length >= MIN_DISPLAY_WORDS) return byWindow.get(`^${opening.join(' ')}`) ?? [];
  return [];
}

/**
 * Gives each speakerless direct quote, and each display quote, the speaker of another quote holding all its words in
 * the same order (for a display quote, a body quote with a cue of its own).
 */
export function attributeRepeatedWords(text: string, quotes: RepeatableQuote[]): void {
  const direct = quotes.filter((q) => q.kind === 'direct');
  const display = new Set(direct.filter((q) => isDisplayQuote(text, q)));
  const missing = direct.filter((q) => !q.resolution?.entry || display.has(q));
  const spoken = direct.filter((q) => q.resolution?.entry);
  if (missing.length === 0 || spoken.length === 0) return;
  const byWindow = windowsOf(text, spoken);
  for (const q of missing) {
    // a display quote with a guess of its own yields only to a body quote its words attribute: a cue or a turn's label
    const shown = display.has(q);
    const overrides = (c: Holder): boolean =>
      !shown ||
      (!display.has(c.q) && (!q.resolution?.entry || !!c.q.attribution.cue || OWN_LABEL.has(c.q.attribution.how)));
    const whole = ` ${wordsOf(text, q).join(' ')} `;
    const source = candidatesFor(text, q, shown, byWindow).find(
      (c) => c.q !== q && c.joined.includes(whole) && overrides(c),
    );
    const found = source?.q.resolution;
    if (!found?.entry) continue;
    // a display quote's own guess (a place after its colon, the latest speaker) is dropped with its speaker
    q.attribution = shown ? { speaker: null, cue: null, how: 'repeated' } : { ...q.attribution, how: 'repeated' };
    q.resolution = {
      entry: found.entry,
      certainty: found.certainty * REPEAT_DISCOUNT,
      ...(found.others ? { others: found.others } : {}),
      basis: 'the same words are quoted elsewhere in the article with their speaker',
    };
  }
}

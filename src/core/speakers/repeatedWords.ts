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

/** Gives each speakerless direct quote the speaker of another quote holding all its words in the same order. */
export function attributeRepeatedWords(text: string, quotes: RepeatableQuote[]): void {
  const missing = quotes.filter((q) => q.kind === 'direct' && !q.resolution?.entry);
  const spoken = quotes.filter((q) => q.kind === 'direct' && q.resolution?.entry);
  if (missing.length === 0 || spoken.length === 0) return;
  // every window of MIN_WORDS words of each spoken quote, to the quotes holding it
  const byOpening = new Map<string, Array<{ q: RepeatableQuote; joined: string }>>();
  for (const q of spoken) {
    const words = wordsOf(text, q);
    const joined = ` ${words.join(' ')} `;
    for (let i = 0; i + MIN_WORDS <= words.length; i++) {
      const key = words.slice(i, i + MIN_WORDS).join(' ');
      const list = byOpening.get(key) ?? [];
      if (list.length < MAX_PER_KEY && list[list.length - 1]?.q !== q) list.push({ q, joined });
      byOpening.set(key, list);
    }
  }
  for (const q of missing) {
    const opening = wordsOf(text, q, MIN_WORDS);
    const candidates = opening.length === MIN_WORDS ? byOpening.get(opening.join(' ')) : undefined;
    if (!candidates) continue;
    const whole = ` ${wordsOf(text, q).join(' ')} `;
    const source = candidates.find((c) => c.q !== q && c.joined.includes(whole));
    const found = source?.q.resolution;
    if (!found?.entry) continue;
    q.attribution = { ...q.attribution, how: 'repeated' };
    q.resolution = {
      entry: found.entry,
      certainty: found.certainty * REPEAT_DISCOUNT,
      ...(found.others ? { others: found.others } : {}),
      basis: 'the same words are quoted elsewhere in the article with their speaker',
    };
  }
}

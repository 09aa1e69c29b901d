/**
 * "Hale was quoted by the Ledger as saying that the offer was an insult": after a passive "quoted … as", the
 * participle reports for the passive's subject (the outlet after "by" only printed it). The active "The Ledger quoted
 * Hale as saying …" is the outlet's report, as annotated news counts it, and is left to the other rules.
 */
import type { DocToken } from '../text/document';
import { phraseLeft, type Phrase } from '../attribution/phrases';
import { BE_FORMS } from '../lexicon/functionWords';
import { PARTICIPLES, QUOTED_AS_VERBS } from '../lexicon/speechVerbs';

/** Tokens from the participle back to "quoted": "quoted by the Coastal Ledger newspaper as saying". */
const QUOTED_AS_REACH = 10;

/** The index of the passive "quoted" that the participle at i ("as saying") completes, or -1. */
export function passiveQuotedAs(tokens: DocToken[], s: number, i: number): number {
  if (!PARTICIPLES.has(tokens[i].lower) || tokens[i - 1]?.lower !== 'as') return -1;
  for (let q = i - 2; q > s && i - q <= QUOTED_AS_REACH; q--) {
    const t = tokens[q];
    if (QUOTED_AS_VERBS.has(t.lower)) return BE_FORMS.has(tokens[q - 1]?.lower ?? '') ? q : -1;
    if (!t.word) return -1;
  }
  return -1;
}

/** The subject of "was quoted": the phrase right before its auxiliary. */
export function quotedAsSubject(tokens: DocToken[], s: number, q: number, source: string): Phrase | null {
  const p = phraseLeft(tokens, q - 1, s, source);
  return p && p.to === q - 1 ? p : null;
}

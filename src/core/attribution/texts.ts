/**
 * Texts as speaker phrases: "the email", "his latest fundraising letter", "Bush's Facebook post". The speaker-phrase
 * scanner leaves them out on purpose ("said in an email" names no one); these functions take them only where a text
 * speaks: '"…," read the email', 'The email goes on to say: "…"', 'From Bush's Facebook post: "…"'. The speaker
 * table resolves such a phrase to whoever issued the text.
 */
import type { DocToken } from '../text/document';
import { phraseLeft, type Phrase } from './phrases';
import { ISSUED_TEXT_NOUNS } from '../lexicon/speakerWords';
import { CLAIM_POSSESSIVES as POSSESSIVE_DETERMINERS, NOUN_DETERMINERS } from '../lexicon/functionWords';
import { CUE_VERBS } from '../lexicon/lexicon';

/** Words a text phrase may hold between its determiner and its noun ("his latest fundraising | email"). */
const MAX_TEXT_MODIFIERS = 4;

function isPossessiveToken(t: DocToken | undefined): boolean {
  return t !== undefined && (t.text === "'s" || t.text === '’s');
}

function textPhrase(from: number, to: number): Phrase {
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

/** 'read [the email]', '[The memo], released Monday, goes on': a determiner, a few modifiers and a text noun. */
export function textPhraseRight(tokens: DocToken[], start: number, ceil: number): Phrase | null {
  if (!NOUN_DETERMINERS.has(tokens[start]?.lower ?? '')) return null;
  for (let i = start + 1; i < ceil && i - start <= MAX_TEXT_MODIFIERS + 1; i++) {
    const t = tokens[i];
    if (!t.word) return null;
    // "a tweet", "the report": after its determiner a text noun is no verb, though "tweet" and "report" can be
    if (ISSUED_TEXT_NOUNS.has(t.lower) && !ISSUED_TEXT_NOUNS.has(tokens[i + 1]?.lower ?? ''))
      return textPhrase(start, i + 1);
    if (CUE_VERBS.has(t.lower)) return null;
  }
  return null;
}

/**
 * '[Bush's Facebook post]:', '[his campaign's latest email]': a text noun ending at `end`, back over its modifiers to
 * a possessor (a name and "'s") or a possessive determiner ("his"). Null without one: "a statement:" says whose it is
 * nowhere.
 */
export function possessedTextLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const head = end - 1;
  if (head < floor || !ISSUED_TEXT_NOUNS.has(tokens[head].lower)) return null;
  for (let i = head - 1; i >= floor && head - i <= MAX_TEXT_MODIFIERS + 1; i--) {
    const t = tokens[i];
    if (POSSESSIVE_DETERMINERS.has(t.lower)) return textPhrase(i, end);
    if (isPossessiveToken(t)) {
      const owner = phraseLeft(tokens, i, floor, source);
      return owner && owner.kind === 'name' ? textPhrase(owner.from, end) : null;
    }
    if (!t.word || CUE_VERBS.has(t.lower)) return null;
  }
  return null;
}

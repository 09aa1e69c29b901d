/**
 * Someone the narration brought in unnamed just before: "Ebeling and her husband were greeted by an organizer at a
 * field office." ¶ '"You guys are the best messengers," the organizer told them.' — "the organizer" is that person,
 * not the person the passage is about, nor an official named earlier whose title merely fits ("Foreign Secretary
 * Ruiz … Mexican officials conducted polling." ¶ '"We found …," the official said.').
 *
 * Left alone: a noun inside a quote ('"an organizer"'), one with a definite or possessive determiner ("the
 * organizer", "her organizer": someone known), a title before a name ("Morning Talk hosts Carl Mendes and Rita Yost"),
 * and anything before the paragraph before.
 */
import type { DocToken } from '../text/document';
import { DESCRIBING_LINKS } from '../lexicon/speakerWords';

/** Words between the determiner and the noun: "a young campaign organizer", "senior Mexican officials". */
const MAX_MODIFIERS = 3;
/** Determiners that bring in someone new. */
const INTRODUCING = new Set(['a', 'an', 'another']);
/** Words before a bare plural that make it known, not new: "the officials", "his aides", "those officials". */
const KNOWN_BEFORE = new Set(['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/**
 * The start of a mention, in this paragraph before token `from` or in the paragraph before, bringing in someone
 * unnamed by the noun `head`: "an organizer", "a senior official", or the bare plural "Mexican officials". -1 if none.
 */
export function introducedUnnamedAt(
  tokens: readonly DocToken[],
  from: number,
  to: number,
  isQuoted: (t: DocToken) => boolean,
): number {
  const line = tokens[from].line;
  const head = tokens[to - 1].lower;
  const plural = `${head}s`;
  let paragraphs = 0;
  for (let k = from - 1; k >= 0; k--) {
    if (tokens[k].line !== tokens[k + 1].line && ++paragraphs > 1) break;
    if (tokens[k].line < line - 2) break;
    const noun = tokens[k].lower;
    if ((noun !== head && noun !== plural) || isQuoted(tokens[k])) continue;
    // "Morning Talk hosts Carl Mendes and Rita Yost": a title before names brings in those named
    if (tokens[k + 1]?.cap && tokens[k + 1].word && tokens[k + 1].line === tokens[k].line) continue;
    const d = determinerBefore(tokens, k);
    if (!d.modifiers || !coversModifiers(tokens, from, to, d.modifiers)) continue;
    const fresh = noun === head ? INTRODUCING.has(d.word) : !KNOWN_BEFORE.has(d.word) && !INTRODUCING.has(d.word);
    if (fresh && !DESCRIBING_LINKS.has(tokens[d.at - 1]?.lower ?? '')) return tokens[k].start;
  }
  return -1;
}

/**
 * The word before the noun's modifiers ("a" in "a young campaign organizer"), lower-cased ('' at the text's start),
 * its index, and the modifiers; no modifiers when more words stand between than a description holds.
 */
function determinerBefore(
  tokens: readonly DocToken[],
  noun: number,
): { word: string; at: number; modifiers: Set<string> | null } {
  let k = noun - 1;
  const modifiers = new Set<string>();
  for (; k >= 0 && tokens[k].word && !isDeterminerLike(tokens[k].lower); k--) {
    if (modifiers.size === MAX_MODIFIERS) return { word: '', at: k, modifiers: null };
    modifiers.add(tokens[k].lower);
  }
  return { word: k >= 0 ? tokens[k].lower : '', at: k, modifiers };
}

/**
 * Whether the description's own modifiers ("the freshman senator") were all in the mention bringing the person in:
 * "fellow Republican senators" is no source of "the freshman senator", "officers" none of "the senior officer".
 */
function coversModifiers(tokens: readonly DocToken[], from: number, to: number, modifiers: Set<string>): boolean {
  for (let i = from + 1; i < to - 1; i++) if (tokens[i].word && !modifiers.has(tokens[i].lower)) return false;
  return true;
}

function isDeterminerLike(w: string): boolean {
  return INTRODUCING.has(w) || KNOWN_BEFORE.has(w);
}

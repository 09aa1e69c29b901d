/**
 * "the Redmond, Wash.-based company", "the Bellevue, Washington-based firm": US business news names a company again by
 * its home town and state before "-based" (or "-headquartered", "-listed"). The comma after the town splits the
 * phrase, so the scanners read "the Redmond" as a name or "Washington-based company" as the speaker. These read the
 * whole description: "the", one to three capitalized town words, a comma, the state compound ("Washington-based",
 * "Wash.-based": one token, see tokenize.ts) and one lower-case noun. Fixed windows: O(1) per call.
 */
import type { DocToken } from '../text/document';

/** Words after the hyphen that place a body: "-based", "-headquartered", "-listed". */
const PLACING_PARTS = new Set(['based', 'headquartered', 'listed']);

/** "Washington-based", "Wash.-based": a state (or country) and its placing part in one token. */
const PLACED_WORD = /^\p{Lu}[\p{L}.]*-(\p{Ll}+)$/u;

const MAX_TOWN_WORDS = 3;

/** The state compound at token `i` ("Washington-based", "Wash.-based"), placing a body rather than naming it. */
function isStateCompound(tokens: DocToken[], i: number): boolean {
  const whole = tokens[i] ? PLACED_WORD.exec(tokens[i].text) : null;
  return !!whole && PLACING_PARTS.has(whole[1]);
}

/** The "the" opening "the Town, " before the state compound starting at `state`; else -1. */
function townStart(tokens: DocToken[], state: number, floor: number): number {
  if (tokens[state - 1]?.text !== ',') return -1;
  let j = state - 2;
  while (j >= floor && state - 1 - j <= MAX_TOWN_WORDS && tokens[j].cap && tokens[j].word && tokens[j].lower !== 'the')
    j--;
  const towns = state - 2 - j;
  return towns >= 1 && j >= floor && tokens[j].lower === 'the' ? j : -1;
}

/**
 * Where "the Town, State-based" opens when its noun is token `head` (the description read leftwards from its verb:
 * "the Bellevue, Wash.-based company said"); else -1.
 */
export function placedDescriptionStart(tokens: DocToken[], head: number, floor: number): number {
  const noun = tokens[head];
  if (!noun || !noun.word || noun.cap) return -1;
  return head - 1 >= floor && isStateCompound(tokens, head - 1) ? townStart(tokens, head - 1, floor) : -1;
}

/**
 * Where "the Town, State-based noun" (or "the State-based noun") that opens at token `start` ends ("said the Redmond,
 * Wash.-based company", "said the Seattle-based company"); else -1.
 */
export function placedDescriptionEnd(tokens: DocToken[], start: number, ceil: number): number {
  if (tokens[start]?.lower !== 'the') return -1;
  // "said the Seattle-based company": no town, the compound right after "the"
  const noun = tokens[start + 2];
  if (start + 2 < ceil && isStateCompound(tokens, start + 1) && noun.word && !noun.cap) return start + 3;
  for (let head = start + 4; head < ceil && head <= start + MAX_TOWN_WORDS + 3; head++) {
    if (placedDescriptionStart(tokens, head, start) === start) return head + 1;
  }
  return -1;
}

/** "the Bellevue, Wash.-based company" as written: a description that places its body, the body named last. */
export const PLACED_DESCRIPTION =
  /^[Tt]he (?:\p{Lu}[\p{L}'-]*\s+){0,2}\p{Lu}[\p{L}'-]*,\s+\p{Lu}\p{L}*\.?-(?:based|headquartered|listed)\s+\p{Ll}+$/u;

/** ", Wash.-based" right after a town: the town only places the body of the description it opens, and is none. */
export const PLACING_STATE_AFTER = /^,\s+\p{Lu}[\p{L}.]*-(?:based|headquartered|listed)\b/u;

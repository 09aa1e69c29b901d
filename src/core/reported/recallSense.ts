/**
 * "recall" reports a memory ("Hale recalled that the mill had closed", "recalled how …") but also names a maker taking
 * goods back or a state its envoy ("recalled 40,000 jars of peanut butter", "recalled its ambassador"): that sense
 * reports nothing.
 */
import type { DocToken } from '../text/document';
import { APPROXIMATORS, FUNCTION_WORDS, NOUN_DETERMINERS } from '../lexicon/functionWords';
import { NUMBER_MAGNITUDES, RECALL_FORMS, RECALLED_GOODS } from '../lexicon/speechVerbs';

/** Modifiers a goods noun may have after its determiner: "the affected | frozen | vehicles". */
const MAX_GOODS_MODIFIERS = 3;

/** The verb at i is "recall" with goods or an envoy for its object: a count of things, or a noun of goods. */
export function recallsGoods(tokens: DocToken[], i: number): boolean {
  if (!RECALL_FORMS.has(tokens[i].lower)) return false;
  let k = i + 1;
  if (APPROXIMATORS.has(tokens[k]?.lower ?? '')) k++;
  if (/^\d/.test(tokens[k]?.text ?? '')) return countedThings(tokens, k + 1);
  if (NOUN_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  // the head closes the noun phrase: "the affected | frozen | meals" before "and", a comma or the end
  let head = -1;
  for (let j = k; j < tokens.length && j - k <= MAX_GOODS_MODIFIERS; j++) {
    const t = tokens[j];
    if (!t.word || FUNCTION_WORDS.has(t.lower)) break;
    head = j;
  }
  return head >= 0 && RECALLED_GOODS.has(tokens[head].lower);
}

/** After a number: "40,000 jars", "2.1 million vehicles", a plain noun (not "1998 as the worst year"). */
function countedThings(tokens: DocToken[], k: number): boolean {
  const next = NUMBER_MAGNITUDES.has(tokens[k]?.lower ?? '') ? tokens[k + 1] : tokens[k];
  return next !== undefined && next.word && !next.cap && !FUNCTION_WORDS.has(next.lower);
}

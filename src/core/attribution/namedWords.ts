/**
 * Quotes whose sayer owns a noun of speech instead of a verb's subject: '"…," came the reply from Dana Roy',
 * 'In Roy's words, "…"', 'In the words of Dana Roy, "…"'. No reporting verb names the sayer in either.
 */
import type { Doc, DocToken } from '../text/document';
import { ANSWER_NOUNS } from '../lexicon/speechVerbs';
import {
  ANSWER_ARRIVAL_VERBS,
  EXCERPT_AUTHOR_VERBS,
  OUTLET_PREPOSITIONS,
  WORDS_OF_NOUNS,
} from '../lexicon/speakerWords';
import { NOUN_DETERMINERS } from '../lexicon/functionWords';
import { type Attribution } from './cues';
import { phraseLeft, phraseRight, type Phrase } from './phrases';

/** Modifiers between the determiner and the answer noun: "came the terse, angry reply". */
const MAX_ANSWER_MODIFIERS = 3;

/**
 * '"Not a chance," came the reply from Dana Roy', '… came a swift response from the ministry': inverted "came" with
 * a noun of answer; whoever it came from said the quote. The cue runs from "came" to "from".
 */
export function answerCameFrom(doc: Doc, k: number, end: number): Attribution | null {
  const { tokens, text } = doc;
  if (!ANSWER_ARRIVAL_VERBS.has(tokens[k]?.lower ?? '') || !NOUN_DETERMINERS.has(tokens[k + 1]?.lower ?? ''))
    return null;
  let noun = k + 2;
  while (noun < end && noun - k - 2 < MAX_ANSWER_MODIFIERS && !ANSWER_NOUNS.has(tokens[noun].lower)) noun++;
  if (!ANSWER_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun + 1]?.lower !== 'from') return null;
  const speaker = phraseRight(tokens, noun + 2, end, text);
  if (!speaker || speaker.from !== noun + 2 || speaker.kind === 'pronoun') return null;
  return { speaker, cue: [tokens[k].start, tokens[noun + 1].end], how: 'after' };
}

/**
 * 'In Roy's words, "…"', 'In his own words: "…"', 'In the words of one resident, "…"': a phrase naming whose words
 * the quote is, right before it (`last` is its final token, before the comma or colon).
 */
export function inWordsOf(doc: Doc, start: number, last: number): Attribution | null {
  const { tokens } = doc;
  return WORDS_OF_NOUNS.has(tokens[last]?.lower ?? '')
    ? possessedWords(doc, start, last)
    : wordsOfPhrase(doc, start, last);
}

/** "In Roy's (own) words", "In his words": the possessor before the noun, "in" before the possessor. */
function possessedWords(doc: Doc, start: number, noun: number): Attribution | null {
  const { tokens, text } = doc;
  const poss = tokens[noun - 1]?.lower === 'own' ? noun - 2 : noun - 1;
  if (poss <= start) return null;
  let owner: Phrase | null;
  if (tokens[poss].lower === 'his' || tokens[poss].lower === 'her')
    owner = { from: poss, to: poss + 1, kind: 'pronoun', nameFrom: poss + 1, nameTo: poss + 1 };
  else owner = isPossessiveMark(tokens[poss]) ? phraseLeft(tokens, poss, start, text) : null;
  if (!owner || owner.to !== poss + (owner.kind === 'pronoun' ? 1 : 0) || tokens[owner.from - 1]?.lower !== 'in')
    return null;
  return { speaker: owner, cue: [tokens[owner.from - 1].start, tokens[noun].end], how: 'before' };
}

/** "In the words of Dana Roy": the phrase after "of" runs to the end of the introduction. */
function wordsOfPhrase(doc: Doc, start: number, last: number): Attribution | null {
  const { tokens, text } = doc;
  for (let i = start; i + 3 < last; i++) {
    if (tokens[i].lower !== 'in' || tokens[i + 1].lower !== 'the') continue;
    if (!WORDS_OF_NOUNS.has(tokens[i + 2].lower) || tokens[i + 3].lower !== 'of') continue;
    const speaker = phraseRight(tokens, i + 4, last + 1, text);
    if (!speaker || speaker.from !== i + 4 || speaker.to !== last + 1 || speaker.kind === 'pronoun') return null;
    return { speaker, cue: [tokens[i].start, tokens[i + 3].end], how: 'before' };
  }
  return null;
}

/**
 * 'From Dana Roy writing at The Ledger:' ¶ '"…"': a blog's line introducing an excerpt names its author after "From",
 * before "writing" and the outlet; no verb of the author's reports it. 'From the start, writing at night was hard:'
 * names no one (a name must follow "From").
 */
export function excerptAuthor(doc: Doc, start: number, last: number): Attribution | null {
  const { tokens, text } = doc;
  if (tokens[start]?.lower !== 'from') return null;
  const speaker = phraseRight(tokens, start + 1, last + 1, text);
  if (!speaker || speaker.kind !== 'name' || speaker.from !== start + 1) return null;
  const verb = tokens[speaker.to]?.text === ',' ? speaker.to + 1 : speaker.to;
  if (!EXCERPT_AUTHOR_VERBS.has(tokens[verb]?.lower ?? '') || !OUTLET_PREPOSITIONS.has(tokens[verb + 1]?.lower ?? ''))
    return null;
  return {
    speaker: { ...speaker, to: Math.min(speaker.to, verb) },
    cue: [tokens[verb].start, tokens[verb].end],
    how: 'before',
  };
}

/**
 * "In Roy's words," names what follows as said, which a verb's lower-case quote ('called it "a disgrace"') is not: a
 * sentence quoted after it is Roy's statement even when it opens in lower case ('In Roy's words, "this is the end."').
 */
export function introducesWords(doc: Doc, a: Attribution): boolean {
  return a.how === 'before' && a.cue !== null && doc.tokens[doc.tokenAt(a.cue[0])]?.lower === 'in';
}

function isPossessiveMark(t: DocToken | undefined): boolean {
  return t !== undefined && /^['’]s?$/i.test(t.text);
}

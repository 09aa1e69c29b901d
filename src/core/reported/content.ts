/** Where reported content starts and stops: "said (that) [the bridge will reopen], adding …". */
import type { Doc, DocToken } from '../text/document';
import { isQuoteToken } from '../attribution/cues';
import { endsContent } from './contentEnd';
import {
  CLAUSE_CUES,
  CUE_PREFIX,
  CUE_VERBS,
  INFINITIVE_CUES,
  OBJECT_CONTENT_CUES,
  TIME_PHRASE_WORDS,
} from '../lexicon/lexicon';
import { IRREGULAR_PAST_CUES, PARTICIPLES } from '../lexicon/speechVerbs';
import { CONTRAST, DATELINE_DASHES, SUBJECT_PRONOUNS } from '../lexicon/functionWords';
import type { QuoteMap } from './quoteMap';

export const MIN_CONTENT_WORDS = 3;

/** The -s form of an -ing cue ("demanding" → "demands", "arguing" → "argues"), so one lexicon entry covers both. */
export function cueForm(word: string): string {
  if (!word.endsWith('ing') || word.length < 6) return word;
  const stem = word.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  for (const f of [`${stem}s`, `${stem}es`, `${doubled}s`, stem.replace(/y$/, 'ies')])
    if (CUE_VERBS.has(f) || OBJECT_CONTENT_CUES.has(f)) return f;
  return word;
}

/** Content ending in a quoted fragment may be shorter: 'called Lind “unhinged.”' quotes the word it reports. */
const MIN_QUOTED_WORDS = 2;

function quotedEnd(tokens: DocToken[], a: number, b: number): boolean {
  return b - a >= 3 && isQuoteToken(tokens[b - 1]) && tokens.slice(a, b - 1).some((t) => isQuoteToken(t));
}

export function wordsIn(tokens: DocToken[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].word) n++;
  return n;
}

/** "WASHINGTON (AP) — Trump has …": a dateline opening the sentence is not part of the report. */
export function afterDateline(tokens: DocToken[], from: number, to: number): number {
  if (!tokens[from] || tokens[from].text !== tokens[from].text.toUpperCase() || !tokens[from].word) return from;
  for (let i = from; i < to && i - from < 10; i++) {
    const t = tokens[i];
    if (DATELINE_DASHES.has(t.text)) return i + 1;
    if (t.word && !t.cap && !/^\d/.test(t.text)) return from;
  }
  return from;
}

/** The fewest words content may have: fewer when it ends in a quoted fragment, or is an infinitive whose verb says
 * all ("declined [to comment]", "refused [to answer]"). */
function minWords(tokens: DocToken[], a: number, b: number): number {
  return quotedEnd(tokens, a, b) || tokens[a].lower === 'to' ? MIN_QUOTED_WORDS : MIN_CONTENT_WORDS;
}

/** Trims punctuation at the content's ends (but keeps closing quote marks of an included fragment). */
export function contentRange(tokens: DocToken[], from: number, to: number, fewest?: number): [number, number] | null {
  let a = afterDateline(tokens, from, to);
  let b = to;
  while (a < b && !tokens[a].word && !isQuoteToken(tokens[a])) a++;
  while (b > a && !tokens[b - 1].word && !isQuoteToken(tokens[b - 1]) && tokens[b - 1].text !== ')') b--;
  if (b - a <= 0 || wordsIn(tokens, a, b) < (fewest ?? minWords(tokens, a, b))) return null;
  return [tokens[a].start, tokens[b - 1].end];
}

/** At "and"/"but" (after an optional comma) opening a second reporting verb of the same subject: the cue's index,
 * else -1. Only finite forms ("and warned", "but also said"): "and saying" is a participle, "and claims" a noun. */
export function coordinatedCue(tokens: DocToken[], i: number, e: number): number {
  let k = i;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'but') return -1;
  k++;
  while (k < e && k - i < 5 && CUE_PREFIX.has(tokens[k].lower)) k++;
  const w = tokens[k]?.lower ?? '';
  if (k >= e || tokens[k].cap) return -1;
  // "but argues that …", "and says he …": a present-tense cue only with its content right after it
  const next = tokens[k + 1]?.lower ?? '';
  if (w.endsWith('s') && CLAUSE_CUES.has(w) && (next === 'that' || SUBJECT_PRONOUNS.has(next))) return k;
  if (!(w.endsWith('ed') || IRREGULAR_PAST_CUES.has(w))) return -1;
  return CLAUSE_CUES.has(w) || OBJECT_CONTENT_CUES.has(w) || INFINITIVE_CUES.has(w) ? k : -1;
}

/** ", adding …", "calling them thieves and vowing to …": a participle of the speaker reports on its own. */
function participleNext(tokens: DocToken[], from: number, end: number): boolean {
  const t = tokens[end];
  return (t.text === ',' || (t.lower === 'and' && end > from + 1)) && PARTICIPLES.has(tokens[end + 1]?.lower ?? '');
}

/** Content from `from` to the sentence end, stopping before a full direct quote or a participial report; of at least
 * `fewest` words when given (a topic: "talked about [taxes]"). */
export function contentAfter(
  doc: Doc,
  from: number,
  e: number,
  inQuote: QuoteMap,
  fewest?: number,
): { range: [number, number]; end: number } | null {
  const { tokens } = doc;
  let end = from;
  while (end < e) {
    const t = tokens[end];
    // 'said the gift "was accepted and reported in full"': inside a quoted fragment the speaker's own "and" is no
    // second cue of the writer's (its comma may still end the content: '"…too late," adding that …')
    const inFragment = inQuote.of[end] >= 0 && t.lower === 'and';
    if (!inFragment && participleNext(tokens, from, end)) break;
    // ', "…': a quote opening after the comma is its own; '“peanuts,” compared …': a comma inside a fragment is not.
    // A fragment after the comma runs on in the writer's sentence: '…, "and we still have no audit."'
    if (
      t.text === ',' &&
      tokens[end + 1] &&
      isQuoteToken(tokens[end + 1]) &&
      inQuote.full[end + 1] === 1 &&
      inQuote.of[end + 1] !== inQuote.of[end]
    )
      break;
    // a full direct quote is its own attribution, never part of reported content; a semicolon opens a new clause
    if (inQuote.full[end] || (t.text === ';' && inQuote.of[end] < 0)) break;
    // ", but …": the writer's contrast, no longer the report
    if (
      t.text === ',' &&
      end > from + 2 &&
      CONTRAST.has(tokens[end + 1]?.lower ?? '') &&
      tokens[end + 2]?.lower !== 'that'
    )
      break;
    // "said A and warned B": a second report of the same speaker
    if (end > from + 2 && !inFragment && coordinatedCue(tokens, end, e) >= 0) break;
    if (inQuote.of[end] < 0 && endsContent(tokens, from, end)) break;
    end++;
  }
  const range = contentRange(tokens, from, end, fewest);
  return range && !isTimeOnly(tokens, from, end) ? { range, end } : null;
}

/** "than our models said [ten years ago]": content that is only a time says when, not what. */
function isTimeOnly(tokens: DocToken[], from: number, end: number): boolean {
  let words = 0;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (!t.word) continue;
    if (!TIME_PHRASE_WORDS.has(t.lower) && !/^\d+$/.test(t.text)) return false;
    words++;
  }
  return words > 0;
}

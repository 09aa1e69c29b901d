/**
 * Quotes in another language ("„Ohne verbindliche Zahlen ist dieser Vertrag ein Stück Papier“", a minister quoted in
 * German before the paraphrase): the English name evidence misreads their capitalized nouns as people ("Vertrag",
 * "Stück Papier"). A quote whose lower-case words are mostly unknown to the English lexicon is foreign, and the
 * people and unknown places found inside it are dropped. English prose keeps well over half of its lower-case words in the lexicon
 * (function words, common verbs and adjectives), so the threshold sits far below it.
 */
import type { DocToken } from '../text/document';
import { lexiconTags } from '../entities/gazetteer';
import type { Span } from '../types';
import type { QuoteSpan } from './quoteSpans';
import { FUNCTION_WORDS } from '../lexicon/functionWords';

/** Fewer lower-case words than this say nothing about the language ("« Non »", "„Ja, bitte“"). */
const MIN_WORDS = 4;
/** Below this many lower-case words, one English word is enough to call a span English. */
const SHORT_WORDS = 8;
/** At most this share of known words makes a longer span foreign. */
const MAX_KNOWN_SHARE = 0.25;
/** Longer quotes are judged on their first words: enough evidence, and linear whatever the quote's length. */
const MAX_WORDS = 40;

/** English suffixes the lexicon leaves to compromise's rules: "videos", "obviously", "refused", "breaking". */
const SUFFIXES = [
  's',
  'es',
  'ed',
  'd',
  'ing',
  'ly',
  'ness',
  'ion',
  'ions',
  'ity',
  'able',
  'al',
  'ful',
  'less',
  'ment',
  'ous',
  'ive',
];

/** An ordinary English word: a function word or one the lexicon tags as a common word ('w'; "ist" is only a place). */
function known(word: string): boolean {
  return FUNCTION_WORDS.has(word) || lexiconTags(word).includes('w');
}

function isEnglish(word: string): boolean {
  if (known(word)) return true;
  for (const suffix of SUFFIXES) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      if (known(stem) || known(`${stem}e`)) return true;
    }
  }
  return false;
}

/** Whether tokens [from, to) read as a language other than English. */
export function isForeign(tokens: readonly DocToken[], from: number, to: number): boolean {
  let words = 0;
  let known = 0;
  for (let k = from; k < to && words < MAX_WORDS; k++) {
    const t = tokens[k];
    if (!t.word || t.cap || !/^\p{Ll}+$/u.test(t.text)) continue;
    words++;
    if (isEnglish(t.lower)) known++;
  }
  // a short span must have no English word at all: "a pathological narcissistic sociopath" is English
  return words >= MIN_WORDS && (words < SHORT_WORDS ? known === 0 : known <= MAX_KNOWN_SHARE * words);
}

/**
 * `names` (people, or places) without the mentions inside foreign spans, except those `keep` vouches for (a place the
 * gazetteer knows: "Berlin" in a German quote is still Berlin). `spans` are token ranges [from, to) in text order;
 * `names` are in text order too, so one merge pass suffices.
 */
export function withoutNamesInForeignSpans<T extends Span>(
  tokens: readonly DocToken[],
  spans: ReadonlyArray<[number, number]>,
  names: T[],
  keep: (name: T) => boolean = () => false,
): T[] {
  const foreign: Array<[number, number]> = [];
  for (const [from, to] of spans)
    if (to > from && isForeign(tokens, from, to)) foreign.push([tokens[from].start, tokens[to - 1].end]);
  if (foreign.length === 0) return names;
  const kept: T[] = [];
  let f = 0;
  for (const p of names) {
    while (f < foreign.length && foreign[f][1] <= p.start) f++;
    if (f < foreign.length && foreign[f][0] <= p.start && p.end <= foreign[f][1] && !keep(p)) continue;
    kept.push(p);
  }
  return kept;
}

/**
 * `people` without a name that is all a pair of quotation marks holds, with no punctuation of speech: a class called
 * "Perception", a show called "Hannah Lee" is a title, not someone (a chant of "Bernie!" keeps its name).
 */
export function withoutQuotedTitles<T extends Span>(text: string, spans: ReadonlyArray<QuoteSpan>, people: T[]): T[] {
  const inner = new Set<string>();
  for (const s of spans) {
    if (s.parts.length !== 1 || s.unclosed) continue;
    let [a, b] = s.parts[0];
    while (a < b && QUOTE_OR_SPACE.test(text[a])) a++;
    while (b > a && QUOTE_OR_SPACE.test(text[b - 1])) b--;
    if (b > a && b - a <= MAX_TITLE_CHARS) inner.add(`${a}:${b}`);
  }
  if (inner.size === 0) return people;
  return people.filter((p) => !inner.has(`${p.start}:${p.end}`));
}
const QUOTE_OR_SPACE = /["'“”‘’„‟«»‹›\s]/;
const MAX_TITLE_CHARS = 40;

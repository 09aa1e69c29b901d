/**
 * Name forms for speaker resolution: how a written name is cut, compared and matched ("Seán Ó Briain SC" is
 * "Seán Ó Briain", "Kiedis" and "Keidis" are one surname misspelled, "NRA" spells "National Rifle Association").
 */
import type { DocToken } from '../text/document';
import { demonymCountry } from '../entities/gazetteer';
import type { Span } from '../types';
import { ANONYMOUS_NOUNS, INDEFINITE_DETERMINERS, RANK_ABBREVIATIONS, ROLE_NOUNS } from '../lexicon/lexicon';
import {
  GROUP_MEMBER_WORDS,
  NAME_TAIL_WORDS,
  GIVEN_NAME_SHORT_FORMS,
  ACRONYM_SKIPPED,
  STREET_WORDS,
  SURNAME_PARTICLES,
  SURNAME_NAMED_BODIES,
  PERSON_ONLY_PARTICLES,
  POST_NOMINALS,
} from '../lexicon/speakerWords';
import { type Phrase } from '../attribution/phrases';
import { isFirstName } from './gender';

export const POSSESSIVE = /['’][sS]$/;

export function cleanName(name: string): string {
  const words = name.replace(POSSESSIVE, '').split(/\s+/).filter(Boolean);
  // "Seán Ó Briain SC": letters in capitals after a name of two words or more are no part of it
  while (words.length > 2 && isPostNominal(words[words.length - 1])) words.pop();
  return words.join(' ');
}

export function isPostNominal(word: string): boolean {
  return /^\p{Lu}{2,3}$/u.test(word) && POST_NOMINALS.has(word.toLowerCase());
}

/**
 * One name is the other's surname of several words, opened by a particle: "bin Salman" of "Mohammed bin Salman",
 * "Van der Berg" of "Pieter van der Berg", either way round.
 */
export function particleSurnameOf(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || !SURNAME_PARTICLES.has(short[0])) return false;
  return long.slice(long.length - short.length).join(' ') === short.join(' ');
}

/**
 * One name is the other's surname of two words or more, with no particle: "Rempel Garner" of "Michelle Rempel
 * Garner", "García Márquez" of "Gabriel García Márquez". The shorter must not open with a given name ("Anna Stott" is
 * not "Maria Anna Stott"'s second reference, it is another person's full name).
 */
export function compoundSurnameOf(a: string[], b: string[]): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length < 2 || long.length === short.length || isFirstName(short[0])) return false;
  return long.slice(long.length - short.length).join(' ') === short.join(' ');
}

/**
 * A name with a particle only persons' names hold, between two of its words ("Síle Nic Giolla Phádraig", which the
 * recognizer, trained on 1996 wire news, does not know): a person, whatever the recognizer made of it.
 */
export function holdsPersonParticle(tokens: DocToken[], phrase: Phrase): boolean {
  for (let i = phrase.nameFrom + 1; i < phrase.nameTo - 1; i++)
    if (PERSON_ONLY_PARTICLES.has(tokens[i].lower) && tokens[i + 1].cap) return true;
  return false;
}

export function countryOf(word: string): string | undefined {
  const w = word.replace(POSSESSIVE, '');
  const cap = w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
  return demonymCountry(cap)?.toLowerCase();
}

/**
 * What of a recognizer's "person" can be one: a title-case headline's small words glued on go ("With Halvorsen In"
 * → "Halvorsen", a lone "In" is no one); a group ("Muslims", "Germans") or a street ("Galeana Street") is no one, so never "he" or "she".
 */
export function personSpan(span: Span): Span | null {
  let words = span.text.split(/\s+/);
  const small = (w: string): boolean => NAME_TAIL_WORDS.has(w.toLowerCase());
  while (words.length > 1 && small(words[words.length - 1])) words = words.slice(0, -1);
  while (words.length > 1 && small(words[0])) words = words.slice(1);
  const last = words[words.length - 1].toLowerCase().replace(POSSESSIVE, '');
  if (STREET_WORDS.has(last) || small(last)) return null;
  if (
    words.length === 1 &&
    /[^s]s$/.test(last) &&
    (GROUP_MEMBER_WORDS.has(last.slice(0, -1)) || countryOf(last.slice(0, -1)) !== undefined)
  )
    return null;
  if (words.join(' ') === span.text) return span;
  const from = span.text.indexOf(words[0]);
  const to = span.text.lastIndexOf(words[words.length - 1]) + words[words.length - 1].length;
  return { start: span.start + from, end: span.start + to, text: span.text.slice(from, to) };
}

/** A name the recognizer gave with its title ("Judge Berman", "President Obama"): the title and the name apart. */
export function leadingTitle(name: string): { name: string; title?: string } {
  const words = name.split(' ');
  let k = 0;
  // "Cpl. Dana Whitford", "Chief Ava Morningstar": a rank or an office the recognizer took into the name
  while (k < words.length - 1 && isRankOrOffice(words[k].toLowerCase().replace(/\.$/, ''))) k++;
  // "Her coach, Italian Marco Benedetti, said": wire copy puts a nationality before a full name
  if (k < words.length - 2 && countryOf(words[k])) k++;
  return k === 0 ? { name } : { name: words.slice(k).join(' '), title: words.slice(0, k).join(' ') };
}

export function isCommonSpeakerWord(w: string): boolean {
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return ANONYMOUS_NOUNS.has(w) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(singular) || INDEFINITE_DETERMINERS.has(w);
}

/** "ray" and "raymond", "bill" and "william": one given name, the same or a short form of the other. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const full = (w: string): string => GIVEN_NAME_SHORT_FORMS.get(w) ?? w;
  return full(a) === full(b);
}

/** `a` is `b` with two neighbouring letters swapped ("keidis", "kiedis"). */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** The capitals of a name's words, small words skipped: "Democratic National Committee" → "DNC". */
export function initials(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !ACRONYM_SKIPPED.has(w.toLowerCase()))
    .map((w) => w.charAt(0))
    .join('');
}

/**
 * Whether `acronym` abbreviates `name` with, once, a letter from inside a word instead of its initial: "JAXA" for
 * "Japan Aerospace Exploration Agency" (the X of "eXploration"), "DfE"-style irregular acronyms in capitals. Each word
 * gives one letter in order (small words may give none); the first word always gives its initial. `initials` is the
 * exact test; this one is for a name and an acronym both in the article that no exact test joined.
 */
export function spellsAcronym(name: string, acronym: string): boolean {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}]/gu, '').toUpperCase())
    .filter((w) => w.length > 0);
  const letters = acronym.toUpperCase();
  if (words.length < 2 || words.length > letters.length + 3 || letters[0] !== words[0][0]) return false;
  const from = (w: number, a: number, innerUsed: boolean): boolean => {
    if (w === words.length) return a === letters.length;
    const word = words[w];
    if (ACRONYM_SKIPPED.has(word.toLowerCase()) && from(w + 1, a, innerUsed)) return true;
    if (a === letters.length) return false;
    if (word[0] === letters[a] && from(w + 1, a + 1, innerUsed)) return true;
    return !innerUsed && w > 0 && word.indexOf(letters[a], 1) > 0 && from(w + 1, a + 1, true);
  };
  return from(0, 0, false);
}

/** The last capitalised name in `text` whose initials spell `acronym` ("Democratic National Committee" for "DNC"). */
export function spelledOut(text: string, acronym: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(spelledOutPattern(acronym))) if (/\p{Ll}/u.test(m[0])) last = m[0];
  return last;
}

/** The small words an acronym's spelled-out name may skip ("of", "the"), as a regex fragment. */
const SKIPPED_WORDS = `(?:(?:${[...ACRONYM_SKIPPED].join('|')})\\s+)*`;
/** Compiled patterns by acronym: the same acronyms recur within and across articles (bounded: cleared when full). */
const spelledOutPatterns = new Map<string, RegExp>();
const MAX_SPELLED_OUT_PATTERNS = 512;

/** The words spelling `acronym` letter by letter ("WHO" → "World Health Organization"); `matchAll` copies it. */
function spelledOutPattern(acronym: string): RegExp {
  let re = spelledOutPatterns.get(acronym);
  if (re) return re;
  const parts = [...acronym].map((c) => `${c}[\\p{Ll}\\p{Lu}'’.-]+`);
  re = new RegExp(`(?<![\\p{L}])${parts.join(`\\s+${SKIPPED_WORDS}`)}(?![\\p{L}])`, 'gu');
  if (spelledOutPatterns.size >= MAX_SPELLED_OUT_PATTERNS) spelledOutPatterns.clear();
  spelledOutPatterns.set(acronym, re);
  return re;
}

/** An organization's name as the phrase writes it, with its "the" ("the Red Cross", "the WHO"). */
export function withArticle(tokens: DocToken[], phrase: Phrase, name: string): string {
  return phrase.from < phrase.nameFrom && tokens[phrase.from].lower === 'the' ? `the ${name}` : name;
}

/** Whether only spaces, a quote mark or nothing separate `start` from the previous sentence end or line start. */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === '“')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '.' || text[i] === '!' || text[i] === '?' || afterDateline(text, i);
}

/** "CALGARY — Athabasca Ridge … will cut": the dash at `i` closes a dateline in capitals opening its line. */
function afterDateline(text: string, i: number): boolean {
  if (text[i] !== '—' && text[i] !== '–') return false;
  const lineStart = text.lastIndexOf('\n', i) + 1;
  return i - lineStart <= DATELINE_REACH && DATELINE.test(text.slice(lineStart, i));
}

const DATELINE_REACH = 40;
/** A place in capitals, with a province or an agency after it: "OTTAWA ", "ST. JOHN'S, N.L. ", "TORONTO (CP) ". */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([\p{L} ]+\)\s*)?$/u;

/** "Cpl.", "Sgt.", "Chief", "Minister": a rank or an office before a name, no part of it ("Cpl. Dana Whitford"). */
export function isRankOrOffice(word: string): boolean {
  return ROLE_NOUNS.has(word) || RANK_ABBREVIATIONS.has(word);
}

/**
 * The name of a body a person owns, as news names it: "the Clinton campaign", "the Obama administration" after the
 * surname; "Paul Ryan's office" after the full name. "his campaign", "Clinton's campaign" and "the Clinton campaign"
 * so give one speaker.
 */
export function ownedBodyName(ownerName: string, noun: string, apostrophe = "'"): string {
  return SURNAME_NAMED_BODIES.has(noun)
    ? `the ${ownerName.split(' ').pop()} ${noun}`
    : `${ownerName}${apostrophe}s ${noun}`;
}

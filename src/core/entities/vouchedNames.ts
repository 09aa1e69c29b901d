/**
 * A person the article vouches for is a person wherever it names them. The tagger reads one paragraph at a time, so a
 * given name no list knows may leave "frontman Brynja Kiedis recently revealed" untagged while "Kiedis said" two
 * paragraphs on is a person. Across the article:
 *  - a surname that speaks alone ("Kiedis said"), has a title ("Minister Adeyemi") or an age ("Adeyemi, 52,")
 *    vouches for the unknown word before it elsewhere: "Ngozi Adeyemi, the minister," is that person;
 *  - a two-word name tagged a person in one paragraph is one in every other ("Tuilagi Faleolo" read alone as
 *    nothing).
 * Never inside a longer capitalized name ("the Adeyemi Foundation", "Ngozi Adeyemi Foundation" stay organizations)
 * nor over a word the lexicons know as anything else ("Yesterday Kiedis said" adds no "Yesterday Kiedis").
 */
import type { Span } from '../types';
import type { Token } from './tokenize';
import { lexiconTags, lookupPlace } from './gazetteer';
import { SpanIndex } from '../text/spanIndex';
import { isPersonNoun } from './rules/people';
import { isProfessionNoun } from '../lexicon/lexicon';
import {
  BODY_WORDS,
  COMPANY_WORDS,
  NOT_TITLE_WORDS,
  ORG_WORDS,
  SPEECH_NEIGHBOURS,
  TITLES,
} from '../lexicon/entityWords';

interface Titled extends Span {
  title?: string;
}

const NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** "Kiedis said", "Adeyemi, 52,", "Minister Adeyemi": a name the sentence makes a person. */
function vouched(text: string, p: Titled): boolean {
  if (p.title) return true;
  const after = /^(?:\s+(\p{L}+)|,\s*\d{1,3},)/u.exec(text.slice(p.end, p.end + 24));
  return !!after && (after[1] === undefined || SPEECH_NEIGHBOURS.has(after[1].toLowerCase()));
}

/**
 * "Trump suggested that he might not win", "Adeyemi said she would stay": a lone capitalized word whose verb a
 * personal pronoun follows, whatever the tagger made of it (an organization says "it").
 */
const PRONOUN_AFTER_VERB = /^\s+\p{Ll}+(?:ed|s)(?:\s+that)?\s+(?:he|she)\b/u;
const VERB_END = /(?:ed|s)$/;

/** The surnames that speak alone, carry a title or an age, or take "he"/"she" somewhere in the article. */
export function vouchedSurnames(text: string, people: readonly Titled[], tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  const nameLike = (w: string) => NAME_SHAPE.test(w) && plainNameWord(w.toLowerCase());
  for (const p of people) if (nameLike(p.text) && vouched(text, p)) out.add(p.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const verb = tokens[i + 1];
    // the cheap test first: only a lower-case "-ed" or "-s" word after the name may open PRONOUN_AFTER_VERB
    if (!t.cap || !verb || verb.cap || !VERB_END.test(verb.text)) continue;
    if (out.has(t.text) || !nameLike(t.text) || (i > 0 && adjacent(text, tokens[i - 1], t) && tokens[i - 1].cap))
      continue;
    if (PRONOUN_AFTER_VERB.test(text.slice(t.end, t.end + 40)) && !lookupPlace(t.text)) out.add(t.text);
  }
  return out;
}

/** A word that can only be a name here: no place, organization, title or ordinary word ("Brynja", not "Yesterday"). */
function givenNameWord(t: Token): boolean {
  if (!NAME_SHAPE.test(t.text) || /[ocnrgwdh]/.test(lexiconTags(t.lower))) return false;
  const l = t.lower;
  return plainNameWord(l) && !TITLES.has(l) && !NOT_TITLE_WORDS.has(l);
}

/** `b` follows `a` after one space on the same line. */
const adjacent = (text: string, a: Token, b: Token | undefined): boolean =>
  !!b && b.start === a.end + 1 && text[a.end] === ' ';

/** A word no organization, body or company name ends in, nor a noun for a person ("Hacker Guccifer"). */
const plainNameWord = (w: string): boolean =>
  !ORG_WORDS.has(w) && !COMPANY_WORDS.has(w) && !BODY_WORDS.has(w) && !isPersonNoun(w) && !isProfessionNoun(w);

/** Two-word person names the article vouches for (speaking, titled, aged), as it writes them ("Tuilagi Faleolo"). */
function twoWordNames(text: string, people: readonly Titled[]): Set<string> {
  const out = new Set<string>();
  for (const p of people) {
    const words = p.text.split(' ');
    if (words.length !== 2 || !words.every((w) => NAME_SHAPE.test(w) && plainNameWord(w.toLowerCase()))) continue;
    if (vouched(text, p) && !lookupPlace(p.text)) out.add(p.text);
  }
  return out;
}

/**
 * Person mentions the tagger missed: "Given Surname" pairs whose surname the article vouches for, and the article's
 * two-word names where no mention covers them. `taken` are the places and organizations, never overridden but for an
 * organization that is exactly the pair (in `organizations`); the caller drops that and one-word person mentions
 * inside a pair.
 */
export function vouchedPairs(
  text: string,
  tokens: readonly Token[],
  people: readonly Titled[],
  taken: readonly Span[],
  organizations: readonly Span[],
): Span[] {
  const surnames = vouchedSurnames(text, people, tokens);
  const names = twoWordNames(text, people);
  if (surnames.size === 0 && names.size === 0) return [];
  const others = new SpanIndex(taken);
  const exactOrgs = new Set(organizations.map((o) => `${o.start}:${o.end}`));
  const longPeople = new SpanIndex(people.filter((p) => /\s/.test(p.text)));
  // the second words of the two-word names: most capitalized pairs end in none of them nor in a surname, and skip
  // building the pair's string
  const lastWords = new Set([...names].map((name) => name.slice(name.indexOf(' ') + 1)));
  const out: Span[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a.cap || !b.cap || !adjacent(text, a, b) || (!lastWords.has(b.text) && !surnames.has(b.text))) continue;
    const pair = `${a.text} ${b.text}`;
    if (!names.has(pair) && !(surnames.has(b.text) && givenNameWord(a))) continue;
    // "Ngozi Adeyemi Foundation", "Minister Ngozi Adeyemi" (the tagger's own span): a longer name is no pair
    if (adjacent(text, b, tokens[i + 2]) && tokens[i + 2].cap) continue;
    const prev = tokens[i - 1];
    if (prev && adjacent(text, prev, a) && prev.cap && !TITLES.has(prev.lower)) continue;
    // an organization spanning exactly the pair is the tagger's guess at an unknown name ("Brynja Kiedis" an org)
    const exact = `${a.start}:${b.end}`;
    if ((others.overlaps(a.start, b.end) && !exactOrgs.has(exact)) || longPeople.overlaps(a.start, b.end)) continue;
    out.push({ start: a.start, end: b.end, text: pair });
    i++;
  }
  return out;
}

interface Mentions<P extends Titled> {
  people: P[];
  places: Span[];
  organizations: Span[];
}

/** The mentions with the vouched pairs added as people (one-word people and exact organizations inside them dropped). */
export function withVouchedPairs<P extends Titled, M extends Mentions<P>>(
  text: string,
  mentions: M,
  tokens: readonly Token[],
  person: (s: Span) => P,
): M {
  const { people, places, organizations } = mentions;
  const pairs = vouchedPairs(text, tokens, people, [...places, ...organizations], organizations);
  if (pairs.length === 0) return mentions;
  const inPair = new SpanIndex(pairs);
  const exact = new Set(pairs.map((p) => `${p.start}:${p.end}`));
  const kept = people.filter((p) => !inPair.overlaps(p.start, p.end));
  return {
    ...mentions,
    people: [...kept, ...pairs.map(person)].sort((a, b) => a.start - b.start),
    organizations: organizations.filter((o) => !exact.has(`${o.start}:${o.end}`)),
  };
}

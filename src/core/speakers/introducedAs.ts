/**
 * The nouns an article introduced a named person by, so that a later "the hooker says" is the one it called
 * "replacement hooker Tama Rewiti", "the site supervisor, P. Ganesan," or "Rewiti, the hooker who scored": news
 * re-describes a person by the noun it first put beside the name, whatever that noun is (a rugby position, a job in
 * a quarry), where word lists know only the common ones.
 *
 * Three places hold such a noun: right before the name ("replacement hooker Tama Rewiti"), in a description the name
 * stands in apposition to ("The witness, Mr Tunde Bako, was …"), and in an appositive after it ("Rewiti, the
 * 24-year-old hooker who …", "Bako, a former director of works,"). A description looks its head up here; a noun that
 * introduced two people ("coach Ann Bell" and "coach Tom Hale") names neither.
 */
import { APPOSED_OPENERS } from '../lexicon/functionWords';
import type { DocToken } from '../text/document';
import type { PersonMention } from '../entities/index';
import { DESCRIPTION_LINKS } from '../lexicon/lexicon';
import { SENTENCE_END } from '../lexicon/functionWords';

/** Determiners that open the description a name is apposed to: "The witness, Mr Bako", "a driver, Ann Bell". */
/** Words at most between such a determiner and its head: "the senior site supervisor". */
const MAX_MODIFIERS = 3;

/** A plain lower-case noun-like word ("hooker", "off-spinner", "34-year-old" is not a head: it ends no noun). */
const isHeadWord = (t: DocToken | undefined): t is DocToken =>
  !!t && t.word && /^\p{L}[\p{L}-]*$/u.test(t.text) && t.text.length > 1;

export interface IntroducedNouns {
  /** The mentions of people a noun introduced, in text order. */
  byHead: Map<string, PersonMention[]>;
  /** Only those apposed to a description of their own ("The witness, Mr Tunde Bako,"). */
  byApposedHead: Map<string, PersonMention[]>;
}

/** Every person mention's introducing nouns, read once per article. */
export function introducedNouns(
  tokens: readonly DocToken[],
  people: readonly PersonMention[],
  tokenAt: (offset: number) => number,
): IntroducedNouns {
  const byHead = new Map<string, PersonMention[]>();
  const byApposedHead = new Map<string, PersonMention[]>();
  const add = (head: string | undefined, p: PersonMention, map = byHead): void => {
    if (!head) return;
    const list = map.get(head) ?? [];
    list.push(p);
    map.set(head, list);
  };
  for (const p of people) {
    const first = tokenAt(p.start);
    if (first >= tokens.length || tokens[first].start !== p.start) continue;
    let e = first;
    while (e < tokens.length && tokens[e].start < p.end) e++;
    const s = titleStart(tokens, first, p.title);
    add(nounBefore(tokens, s), p);
    const apposed = apposedBefore(tokens, s);
    add(apposed, p);
    add(apposed, p, byApposedHead);
    add(appositiveAfter(tokens, e), p);
  }
  return { byHead, byApposedHead };
}

/** "The witness, Mr Tunde Bako": the mention's title ("Mr", "Chief", "Dr.") stands between the noun and the name. */
function titleStart(tokens: readonly DocToken[], first: number, title: string | undefined): number {
  if (!title) return first;
  const words = new Set(title.split(/\s+/));
  let s = first;
  while (s > 0 && first - s < MAX_TITLE_WORDS && (words.has(tokens[s - 1].text) || tokens[s - 1].text === '.')) s--;
  return s;
}
const MAX_TITLE_WORDS = 4;

/** "replacement hooker Tama Rewiti", "Off-spinner Ravi Das" (a capital only where the sentence opens). */
function nounBefore(tokens: readonly DocToken[], s: number): string | undefined {
  const t = tokens[s - 1];
  if (!isHeadWord(t) || t.line !== tokens[s].line) return undefined;
  const before = tokens[s - 2];
  const opensSentence = !before || before.line !== t.line || SENTENCE_END.has(before.text);
  return t.cap && !opensSentence ? undefined : t.lower;
}

/** "The witness, Mr Tunde Bako,": the head of a short description ending in a comma right before the name. */
function apposedBefore(tokens: readonly DocToken[], s: number): string | undefined {
  if (tokens[s - 1]?.text !== ',') return undefined;
  const head = tokens[s - 2];
  if (!isHeadWord(head) || head.cap || head.line !== tokens[s].line) return undefined;
  for (let k = s - 3; k >= 0 && s - 3 - k < MAX_MODIFIERS + 1; k--) {
    const t = tokens[k];
    if (t.line !== head.line) return undefined;
    if (APPOSED_OPENERS.has(t.lower)) return head.lower;
    if (!t.word || t.cap) return undefined;
  }
  return undefined;
}

/** "Rewiti, the 24-year-old hooker who …", "Bako, a former director of works,": the appositive's head. */
function appositiveAfter(tokens: readonly DocToken[], e: number): string | undefined {
  if (tokens[e]?.text !== ',' || !APPOSED_OPENERS.has(tokens[e + 1]?.lower ?? '')) return undefined;
  let head: DocToken | undefined;
  for (let k = e + 2; k < tokens.length && k - e - 2 <= MAX_MODIFIERS; k++) {
    const t = tokens[k];
    if (t.line !== tokens[e].line) return undefined;
    if (!t.word || DESCRIPTION_LINKS.has(t.lower) || t.lower === 'who') return head?.lower;
    if (t.cap) return undefined;
    head = isHeadWord(t) ? t : undefined;
  }
  return undefined;
}

/**
 * The one person `head` introduced before `before`: the fullest of their mentions, or null when none or two
 * different people (by surname) were introduced so.
 */
export function personIntroducedAs(nouns: IntroducedNouns, head: string, before: number): PersonMention | null {
  const mentions = (nouns.byHead.get(head) ?? []).filter((p) => p.end <= before);
  if (mentions.length === 0) return null;
  const surname = (p: PersonMention): string => p.text.split(/\s+/).pop()?.toLowerCase() ?? '';
  const first = surname(mentions[0]);
  if (mentions.some((p) => surname(p) !== first)) return null;
  return mentions.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

/** How far after an unnamed lead description its person may be introduced: a paragraph or two (a headline's: any). */
const LEAD_REACH = 600;

/**
 * "A prosecution witness on Wednesday told the court …" ¶ "The witness, Mr Tunde Bako, a former …": the one person
 * a description with the same noun introduces, apposed to it, within a paragraph or two after `after` — news naming
 * a lead's source next. Only so: "a spokesperson for the parks department" is not whoever "Trump spokesperson Ron
 * Lee" is further down.
 */
export function personIntroducedAfter(
  nouns: IntroducedNouns,
  head: string,
  after: number,
  reach = LEAD_REACH,
): PersonMention | null {
  const mentions = (nouns.byApposedHead.get(head) ?? []).filter((p) => p.start > after && p.start - after <= reach);
  if (mentions.length === 0) return null;
  return personIntroducedAs({ byHead: new Map([[head, mentions]]), byApposedHead: new Map() }, head, Infinity);
}

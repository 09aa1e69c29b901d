/**
 * The speaker phrase between a quote and its cue: '"…," Lavrov said', '"…," former State policy director Anne Voss
 * wrote', '"…," the Ohio senator and presidential candidate said'.
 */
import type { Doc, DocToken } from '../text/document';
import { CUE_VERBS } from '../lexicon/lexicon';
import { APPOSITIVE_HEAD_FOLLOWERS, ASIDE_DASHES, MODIFIER_STOP, TITLE_SMALL_WORDS } from '../lexicon/functionWords';
import { PHRASE_PRONOUNS } from '../lexicon/speakerWords';
import { phraseLeft, phraseRight, type Phrase } from './phrases';
import { isPossessive } from './phraseParts';
import { quantifiedSubject } from '../reported/subjects';
import { describedName } from './apposedNames';
import { loneIndefinite, shortDescription } from './shortDescriptions';
import { isPersonAt, overlapsPerson } from './recognizedEntities';
import { jointLeft } from './jointNames';

/** The speaker phrase between a quote (token k) and its cue: a name, a description, or both in apposition. */
export function subjectBeforeCue(doc: Doc, k: number, lead: number): Phrase | null {
  const { tokens, text } = doc;
  const phrase = phraseLeft(tokens, skipParenthesisLeft(tokens, lead, k), k, text);
  // '"…," one of the club's directors said': the quantity opens the subject
  const left =
    (phrase && phrase.kind === 'description' ? quantifiedSubject(tokens, k, phrase) : phrase) ??
    shortDescription(tokens, k, lead) ??
    loneIndefinite(tokens, k, lead);
  return (
    (left ? jointLeft(doc, left, k) : null) ??
    describedName(doc, left, k) ??
    (left ? null : describedName(doc, nameBeforeComma(doc, k, lead), k)) ??
    coordinatedNames(doc, k, lead) ??
    coordinatedDescription(tokens, k, lead, text) ??
    relativeSubject(doc, k, lead) ??
    left
  );
}

/** '"…," the assailant, John Meeks, told …': the name between two commas right before the cue. */
function nameBeforeComma(doc: Doc, k: number, lead: number): Phrase | null {
  if (doc.tokens[lead - 1]?.text !== ',') return null;
  return phraseLeft(doc.tokens, lead - 1, k, doc.text);
}

/**
 * '"…," a passenger who was on the train told reporters': right after the quote, a speaker and a relative clause
 * about them before the cue. The phrase before "who" is the speaker.
 */
function relativeSubject(doc: Doc, k: number, lead: number): Phrase | null {
  const { tokens, text } = doc;
  const p = phraseRight(tokens, k, lead, text);
  if (!p || p.from !== k || p.kind === 'pronoun') return null;
  const who = tokens[p.to]?.text === ',' ? p.to + 1 : p.to;
  if (tokens[who]?.lower !== 'who' || who >= lead) return null;
  // "who" makes a person of any noun: "the baker, who works nights, said" (no list need know "baker")
  return p.kind === 'name' ? (isPersonAt(doc, p) ? p : null) : isNounWord(tokens[p.to - 1]) ? p : null;
}

/** The last word of a description is a common noun, not a number or a function word ("the 30", "those"). */
function isNounWord(t: DocToken): boolean {
  return t.word && !t.cap && /^\p{Ll}[\p{Ll}-]+$/u.test(t.text) && !MODIFIER_STOP.has(t.lower);
}

/**
 * '"…," the Ohio senator and presidential candidate said': two descriptions of one speaker joined by "and" right
 * after the quote. The first is the mention resolved (it names the office: "the Ohio senator").
 */
function coordinatedDescription(tokens: DocToken[], k: number, lead: number, text: string): Phrase | null {
  const d = phraseRight(tokens, k, lead, text);
  if (!d || d.kind !== 'description' || d.from !== k || tokens[d.to]?.lower !== 'and' || lead - d.to > 6) return null;
  for (let i = d.to + 1; i < lead; i++) if (!tokens[i].word || CUE_VERBS.has(tokens[i].lower)) return null;
  return d;
}

/**
 * '"…," Nathan Ellery and Brigham Stott said', '"…," Governor Ann Roy of Utah and Governor Ted Hale of Idaho said in
 * a joint statement': two persons joined by "and" between the quote and the cue speak together. One phrase spans
 * both (jointNames in speakers/personNames.ts splits it); a state or city after each name ("of Utah") stays inside it.
 */
function coordinatedNames(doc: Doc, k: number, lead: number): Phrase | null {
  const { tokens } = doc;
  let and = -1;
  for (let i = k + 1; i < lead && and < 0; i++) if (tokens[i].lower === 'and') and = i;
  if (and < 0) return null;
  const first = personUpTo(doc, k, and, true);
  const second = first ? personUpTo(doc, and + 1, lead, false) : null;
  if (!first || !second) return null;
  return { from: k, to: lead, kind: 'name', nameFrom: first.nameFrom, nameTo: second.nameTo };
}

/**
 * A person's name phrase filling tokens [from, ceil), or followed there by "of" and a place or a body only ("… of
 * Utah", "… of the Harbor Institute"); the first of the pair may follow a lower-case job ('"…," analysts Nadia Voss
 * and Tomas Hale of the Harbor Institute wrote').
 */
function personUpTo(doc: Doc, from: number, ceil: number, first: boolean): Phrase | null {
  const { tokens, text } = doc;
  let end = ceil;
  for (let i = from + 1; i < ceil; i++) if (tokens[i].lower === 'of') end = Math.min(end, i);
  if (end < ceil && !namesBodyOrPlace(tokens, end + 1, ceil)) return null;
  const p = phraseRight(tokens, from, end, text);
  const starts = p !== null && (p.from === from || (first && startsAt(tokens, p, from)));
  return p && p.kind === 'name' && starts && p.to === end && isPersonAt(doc, p) ? p : null;
}

/**
 * Tokens [from, ceil) name a place or a body after "of": capitalized words, with the small words and possessives of
 * a name between them ("Utah", "the Harbor Institute", "Ohio's Institute for Science and Security"), a capital last.
 */
function namesBodyOrPlace(tokens: DocToken[], from: number, ceil: number): boolean {
  if (from >= ceil || !tokens[ceil - 1].cap) return false;
  for (let i = from; i < ceil; i++) {
    const t = tokens[i];
    if (!(t.cap && t.word) && !TITLE_SMALL_WORDS.has(t.lower) && !isPossessive(tokens, i)) return false;
  }
  return true;
}

/** The phrase starts at `k`, or after one or two lower-case modifiers of its title ("panel Chairman Rep. X"). */
export function startsAt(tokens: DocToken[], p: Phrase, k: number): boolean {
  if (p.from === k) return true;
  if (p.kind !== 'name' || p.from < k) return false;
  // "the 61-year-old Hale said", "the embattled Hale said": an article and an epithet before the name
  const from = tokens[k].lower === 'the' ? k + 1 : k;
  if (p.from - from > 2) return false;
  for (let i = from; i < p.from; i++) {
    const t = tokens[i];
    if (AGE_EPITHET.test(t.text)) continue;
    if (!t.word || t.cap || CUE_VERBS.has(t.lower) || MODIFIER_STOP.has(t.lower)) return false;
  }
  return true;
}
const AGE_EPITHET = /^\d+-year-old$/;

/**
 * '"…," former State policy director Anne Voss wrote': a longer noun phrase whose head is a person's name, right
 * between the quote and its cue, is that person. Words only (no punctuation, cue, pronoun or conjunction), and the
 * name must be one the entity recognizer found.
 */
export function nounPhraseHead(doc: Doc, p: Phrase, k: number): boolean {
  const { tokens } = doc;
  if (p.kind !== 'name' || p.from < k || p.from - k > MAX_HEAD_MODIFIERS || !isPersonAt(doc, p)) return false;
  for (let i = k; i < p.from; i++) {
    const t = tokens[i];
    if ((!t.word && !NUMBER_IN_NAME.test(t.text)) || (CUE_VERBS.has(t.lower) && !t.cap) || PHRASE_PRONOUNS.has(t.lower))
      return false;
    if (MODIFIER_STOP.has(t.lower) && !joinsOneName(doc, i, k)) return false;
  }
  return true;
}
const MAX_HEAD_MODIFIERS = 8;
/** A number or a currency sign inside a body's name before the person: "Fight for $15 organizer Ana Ruiz", "G7". */
const NUMBER_IN_NAME = /^(?:[$€£¥]|\d[\d.,]*)$/;

/**
 * '"…," Halifax Search and Rescue manager Dave Ross said': a lower-case "and" between capitalized words that no
 * person holds is inside an organization's name, not a second speaker ("Nathan Ellery and Brigham Stott" is two).
 */
function joinsOneName(doc: Doc, i: number, k: number): boolean {
  const { tokens } = doc;
  if (tokens[i].lower !== 'and' || tokens[i].cap || i === k) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before?.cap || !after?.cap || !before.word || !after.word) return false;
  return !overlapsPerson(doc, tokens[k].start, before.end);
}

/** Before a party tag or an age in parentheses ("Rep. Jason Chaffetz (R-Utah) said"): where the name ends. */
function skipParenthesisLeft(tokens: DocToken[], lead: number, floor: number): number {
  if (tokens[lead - 1]?.text !== ')') return lead;
  for (let i = lead - 2; i >= floor && lead - i <= 8; i--) if (tokens[i].text === '(') return i;
  return lead;
}

/** Tokens an aside between dashes may hold ("— who now runs a small consultancy in Dayton —"). */
const MAX_ASIDE = 16;

/**
 * '"…," the longtime aide to the governor — who now runs a consultancy — said': an aside between two dashes of the
 * same kind right before the cue interrupts the subject, which ends at the first dash. Where the subject ends, or
 * `lead` when no such aside stands there ("Hale — said" has one dash, an aside needs a pair).
 */
export function skipDashAsideLeft(tokens: DocToken[], lead: number, floor: number): number {
  const close = dashEndingAt(tokens, lead - 1);
  if (!close) return lead;
  for (let i = close.from - 1; i > floor && lead - i <= MAX_ASIDE; i--) {
    const open = dashEndingAt(tokens, i);
    if (open && open.text === close.text) return open.from;
    const t = tokens[i];
    if (t.line !== tokens[lead - 1].line || !(t.word || t.text === ',' || isPossessive(tokens, i))) return lead;
  }
  return lead;
}

/**
 * '"…," the 34-year-old mother of three from Leeds, who works nights, said': a relative clause between commas right
 * before the cue, opened by "who", "whose", "which" (or "based in …"). Where the subject ends (the first comma), or
 * `lead`.
 */
export function skipRelativeAsideLeft(tokens: DocToken[], lead: number, floor: number): number {
  if (tokens[lead - 1]?.text !== ',') return lead;
  for (let i = lead - 2; i > floor && lead - i <= MAX_ASIDE; i--) {
    const t = tokens[i];
    if (t.text === ',') return APPOSITIVE_HEAD_FOLLOWERS.has(tokens[i + 1]?.lower ?? '') ? i : lead;
    if (t.line !== tokens[lead - 1].line || !(t.word || isPossessive(tokens, i))) return lead;
  }
  return lead;
}

/**
 * '"…," the aide to the governor — Dana Hale — said': an aside that is only a person's name names the speaker its
 * description stands for; the mention runs from the description. `asideFrom` is the first dash, `lead` the cue.
 */
export function nameInDashAside(doc: Doc, k: number, asideFrom: number, lead: number): Phrase | null {
  const { tokens, text } = doc;
  let from = asideFrom + 1;
  while (from < lead && !tokens[from].word) from++;
  const close = dashEndingAt(tokens, lead - 1);
  const name = close ? phraseRight(tokens, from, close.from, text) : null;
  if (!name || name.kind !== 'name' || name.from !== from || name.to !== close?.from || !isPersonAt(doc, name))
    return null;
  const described = phraseRight(tokens, k, asideFrom, text);
  return described?.kind === 'description' && described.from === k ? { ...name, from: k } : null;
}

/** The dash whose last token is `i`: one token ("—", "-") or "--" typed as two hyphens the tokenizer splits. */
function dashEndingAt(tokens: DocToken[], i: number): { from: number; text: string } | null {
  const t = tokens[i];
  if (!t) return null;
  const prev = tokens[i - 1];
  if (t.text === '-' && prev?.text === '-' && prev.end === t.start) return { from: i - 1, text: '--' };
  return ASIDE_DASHES.has(t.text) ? { from: i, text: t.text } : null;
}

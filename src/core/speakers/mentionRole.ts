/**
 * The grammatical role of a person's mention, read off the words around it (no parser): enough for the antecedent
 * ranker to prefer the one a sentence was about. In "Hale met Voss at the office. '…,' she said", Hale is the
 * subject and Voss an object: "she" continues the subject far more often (the parallelism of subject pronouns).
 */
import type { DocToken } from '../text/document';
import { CUE_VERBS } from '../lexicon/lexicon';
import {
  ADVERBIAL_SUBORDINATORS,
  FOCUS_ADVERBS,
  HAS_CONTRACTION_NEXT,
  NAME_COORDINATORS,
  OBJECT_THIRD_PERSON,
  OBLIQUE_PREPOSITIONS,
  OPENING_CONJUNCTIONS,
  POSSESSOR_THIRD_PERSON,
  SENTENCE_ADVERBS,
  SENTENCE_END,
  SUBJECT_THIRD_PERSON,
  SUBORDINATORS,
} from '../lexicon/functionWords';
import { isRankOrOffice } from './nameForms';
import { SURNAME_NAMED_BODIES } from '../lexicon/speakerWords';

/**
 * subject: opens its clause ("Hale met …", "On Tuesday, Hale met …", "…,' said Hale"); possessor: "Hale's plan";
 * object: after a verb ("met Hale"); oblique: after a preposition ("with Hale"); appositive: between commas ("her
 * deputy, Megan Ruiz,"); conjunct: after "and"; embedded: subject of a subordinate clause ("said that Hale …");
 * quoted: inside quotation marks.
 */
export type MentionRole =
  'subject' | 'possessor' | 'object' | 'oblique' | 'appositive' | 'conjunct' | 'embedded' | 'quoted';

const QUOTE_MARKS = new Set(['"', '“', '”', "''", '``']);
const isPossessiveMark = (t: DocToken | undefined): boolean =>
  !!t && (t.lower === "'s" || t.lower === '’s' || t.lower === "'" || t.lower === '’');

/** The role of the mention covering tokens [from, to), `quoted` when it lies inside quotation marks. */
export function mentionRole(tokens: readonly DocToken[], from: number, to: number, quoted: boolean): MentionRole {
  if (quoted) return 'quoted';
  if (hasContraction(tokens, to)) return 'subject';
  if (isPossessiveMark(tokens[to]) || /['’]s?$/.test(tokens[to - 1]?.lower ?? '')) return 'possessor';
  if (modifiesTitledName(tokens, to)) return 'possessor';
  const before = wordBeforeTitles(tokens, from);
  const prev = before < 0 || tokens[before].line !== tokens[from].line ? undefined : tokens[before];
  if (!prev || SENTENCE_END.has(prev.text) || prev.text === ':' || prev.text === ';') return 'subject';
  if (opensAfterConnectives(tokens, before)) return 'subject';
  // "…,' said Hale" and "…,' Hale said": the attribution after a quote; not a title the mark opens ('told "Fox
  // and Friends"')
  if (QUOTE_MARKS.has(prev.text)) return prev.end === tokens[from].start ? 'object' : 'subject';
  const cue = cueBeforeTitle(tokens, before, from);
  if (cue >= 0) {
    // "The plan, said Hale, is dead" is said by Hale; "Delgado, an organiser, asked Hale whether …" asks Hale
    if (QUOTE_MARKS.has(tokens[cue - 1]?.text)) return 'subject';
    if (tokens[cue - 1]?.text === ',' && endsClause(tokens[to], tokens[from].line)) return 'subject';
  }
  if (prev.text === ',' || prev.text === '(' || prev.text === '—') return afterComma(tokens[to]);
  if (NAME_COORDINATORS.has(prev.lower)) return 'conjunct';
  if (SUBORDINATORS.has(prev.lower) || ADVERBIAL_SUBORDINATORS.has(prev.lower)) return 'embedded';
  if (OBLIQUE_PREPOSITIONS.has(prev.lower)) return 'oblique';
  return 'object';
}

/**
 * "And even Obama tried …", "But then Hale …": the words from the sentence's start to token `last` are connectives and
 * focus adverbs only, so the name after them opens the sentence as its subject.
 */
export function opensAfterConnectives(tokens: readonly DocToken[], last: number): boolean {
  let j = last;
  while (j >= 0 && last - j < MAX_CONNECTIVES && isConnective(tokens[j].lower) && tokens[j].line === tokens[last].line)
    j--;
  if (j === last) return false;
  const start = tokens[j];
  return j < 0 || start.line !== tokens[last].line || SENTENCE_END.has(start.text) || start.text === ':';
}
const isConnective = (w: string): boolean =>
  OPENING_CONJUNCTIONS.has(w) || FOCUS_ADVERBS.has(w) || SENTENCE_ADVERBS.has(w);
/** Connectives a sentence may open with before its subject: "But then even". */
const MAX_CONNECTIVES = 3;

/** "Christie's been making the case": the name is the subject of "has", not a possessor (`to`: the token after it). */
export function hasContraction(tokens: readonly DocToken[], to: number): boolean {
  const s = tokens[to];
  return !!s && (s.lower === "'s" || s.lower === '’s') && HAS_CONTRACTION_NEXT.has(tokens[to + 1]?.lower ?? '');
}

/**
 * A name that modifies the office of the next name, as a possessor would: "McConnell spokesman Don Stewart", "Sanders
 * campaign manager Jeff Weaver" (`to` is the token after the name). "Hale met Ruiz" or "Hale aides said" are no such.
 */
export function modifiesTitledName(tokens: readonly DocToken[], to: number): boolean {
  let office = false;
  let j = to;
  // every word an office or the body a surname names ("campaign"): "Cole met board chair Ruth Alder" modifies nothing
  for (; j < to + MAX_MODIFIED_TITLE && tokens[j]?.word && !tokens[j].cap; j++) {
    if (isRankOrOffice(tokens[j].lower)) office = true;
    else if (!SURNAME_NAMED_BODIES.has(tokens[j].lower)) return false;
  }
  const next = tokens[j];
  return office && j > to && !!next && next.word && next.cap && next.line === tokens[to].line;
}
/** Lower-case words of the office a name modifies ("campaign manager", "deputy chief of staff"). */
const MAX_MODIFIED_TITLE = 4;

/**
 * "Her opponent, Linda Marsh, was not invited": a name in apposition to the short phrase opening its sentence, with
 * the verb after its comma, names the sentence's subject (`from` is the name's first token, `end` its end offset).
 */
export function opensWithApposition(tokens: readonly DocToken[], from: number, end: number): boolean {
  // "His neighbour, Mr Lovemore Gumbo, disagreed": the comma stands before the name's honorific or title
  const comma = wordBeforeTitles(tokens, from);
  if (tokens[comma]?.text !== ',') return false;
  let start = comma - 1;
  while (start >= 0 && comma - start <= MAX_OPENING_WORDS && tokens[start].word) start--;
  const opens = start < 0 || SENTENCE_END.has(tokens[start].text) || tokens[start].line !== tokens[from].line;
  if (!opens || start === comma - 1) return false;
  let after = from;
  while (tokens[after] && tokens[after].end <= end) after++;
  const verb = tokens[after + 1];
  return tokens[after]?.text === ',' && verb !== undefined && verb.word && !verb.cap;
}
/** Words of the phrase a name is in apposition to ("Her longtime opponent"). */
const MAX_OPENING_WORDS = 5;

/** "her deputy, Megan Ruiz, said" is an appositive; "On Tuesday, Hale said" opens the main clause. */
function afterComma(next: DocToken | undefined): MentionRole {
  // "his sisters, Marge and Ruth": a list after a noun is in apposition to it too
  if (!next || next.text === ',' || next.text === ')' || next.text === '—' || SENTENCE_END.has(next.text))
    return 'appositive';
  if (NAME_COORDINATORS.has(next.lower)) return 'appositive';
  return 'subject';
}

/**
 * The reporting verb before a name and its titles, over a lower-case title's modifiers ("said union president Diane
 * Coutts", "said hospital director Lynn Carver"): its index, or -1.
 */
function cueBeforeTitle(tokens: readonly DocToken[], before: number, from: number): number {
  if (CUE_VERBS.has(tokens[before].lower)) return before;
  // only over words that modify an office right before the name: "union" in "union president"
  if (before + 1 >= from || !isRankOrOffice(tokens[before + 1].lower)) return -1;
  for (let k = before; k >= 0 && before - k < TITLE_MODIFIERS && tokens[k].line === tokens[from].line; k--) {
    if (CUE_VERBS.has(tokens[k].lower)) return k;
    if (!tokens[k].word) return -1;
  }
  return -1;
}
/** Lower-case words a title may carry before its office ("union president", "city transit chair"). */
const TITLE_MODIFIERS = 3;

/** The name is followed by the end of its clause: a comma, a full stop, a closing mark or the end of the line. */
function endsClause(next: DocToken | undefined, line: number): boolean {
  return !next || next.line !== line || next.text === ',' || SENTENCE_END.has(next.text) || QUOTE_MARKS.has(next.text);
}

/**
 * Words of titles before a name ("Senate Minority Whip", "Deputy Prime Minister and Foreign Minister"): a longer run
 * of capitals is a line of names or a headline, and reading it back for every name in it would be quadratic.
 */
const MAX_TITLE_RUN = 8;

/** The token before a name and its titles ("Republican Sen. Jo Hale"): capitalized words and offices are skipped. */
export function wordBeforeTitles(tokens: readonly DocToken[], from: number): number {
  let i = from - 1;
  // "Tenants' leader Robin Achebe", "Acme's chief executive Ann Bell": a possessor is part of the title
  while (
    i >= 0 &&
    from - i <= MAX_TITLE_RUN &&
    tokens[i].line === tokens[from].line &&
    ((tokens[i].word && (tokens[i].cap || isRankOrOffice(tokens[i].lower)) && !opensClause(tokens[i].lower)) ||
      (isPossessiveMark(tokens[i]) && tokens[i - 1]?.cap))
  )
    i--;
  return i;
}

/**
 * A capitalized word that opens a sentence's clause or phrase is no title: in "When Mr. Hale objected, Ms. Ruiz
 * left" Hale is in the when-clause, not the subject; in "In his letter, Ruiz …" the letter is after a preposition.
 */
function opensClause(word: string): boolean {
  return SUBORDINATORS.has(word) || ADVERBIAL_SUBORDINATORS.has(word) || OBLIQUE_PREPOSITIONS.has(word);
}

/** A third-person pronoun's own role: "he" a subject, "him" an object, "his" a possessor; "her" could be either. */
export function pronounRole(word: string): MentionRole | 'her' {
  if (SUBJECT_THIRD_PERSON.has(word)) return 'subject';
  if (OBJECT_THIRD_PERSON.has(word)) return 'object';
  if (POSSESSOR_THIRD_PERSON.has(word)) return 'possessor';
  return 'her';
}

/**
 * The subject of a clause or of a whole sentence, past opening phrases, party tags and appositives set off by commas:
 * '[During a speech,] Trump attacked Clinton, saying, "…"', 'Holm, who signed the law, interjected'.
 */
import type { Doc, DocToken } from '../text/document';
import { skipPartyTag } from './partyTags';
import { INTRO_WORDS } from '../lexicon/lexicon';
import { BE_FORMS, CONJUNCTIONS, NOT_CONTENT_START, SENTENCE_CONNECTIVES } from '../lexicon/functionWords';
import { isPersonAt } from './recognizedEntities';
import { FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS } from '../lexicon/speakerWords';
import { SENTENCE_END, isMarkToken } from './cues';
import { isSpeakerNoun, phraseRight, type Phrase } from './phrases';
import { textPhraseRight } from './texts';
import { nounPhraseHead } from './speakerBetweenQuoteAndCue';
import { isPastVerb, speaksForItself } from './tokenPredicates';

/** "Hours later,", "Two days ago,", "Minutes afterwards,": a time set off by a comma, not the clause's subject. */
function opensWithTimeAdverbial(tokens: DocToken[], s: number, cue: number): boolean {
  for (let i = s + 1; i < cue && i - s <= 4; i++)
    if (tokens[i].text === ',') return TIME_ADVERB_ENDS.has(tokens[i - 1].lower);
  return false;
}
const TIME_ADVERB_ENDS = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards', 'before', 'after']);

/**
 * "However, Lund defended the plan, saying …", "Nevertheless Lund …": a connective that opens the sentence (with or
 * without its comma) stands before the subject, not in it ("But", "And" are the conjunctions below).
 */
function pastConnective(tokens: DocToken[], s: number, cue: number): number {
  if (!SENTENCE_CONNECTIVES.has(tokens[s].lower) || s + 1 >= cue) return s;
  return tokens[s + 1].text === ',' ? s + 2 : s + 1;
}

/** The subject of the main clause: '[During a speech,] Trump attacked Clinton, saying, "…"'. */
export function clauseSubject(doc: Doc, start: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  let s = pastConnective(tokens, start, cue);
  // "And then Trump went on the attack, saying": connectives with no comma of their own only join the sentence on
  // (only before a capitalized subject: "and that Clinton's aides were …" is no clause of its own)
  let j = s;
  while (j < cue && (CONJUNCTIONS.has(tokens[j].lower) || tokens[j].lower === 'then') && tokens[j + 1]?.word) j++;
  if (j > s && tokens[j].cap) s = j;
  if (INTRO_WORDS.has(tokens[s].lower) || opensWithTimeAdverbial(tokens, s, cue)) {
    while (s < cue && tokens[s].text !== ',') s++;
    s++;
  }
  if (s >= cue) return null;
  // "The email goes on to say: …": a text is a subject too (the speaker table finds who issued it)
  const first = withoutVerb(tokens, phraseRight(tokens, s, cue, text)) ?? textPhraseRight(tokens, s, cue);
  if (!first) return null;
  const p = titledPersonAfter(doc, first, s, cue) ?? first;
  const verb = skipAppositive(tokens, skipPartyTag(tokens, p.to, cue), cue, nameInApposition(tokens, p, s));
  return verb < cue && tokens[verb].word && !tokens[verb].cap ? p : null;
}

/** Words a title may take before the person it heads ("Republican presidential hopeful Sen. | Ted Cruz"). */
const MAX_TITLE_REACH = 8;

/**
 * "Republican presidential hopeful Sen. Ted Cruz was critical, telling …": a phrase read up to a lower-case title
 * word, then a person's name it heads: the person is the subject, not "Republican presidential".
 */
function titledPersonAfter(doc: Doc, p: Phrase, s: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  const next = tokens[p.to];
  if (p.kind === 'pronoun' || !next?.word || next.cap || isPersonAt(doc, p)) return null;
  for (let j = p.to; j < cue && j - s <= MAX_TITLE_REACH; j++) {
    const t = tokens[j];
    // title words only: "Sanders compared himself to Clinton" has a verb and a preposition between
    if (!t.word || NOT_CONTENT_START.has(t.lower) || BE_FORMS.has(t.lower) || /ed$/.test(t.lower)) return null;
    if (!t.cap) continue;
    const named = phraseRight(tokens, j, cue, text);
    return named && named.from === j && nounPhraseHead(doc, named, s) ? named : null;
  }
  return null;
}

/** "The editor I spoke to, Tim Grieve, interrupted": a name set off by commas after the sentence's own noun phrase. */
function nameInApposition(tokens: DocToken[], p: Phrase, s: number): boolean {
  return p.kind === 'name' && tokens[s - 1]?.text === ',' && tokens[p.to]?.text === ',';
}

/** "the mayor's aide rallied": a description read on into the verb after its noun ends before that verb. */
function withoutVerb(tokens: DocToken[], p: Phrase | null): Phrase | null {
  // "the mayor's aide rallied", "Ana Ruiz's aide rallied": the possessor is not the subject; its noun is
  if (p && p.kind !== 'pronoun' && /^['’]s$/i.test(tokens[p.to - 1].text)) {
    const someone = (w: string): boolean => isSpeakerNoun(w) || FEMALE_PERSON_NOUNS.has(w) || MALE_PERSON_NOUNS.has(w);
    for (let i = p.to; i < tokens.length && i - p.to < 4 && tokens[i].word && !tokens[i].cap; i++)
      if (someone(tokens[i].lower))
        return { from: p.from, to: i + 1, kind: 'description', nameFrom: i + 1, nameTo: i + 1 };
    return null;
  }
  if (!p || p.kind !== 'description' || p.to - p.from < 3) return p;
  // "the aide rallied", "her campaign sent out": a past verb after a speaker's noun ends the phrase there
  for (let i = p.from + 2; i < p.to; i++)
    if (!tokens[i].cap && isPastVerb(tokens[i].lower) && isSpeakerNoun(tokens[i - 1].lower))
      return { ...p, to: i, nameFrom: i, nameTo: i };
  return p;
}

/**
 * "Holm, who signed the law, interjected", "Lena Morrow, Democrat of Ohio, gave": past a relative clause or a
 * description set off by commas, to the verb. A capitalized one only when short and a lower-case verb follows (not a
 * list: "Holm, Reyes and Diaz"). `apposed`: the subject is itself a name in apposition, so a past verb right after
 * its comma is the verb ("The editor, Tim Grieve, interrupted").
 */
function skipAppositive(tokens: DocToken[], comma: number, cue: number, apposed = false): number {
  const next = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !next?.word) return comma;
  if (apposed && !next.cap && isPastVerb(next.lower)) return comma + 1;
  const reach = next.cap ? MAX_CAPITAL_APPOSITIVE : next.lower === 'who' ? MAX_RELATIVE_CLAUSE : MAX_APPOSITIVE;
  for (let j = comma + 2; j < cue && j - comma <= reach; j++) {
    if (tokens[j].text !== ',') continue;
    return !next.cap || isVerbAfterAppositive(tokens[j + 1]) ? j + 1 : comma;
  }
  return comma;
}
const MAX_APPOSITIVE = 16;

/** "Mr. Trump, who said last week that a judge … was biased against him, issued …": a relative clause runs longer. */
const MAX_RELATIVE_CLAUSE = 32;

/** "Democrat of Ohio", "R-Texas", "Chairman of the Board": a capitalized appositive is short. */
const MAX_CAPITAL_APPOSITIVE = 6;

/** A lower-case word that can be a verb after an appositive's comma (not "and", "or" of a list). */
function isVerbAfterAppositive(t: DocToken | undefined): boolean {
  return t !== undefined && t.word && !t.cap && t.lower !== 'and' && t.lower !== 'or';
}

/**
 * The subject of a whole sentence, after any opening phrases set off by commas: 'On Tuesday, after weeks of silence,
 * Quist dodged questions before saying, "…"', 'Havel continued by saying, "…"', 'Okafor went so far as to say: "…"'.
 * Only from a sentence's true start (a window cut short by its length could begin inside a clause).
 */
export function sentenceSubject(doc: Doc, windowFrom: number, cue: number): Phrase | null {
  const { tokens } = doc;
  const start = sentenceStartBefore(tokens, windowFrom);
  if (start < 0) return null;
  for (let s = start; s < cue; s++) {
    if (s !== start && tokens[s - 1].text !== ',') continue;
    const p = clauseSubject(doc, s, cue);
    if (p) return p.kind === 'description' && !speaksForItself(tokens[p.to - 1].lower) ? null : p;
  }
  return null;
}

/** Tokens a sentence may run back past the attribution window ("Mr. Hale, who said last week that …, issued …"). */
const LONG_SENTENCE = 90;

/** Tokens a quoted title may hold inside a sentence ('a class called "Perception" on his page'). */
const INLINE_TITLE = 6;

/**
 * The true start of the sentence holding token `from`, up to LONG_SENTENCE tokens back, else -1. A short quoted
 * title inside the sentence does not end it ('Carson shared a syllabus called "Perception" on his page, writing').
 */
function sentenceStartBefore(tokens: DocToken[], from: number): number {
  let i = from;
  while (i > 0 && from - i < LONG_SENTENCE) {
    const prev = tokens[i - 1];
    if (prev.line !== tokens[i].line || SENTENCE_END.has(prev.text)) return i;
    if (isMarkToken(tokens, i - 1)) {
      const open = inlineTitleOpen(tokens, i - 1);
      if (open < 0) return i;
      i = open;
    } else i--;
  }
  return i === 0 ? 0 : -1;
}

/** The opening mark of a short quoted title closed at `close`, with a word of the sentence before it; else -1. */
function inlineTitleOpen(tokens: DocToken[], close: number): number {
  for (let j = close - 1; j > 0 && close - j <= INLINE_TITLE + 1; j--) {
    if (!isMarkToken(tokens, j)) continue;
    const before = tokens[j - 1];
    return before.word && before.line === tokens[j].line && j < close - 1 ? j : -1;
  }
  return -1;
}

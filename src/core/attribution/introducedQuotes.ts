/**
 * A quote standing alone in its paragraph, with no attribution, right after a paragraph that introduces a named
 * person speaking: "Maria Kowalczyk, Poland's deputy minister, gave the longest speech of the day." / "Lena Holm
 * put it this way:" then “We did not come to block anything. …”. News writing hands the floor over so; the quote is
 * that person's, with less confidence than a cue gives ('inherited'). With no word of speech at all, a quote after a
 * sentence or a one-sentence paragraph about a named person is only a guess at that person ('adjacent').
 */
import { isCue, isMarkToken, type AttributedQuote, type Attribution } from './cues';
import type { Doc, DocToken } from '../text/document';
import {
  EVERYDAY_ROLES,
  INTRO_WORDS,
  KIN_NOUNS,
  PRONOUNS_FEMALE,
  PRONOUNS_MALE,
  ROLE_NOUNS,
  TIME_WORDS,
  isProfessionNoun,
} from '../lexicon/lexicon';
import { EPITHET_NOUNS, ISSUED_TEXT_NOUNS, ISSUING_VERBS, SETTING_WORDS } from '../lexicon/speakerWords';
import { SENTENCE_END } from '../lexicon/functionWords';
import { phraseLeft, phraseRight, type Phrase } from './phrases';
import { SPEECH_WORDS } from '../lexicon/speechVerbs';
import { speakingSentenceSpeaker } from './speakingSentence';

/** Whether tokens' offsets [from, to) fall on a person (or a body) the recognizer found. */
type IsPerson = (from: number, to: number) => boolean;

/** The introducing paragraph is short: a long one is narrative, not a handover. */
const MAX_INTRO_TOKENS = 60;

/** Gives unattributed paragraph-opening quotes the person the previous paragraph introduced as speaking. */
export function attributeIntroduced(doc: Doc, quotes: AttributedQuote[], isPerson: IsPerson): AttributedQuote[] {
  const { tokens } = doc;
  let previous: AttributedQuote | undefined;
  // quotes given a speaker here: a quote paragraph right after one goes on with its speaker, as after any quote
  // ("From his remarks:" ¶ "…" ¶ "…"; quoteMerge.ts hands speakers on before this pass)
  const handed = new Set<AttributedQuote>();
  for (const q of quotes) {
    const prior = previous;
    const before = prior ? prior.to : -1;
    previous = q;
    if (q.attribution.speaker !== null || q.fragment || q.from === 0) continue;
    if (prior && handed.has(prior) && nextParagraphQuote(tokens, prior, q)) {
      q.attribution = { speaker: prior.attribution.speaker, cue: null, how: 'inherited' };
      handed.add(q);
      continue;
    }
    if (tokens[q.from - 1].line === tokens[q.from].line) {
      attributeFromSentenceBefore(doc, q, before, isPerson);
      continue;
    }
    const introEnd = q.from; // tokens of the previous line: [introStart, introEnd)
    let introStart = introEnd - 1;
    while (introStart > 0 && tokens[introStart - 1].line === tokens[introEnd - 1].line) introStart--;
    if (introEnd - introStart > MAX_INTRO_TOKENS || before > introStart) continue; // too long, or holds a quote
    const gesture = gestureSubject(doc, introStart, introEnd, prior);
    if (gesture) {
      q.attribution = { speaker: gesture, cue: q.attribution.cue, how: 'inherited' };
      continue;
    }
    const speaking = speaks(tokens, introStart, introEnd);
    if (!speaking && !isOneSentence(tokens, introStart, introEnd)) continue;
    const subject = introSubject(doc, introStart, introEnd, speaking, isPerson);
    if (!subject) continue;
    // a cue found without its subject ("… made the following comment:") keeps its place in the attribution
    q.attribution = { speaker: subject, cue: q.attribution.cue, how: speaking ? 'inherited' : 'adjacent' };
    if (speaking) handed.add(q);
  }
  return quotes;
}

/**
 * The person the paragraph [introStart, introEnd) hands over to: its opening name (past an opening adverbial: "On
 * July 6, 2015, Sanders made the following comment:"), else, when it speaks, its speaking sentence's speaker
 * ("Asked about her mother, …, she spoke for a minute without notes."). With no word of speech, only the subject of
 * the one sentence ("Ana Ruiz was not convinced.").
 */
function introSubject(
  doc: Doc,
  introStart: number,
  introEnd: number,
  speaking: boolean,
  isPerson: IsPerson,
): Phrase | null {
  const { tokens, text } = doc;
  let subjectAt = introStart;
  if (INTRO_WORDS.has(tokens[introStart].lower)) {
    let comma = introStart;
    while (comma < introEnd && comma - introStart <= 8 && tokens[comma].text !== ',') comma++;
    while (comma + 1 < introEnd && tokens[comma + 1]?.text !== ',' && /^\d/.test(tokens[comma + 1].text)) comma += 2; // ", 2015,"
    if (tokens[comma]?.text === ',') subjectAt = comma + 1;
  }
  const opening = speaking
    ? phraseRight(tokens, subjectAt, introEnd, text)
    : titledSubject(doc, subjectAt, introEnd - 1, isPerson);
  const named = opening?.kind === 'name' && isPerson(tokens[opening.nameFrom].start, tokens[opening.nameTo - 1].end);
  if (named) return opening;
  return speaking ? speakingSentenceSpeaker(doc, introStart, introEnd, isPerson) : null;
}

/** Quote `q` opens the paragraph right after the one quote `prior` ends in. */
function nextParagraphQuote(tokens: readonly DocToken[], prior: AttributedQuote, q: AttributedQuote): boolean {
  return tokens[q.from - 1].line !== tokens[q.from].line && tokens[prior.to - 1].line === tokens[q.from].line - 1;
}

/** A quote that does not open its paragraph: the sentence before it may say who is speaking. */
function attributeFromSentenceBefore(doc: Doc, q: AttributedQuote, before: number, isPerson: IsPerson): void {
  const report = reportWithoutContent(doc, q.from, before);
  if (report) {
    q.attribution = report;
    return;
  }
  const subject = subjectOfSentenceBefore(doc, q.from, before, isPerson);
  if (subject) q.attribution = { speaker: subject, cue: q.attribution.cue, how: 'adjacent' };
}

/**
 * '"…," Ms. Atwood said.' / 'She paused.' / '"I'm not blaming the boys."': a short paragraph about what the speaker of
 * the quote before did (not said) between two quotes; the quote after goes on with its subject, "she" or "he", or a
 * word of the same name ("Atwood laughed.", "Colleen laughs at the memory. She is a small, wiry woman."). A profile
 * runs to two or three such sentences, a participle after a comma ("She pauses, tugging at a strap."). Not someone
 * else's doing ("Tomas Brenn arrived late.") nor a paragraph any sentence of which is about someone else.
 */
function gestureSubject(doc: Doc, from: number, to: number, prior: AttributedQuote | undefined): Phrase | null {
  const { tokens } = doc;
  const said = prior?.attribution.speaker;
  if (!prior || !said || tokens[prior.to - 1].line !== tokens[from].line - 1) return null;
  if (to - from > MAX_GESTURE_TOKENS || tokens[to - 1].text !== '.') return null;
  let first: Phrase | null = null;
  let sentences = 0;
  for (let start = from; start < to; sentences++) {
    let end = start;
    while (end < to - 1 && !SENTENCE_END.has(tokens[end].text)) end++;
    const subject = sentenceOpensOnSpeaker(doc, start, end + 1, said);
    if (!subject || sentences >= MAX_GESTURE_SENTENCES) return null;
    first ??= subject;
    start = end + 1;
  }
  return first;
}

/**
 * The subject of the sentence [from, to) when it is the speaker `said` going on: "she"/"he", or a name sharing a word
 * with the speaker's ("Colleen" for "her mother, Colleen Lund"), before a verb in lower case; only plain words and
 * commas or dashes in the sentence, no quote marks.
 */
function sentenceOpensOnSpeaker(doc: Doc, from: number, to: number, said: Phrase): Phrase | null {
  const { tokens, text } = doc;
  for (let i = from; i < to - 1; i++) if (!tokens[i].word && !GESTURE_PUNCTUATION.has(tokens[i].text)) return null;
  const subject = phraseRight(tokens, from, to, text);
  if (!subject || subject.to >= to - 1) return null;
  if (subject.kind === 'description') return describesSpeakerAgain(tokens, subject) ? subject : null;
  if (!tokens[subject.to].word || tokens[subject.to].cap) return null;
  const w = tokens[from].lower;
  if (subject.kind === 'pronoun') return PRONOUNS_MALE.has(w) || PRONOUNS_FEMALE.has(w) ? subject : null;
  if (subject.kind !== 'name' || said.kind !== 'name') return null;
  const saidWords = new Set(tokens.slice(said.nameFrom, said.nameTo).map((t) => t.lower));
  return tokens.slice(subject.nameFrom, subject.nameTo).every((t) => saidWords.has(t.lower)) ? subject : null;
}

/**
 * '"…," Rangi said.' / 'The Chiefs coach, in his second season, singled out his pack.' / '"…"': a person described
 * with "the" opening the sentence, before its verb or an aside, re-describes the speaker as often as "he" does (the
 * speaker table resolves the description, so "the referee" there is the referee).
 */
function describesSpeakerAgain(tokens: readonly DocToken[], subject: Phrase): boolean {
  const next = tokens[subject.to];
  const head = tokens[subject.to - 1];
  if (tokens[subject.from].lower !== 'the' || !isPersonHead(head.lower) || head.cap) return false;
  return next.text === ',' || (next.word && !next.cap);
}

/** Tokens of the sentence before an unattributed quote: one plain sentence, not a paragraph of narrative. */
const MAX_SENTENCE_BEFORE = 40;
/** Words of an opening clause before that sentence's subject ("Asked why,", "On Tuesday night,"). */
const MAX_OPENER = 8;

/**
 * 'Asked why, Osei-Bonsu shrugged. "You do what you can."': a quote opening a sentence with no cue anywhere near is
 * most often the words of whoever the sentence right before it is about: its subject, a person's name or "he"/"she"
 * (the speaker table resolves it). Not when that sentence holds a quote of its own (someone else may speak there).
 */
function subjectOfSentenceBefore(
  doc: Doc,
  quoteFrom: number,
  previousQuoteEnd: number,
  isPerson: IsPerson,
): Phrase | null {
  const { tokens } = doc;
  const end = quoteFrom - 1;
  if (!SENTENCE_END.has(tokens[end].text)) return null;
  let start = end;
  while (start > 0 && end - start < MAX_SENTENCE_BEFORE && tokens[start - 1].line === tokens[end].line) {
    if (SENTENCE_END.has(tokens[start - 1].text)) break;
    start--;
  }
  if (previousQuoteEnd > start || end - start >= MAX_SENTENCE_BEFORE) return null;
  const subjectAt = pastOpener(tokens, start, end);

  const w = tokens[subjectAt].lower;
  // "His neighbour, Anna Loukidou, said …": a possessive opens the subject, it is not the subject
  if (w === 'his' || w === 'her') return null;
  if (PRONOUNS_MALE.has(w) || PRONOUNS_FEMALE.has(w)) {
    const verb = tokens[subjectAt + 1];
    return verb?.word && !verb.cap
      ? { from: subjectAt, to: subjectAt + 1, kind: 'pronoun', nameFrom: subjectAt + 1, nameTo: subjectAt + 1 }
      : null;
  }
  return titledSubject(doc, subjectAt, end, isPerson) ?? describedSubject(doc, subjectAt, end);
}

/**
 * 'Asked about his goal, the defender smiled. "I'll take them."': a person described with "the" opens the sentence
 * and a verb follows; the speaker table takes the description up as it would after a cue. Only a person's noun, not
 * "the vote" or "the company".
 */
function describedSubject(doc: Doc, from: number, end: number): Phrase | null {
  const { tokens } = doc;
  if (tokens[from].lower !== 'the') return null;
  // the head is the first person's noun with a lower-case word after it, its verb ("the young defender | smiled")
  for (let i = from + 1; i < end - 1 && i - from <= MAX_DESCRIBED_WORDS; i++) {
    const t = tokens[i];
    if (!t.word || t.cap) return null;
    const verb = tokens[i + 1];
    if (isPersonHead(t.lower) && verb.word && !verb.cap)
      return { from, to: i + 1, kind: 'description', nameFrom: i + 1, nameTo: i + 1 };
  }
  return null;
}
/** Words of such a description after "the" ("the 19-year-old defender"). */
const MAX_DESCRIBED_WORDS = 3;

/** A noun naming a person: an office, a role, an occupation, an epithet or kin ("the defender", "the widow"). */
function isPersonHead(w: string): boolean {
  return ROLE_NOUNS.has(w) || EVERYDAY_ROLES.has(w) || EPITHET_NOUNS.has(w) || KIN_NOUNS.has(w) || isProfessionNoun(w);
}

/**
 * 'Sam Lau, the party's spokesman, said in a statement. "There are no ballots to recount."': a reporting verb whose
 * sentence ends with nothing said, only where or when ("in a statement", "on Monday"), hands its content to the quote
 * right after it, as a colon would.
 */
function reportWithoutContent(doc: Doc, quoteFrom: number, previousQuoteEnd: number): Attribution | null {
  const { tokens } = doc;
  const end = quoteFrom - 1;
  if (tokens[end]?.text !== '.') return null;
  // "The council issued a statement.": a verb of issuing with a text as its object introduces the text's words too
  let text = false;
  const reports = (i: number): boolean =>
    (isCue(tokens, i) && /(?:ed|id|ote|old)$/.test(tokens[i].lower)) || (ISSUING_VERBS.has(tokens[i].lower) && text);
  let cue = end - 1;
  while (cue > 0 && end - cue <= MAX_SETTING_WORDS && tokens[cue].line === tokens[end].line && !reports(cue)) {
    if (!tokens[cue].word || !(SETTING_WORDS.has(tokens[cue].lower) || TIME_WORDS.has(tokens[cue].lower))) return null;
    text ||= ISSUED_TEXT_NOUNS.has(tokens[cue].lower);
    cue--;
  }
  if (!reports(cue) || cue <= previousQuoteEnd) return null;
  let start = cue;
  while (start > 0 && cue - start < MAX_SENTENCE_BEFORE && tokens[start - 1].line === tokens[end].line) {
    if (SENTENCE_END.has(tokens[start - 1].text)) break;
    start--;
  }
  if (start <= previousQuoteEnd) return null;
  const opener = pastOpener(tokens, start, cue);
  let speaker = phraseLeft(tokens, cue, start, doc.text);
  // "Sam Lau, the party's spokesman said": an appositive whose closing comma the writer left out
  if (speaker && speaker.from > opener && tokens[speaker.from - 1].text === ',') {
    const name = phraseLeft(tokens, speaker.from - 1, start, doc.text);
    if (name?.kind === 'name' && name.from === opener) speaker = name;
  }
  if (!speaker || speaker.kind === 'pronoun' || speaker.from !== opener) return null;
  return { speaker, cue: [tokens[cue].start, tokens[cue].end], how: 'colon' };
}
/** Words of where and when after such a verb ("in a written statement on Monday"). */
const MAX_SETTING_WORDS = 8;

/** Words a lower-case title may take before the name it opens ("Union steward | Ana Ruiz", "Volunteer | Kwame"). */
const MAX_TITLE_WORDS = 4;

/**
 * The person opening a sentence, past a title in any case ("Union steward Ana Ruiz was not convinced."): the name
 * ending right before the sentence's first lower-case word, its verb. Null when that is no person's name.
 */
function titledSubject(doc: Doc, from: number, end: number, isPerson: IsPerson): Phrase | null {
  const { tokens } = doc;
  const capsEnd = (i: number): number => {
    while (i < end && i - from <= MAX_TITLE_WORDS + 3 && tokens[i].cap && tokens[i].word) i++;
    return i;
  };
  const verb = capsEnd(from);
  if (verb < end && verb > from && tokens[verb].text === ',' && asideCloses(tokens, verb, end))
    return personBeforeAside(doc, verb, from, isPerson);
  if (verb >= end || verb === from || !tokens[verb].word) return null;
  // a lower-case title word between capitals, skipped once: "Union steward | Ana Ruiz | was"
  const titled = verb - from <= MAX_TITLE_WORDS && tokens[verb + 1]?.cap ? capsEnd(verb + 1) : -1;
  return personEndingAt(doc, verb, from, isPerson) ?? (titled > 0 ? personEndingAt(doc, titled, from, isPerson) : null);
}

/** Words an aside between commas may hold ("Hale, asked about the deal, shrugged."). */
const MAX_ASIDE = 10;

/** The comma at `comma` opens an aside of plain words closed by a comma and a lower-case word (the verb). */
function asideCloses(tokens: DocToken[], comma: number, end: number): boolean {
  for (let i = comma + 1; i < end && i - comma <= MAX_ASIDE; i++) {
    if (tokens[i].text === ',') return i > comma + 1 && !!tokens[i + 1]?.word && !tokens[i + 1].cap;
    if (!tokens[i].word) return false;
  }
  return false;
}

/** "Hale, asked about the deal, shrugged.": the person named right before the aside's comma. */
function personBeforeAside(doc: Doc, comma: number, from: number, isPerson: IsPerson): Phrase | null {
  const subject = phraseLeft(doc.tokens, comma, from, doc.text);
  if (!subject || subject.kind !== 'name' || subject.to !== comma) return null;
  return isPerson(doc.tokens[subject.nameFrom].start, doc.tokens[subject.nameTo - 1].end) ? subject : null;
}

/** The name of a person ending right before token `verb`, a lower-case word. */
function personEndingAt(doc: Doc, verb: number, from: number, isPerson: IsPerson): Phrase | null {
  const { tokens, text } = doc;
  if (!tokens[verb]?.word || tokens[verb].cap) return null;
  const subject = phraseLeft(tokens, verb, from, text);
  if (!subject || subject.kind !== 'name' || subject.to !== verb) return null;
  return isPerson(tokens[subject.nameFrom].start, tokens[subject.nameTo - 1].end) ? subject : null;
}

/** Past an opening clause ending in a comma ("Asked why,", "In Calgary on Tuesday,"): where the subject starts. */
function pastOpener(tokens: readonly DocToken[], start: number, end: number): number {
  const first = tokens[start];
  if (!INTRO_WORDS.has(first.lower) && !/(?:ed|ing)$/.test(first.lower)) return start;
  for (let c = start + 1; c < end && c - start <= MAX_OPENER; c++) if (tokens[c].text === ',') return c + 1;
  return start;
}

/** "She shook her head." is a gesture, and so is a profile's short paragraph about the speaker; a longer one is narrative. */
const MAX_GESTURE_TOKENS = 30;

/** Sentences of such a paragraph: "Colleen laughs at the memory. She is a small, wiry woman …". */
const MAX_GESTURE_SENTENCES = 3;

/** Marks a gesture's sentence may hold besides words: "She pauses, tugging at a strap." */
const GESTURE_PUNCTUATION = new Set([',', '—', '–', ';']);

/** Tokens of a paragraph that hands over without a word of speech: one short sentence. */
const MAX_SILENT_INTRO = 25;

/** Tokens [from, to) are one short sentence ending in a full stop ("Ana Ruiz was not convinced."). */
function isOneSentence(tokens: DocToken[], from: number, to: number): boolean {
  if (to - from > MAX_SILENT_INTRO || tokens[to - 1].text !== '.') return false;
  for (let i = from; i < to - 1; i++) if (SENTENCE_END.has(tokens[i].text) || isMarkToken(tokens, i)) return false;
  return true;
}

function speaks(tokens: readonly DocToken[], from: number, to: number): boolean {
  if (tokens[to - 1].text === ':') return true;
  for (let i = from; i < to; i++) if (SPEECH_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Who the paragraph before a quote ends on. News hands the floor to the subject of the sentence right before a quote
 * paragraph: "Mayor Ruth Gale said the town would seek help. Kowal is skeptical." ¶ '"I've heard that before," she
 * said' is Kowal, though Gale spoke last; "Her deputy, Megan Ruiz, disagreed." ¶ '"…," she said' is Ruiz.
 */
import type { Doc, DocToken } from '../text/document';
import type { SpanIndex } from '../text/spanIndex';
import type { Entry } from './speakerEntry';
import type { Gender } from './gender';
import { CUE_VERBS } from '../lexicon/lexicon';
import {
  ADVERBIAL_SUBORDINATORS,
  ARTICLES,
  ASKED_ADVERBS,
  OBLIQUE_PREPOSITIONS,
  PASSIVE_AUX,
  POSSESSIVES,
} from '../lexicon/functionWords';
import { QUESTION_CUES } from '../lexicon/speechVerbs';
import { mentionRole, opensAfterConnectives, wordBeforeTitles } from './mentionRole';

/** What makes the cue word after it a noun: "the praise", "his comments", "a warning". */
const NOUN_DETERMINERS = new Set([...ARTICLES, ...POSSESSIVES]);

/** How far into its sentence the subject may start: after an opener such as "Her deputy," or "In Ohio,". */
const SUBJECT_REACH = 8;

/** How far the comma closing a longer opening clause may stand ("When Mr. Hale tried to defend …, Ms. Ruiz …"). */
const OPENER_REACH = 40;

/**
 * The person opening the last sentence of paragraph `line - 1`, outside quotation marks, when the quote at `at` opens
 * paragraph `line`; null when that sentence opens with no person or the quote does not open its paragraph.
 */
export function closingSubject(
  doc: Doc,
  quoted: SpanIndex,
  persons: readonly Entry[],
  line: number,
  compatible: (e: Entry) => boolean,
  described: ReadonlyArray<{ entry: Entry; at: number }> = [],
): Entry | null {
  const own = doc.lines[line];
  const before = doc.lines[line - 1];
  if (!own || !before || before.tokenTo <= before.tokenFrom || !quoted.overlaps(own.start, own.start + 1)) return null;
  const from = lastSentenceStart(doc, before.tokenFrom, before.tokenTo);
  const { tokens } = doc;
  const narration = questionClauseEnd(doc, from, before.tokenTo);
  if (reportsSpeech(doc, narration, before.tokenTo) || quoted.overlaps(tokens[from].start, before.end)) return null;
  const best = subjectIn(doc, persons, from, before.tokenTo) ?? describedOpener(described, tokens[from].start);
  if (best) return compatible(best) ? best : null;
  // "Alder has not changed her mind. She has held three town halls." ends on Alder: a closing sentence that opens
  // with "she" goes on with the subject of the sentence before, when it is a woman ("he": a man)
  const gender = PRONOUN_GENDER.get(tokens[from].lower);
  if (!gender || from === before.tokenFrom) return null;
  const previous = lastSentenceStart(doc, before.tokenFrom, from);
  if (reportsSpeech(doc, previous, from) || quoted.overlaps(tokens[previous].start, tokens[from].start)) return null;
  const chained = subjectIn(doc, persons, previous, from);
  return chained && chained.gender === gender && compatible(chained) ? chained : null;
}

/**
 * The latest speaker when the paragraph before the quote closes on their own reported speech as its subject: "'We
 * lost our crops,' Mrs Waqa said. Her sister-in-law, Mrs Vika Nabou, added that the well was salty." ¶ '"We cannot
 * drink from it," she said' is Nabou, who took the floor last; null for any other paragraph (closingSubject's).
 */
export function closingSpeaker(
  doc: Doc,
  quoted: SpanIndex,
  persons: readonly Entry[],
  line: number,
  latest: Entry | null,
): Entry | null {
  const own = doc.lines[line];
  const before = doc.lines[line - 1];
  if (!latest || latest.lastSpokeLine !== line - 1 || !own || !before || before.tokenTo <= before.tokenFrom)
    return null;
  if (!quoted.overlaps(own.start, own.start + 1)) return null;
  const from = lastSentenceStart(doc, before.tokenFrom, before.tokenTo);
  const { tokens } = doc;
  if (latest.lastSpoke < tokens[from].start || quoted.overlaps(tokens[from].start, before.end)) return null;
  if (!reportsSpeech(doc, from, before.tokenTo) || asksQuestion(doc, from, before.tokenTo)) return null;
  return subjectIn(doc, persons, from, before.tokenTo) === latest ? latest : null;
}

/** "Pool asked whether he would speak." ¶ '"…," she said': who asks is not who answers. */
function asksQuestion(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (QUESTION_CUES.has(doc.tokens[i].lower)) return true;
  return false;
}

/**
 * A sentence that reports speech has its own speaker, whom the latest-speaker rule already follows ("Kunin said");
 * a cue word after an article or a possessive is a noun, no report ("Tillman did not care about the praise"); a
 * participle reports for a noun ("Fitch held up a chart showing that …") or for the subject itself ("Fitch stood,
 * saying that …"): either way the sentence still ends on its subject.
 */
function reportsSpeech(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let i = from; i < to; i++)
    if (
      CUE_VERBS.has(tokens[i].lower) &&
      !tokens[i].lower.endsWith('ing') &&
      !(i > from && NOUN_DETERMINERS.has(tokens[i - 1].lower)) &&
      !inRelativeClause(doc, from, i) &&
      !passiveQuestion(doc, from, i)
    )
      return true;
  return false;
}

/**
 * Where the main clause starts after an opening question put to its subject: "Asked whether he worried that Renner
 * could win, Ignatius Moll demurred." reports the question, not speech ("worried" is the question's); the scan for a
 * reporting verb starts at "Ignatius", after the last comma before a capital. `from` for any other sentence.
 */
function questionClauseEnd(doc: Doc, from: number, to: number): number {
  const { tokens } = doc;
  if (!askedOpener(tokens[from])) return from;
  for (let i = Math.min(to, from + OPENER_REACH) - 1; i > from; i--)
    if (tokens[i].text === ',' && tokens[i + 1]?.cap && tokens[i + 1].word) return i + 1;
  return from;
}

/**
 * A question put to the subject ("Brunnhofer was asked whether he had slept well.") hands him the floor: the answer
 * that opens the next paragraph ('"Not really," he said') is his, not the asker's nor the last speaker's.
 */
function passiveQuestion(doc: Doc, from: number, cue: number): boolean {
  const { tokens } = doc;
  if (!QUESTION_CUES.has(tokens[cue].lower)) return false;
  let j = cue - 1;
  while (j > from && ASKED_ADVERBS.has(tokens[j].lower)) j--;
  return j > from && PASSIVE_AUX.has(tokens[j].lower) && tokens[j].lower !== 'it';
}

/**
 * The person whose mention opens the sentence of tokens [from, to) as its subject, if any; after an opening clause or
 * phrase, the one right after its comma: "When Mr. Hale tried to defend the plan, Ms. Ruiz objected." ends on Ruiz.
 */
function subjectIn(doc: Doc, persons: readonly Entry[], from: number, to: number): Entry | null {
  const opening = earliestMention(doc, persons, from, Math.min(from + SUBJECT_REACH, to), (s) =>
    standsAsSubject(doc, s, from),
  );
  if (opening || !opensWithAdverbial(doc.tokens[from])) return opening;
  return earliestMention(doc, persons, from, Math.min(from + OPENER_REACH, to), (s) => followsOpener(doc, s));
}

/** The person with the earliest mention starting in tokens [from, to) that `fits`. */
function earliestMention(
  doc: Doc,
  persons: readonly Entry[],
  from: number,
  to: number,
  fits: (m: { start: number; end: number }) => boolean,
): Entry | null {
  const { tokens } = doc;
  const lo = tokens[from].start;
  const hi = tokens[to - 1].end;
  let best: Entry | null = null;
  let bestAt = Infinity;
  // the most recently touched persons are last; the subject was touched by that paragraph, so a few suffice
  for (let i = persons.length - 1; i >= Math.max(0, persons.length - PERSONS_SCAN); i--) {
    const p = persons[i];
    const m = p.mentions.find((s) => s.start >= lo && s.start < hi && fits(s));
    if (m && m.start < bestAt) {
      best = p;
      bestAt = m.start;
    }
  }
  return best;
}

/**
 * A sentence opening with an adverbial clause or phrase ("When …", "In his statement …", "Filling in for Hale …",
 * "Asked whether …"), whose subject comes after it.
 */
function opensWithAdverbial(t: DocToken | undefined): boolean {
  if (!t?.word) return false;
  return (
    ADVERBIAL_SUBORDINATORS.has(t.lower) ||
    OBLIQUE_PREPOSITIONS.has(t.lower) ||
    /^\p{Lu}\p{Ll}+ing$/u.test(t.text) ||
    askedOpener(t)
  );
}

/** "Asked whether …, Moll demurred": a question put to the subject that follows its clause. */
function askedOpener(t: DocToken): boolean {
  return QUESTION_CUES.has(t.lower) && t.lower.endsWith('ed');
}

/** A mention right after the comma closing an opener, as the main clause's subject: "…, Ms. Ruiz objected". */
function followsOpener(doc: Doc, m: { start: number; end: number }): boolean {
  const { tokens } = doc;
  const k = doc.tokenAt(m.start);
  const before = wordBeforeTitles(tokens, k);
  if (tokens[before]?.text !== ',' || /^\s*['’]s?\b/.test(doc.text.slice(m.end, m.end + 3))) return false;
  return mentionRole(tokens, k, Math.max(k + 1, doc.tokenAt(m.end)), false) === 'subject';
}

/**
 * "Ann Roy, the director, said she would pay by July. … The director rejected that flatly." ¶ '"Not true," she said':
 * a closing sentence that opens with a role its person holds (the paragraph's persons noted at `start`) ends on her.
 */
function describedOpener(described: ReadonlyArray<{ entry: Entry; at: number }>, start: number): Entry | null {
  return described.find((n) => n.at === start)?.entry ?? null;
}

/** The gender a sentence-opening subject pronoun carries on. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['she', 'female'],
  ['he', 'male'],
]);

/**
 * A mention that opens the sentence, or follows a comma or a title ("Her deputy, Megan Ruiz,", "Mayor Gale", "Board
 * chair Ruth Alder"), and is no possessor, modifier or object: "An enthusiastic Sanders supporter, Seacord complained"
 * opens on Seacord, not Sanders; "Board chair Ruth Alder met Superintendent Mia Cole" on Alder, not on Cole, whose
 * title only looks like a subject's.
 */
function standsAsSubject(doc: Doc, m: { start: number; end: number }, from: number): boolean {
  const { tokens, text } = doc;
  const k = doc.tokenAt(m.start);
  const prev = k > from ? tokens[k - 1] : null;
  if (prev && prev.text !== ',' && !(prev.cap && prev.word) && !opensAfterConnectives(tokens, k - 1)) return false;
  if (/^\s*['’]s?\b/.test(text.slice(m.end, m.end + 3))) return false;
  const role = mentionRole(tokens, k, Math.max(k + 1, doc.tokenAt(m.end)), false);
  return role !== 'object' && role !== 'oblique' && role !== 'embedded' && role !== 'possessor';
}
const PERSONS_SCAN = 12;

/**
 * A cue in a relative clause after a comma reports on the sentence's subject, not for it: "Ramsbottom faced the
 * media, which Halloran said was his own choice." still ends on Ramsbottom ('"It's on me," the 29-year-old said').
 */
function inRelativeClause(doc: Doc, from: number, cue: number): boolean {
  const { tokens } = doc;
  for (let j = cue - 1; j > from && cue - j <= RELATIVE_REACH; j--) {
    if (RELATIVE_OPENERS.has(tokens[j].lower)) return tokens[j - 1].text === ',';
    if (!tokens[j].word) return false;
  }
  return false;
}
const RELATIVE_OPENERS = new Set(['which', 'who', 'whom']);
/** "which the club's new manager said": the relative pronoun stands a few words before its cue. */
const RELATIVE_REACH = 6;

/** The first token of the last sentence among tokens [from, to) (its final stop not counted). */
function lastSentenceStart(doc: Doc, from: number, to: number): number {
  const { tokens } = doc;
  for (let i = to - 2; i > from; i--) if (SENTENCE_STOPS.has(tokens[i].text) && tokens[i + 1]?.cap) return i + 1;
  return from;
}
const SENTENCE_STOPS = new Set(['.', '!', '?']);

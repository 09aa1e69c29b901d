/**
 * The cue and speaker after a quote: '"…," Lavrov said', '"…," said Lavrov', '"…" ― Carla Sanchez'.
 */
import type { Doc, DocToken } from '../text/document';
import { CUE_PREFIX, DESCRIPTION_OPENERS } from '../lexicon/lexicon';
import { AFTER_CUE_WORDS, NOUN_BEFORE, RELATIVES } from '../lexicon/functionWords';
import {
  AFTER_QUOTE_CUES,
  RECAP_COPULAS,
  RECAP_NOUNS,
  RECAP_SUBJECTS,
  RECAP_WH,
  TEXT_READ_CUES,
} from '../lexicon/speakerWords';
import { ANSWER_NOUNS, SPEECH_WORDS } from '../lexicon/speechVerbs';
import { jointRight } from './jointNames';
import {
  AFTER_QUOTE_PUNCT,
  MAX_WINDOW,
  SENTENCE_END,
  cueRange,
  isCue,
  isMarkToken,
  isTextCue,
  windowEnd,
  type Attribution,
} from './cues';
import { phraseRight, skipAuxLeft, type Phrase } from './phrases';
import { isUnlistedPast, isUnlistedPresent } from './unlistedCues';
import { appositiveName, givenName, nameBeforeOpenAppositive, nameGivenAfterRelative } from './apposedNames';
import { headlineSpeaker } from './colonQuotes';
import {
  nameInDashAside,
  nounPhraseHead,
  skipDashAsideLeft,
  skipRelativeAsideLeft,
  startsAt,
  subjectBeforeCue,
} from './speakerBetweenQuoteAndCue';
import { textPhraseRight } from './texts';
import { loneIndefiniteAfter } from './shortDescriptions';
import { answerCameFrom } from './namedWords';
import { isIssuedTextParticiple, isPastVerb, isRelativeWho } from './tokenPredicates';
import { contactRelativeAfterCue, contactRelativeHead } from './contactRelatives';
import { postModifiedSubject } from './longSubjects';

export function after(doc: Doc, q: { to: number }): Attribution | null {
  const { tokens } = doc;
  let k = q.to;
  let dash = false;
  while (k < tokens.length && !tokens[k].word && !isMarkToken(tokens, k) && AFTER_QUOTE_PUNCT.has(tokens[k].text)) {
    if (tokens[k].text !== ',') dash = true;
    k++;
  }
  if (k >= tokens.length || tokens[k].line !== tokens[q.to - 1]?.line) return null;
  if (tokens[k].text === ':' && k === q.to) return headlineSpeaker(doc, k + 1);
  const end = windowEnd(tokens, k);
  const byline = attributionClause(doc, q.to, k, end, dash);
  if (byline) return byline;
  for (let c = k; c < end && c - k <= MAX_WINDOW; c++) {
    // '"…," one passenger, who asked not to be named, told the BBC': a cue inside a relative clause is not the quote's
    if (!isAfterCue(tokens, c, k) || isRelativeWho(tokens[c - 1]) || isIssuedTextParticiple(tokens, c)) continue;
    if (isRelativeVerbBeforeCue(tokens, c)) continue;
    // "Whitlock was telling aides", "has been saying", "could be heard saying": past the auxiliaries to the subject
    const lead = skipQuotedAs(tokens, skipAuxLeft(tokens, c, k, CUE_PREFIX), k);
    if (lead === k) {
      // '"…," adding that …': a participle has no subject after it; the sentence before the quote may name one
      if (tokens[c].lower.endsWith('ing')) return null;
      // inverted: "said Lavrov", "according to officials"
      return { speaker: invertedAfter(doc, c, end), cue: cueRange(tokens, c, end), how: 'after' };
    }
    const speaker = subjectOfCue(doc, q.to, k, c, lead, end);
    if (speaker) return { speaker, cue: cueRange(tokens, c, end), how: 'after' };
    // "X, one of the states suing the EPA, said": a cue-like word inside an appositive is not the cue
    if (NOUN_BEFORE.has(tokens[c - 1]?.lower ?? '') || tokens[c].lower.endsWith('ing')) continue;
    return null;
  }
  return null;
}

/** The speaker between a quote (its words after it from `k`) and the cue at `c`, the subject ending by `lead`. */
function subjectOfCue(doc: Doc, quoteTo: number, k: number, c: number, lead: number, end: number): Phrase | null {
  const { tokens } = doc;
  // '"…," the aide to the governor — who now runs a consultancy — said': the subject ends at the aside
  const subjectEnd = skipDashAsideLeft(tokens, lead, k);
  const dashed = subjectEnd < lead ? nameInDashAside(doc, k, subjectEnd, lead) : null;
  if (dashed) return dashed;
  // '"We are done," the driver Ms Hale hired told reporters': the driver, not Hale (contactRelatives.ts)
  const relativeHead = contactRelativeHead(tokens, subjectEnd, k, doc.text);
  if (relativeHead && relativeHead.from === k) return relativeHead;
  const speaker = subjectBeforeCue(doc, k, subjectEnd);
  if (
    speaker &&
    (startsAt(tokens, speaker, k) || nounPhraseHead(doc, speaker, k)) &&
    !introducesNext(tokens, quoteTo, c)
  )
    return speaker;
  const relativeEnd = skipRelativeAsideLeft(tokens, subjectEnd, k);
  return (
    nameBeforeOpenAppositive(doc, k, c, end) ??
    descriptionFilling(doc, quoteTo, k, subjectEnd) ??
    // '"…," the 34-year-old mother of three from Leeds, who works nights, said'
    (relativeEnd < subjectEnd ? descriptionFilling(doc, quoteTo, k, relativeEnd) : null)
  );
}

/**
 * '"…," a spokesman for committee Democrats said': read from the cue back, the subject ends in a group's name
 * ("Democrats"); read from the quote on, one description fills the whole gap, and it is the speaker.
 */
function descriptionFilling(doc: Doc, quoteTo: number, k: number, lead: number): Phrase | null {
  // only after a quote that breaks off at a comma: after a full stop, "The star then recalled" opens a new sentence;
  // after a question or an exclamation, when the sentence goes on in lower case ('"Why now?" the head of … asked')
  const mark = doc.tokens[lastBeforeClosingMarks(doc.tokens, quoteTo)]?.text;
  if (mark !== ',' && !((mark === '?' || mark === '!') && !doc.tokens[k].cap)) return null;
  if (!DESCRIPTION_OPENERS.has(doc.tokens[k].lower)) return null;
  const p = phraseRight(doc.tokens, k, lead, doc.text);
  if (p && p.kind === 'description' && p.from === k && p.to === lead) return p;
  // '"…," the former chief executive of the company that built the bridge said' (longSubjects.ts)
  return postModifiedSubject(doc, k, lead);
}

/** A whole clause after the quote naming its sayer with no reporting verb: a byline, a recap, "came the reply from". */
function attributionClause(doc: Doc, quoteTo: number, k: number, end: number, dash: boolean): Attribution | null {
  if (dash) return bylineAfterDash(doc, k, end) ?? recapAfterDash(doc, k, end);
  return recapAfter(doc, quoteTo, k, end) ?? answerCameFrom(doc, k, end);
}

/**
 * A byline after a dash: '"…" ― Carla Sanchez', a name closing its line or sentence, or followed by a comma and a
 * short tag of where or how it was said ('-Dana Roy, Philadelphia.', '-Gov. Dana Roy, tweeting after the speech.').
 */
function bylineAfterDash(doc: Doc, k: number, end: number): Attribution | null {
  const { tokens, text } = doc;
  const speaker = phraseRight(tokens, k, end, text);
  if (!speaker || speaker.kind !== 'name' || speaker.from !== k) return null;
  const next = tokens[speaker.to];
  if (speaker.to >= end || next.line !== tokens[k].line || SENTENCE_END.has(next.text))
    return { speaker, cue: null, how: 'after' };
  return next.text === ',' && isBylineTag(tokens, speaker.to + 1, end) ? { speaker, cue: null, how: 'after' } : null;
}

/** Words of a byline's tag after its comma ("Philadelphia", "tweeting after Clinton's speech"). */
const MAX_BYLINE_TAG = 8;

/**
 * Tokens [from, end) are a short tag closing the sentence: a place in capitals, a participle's phrase, or what the
 * person is ('— Tom Ruiz, a commuter from Camden.', '—Ann Hale, retired teacher.'), but no clause of its own
 * ('— Tom Ruiz, who lives nearby, disagreed').
 */
function isBylineTag(tokens: DocToken[], from: number, end: number): boolean {
  const first = tokens[from];
  if (!first || !first.word || end - from > MAX_BYLINE_TAG) return false;
  const closes = end >= tokens.length || tokens[end].line !== first.line || SENTENCE_END.has(tokens[end].text);
  if (!closes) return false;
  if (first.cap || first.lower.endsWith('ing')) return true;
  for (let k = from; k < end; k++) if (RELATIVES.has(tokens[k].lower) || isCue(tokens, k)) return false;
  return true;
}

/**
 * '"We are exhausted." That is how Jane Roe, a nurse, describes her shift', '"…" That's what Roe told the panel': after
 * a quote that ends its sentence, a sentence recalling it names who said it. Its verb is the cue.
 */
function recapAfter(doc: Doc, quoteTo: number, k: number, end: number): Attribution | null {
  const { tokens, text } = doc;
  // the quote's closing marks, a few at most ("….’”"): a run of marks is no sentence
  const last = lastBeforeClosingMarks(tokens, quoteTo);
  if (!SENTENCE_END.has(tokens[last]?.text ?? '') || !tokens[k].cap || !RECAP_SUBJECTS.has(tokens[k].lower))
    return null;
  if (RECAP_NOUNS.has(tokens[k + 1]?.lower ?? '')) return recapFrom(doc, k + 2, end);
  if (!RECAP_COPULAS.has(tokens[k + 1]?.lower ?? '')) return null;
  if (!RECAP_WH.has(tokens[k + 2]?.lower ?? '')) return possessedRecap(doc, k + 2, end) ?? recapNounOf(doc, k + 2, end);
  const speaker = phraseRight(tokens, k + 3, end, text);
  if (!speaker || speaker.from !== k + 3) return null;
  // past an appositive: "Jane Roe, a nurse in Sudbury, describes"
  let verb = speaker.to;
  if (tokens[verb]?.text === ',') {
    verb++;
    while (verb < end && verb - speaker.to <= MAX_RECAP_APPOSITIVE && tokens[verb].text !== ',') verb++;
    verb++;
  }
  const v = tokens[verb];
  if (!v || !v.word || v.cap) return null;
  return { speaker, cue: cueRange(tokens, verb, end), how: 'after' };
}

/** '"…" That quote from State Treasurer Dana Roy appeared …': the name after "from" or "by" said the words. */
function recapFrom(doc: Doc, from: number, end: number): Attribution | null {
  const { tokens, text } = doc;
  const link = tokens[from]?.lower;
  if (link !== 'from' && link !== 'by') return null;
  const speaker = phraseRight(tokens, from + 1, end, text);
  return speaker && speaker.from === from + 1 && speaker.kind === 'name'
    ? { speaker, cue: [tokens[from - 1].start, tokens[from].end], how: 'after' }
    : null;
}

const MAX_RECAP_APPOSITIVE = 10;
const MAX_RECAP_OWNER = 5;

/**
 * '"Ships will go elsewhere." That was Hale's warning', '… That is the mayor's answer': the recalled words are the
 * possessor's, named by a noun of speech right after the possessive.
 */
function possessedRecap(doc: Doc, from: number, end: number): Attribution | null {
  const { tokens, text } = doc;
  let poss = from + 1;
  while (poss < end && poss - from <= MAX_RECAP_OWNER && tokens[poss].word && !/^['’]s$/.test(tokens[poss].text))
    poss++;
  const mark = tokens[poss];
  if (!mark || !/^['’]s$/.test(mark.text)) return null;
  const owner = phraseRight(tokens, from, poss, text);
  if (!owner || owner.from !== from || owner.to !== poss || owner.kind === 'pronoun') return null;
  const noun = tokens[poss + 1];
  if (!noun || !(SPEECH_WORDS.has(noun.lower) || ANSWER_NOUNS.has(noun.lower))) return null;
  return { speaker: owner, cue: [mark.start, noun.end], how: 'after' };
}

/** '"…" — that was the verdict of Lars Brekke': a recap after a dash, whatever closes the quote. */
function recapAfterDash(doc: Doc, k: number, end: number): Attribution | null {
  const { tokens } = doc;
  if (!RECAP_SUBJECTS.has(tokens[k].lower) || !RECAP_COPULAS.has(tokens[k + 1]?.lower ?? '')) return null;
  return possessedRecap(doc, k + 2, end) ?? recapNounOf(doc, k + 2, end);
}

/**
 * '… That was the verdict of Lars Brekke', '… That is the warning from the union': a noun of speech after "the", its
 * sayer after "of" or "from" (one modifier may stand before the noun: "the blunt verdict of").
 */
function recapNounOf(doc: Doc, from: number, end: number): Attribution | null {
  const { tokens, text } = doc;
  if (tokens[from]?.lower !== 'the') return null;
  const isNoun = (t: DocToken | undefined): boolean =>
    t !== undefined && (SPEECH_WORDS.has(t.lower) || ANSWER_NOUNS.has(t.lower));
  const linked = (i: number): boolean => isNoun(tokens[i]) && /^(?:of|from)$/.test(tokens[i + 1]?.lower ?? '');
  const noun = linked(from + 1) ? from + 1 : from + 2;
  if (!linked(noun)) return null;
  const speaker = phraseRight(tokens, noun + 2, end, text);
  if (!speaker || speaker.from !== noun + 2 || speaker.kind === 'pronoun') return null;
  return { speaker, cue: [tokens[from].start, tokens[noun + 1].end], how: 'after' };
}

/**
 * '"…," the mayor Ana Ruiz had praised said': a past verb right before a reporting verb ends a relative clause without
 * "whom" (contactRelatives.ts); the verb after it is the cue. No sentence runs two finite verbs so ("Hale said, adding"
 * has its comma).
 */
function isRelativeVerbBeforeCue(tokens: DocToken[], c: number): boolean {
  const next = tokens[c + 1];
  if (!isUnlistedPast(tokens[c]) || next === undefined || next.line !== tokens[c].line) return false;
  // "she recounted telling them": a participle after the verb is its object, the verb the cue
  return !next.lower.endsWith('ing') && isCue(tokens, c + 1);
}

/** A cue after a quote: a reporting verb, one only right after quotes ("pressed"), or a text's ("read the email"). */
function isAfterCue(tokens: DocToken[], c: number, k: number): boolean {
  return (
    isCue(tokens, c) ||
    afterQuoteCue(tokens, c, k) ||
    isTextCue(tokens, c) ||
    isPerSource(tokens, c, k) ||
    readByOne(tokens, c, k)
  );
}

/** '"Trump is disgusting," read one.': right after the quote, "read" and a lone "one" or "another" (a sign, a banner). */
function readByOne(tokens: DocToken[], c: number, k: number): boolean {
  return c === k && TEXT_READ_CUES.has(tokens[c].lower) && loneIndefiniteAfter(tokens, c + 1, tokens.length) !== null;
}

/**
 * '"…," per a statement from the campaign', '"…," per Whitlock's spokesman': "per" right after a quote names its
 * source as "according to" does; not "per cent" or "per share", whose next word is a plain noun.
 */
function isPerSource(tokens: DocToken[], c: number, k: number): boolean {
  const next = tokens[c + 1];
  return (
    c === k && tokens[c].lower === 'per' && next !== undefined && (DESCRIPTION_OPENERS.has(next.lower) || next.cap)
  );
}

/** The speaker after an inverted cue: "said Lavrov", "according to officials", "read the email". */
function invertedAfter(doc: Doc, c: number, end: number): Phrase | null {
  const { tokens, text } = doc;
  const start = tokens[c].lower === 'according' ? c + 2 : c + 1;
  if (isTextCue(tokens, c)) return textPhraseRight(tokens, start, end);
  const read = phraseRight(tokens, start, end, text);
  // '"Fine," said the nurse Dr Obi trained.': the nurse, not Obi
  const relativeHead = read ? contactRelativeAfterCue(tokens, read, end, text) : null;
  if (relativeHead) return relativeHead;
  const described = nameGivenAfterRelative(doc, givenName(doc, read, end), end);
  const named = appositiveName(doc, described, end);
  return (
    oneOf(tokens, start, end, text) ??
    loneIndefiniteAfter(tokens, start, end) ??
    (named ? (jointRight(doc, named, end) ?? named) : null) ??
    // '"…," noted a report for the council by Green Ledger': a text after a reporting verb speaks (the speaker table
    // names it, or its author when the text says whose); never a person phrase, which the scanner tried first
    textPhraseRight(tokens, start, end)
  );
}

/** "said one of those advisers", "said one of the organizers": one member of a group, the mention from "one". */
function oneOf(tokens: DocToken[], start: number, end: number, text: string): Phrase | null {
  if (tokens[start]?.lower !== 'one' || tokens[start + 1]?.lower !== 'of') return null;
  const group = phraseRight(tokens, start + 2, end, text);
  return group && group.kind !== 'pronoun' && group.from === start + 2
    ? { ...group, from: start, kind: 'description' }
    : null;
}

/** '"…ends here." Greene added that …' / '… Zahed said: "…"': after a finished sentence, a cue with content of its own opens a new report. */
function introducesNext(tokens: DocToken[], quoteTo: number, cue: number): boolean {
  const last = lastBeforeClosingMarks(tokens, quoteTo);
  if (tokens[last]?.text !== '.') return false;
  const next = tokens[cue + 1];
  if (next === undefined || next.line !== tokens[cue].line) return false;
  if (next.text === ',') return isMarkToken(tokens, cue + 2);
  // "… Reid said both are …": a clause of its own follows; "Reid said." / "said on Friday." close the quote's report
  return !SENTENCE_END.has(next.text) && !AFTER_CUE_WORDS.has(next.lower);
}

/**
 * The last token inside a quote's closing marks ("….’”"), a few at most. The quote's own last token is its closing
 * mark even when it is a single mark, which alone reads as no mark: "'I skipper a boat.' Reid said: '…'", and in
 * curly marks "‘I skipper a boat.’ Reid said".
 */
function lastBeforeClosingMarks(tokens: DocToken[], quoteTo: number): number {
  let last = quoteTo - 1;
  if (tokens[last]?.text === "'" || tokens[last]?.text === '’') last--;
  while (last > 0 && quoteTo - last <= 3 && isMarkToken(tokens, last)) last--;
  return last;
}

/** "Halvard is quoted as saying": the passive frame before the cue, skipped back to its subject. */
function skipQuotedAs(tokens: DocToken[], lead: number, floor: number): number {
  if (lead - 2 < floor || tokens[lead - 1].lower !== 'as' || !QUOTED_AS.has(tokens[lead - 2].lower)) return lead;
  let i = lead - 2;
  while (i - 1 >= floor && PASSIVE_AUX.has(tokens[i - 1].lower)) i--;
  return i;
}
const QUOTED_AS = new Set(['quoted', 'described', 'recorded', 'heard']);
const PASSIVE_AUX = new Set(['is', 'was', 'were', 'are', 'been', 'has', 'have', 'had', 'be', 'being', 'also']);

/**
 * '"Would it be negotiable?" Hale pressed.', '"…," exhorted Tom Reyes.': a verb that reports speech only right after a
 * quote, within a few words of it and closing its clause (or before the speaker, inverted: there any past verb).
 */
function afterQuoteCue(tokens: DocToken[], c: number, k: number): boolean {
  const t = tokens[c];
  const next = tokens[c + 1];
  // inverted right after the quote, any past verb before a capitalized speaker: '"…," opined the Tribune', 'reacted Hale'
  if (c === k && !t.cap && t.lower.length > 4 && isPastVerb(t.lower)) return next?.cap === true && next.line === t.line;
  if (t.cap || !(AFTER_QUOTE_CUES.has(t.lower) || isUnlistedPast(t) || isUnlistedPresent(t))) return false;
  if (c - k > 6 || NOUN_BEFORE.has(tokens[c - 1]?.lower ?? '')) return false;
  if (c === k) return next !== undefined && next.cap && next.line === t.line && !isUnlistedPresent(t);
  return (
    next === undefined ||
    next.line !== t.line ||
    SENTENCE_END.has(next.text) ||
    next.text === ',' ||
    (t.lower === 'chimed' && next.lower === 'in') ||
    // '"…," the nominee riffed on the answer', '"…," Hale scoffed at reporters': after a quote that breaks off at a
    // comma, a past form and a preposition ('"We lost." T-shirts appeared in …' is a new sentence)
    (isUnlistedPast(t) && MANNER_PREPOSITIONS.has(next.lower) && breaksOffAtComma(tokens, k))
  );
}

/** Prepositions a manner-of-speaking verb takes: "riffed on", "scoffed at", "joked about", "snapped back at". */
const MANNER_PREPOSITIONS = new Set(['on', 'at', 'about']);

/** The quote before token `k` ends in a comma, inside or right after its closing mark: '"…," the nominee'. */
function breaksOffAtComma(tokens: DocToken[], k: number): boolean {
  const last = tokens[k - 1]?.text === ',' ? k - 1 : lastBeforeClosingMarks(tokens, k);
  return tokens[last]?.text === ',';
}

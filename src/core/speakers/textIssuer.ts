/**
 * Who issued a text the article quotes ("the email", "it reads"): the phrase that names its author, found in the
 * sentences before. "An email sent on Friday by Jeremy Bash" (the author after "by"), "The DNC issued a statement"
 * (the subject of an issuing verb), "Rivera emailed supporters … The email goes on" (the subject of the text's own
 * verb). The speaker table resolves the phrase as any speaker's ("his campaign", "the candidate").
 * Looks back a bounded number of tokens and forward a bounded number from each mention: linear.
 */
import type { Doc, DocToken } from '../text/document';
import { isSpeakerNoun, phraseLeft, phraseRight, speakerNounTail, type Phrase } from '../attribution/phrases';
import { isQuoteToken } from '../attribution/cues';
import { isPersonAt } from '../attribution/recognizedEntities';
import { spanStartingAt } from '../text/sortedSpans';
import {
  AUTHORING_VERBS,
  ISSUED_TEXT_NOUNS,
  ISSUER_AUX,
  ISSUER_VERBS,
  ISSUING_VERBS,
  TEXT_NOUN_FORMS,
  TEXT_VERBS,
} from '../lexicon/speakerWords';
import { ARTICLES, CLAIM_POSSESSIVES, SENTENCE_END } from '../lexicon/functionWords';
import { CALENDAR_WORDS, CUE_VERBS, DESCRIPTION_OPENERS, INDEFINITE_DETERMINERS, TIME_WORDS } from '../lexicon/lexicon';
import { DOCUMENT_NOUNS, SIGN_HOLDING_VERBS, SIGN_NOUNS } from '../lexicon/newsWords';
import { PLACE_PREPOSITIONS } from '../lexicon/entityWords';

/** Tokens between a text's noun and the "by" of its passive verb ("The email, released by X, was sent … by Y"). */
const PASSIVE_REACH = 25;
/** Tokens between a passive verb and its "by" ("sent at 7:19 p.m. EST by"). */
const BY_REACH = 8;
/** Tokens between an issuing verb and the text's noun ("sent out a fundraising email"). */
const VERB_REACH = 5;
/** Tokens of an appositive between a subject and its verb ("Huma Abedin, vice chairwoman of …, emailed"). */
const APPOSITIVE_REACH = 16;

/** The phrase naming who issued the text `noun` (lower case) mentioned in tokens [floor, before), else null. */
export function issuerPhrase(doc: Doc, noun: string, floor: number, before: number): Phrase | null {
  const { tokens } = doc;
  for (let i = before - 1; i > floor; i--) {
    const t = tokens[i];
    if (TEXT_VERBS.get(t.lower) === noun) {
      const subject = subjectLeft(doc, i, floor);
      if (subject) return subject;
    }
    if (!sameTextNoun(noun, t.lower)) continue;
    const found =
      passiveAuthor(doc, i, before, true) ??
      authorByNoun(doc, i, before) ??
      namedModifier(tokens, i) ??
      nextSentenceAuthor(doc, i, before) ??
      activeIssuer(doc, i, floor) ??
      frontedIssuer(doc, i, before) ??
      passiveAuthor(doc, i, before, false);
    if (found) return found;
  }
  return null;
}

/** Capitalized words a body's name may run to before the text's noun ("a Karachi Water Corporation statement"). */
const MODIFIER_NAME_WORDS = 4;

/**
 * "According to a KWSC statement issued late on Sunday, …" ¶ "The statement said …": a body's name between the
 * article and the text's noun issued it. Only after "a", "an" or "the", so that "Sunday statement" or a sentence's
 * capitalized first word ("Statement from …") names no one.
 */
function namedModifier(tokens: DocToken[], noun: number): Phrase | null {
  let k = noun - 1;
  while (
    k > 0 &&
    noun - k <= MODIFIER_NAME_WORDS &&
    tokens[k].word &&
    tokens[k].cap &&
    !CALENDAR_WORDS.has(tokens[k].lower)
  )
    k--;
  if (k === noun - 1 || !ARTICLES.has(tokens[k]?.lower ?? '') || tokens[k].line !== tokens[noun].line) return null;
  return { from: k + 1, to: noun, kind: 'name', nameFrom: k + 1, nameTo: noun };
}

/** "the suit" takes up "a lawsuit", "the email" an "e-mail": the same text under another of its nouns. */
function sameTextNoun(noun: string, word: string): boolean {
  return word === noun || (TEXT_NOUN_FORMS.get(noun)?.includes(word) ?? false);
}

/** Tokens from a text's noun to the end of its sentence ("The memo, dated …, argued that … ."). */
const SENTENCE_REACH = 60;
/** Words between "It" and its writer's verb ("It had been written"). */
const IT_AUX_REACH = 3;

/**
 * "The memo argued that the race was slipping. It was written by the deputy manager, Sabrina Keel, …": the sentence
 * right after the text's own, opening on "It" and a writer's passive verb, names its author (the first person after
 * "by", past a description in apposition to them).
 */
function nextSentenceAuthor(doc: Doc, noun: number, before: number): Phrase | null {
  const { tokens } = doc;
  let stop = noun + 1;
  while (stop < before && stop - noun <= SENTENCE_REACH && !SENTENCE_END.has(tokens[stop].text)) stop++;
  let it = stop + 1;
  while (it < before && isQuoteToken(tokens[it])) it++;
  if (it >= before || tokens[it].lower !== 'it' || !tokens[it].cap) return null;
  let v = it + 1;
  while (v < before && v - it <= IT_AUX_REACH && !AUTHORING_VERBS.has(tokens[v].lower)) v++;
  if (v >= before || !AUTHORING_VERBS.has(tokens[v].lower) || tokens[v + 1]?.lower !== 'by') return null;
  for (let j = v + 2; j < before && j - v <= TITLE_REACH && !SENTENCE_END.has(tokens[j].text); j++) {
    const person = personAfter(doc, j, before);
    if (person) return person;
  }
  return null;
}

/**
 * "… pointed us to a report by the Meridian Fiscal Forum. … The report said": an author named by "by" or "from"
 * right after an earlier mention of the text. Only a capitalized name (no "a report from Tuesday") or a speaker's
 * description ("a memo from the chief of staff").
 */
function authorByNoun(doc: Doc, noun: number, before: number): Phrase | null {
  const { tokens, text } = doc;
  const link = tokens[noun + 1]?.lower;
  if ((link !== 'by' && link !== 'from') || noun + 2 >= before) return null;
  const p = authorAt(tokens, noun + 2, text);
  if (!p || p.to > before) return null;
  const head = tokens[p.to - 1];
  if (p.kind === 'name') return head.cap && !TIME_WORDS.has(head.lower) && !CALENDAR_WORDS.has(head.lower) ? p : null;
  return p.kind === 'description' && isSpeakerNoun(head.lower) ? p : null;
}

/** Words from a text speaker's mention to its noun ("The six-page internal memo"). */
const OWN_NOUN_REACH = 5;

/**
 * "The six-page memo argued that … . It was written by Sabrina Keel": a text that speaks in its own sentence, its
 * author named in the next one. `from` is the first token of the text's mention.
 */
export function authorNamedNext(doc: Doc, noun: string, from: number): Phrase | null {
  const { tokens } = doc;
  for (let i = from; i < tokens.length && i - from <= OWN_NOUN_REACH; i++)
    if (tokens[i].lower === noun) return nextSentenceAuthor(doc, i, tokens.length);
  return null;
}

/** Words of an author's phrase after a text's noun or its "by" ("by the state's health agency"). */
const AUTHOR_WORDS = 6;

/**
 * '"…," according to a statement released on Friday by the agency', '"…," a letter the mayor sent to residents said':
 * the author named right after a text's noun, through a past issuing verb and its "by" a few words on, or as the
 * subject of a relative clause without "that" whose verb issues it. `noun` is the noun's token.
 */
export function authorAfterNoun(doc: Doc, noun: number): Phrase | null {
  const { tokens, text } = doc;
  const issued = (t: DocToken | undefined): boolean =>
    t !== undefined && ISSUING_VERBS.has(t.lower) && !/s$/.test(t.lower);
  const credited = attributedAuthor(tokens, noun, text);
  if (credited) return credited;
  if (issued(tokens[noun + 1])) {
    for (let b = noun + 2; b < tokens.length && b - noun <= BY_REACH; b++) {
      const t = tokens[b];
      if (t.lower === 'by') return authorAt(tokens, b + 1, text);
      if (!t.word || CUE_VERBS.has(t.lower)) return null;
    }
    return null;
  }
  // the clause's subject opens with a determiner or a capital: "figures her campaign released", not "the editorial
  // board recently wrote", whose noun goes on
  const first = tokens[noun + 1];
  if (!first || !(first.cap || DESCRIPTION_OPENERS.has(first.lower))) return null;
  const subject = authorAt(tokens, noun + 1, text);
  if (!subject) return null;
  // a description read on takes the verb in ("the agency released"): it ends before the verb
  for (let v = subject.from + 1; v <= subject.to; v++)
    if (issued(tokens[v]))
      return v === subject.to ? subject : { from: subject.from, to: v, kind: 'description', nameFrom: v, nameTo: v };
  return null;
}

/**
 * "read the statement, which was attributed to Ada Roy", "a memo attributed to the chief of staff": the one a text is
 * attributed to right after its noun is its author. Not "attributed the delay to the weather" (no text before it).
 */
function attributedAuthor(tokens: DocToken[], noun: number, text: string): Phrase | null {
  let k = noun + 1;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower === 'which' && (tokens[k + 1]?.lower === 'was' || tokens[k + 1]?.lower === 'is')) k += 2;
  if (tokens[k]?.lower !== 'attributed' || tokens[k + 1]?.lower !== 'to') return null;
  return authorAt(tokens, k + 2, text);
}

/**
 * A name or a definite description starting at token `from`, a few words at most: no pronoun ("a memo it sent"), and
 * not "a Phoenix firm" ("a poll released by a Phoenix firm"), which says no more of the author than the poll does.
 */
function authorAt(tokens: DocToken[], from: number, text: string): Phrase | null {
  const p = phraseRight(tokens, from, Math.min(tokens.length, from + AUTHOR_WORDS), text);
  if (!p || p.from !== from || p.kind === 'pronoun') return null;
  return INDEFINITE_DETERMINERS.has(tokens[from].lower) ? null : p;
}

/** The lower-case text noun of a phrase's head when it is one ("the fundraising email" → "email"), else null. */
export function textNounOf(tokens: DocToken[], p: Phrase): string | null {
  const head = tokens[p.to - 1]?.lower ?? '';
  return ISSUED_TEXT_NOUNS.has(head) ? head : null;
}

/**
 * "The email, released by Judicial Watch, was sent at 7:19 p.m. by Jeremy Bash": the phrase after "by" following a
 * passive verb of the noun's sentence. `authored` asks for a writer's verb ("sent", "written"), else any issuing one
 * ("released by the campaign").
 */
function passiveAuthor(doc: Doc, noun: number, before: number, authored: boolean): Phrase | null {
  const { tokens, text } = doc;
  const verbs = authored ? AUTHORING_VERBS : ISSUER_VERBS;
  const end = Math.min(before, noun + PASSIVE_REACH);
  for (let v = noun + 1; v < end && !SENTENCE_END.has(tokens[v].text); v++) {
    // "The video puts her on the defense … by using": a present verb is no passive one
    if (!verbs.has(tokens[v].lower) || tokens[v].lower.endsWith('s')) continue;
    for (let b = v + 1; b < end && b - v <= BY_REACH && !SENTENCE_END.has(tokens[b].text); b++) {
      if (tokens[b].lower === 'by')
        return (
          personAfter(doc, b + 1, end) ?? titledNameAfter(doc, b + 1, end) ?? phraseRight(tokens, b + 1, end, text)
        );
      if (authored && b === v + 1 && tokens[b].lower === 'from') return senderAfterFrom(doc, b + 1, end);
    }
  }
  return null;
}

/**
 * "an email was sent from the club's director, Lionel Marsh, to the members": right after a writer's verb, "from"
 * names the sender as "by" would, when a person or someone's role follows ("sent from his home account" names none).
 */
function senderAfterFrom(doc: Doc, from: number, end: number): Phrase | null {
  const person = personAfter(doc, from, end) ?? titledNameAfter(doc, from, end);
  if (person) return person;
  const p = from < end ? authorAt(doc.tokens, from, doc.text) : null;
  if (!p || p.to > end || p.kind !== 'description' || !isSpeakerNoun(doc.tokens[p.to - 1].lower)) return null;
  // "from the club's executive director, Lionel Marsh,": the name in apposition
  return (doc.tokens[p.to]?.text === ',' ? personAfter(doc, p.to + 1, end) : null) ?? p;
}

/** "The DNC issued a statement", "his campaign sent out a fundraising email": the subject of the verb before the noun. */
function activeIssuer(doc: Doc, noun: number, floor: number): Phrase | null {
  const { tokens } = doc;
  return subjectOfVerbBefore(
    doc,
    noun,
    floor,
    (v) =>
      ISSUER_VERBS.has(tokens[v].lower) ||
      ((tokens[v].lower === 'said' || tokens[v].lower === 'says') && tokens[v + 1]?.lower === 'in'),
  );
}

/**
 * Who put out the text at token `noun` in its own clause: "Frost released [a video] that said" (an issuing verb),
 * "She hoisted [a sign] that read" (a verb of holding, for a sign). Null when the noun is no verb's object there:
 * "A video that said …", "Outside, a sign read …".
 */
export function clauseIssuer(doc: Doc, noun: number, floor: number): Phrase | null {
  const { tokens } = doc;
  const verbs = SIGN_NOUNS.has(tokens[noun].lower) ? SIGN_HOLDING_VERBS : ISSUING_VERBS;
  return subjectOfVerbBefore(doc, noun, floor, (v) => verbs.has(tokens[v].lower));
}

/** The subject of the verb a few words before `noun` that `isVerb` accepts, else null. */
function subjectOfVerbBefore(doc: Doc, noun: number, floor: number, isVerb: (v: number) => boolean): Phrase | null {
  const { tokens } = doc;
  let verb = noun - 1;
  if (verb < 0) return null;
  const verbAt = (v: number): boolean => isVerb(v) && !modifiesText(tokens, v);
  // "released an excerpt of the book" issued the excerpt, not the book: no preposition before the noun
  while (verb > floor && noun - verb <= VERB_REACH && !verbAt(verb) && tokens[verb].word && tokens[verb].lower !== 'of')
    verb--;
  return verbAt(verb) ? subjectLeft(doc, verb, floor) : null;
}

/**
 * "said in an emailed statement", "in his written statement": a participle after an article or a possessive describes
 * the text; the verb that issued it comes before ("The firm said in an emailed statement …" ¶ "'…,' the statement
 * said" is the firm's).
 */
function modifiesText(tokens: DocToken[], v: number): boolean {
  const before = tokens[v - 1]?.lower ?? '';
  return ARTICLES.has(before) || CLAIM_POSSESSIVES.has(before);
}

/** Words between "in" and the text's noun ("In a brief written statement"), and from the noun to its comma. */
const FRONTED_REACH = 4;
/** Words after the text's noun before the comma: "In a notice to shareholders published on Monday, the miller said". */
const FRONTED_TAIL = 8;
/** Words of the subject after a fronted "In a statement," ("the Royal Canadian Mounted Police"). */
const FRONTED_SUBJECT_WORDS = 10;

/**
 * "In a statement, the RCMP said …", "In a notice to shareholders published on Monday, the miller said …": the text
 * opens the sentence after "in", and the subject of the speech verb after its comma issued it.
 */
function frontedIssuer(doc: Doc, noun: number, before: number): Phrase | null {
  const { tokens, text } = doc;
  let p = noun - 1;
  while (p > 0 && noun - p < FRONTED_REACH && tokens[p].lower !== 'in') p--;
  const prev = tokens[p - 1];
  if (tokens[p]?.lower !== 'in' || (prev && prev.line === tokens[p].line && !SENTENCE_END.has(prev.text))) return null;
  let comma = noun + 1;
  while (comma < before && comma - noun <= FRONTED_TAIL && tokens[comma].word) comma++;
  if (tokens[comma]?.text !== ',') return null;
  const subject = phraseRight(tokens, comma + 1, Math.min(before, comma + 1 + FRONTED_SUBJECT_WORDS), text);
  if (!subject || subject.from !== comma + 1) return null;
  if (CUE_VERBS.has(tokens[subject.to]?.lower ?? '')) return subject;
  // "In a statement, Garda headquarters said": the nouns after the capital the phrase stopped at, read back from the verb
  const end = speakerNounTail(tokens, subject.to, before);
  if (end === subject.to || !CUE_VERBS.has(tokens[end]?.lower ?? '')) return null;
  const whole = phraseLeft(tokens, end, comma + 1, text);
  return whole && whole.from === comma + 1 ? whole : null;
}

/** The subject ending before a verb, past auxiliaries and an appositive set off by commas ("Abedin, an aide, emailed"). */
function subjectLeft(doc: Doc, verb: number, floor: number): Phrase | null {
  const { tokens, text } = doc;
  let lead = verb;
  while (lead > floor && ISSUER_AUX.has(tokens[lead - 1].lower)) lead--;
  lead = firstOfJoinedVerbs(tokens, lead, floor);
  if (DASHES.has(tokens[lead - 1]?.text ?? '')) return subjectBeforeDashes(doc, lead - 1, floor);
  if (tokens[lead - 1]?.text !== ',') return phraseLeft(tokens, lead, Math.max(floor, lead - 10), text);
  for (let c = lead - 2; c > floor && lead - c <= APPOSITIVE_REACH; c--) {
    if (tokens[c].text !== ',') continue;
    const p = phraseLeft(tokens, c, Math.max(floor, c - 10), text);
    // "the parents of two men killed in Benghazi, Libya, have filed": a place in the appositive is no subject
    if (!p || PLACE_PREPOSITIONS.has(tokens[p.from - 1]?.lower ?? '')) return null;
    // "Manitoba's health minister, Derek Solberg, said in a statement": the name apposed to a description is who
    const apposed = p.kind === 'description' ? phraseRight(tokens, c + 1, lead - 1, text) : null;
    const named = apposed?.kind === 'name' && apposed.from === c + 1 && apposed.to === lead - 1;
    return apposed && named && isPersonAt(doc, apposed) ? apposed : p;
  }
  return null;
}

/**
 * "Quillen smiled and triumphantly lifted a sign": the subject of "lifted" is that of the verb joined to it by "and",
 * over adverbs ending in -ly; returns where the first verb starts (`lead` itself when none is joined).
 */
function firstOfJoinedVerbs(tokens: DocToken[], lead: number, floor: number): number {
  let k = lead;
  while (k - 1 > floor && /^\p{Ll}+ly$/u.test(tokens[k - 1].text)) k--;
  const verb = k - 2;
  if (verb <= floor || tokens[k - 1].lower !== 'and' || !/^\p{Ll}+ed$/u.test(tokens[verb].text)) return lead;
  return verb;
}

/** Dashes that set off an aside: "A coalition of 40 groups - including the Academy of Pediatrics - sent a letter". */
const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);

/** Tokens of an aside between dashes, commas and all ("- including A, B and C -"). */
const DASH_APPOSITIVE_REACH = 30;

/** The subject before the aside whose closing dash is token `close`: the phrase ending at its opening dash. */
function subjectBeforeDashes(doc: Doc, close: number, floor: number): Phrase | null {
  const { tokens, text } = doc;
  for (let d = close - 1; d > floor && close - d <= DASH_APPOSITIVE_REACH; d--) {
    if (SENTENCE_END.has(tokens[d].text)) return null;
    if (DASHES.has(tokens[d].text)) return phraseLeft(tokens, d, Math.max(floor, d - 10), text);
  }
  return null;
}

/** Tokens a title may run before the person it names ("then-Department of Defense Chief of Staff | Jeremy Bash"). */
const TITLE_REACH = 10;

/** The person the recognizer found within a title's reach after `from`, before any comma: that person's name. */
function personAfter(doc: Doc, from: number, end: number): Phrase | null {
  const { tokens } = doc;
  for (let j = from; j < end && j - from <= TITLE_REACH && tokens[j].text !== ','; j++) {
    const person = spanStartingAt(doc.people, tokens[j].start);
    if (!person) continue;
    let to = j + 1;
    while (to < end && tokens[to].end <= person.end) to++;
    return { from: j, to, kind: 'name', nameFrom: j, nameTo: to };
  }
  return null;
}

/**
 * "by then-Department of Defense Chief of Staff Jeremy Bash,": a long title runs up to the name at its end, before a
 * comma or the sentence's end; the name phrase read back from there (null when that is no name).
 */
function titledNameAfter(doc: Doc, from: number, end: number): Phrase | null {
  const { tokens, text } = doc;
  let stop = from;
  while (stop < end && stop - from <= TITLE_REACH && tokens[stop].text !== ',' && !SENTENCE_END.has(tokens[stop].text))
    stop++;
  if (stop - from > TITLE_REACH) return null;
  const p = phraseLeft(tokens, stop, from, text);
  return p && p.kind === 'name' ? p : null;
}

/** How many words into a description its document noun may stand ("the new audit", "a poll released …"). */
export const DOCUMENT_NOUN_REACH = 4;

/**
 * The index in `words` of the document noun a description names ("the memo, dated March 3" → memo, "a poll released
 * Tuesday" → poll), among its first words; -1 when it names none, or when the noun owns what follows ("the report's
 * lead author" is a person).
 */
export function documentNounAt(doc: Doc, words: DocToken[]): number {
  for (let i = 0; i < Math.min(words.length, DOCUMENT_NOUN_REACH); i++) {
    const w = words[i];
    if (!DOCUMENT_NOUNS.has(w.lower) && !ISSUED_TEXT_NOUNS.has(w.lower) && !SIGN_NOUNS.has(w.lower)) continue;
    const after = doc.tokens[doc.tokenAt(w.start) + 1];
    return after && (after.text === "'s" || after.text === '’s' || after.text === "'" || after.text === '’') ? -1 : i;
  }
  return -1;
}

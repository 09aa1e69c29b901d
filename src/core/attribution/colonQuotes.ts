/**
 * Quotes handed over by a colon without a reporting verb: a headline's ('"We are not afraid": Zelensky vows to
 * stay'), a short clause's ('Reese disagreed: "…"') and a sentence's ('She then addressed the crowd again: "…"').
 */
import type { Doc, DocToken } from '../text/document';
import { EVERYDAY_ROLES, INTRO_WORDS, ROLE_NOUNS, isProfessionNoun } from '../lexicon/lexicon';
import { HEADLINE_TOPIC_LINKS } from '../lexicon/newsWords';
import { ANSWER_NOUNS, SPEECH_WORDS, VIEW_NOUNS, VIEWPOINT_OPENERS } from '../lexicon/speechVerbs';
import { CLAIM_POSSESSIVES } from '../lexicon/functionWords';
import { SENTENCE_END, cueRange, isCue, isMarkToken, type Attribution } from './cues';
import { isSpeakerNoun, phraseLeft, phraseRight, type Phrase } from './phrases';
import { clauseSubject } from './clauseSubjects';
import { isHeadingLabel } from './headingLabels';
import { textBeforeColon } from './textBeforeColon';
import { isEntityAt, isPersonAt, overlapsPerson } from './recognizedEntities';
import { PERSONAL_PRONOUNS } from './tokenPredicates';

/**
 * A headline's quote, then a colon and who said it: '"We are not afraid": Zelensky vows to stay', '"Books are the
 * last free room in town": an interview with librarian Ines Carvalho'. The first person named soon after is the
 * speaker; '"No deal": markets tumble' names none.
 */
export function headlineSpeaker(doc: Doc, from: number): Attribution | null {
  const { tokens, text } = doc;
  const line = tokens[from - 1].line;
  // a name and a reporting verb right after the colon: "Zelensky vows …"
  const subject = phraseRight(tokens, from, Math.min(tokens.length, from + 8), text);
  if (subject && subject.kind === 'name' && tokens[subject.to]?.line === line && isCue(tokens, subject.to)) {
    return { speaker: subject, cue: cueRange(tokens, subject.to, subject.to + 1), how: 'colon' };
  }
  // a title, then what it spoke about: '"We can't wait for Ottawa": Yukon mayor on the housing crunch'
  if (
    subject &&
    subject.kind === 'description' &&
    tokens[subject.to]?.line === line &&
    isTitleHeaded(tokens, subject) &&
    (HEADLINE_TOPIC_LINKS.has(tokens[subject.to].lower) || isCue(tokens, subject.to))
  )
    return { speaker: subject, cue: null, how: 'colon' };
  for (let i = from; i < tokens.length && i - from < 12 && tokens[i].line === line; i++) {
    if (!tokens[i].cap || !tokens[i].word || !overlapsPerson(doc, tokens[i].start, tokens[i].end)) continue;
    const speaker = phraseRight(tokens, i, Math.min(tokens.length, i + 8), text);
    if (!speaker || speaker.kind !== 'name') return null;
    const cue = isCue(tokens, speaker.to) ? cueRange(tokens, speaker.to, speaker.to + 1) : null;
    return { speaker, cue, how: 'colon' };
  }
  return null;
}

/**
 * A description ending in an office or a profession: "Yukon mayor", "Ontario health minister", "Winnipeg ER doctor"
 * (not "markets", "a new report"; not "eyewitness", whom the lede describes again before it names her).
 */
function isTitleHeaded(tokens: DocToken[], p: Phrase): boolean {
  const head = tokens[p.to - 1].lower;
  return ROLE_NOUNS.has(head) || EVERYDAY_ROLES.has(head) || isProfessionNoun(head);
}

/** Words a clause may hold between its subject and a colon that hands it the floor: "Reese disagreed:". */
const MAX_COLON_PREDICATE = 6;

/**
 * 'Reese disagreed: "I spoke to them on Friday."', 'Haddad was blunt: "…"': a short clause whose subject is a person
 * named (or described: "The mayor was blunt:") at the sentence's start, ending in the colon that opens the quote.
 * The verb need not be a reporting verb.
 */
function subjectBeforeColon(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  // past an opening adverbial: "On Monday, Reese was blunt:"
  let at = start;
  if (INTRO_WORDS.has(tokens[start].lower)) {
    while (at < colon && at - start <= 6 && tokens[at].text !== ',') at++;
    if (tokens[at]?.text !== ',') return null;
    at++;
  }
  const speaker = phraseRight(tokens, at, colon, text);
  if (!speaker || speaker.from !== at) return null;
  // "He was blunt:" as "Haddad was blunt:" (only "he" and "she": "It was simple:" hands over no one's words)
  const person =
    speaker.kind === 'name'
      ? isPersonAt(doc, speaker)
      : speaker.kind === 'description'
        ? isSpeakerNoun(tokens[speaker.to - 1].lower)
        : speaker.kind === 'pronoun' && PERSONAL_PRONOUNS.has(tokens[speaker.from].lower);
  if (!person) return null;
  const predicate = colon - speaker.to;
  if (predicate < 1 || predicate > MAX_COLON_PREDICATE) return null;
  for (let i = speaker.to; i < colon; i++) if (!tokens[i].word || tokens[i].cap) return null;
  return { speaker, cue: null, how: 'colon' };
}

/**
 * 'Mitch Hale, R-Ky., delivered a blunt message to the mayor: "…"', 'She then addressed the crowd again: "…"': a
 * sentence that hands over to a quote with a colon, without a reporting verb, is its subject's ('introduced': less
 * sure than a cue). Only a name or "he"/"she": "This new headline from the Post: '…'" is no one's.
 */
function colonSentence(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens } = doc;
  const prev = tokens[start - 1];
  if (prev && prev.line === tokens[start].line && !SENTENCE_END.has(prev.text) && !isMarkToken(tokens, start - 1))
    return null; // not a sentence's true start
  for (let s = start; s < colon; s++) {
    if (s !== start && tokens[s - 1].text !== ',') continue;
    const p = clauseSubject(doc, s, colon);
    if (!p) continue;
    // "Each election cycle, …", "Hours later, …": a capital that names no one recognized is not a subject
    const named = p.kind === 'name' && isEntityAt(doc, p);
    // "he" only when the clause speaks of speech ("She then addressed the crowd again:"), not "He visited Moscow:"
    const pronoun =
      p.kind === 'pronoun' && PERSONAL_PRONOUNS.has(tokens[p.from].lower) && speechBetween(tokens, p.to, colon);
    if (named || pronoun) return { speaker: p, cue: null, how: 'introduced' };
  }
  return null;
}

/** Tokens a relative clause between a subject and its verb may hold (", who kept the books for forty years,"). */
const MAX_RELATIVE_TOKENS = 16;

/**
 * 'My mother, who kept the books for forty years, had a saying for politicians like that: "…"': a person opening
 * the sentence (a name, or a description by a speaker noun), a relative clause with "who" after it, then a clause
 * that speaks of speech up to the colon ("had a saying", "gave her usual answer"). Not "My mother, who kept the
 * books, had a farm in Iowa:" (no word of speech).
 */
function subjectBeforeRelative(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  const p = phraseRight(tokens, start, colon, text);
  if (!p || p.from !== start || tokens[p.to]?.text !== ',' || tokens[p.to + 1]?.lower !== 'who') return null;
  let close = p.to + 2;
  while (close < colon && close - p.to <= MAX_RELATIVE_TOKENS && tokens[close].text !== ',') close++;
  const verb = tokens[close + 1];
  if (tokens[close]?.text !== ',' || close >= colon || !verb?.word || verb.cap) return null;
  const person =
    p.kind === 'name' ? isPersonAt(doc, p) : p.kind === 'description' && isSpeakerNoun(tokens[p.to - 1].lower);
  return person && speechBetween(tokens, close + 1, colon) ? { speaker: p, cue: null, how: 'introduced' } : null;
}

/** A word of speech ("remarks", "addressed", "message", "his familiar lines") among tokens [from, to). */
function speechBetween(tokens: DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (SPEECH_WORDS.has(tokens[i].lower) || ANSWER_NOUNS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Rule "speaker on topic": 'Priya Nandakumar on Twitter: "…"', 'Our correspondent, Priya Nandakumar, on Twitter:
 * "…"', 'Hale on the tariffs: "…"' (live blogs, explainers): the person opening the line before "on" speaks; the
 * words after it are the topic or the medium, though a name ("Twitter", "Clinton") may stand there.
 */
function speakerOnTopic(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  let on = start + 1;
  while (on < colon && on - start <= MAX_TOPIC_SUBJECT && tokens[on].lower !== 'on') on++;
  if (on >= colon - 1 || tokens[on].lower !== 'on' || colon - on > MAX_COLON_PREDICATE) return null;
  for (let i = on + 1; i < colon; i++) if (!tokens[i].word) return null;
  const end = tokens[on - 1].text === ',' ? on - 1 : on;
  const opening = phraseRight(tokens, start, end, text);
  if (!opening || opening.from !== start) return null;
  // "Our statehouse reporter, Dev Malhotra, on …": the name apposed to the description speaks
  const apposed = tokens[opening.to]?.text === ',' ? phraseRight(tokens, opening.to + 1, end, text) : null;
  const speaker = apposed?.kind === 'name' ? apposed : opening;
  if (speaker.to !== end) return null;
  const person = speaker.kind === 'name' ? isPersonAt(doc, speaker) : speaker.kind === 'description';
  return person ? { speaker, cue: null, how: 'colon' } : null;
}
/** Tokens of the subject before "on": "Our White House correspondent, Priya Nandakumar,". */
const MAX_TOPIC_SUBJECT = 10;

/**
 * A colon right before the quote, in headline or transcript style: 'Putin: "…"'; in a sentence only a person's name:
 * '… surprise pollster Dana Shaw: "…"'. Else the clause before the colon, when its subject speaks.
 */
export function speakerBeforeColon(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  const roundup = roundupSpeaker(doc, start, colon) ?? speakerOnTopic(doc, start, colon);
  if (roundup) return roundup;
  const speaker = phraseLeft(tokens, colon, start, text);
  // "More from Jones: '…'", "From the report: '…'", "- Philip Bump: '…'"
  const introduced =
    speaker !== null &&
    (tokens[speaker.from - 1]?.lower === 'from' || /^[-–—]$/.test(tokens[speaker.from - 1]?.text ?? ''));
  // a description before the colon must name someone: "recalling her own experience:" does not
  const someone = speaker !== null && (speaker.kind !== 'description' || isSpeakerNoun(tokens[speaker.to - 1].lower));
  if (
    speaker &&
    someone &&
    !(speaker.from === start && isHeadingLabel(doc, speaker)) &&
    (speaker.from === start || introduced || (speaker.kind === 'name' && isPersonAt(doc, speaker)))
  )
    return { speaker, cue: null, how: 'colon' };
  return (
    colonSentence(doc, start, colon) ??
    subjectBeforeRelative(doc, start, colon) ??
    possessedSpeech(doc, start, colon) ??
    textBeforeColon(doc, start, colon) ??
    answerFor(doc, start, colon) ??
    presented(doc, start, colon) ??
    subjectBeforeColon(doc, start, colon)
  );
}

/**
 * "For economist Priya Nair, the answer is simple: '…'", "To Hale, the lesson was clear:": a sentence that opens by
 * naming whose view it gives, then a noun of speech or answer before the colon; the person named speaks.
 */
function answerFor(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  const opener = tokens[start]?.lower;
  if (!VIEWPOINT_OPENERS.has(opener ?? '') || !startsSentence(tokens, start)) return null;
  const who = phraseRight(tokens, start + 1, colon, text);
  if (!who || who.kind !== 'name' || !isPersonAt(doc, who) || tokens[who.to]?.text !== ',') return null;
  if (colon - who.to - 1 > MAX_COLON_PREDICATE) return null;
  for (let i = who.to + 1; i < colon; i++) {
    if (!tokens[i].word) return null;
    if (ANSWER_NOUNS.has(tokens[i].lower) || VIEW_NOUNS.has(tokens[i].lower))
      return { speaker: who, cue: null, how: 'colon' };
  }
  return null;
}

/**
 * "Here's Voss in 1992: '…'", "Here is Mayor Ada Roy on the budget:": the writer presents a person, then (briefly)
 * when or on what, and the quote: the person speaks.
 */
function presented(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  if (tokens[start]?.lower !== 'here' || !startsSentence(tokens, start)) return null;
  const verb = tokens[start + 1];
  const from = verb && /^['’]s$/.test(verb.text) ? start + 2 : verb?.lower === 'is' ? start + 2 : -1;
  if (from < 0) return null;
  const who = phraseRight(tokens, from, colon, text);
  if (!who || who.from !== from || who.kind !== 'name' || !isPersonAt(doc, who)) return null;
  if (colon - who.to > MAX_COLON_PREDICATE) return null;
  for (let i = who.to; i < colon; i++) if (!tokens[i].word || isCue(tokens, i)) return null;
  return { speaker: who, cue: null, how: 'colon' };
}

function startsSentence(tokens: DocToken[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.line !== tokens[i].line || SENTENCE_END.has(prev.text);
}

/**
 * "Roe's message to the province: '…'", "Her advice to new nurses: '…'": a person's words, named by a noun of speech
 * right before the colon, are theirs: the possessor (a person's name, or "his"/"her") speaks.
 */
function possessedSpeech(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  const first = tokens[start];
  if (!first || !startsSentence(tokens, start)) return null;
  let owner: Phrase | null = null;
  let noun = start + 1;
  if (CLAIM_POSSESSIVES.has(first.lower) && first.lower !== 'its' && first.lower !== 'their')
    owner = { from: start, to: start + 1, kind: 'pronoun', nameFrom: start + 1, nameTo: start + 1 };
  else {
    let s = start;
    while (s < colon && s - start < 4 && tokens[s].cap && tokens[s].word) s++;
    const name = s > start && /^['’]s$/.test(tokens[s]?.text ?? '') ? phraseLeft(tokens, s, start, text) : null;
    if (name && name.kind === 'name' && name.from === start && isPersonAt(doc, name)) owner = name;
    noun = s + 1;
  }
  if (!owner || colon - noun > MAX_COLON_PREDICATE) return null;
  for (let i = noun; i < colon; i++) if (!tokens[i].word) return null;
  const said = tokens[noun];
  return said && (SPEECH_WORDS.has(said.lower) || ANSWER_NOUNS.has(said.lower))
    ? { speaker: owner, cue: null, how: 'colon' }
    : null;
}

/**
 * A roundup's line: 'Helen Achebe, The Riverton Courier: "…"', 'The Harbour Times, in an editorial: "…"'. The name
 * opening the line, then a comma and where it was said (an outlet, a short phrase), then the colon: the name speaks.
 */
function roundupSpeaker(doc: Doc, start: number, colon: number): Attribution | null {
  const { tokens, text } = doc;
  if (!startsItsLine(doc, start) || colon - start > MAX_ROUNDUP_LABEL) return null;
  const speaker = phraseRight(tokens, start, colon, text);
  if (!speaker || speaker.kind !== 'name' || tokens[speaker.to]?.text !== ',' || speaker.to + 1 >= colon) return null;
  for (let i = speaker.to + 1; i < colon; i++) if (isCue(tokens, i) || SENTENCE_END.has(tokens[i].text)) return null;
  return { speaker, cue: null, how: 'colon' };
}
const MAX_ROUNDUP_LABEL = 14;

function startsItsLine(doc: Doc, start: number): boolean {
  const prev = doc.tokens[start - 1];
  return !prev || prev.line !== doc.tokens[start].line;
}

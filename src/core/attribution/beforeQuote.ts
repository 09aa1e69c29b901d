/**
 * The cue and speaker before a quote: 'Putin had said, "…"', 'Lavrov told reporters: "…"', 'Putin: "…"',
 * 'Said Dorothy Poynter, who grew up nearby, "…"'.
 */
import type { Doc, DocToken } from '../text/document';
import { CUE_PREFIX, CUE_VERBS, DESCRIPTION_LINKS, DESCRIPTION_OPENERS, OBJECT_CUES } from '../lexicon/lexicon';
import { ISSUED_TEXT_NOUNS, TEXT_READ_CUES } from '../lexicon/speakerWords';
import { SPEAKING_PLATFORMS } from '../lexicon/newsWords';
import { CAUSATIVE_VERBS, QUOTED_AS_VERBS } from '../lexicon/speechVerbs';
import { isPersonAt } from './recognizedEntities';
import { ADVERBIAL_SUBORDINATORS, BE_FORMS, PERSON_OBJECT_PRONOUNS } from '../lexicon/functionWords';
import { cueRange, isCue, isMarkToken, isTextCue, windowStart, type Attribution } from './cues';
import { isSpeakerNoun, phraseLeft, phraseRight, skipCuePrefixLeft, type Phrase } from './phrases';
import { jointLeft } from './jointNames';
import { apposedNameLeft, nameGivenInRelative } from './apposedNames';
import { absoluteSubject, coordinatedSubject, participleSubject } from './borrowedSubjects';
import { sentenceSubject } from './clauseSubjects';
import { speakerBeforeColon } from './colonQuotes';
import { issuedText } from './issuedTexts';
import { excerptAuthor, inWordsOf } from './namedWords';
import { signReading, voicingVerb } from './voicedWords';
import { loneSubjectLeft, shortSubjectLeft } from './shortDescriptions';
import { possessedTextLeft } from './texts';
import { relativeAntecedent, subjectLeft, unlistedVerbBefore } from './subjectsBeforeCue';
import { contactRelativeHead } from './contactRelatives';
import { isTextParticiple } from './tokenPredicates';

export function before(doc: Doc, q: { from: number }): Attribution | null {
  const { tokens, text } = doc;
  const start = windowStart(tokens, q.from);
  if (start >= q.from) return null;
  let last = q.from - 1;
  const punct = tokens[last].text;
  // a quote opening its line is introduced by the line before only through a colon or a comma ('Putin said:' ¶ '"…"')
  if (tokens[last].line !== tokens[q.from].line && punct !== ':' && punct !== ',') return null;
  if (punct === ',' || punct === ':' || punct === '—' || punct === '–') last--;
  // "From Bush's Facebook post: '…'": a text with its possessor hands over to the quote, "post" being no verb here
  const possessed = punct === ':' ? possessedTextLeft(tokens, last + 1, start, text) : null;
  if (possessed) return { speaker: possessed, cue: null, how: 'colon' };
  const wordsOf =
    punct === ',' || punct === ':' ? (inWordsOf(doc, start, last) ?? excerptAuthor(doc, start, last)) : null;
  if (wordsOf) return wordsOf;
  // 'Some chanted "USA! USA!"', 'a sign that read "Farmers for Lee"': the verb right before voices the words
  const voicing = voicingVerb(tokens, q.from);
  if (voicing >= start) return signReading(doc, voicing, start, q.from) ?? cueBefore(doc, voicing, start, q.from);
  const cued = lastCueBefore(doc, start, last, q.from);
  if (cued) return cued;
  // 'the protesters chanted "Hale: Bad for Ohio, bad for you."': a verb run into a whole quoted sentence
  const opens = punct === ',' || punct === ':' || (tokens[last].word && opensSentence(tokens, q.from));
  const unlisted = opens ? unlistedVerbBefore(doc, start, last) : null;
  if (unlisted) return unlisted;
  const platform = punct === ':' ? tookToPlatform(doc, start, last) : null;
  if (platform) return platform;
  // headline or transcript style: 'Putin: "…"'; in a sentence only a person's name: '… surprise pollster Dana Shaw: "…"'
  const colon = (punct === ':' || dashHandsOver(tokens, last, q.from)) && last >= start;
  return (
    invertedOpening(doc, start, last, q.from) ??
    (colon ? speakerBeforeColon(doc, start, last + 1) : issuedText(doc, start, last))
  );
}

/** The last reporting cue in [start, last] and the speaker before it (a text's noun before "reads" when no other). */
function lastCueBefore(doc: Doc, start: number, last: number, quoteFrom: number): Attribution | null {
  const { tokens } = doc;
  for (let c = last; c >= start; c--) {
    if (!isBeforeCue(tokens, c) || isAskedAside(tokens, c) || isPassiveAsClause(tokens, c)) continue;
    const found = cueBefore(doc, c, start, quoteFrom);
    return found.speaker ? found : (textBeforeReads(doc, c, start, quoteFrom) ?? found);
  }
  return null;
}

/**
 * 'The snarky, partisan, water-carrying headline reads: "…"': a text's noun right before "reads" is its subject where
 * the speaker-phrase scanner, stopping at the first comma, found none; the noun alone names it (a document, which a
 * long description would hide from the speaker table).
 */
function textBeforeReads(doc: Doc, c: number, start: number, quoteFrom: number): Attribution | null {
  const { tokens } = doc;
  const noun = c - 1;
  if (noun < start || !TEXT_READ_CUES.has(tokens[c].lower) || !ISSUED_TEXT_NOUNS.has(tokens[noun].lower)) return null;
  return {
    speaker: { from: noun, to: noun + 1, kind: 'description', nameFrom: noun + 1, nameTo: noun + 1 },
    cue: cueRange(tokens, c, quoteFrom),
    how: 'before',
  };
}

/**
 * 'The senator took to Instagram: "Thank you, Ohio!"', 'Hale took to social media: "…"': "took to" a platform before a
 * colon speaks there; its subject is the speaker.
 */
function tookToPlatform(doc: Doc, start: number, last: number): Attribution | null {
  const { tokens, text } = doc;
  let k = last;
  while (k > start && last - k < 2 && SPEAKING_PLATFORMS.has(tokens[k].lower)) k--;
  if (
    k === last ||
    k - 1 <= start ||
    tokens[k].lower !== 'to' ||
    !/^(?:took|takes|take|taking)$/.test(tokens[k - 1].lower)
  )
    return null;
  const speaker = phraseLeft(tokens, k - 1, start, text);
  return speaker ? { speaker, cue: cueRange(tokens, k - 1, last + 1), how: 'before' } : null;
}

/**
 * A dash hands a whole quoted sentence over as a colon does, in Caribbean and South Asian papers: 'He was blunt —
 * "Nobody came here."'; not a quoted phrase after a dash ('the fix — "a stopgap", critics say'). `last` is the word
 * before the dash.
 */
function dashHandsOver(tokens: DocToken[], last: number, quoteFrom: number): boolean {
  const dash = tokens[quoteFrom - 1]?.text;
  return (dash === '—' || dash === '–') && !!tokens[last]?.word && opensSentence(tokens, quoteFrom);
}

/** Words a quote run into its verb must hold to be a sentence spoken, not a name or a phrase ("dubbed it 'Big Bill'"). */
const MIN_SENTENCE_WORDS = 4;

/** The quote opening at `from` starts with a capital and holds a few words before its closing mark. */
function opensSentence(tokens: DocToken[], from: number): boolean {
  if (!tokens[from + 1]?.cap) return false;
  let words = 0;
  for (let i = from + 1; i < tokens.length && i - from < 40 && !isMarkToken(tokens, i); i++)
    if (tokens[i].word) words++;
  return words >= MIN_SENTENCE_WORDS;
}

/** The cue at token `c` (the "to" of "according to" stands for "according") and its speaker, before the quote. */
function cueBefore(doc: Doc, c: number, start: number, quoteFrom: number): Attribution {
  const { tokens } = doc;
  const cue = tokens[c].lower === 'to' ? c - 1 : c;
  const lead = skipCuePrefixLeft(tokens, cue, start, CUE_PREFIX);
  const speaker =
    nameGivenInRelative(doc, lead, start) ??
    contactRelativeHead(tokens, lead, start, doc.text) ??
    absoluteSubject(doc, start, cue) ??
    subjectLeftOfCue(doc, cue, lead, start) ??
    objectAfterCue(doc, cue, quoteFrom) ??
    // a second verb of the subject's: 'Hayek confirmed she had been and said, "…"', '…, I laughed and said, "…"'
    (COORDINATORS.has(tokens[lead - 1]?.lower ?? '') || thenAfterComma(tokens, lead)
      ? coordinatedSubject(doc, start, lead - 1)
      : null) ??
    relativeAntecedent(doc, lead, start) ??
    (isNonFinite(tokens, cue) ? sentenceSubject(doc, start, cue) : null);
  return { speaker, cue: cueRange(tokens, cue, quoteFrom), how: 'before' };
}

/** The speaker standing before a cue: the phrase right before it, or a subject of the clause it opens. */
function subjectLeftOfCue(doc: Doc, cue: number, lead: number, start: number): Phrase | null {
  const { tokens } = doc;
  const quotedAs = quotedAsObject(doc, cue, start);
  if (quotedAs) return quotedAs;
  if (tokens[cue].lower !== 'according') {
    // ", saying …" and "began by saying …" belong to the main clause's subject, not to whatever stands before them
    const comma = participleComma(tokens, cue);
    const participle = tokens[cue].lower.endsWith('ing') && (comma >= 0 || tokens[cue - 1]?.lower === 'by');
    const speaker =
      (participle
        ? (participleSubject(doc, start, comma >= 0 ? comma + 1 : cue) ?? subjectBeforeBy(doc, start, cue))
        : null) ?? subjectLeft(doc, lead, start, cue);
    // 'his campaign sent out a text message saying: "…"': the text speaks for whoever sent it
    if (speaker && !(isNonFinite(tokens, cue) && isTextDescription(doc, speaker)))
      return jointLeft(doc, speaker, start) ?? speaker;
  }
  if (isNonFinite(tokens, cue)) return controlledObject(doc, cue, start);
  return (
    apposedNameLeft(doc, lead, start) ?? shortSubjectLeft(tokens, lead, start) ?? loneSubjectLeft(tokens, lead, start)
  );
}

/**
 * The comma before a participle cue: right before it, or inside the closing mark of quoted words just before it
 * ('messages deemed "top secret," saying: "…"', as American style sets it); -1 when none.
 */
function participleComma(tokens: DocToken[], cue: number): number {
  let k = cue - 1;
  while (k > cue - 3 && isMarkToken(tokens, k)) k--;
  return tokens[k]?.text === ',' ? k : -1;
}

/**
 * "A tweet quoted the governor as saying '…'", "the paper cited Ms. Hale as saying": the object of an active
 * quoting verb before "as saying" said it, not the verb's subject (the tweet, the paper).
 */
function quotedAsObject(doc: Doc, cue: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  if (tokens[cue].lower !== 'saying' || tokens[cue - 1]?.lower !== 'as') return null;
  const object = phraseLeft(tokens, cue - 1, start, text);
  return object && QUOTED_AS_VERBS.has(tokens[object.from - 1]?.lower ?? '') ? object : null;
}

/**
 * "The experience led him to declare, '…'", "prompting Finance Minister Carla Reyes to say, '…'": after a verb of
 * causing, its object speaks the infinitive cue (the sentence's subject, "the experience", does not).
 */
function controlledObject(doc: Doc, cue: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  const to = cue - 1;
  if (tokens[to]?.lower !== 'to' || to - 1 < start) return null;
  // passive: "Mr. Voss was prompted to say, '…'": the subject of "was" speaks
  if (CAUSATIVE_VERBS.has(tokens[to - 1].lower) && BE_FORMS.has(tokens[to - 2]?.lower ?? '')) {
    const subject = phraseLeft(tokens, to - 2, start, text);
    return subject && subject.kind !== 'description' ? subject : null;
  }
  const object = PERSON_OBJECT_PRONOUNS.has(tokens[to - 1].lower)
    ? { from: to - 1, to, kind: 'pronoun' as const, nameFrom: to, nameTo: to }
    : phraseLeft(tokens, to, start, text);
  if (!object || object.kind === 'description' || !CAUSATIVE_VERBS.has(tokens[object.from - 1]?.lower ?? ''))
    return null;
  return object.kind === 'name' && !isPersonAt(doc, object) ? null : object;
}

/** "he began by saying, '…'", "Hale responded by telling them …": the subject right before the verb that "by" follows. */
function subjectBeforeBy(doc: Doc, start: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  const verb = cue - 2;
  if (tokens[cue - 1]?.lower !== 'by' || verb <= start || !tokens[verb].word || tokens[verb].cap) return null;
  const p = phraseLeft(tokens, verb, start, text);
  return p && p.to === verb && (p.kind !== 'description' || isSpeakerNoun(tokens[p.to - 1].lower)) ? p : null;
}

/** The speaker right after a cue before the quote: 'told Reuters, "…"', 'according to officials, "…"'. */
function objectAfterCue(doc: Doc, cue: number, quoteFrom: number): Phrase | null {
  const { tokens, text } = doc;
  // "his memo explaining the deal, '…'": after a participle stands its object, never its speaker
  if (isObjectTaking(tokens, cue)) return null;
  // whom "told" speaks to ("Priebus told Fox News:") is never its speaker
  if (OBJECT_CUES.has(tokens[cue].lower)) return null;
  // "As Amar, author of ''…,'' put it, '…'": the "it" of "put it" is the cue's own object, never its speaker
  const twoWords =
    tokens[cue].lower === 'according' || (/^puts?$/.test(tokens[cue].lower) && tokens[cue + 1]?.lower === 'it');
  return invertedSpeaker(tokens, phraseRight(tokens, cue + (twoWords ? 2 : 1), quoteFrom, text));
}

/** Inverted, opening the sentence: 'Said Dorothy Poynter, who grew up nearby, "…"', 'Continued Stone: "…"'. */
function invertedOpening(doc: Doc, start: number, last: number, quoteFrom: number): Attribution | null {
  const { tokens, text } = doc;
  const verb = tokens[start];
  if (start >= last || !verb.cap || !CUE_VERBS.has(verb.lower) || !/(?:ed|said|told|wrote)$/.test(verb.lower))
    return null;
  const speaker = phraseRight(tokens, start + 1, quoteFrom, text);
  return speaker && speaker.kind === 'name'
    ? { speaker, cue: cueRange(tokens, start, start + 1), how: 'before' }
    : null;
}

/**
 * "Whitlock, asked about the deal, was blunt:": "asked" opening an aside after a comma is passive, the subject
 * being the one asked and answering; the sentence's own verb introduces the quote.
 */
function isAskedAside(tokens: DocToken[], c: number): boolean {
  if (tokens[c].lower !== 'asked') return false;
  // 'Lowell, who told the panel when asked about the case: "…"': a passive "when asked" has no subject of its own;
  // the verb before it ("told") introduces the quote
  if (ADVERBIAL_SUBORDINATORS.has(tokens[c - 1]?.lower ?? '')) return true;
  return tokens[c - 1]?.text === ',' && ASKED_ABOUT.has(tokens[c + 1]?.lower ?? '');
}
const ASKED_ABOUT = new Set(['about', 'whether', 'if', 'why', 'how', 'what', 'when', 'for', 'on']);

/**
 * "Asked whether the operation would lead to abuses, as was alleged in 2010, McPherson was firm:": a cue in a
 * passive "as" clause ("as was alleged", "as has been reported") has no speaker; the sentence's own verb introduces
 * the quote.
 */
function isPassiveAsClause(tokens: DocToken[], c: number): boolean {
  let k = c - 1;
  if (tokens[k]?.lower === 'been') k--;
  return BE_FORMS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'as';
}

/** "and said", "but said": a second verb of one subject. */
const COORDINATORS = new Set(['and', 'but']);

/** 'Trump gestured to the crowd, then said: "…"': a second verb of the subject's after a comma and "then". */
function thenAfterComma(tokens: DocToken[], lead: number): boolean {
  return tokens[lead]?.lower === 'then' && tokens[lead - 1]?.text === ',';
}

/** A cue before a quote: a reporting verb, a text's ("it reads,"), or the "to" of "according to". */
function isBeforeCue(tokens: DocToken[], c: number): boolean {
  if (isTextParticiple(tokens, c)) return false;
  return isCue(tokens, c) || isTextCue(tokens, c) || (tokens[c].lower === 'to' && tokens[c - 1]?.lower === 'according');
}

/** A description headed by a text ("a text message to supporters", "the letter"): not a speaker of its own. */
function isTextDescription(doc: Doc, p: Phrase): boolean {
  if (p.kind !== 'description') return false;
  const { tokens } = doc;
  let head = p.to - 1;
  for (let i = p.from + 1; i < p.to; i++)
    if (DESCRIPTION_LINKS.has(tokens[i].lower)) {
      head = i - 1;
      break;
    }
  return ISSUED_TEXT_NOUNS.has(tokens[head].lower);
}

/** "saying", "adding", "to say": a cue with no subject of its own, so it reports for the sentence's subject. */
function isNonFinite(tokens: DocToken[], cue: number): boolean {
  return tokens[cue].lower.endsWith('ing') || tokens[cue - 1]?.lower === 'to';
}

/** A participle cue ("explaining", "citing"), whose next phrase is its object; "according (to)" names its source. */
function isObjectTaking(tokens: DocToken[], cue: number): boolean {
  const w = tokens[cue].lower;
  return w.endsWith('ing') && w !== 'according';
}

/** A phrase after its cue that can be a speaker: a name, a pronoun, or a description with its determiner ("told me," → none). */
function invertedSpeaker(tokens: DocToken[], p: Phrase | null): Phrase | null {
  if (!p || p.kind !== 'description') return p;
  return DESCRIPTION_OPENERS.has(tokens[p.from].lower) || isSpeakerNoun(tokens[p.to - 1].lower) ? p : null;
}

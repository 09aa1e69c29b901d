/**
 * Finds the reporting cue and speaker phrase of each direct quote: after it ('"…," Lavrov said', '"…," said Lavrov'),
 * before it ('Putin had said, "…"', 'Lavrov told reporters: "…"', 'Putin: "…"'), merges quotes interrupted by their
 * attribution ('"A," he said, "B."') and drops scare quotes (a few words with no speech around them).
 */
import type { Doc, DocToken } from '../text/document';
import {
  CUE_PREFIX,
  CUE_VERBS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  INTRO_WORDS,
  OBJECT_CUES,
} from '../lexicon/lexicon';
import {
  AFTER_QUOTE_PUNCT,
  MAX_WINDOW,
  SENTENCE_END,
  cueRange,
  isCue,
  isNounAfter,
  isMarkToken,
  isTextCue,
  windowEnd,
  windowStart,
  type AttributedQuote,
  type Attribution,
} from './cues';
import { isSpeakerNoun, phraseLeft, phraseRight, skipCuePrefixLeft, type Phrase } from './phrases';
import { isUnlistedPast, opensClause } from './unlistedCues';
import { namesAWork } from '../quotes/namedWorks';
import {
  AFTER_QUOTE_CUES,
  FEMALE_PERSON_NOUNS,
  ISSUED_TEXT_NOUNS,
  ISSUING_VERBS,
  MALE_PERSON_NOUNS,
  NAMING_VERBS,
  NAMING_WORDS,
  PHRASE_PRONOUNS,
} from '../lexicon/speakerWords';
import { attributeIntroduced } from './introducedQuotes';
import { possessedTextLeft, textPhraseRight } from './texts';
import { mergeQuotes } from '../quotes/quoteMerge';
import type { QuoteSpan } from '../quotes/quoteSpans';
import { SHORT_OPENERS } from '../lexicon/functionWords';
import { IRREGULAR_PAST, SPEECH_WORDS } from '../lexicon/speechVerbs';
import { SpanIndex } from '../text/spanIndex';
import { DESCRIPTION_STOP_WORDS } from '../lexicon/functionWords';
import { NOUN_BEFORE } from '../lexicon/functionWords';
import { AFTER_CUE_WORDS } from '../lexicon/functionWords';
import { TITLE_SMALL_WORDS } from '../lexicon/functionWords';
import { MODIFIER_STOP } from '../lexicon/functionWords';
import { SPEAKER_PRONOUN_WORDS } from '../lexicon/functionWords';

function after(doc: Doc, q: { to: number }): Attribution | null {
  const { tokens, text } = doc;
  let k = q.to;
  let dash = false;
  while (k < tokens.length && !tokens[k].word && !isMarkToken(tokens, k) && AFTER_QUOTE_PUNCT.has(tokens[k].text)) {
    if (tokens[k].text !== ',') dash = true;
    k++;
  }
  if (k >= tokens.length || tokens[k].line !== tokens[q.to - 1]?.line) return null;
  if (tokens[k].text === ':' && k === q.to) return headlineSpeaker(doc, k + 1);
  const end = windowEnd(tokens, k);
  if (dash) {
    // a byline after a dash: '"…" ― Carla Sanchez'
    const speaker = phraseRight(tokens, k, end, text);
    if (
      speaker &&
      speaker.kind === 'name' &&
      (speaker.to >= end || tokens[speaker.to].line !== tokens[k].line || SENTENCE_END.has(tokens[speaker.to].text))
    )
      return { speaker, cue: null, how: 'after' };
  }
  for (let c = k; c < end && c - k <= MAX_WINDOW; c++) {
    if (!isAfterCue(tokens, c, k)) continue;
    const lead = skipQuotedAs(tokens, skipCuePrefixLeft(tokens, c, k, CUE_PREFIX), k);
    if (lead === k) {
      // '"…," adding that …': a participle has no subject after it; the sentence before the quote may name one
      if (tokens[c].lower.endsWith('ing')) return null;
      // inverted: "said Lavrov", "according to officials"
      return { speaker: invertedAfter(doc, c, end), cue: cueRange(tokens, c, end), how: 'after' };
    }
    const speaker = subjectBeforeCue(doc, k, lead);
    if (
      speaker &&
      (startsAt(tokens, speaker, k) || nounPhraseHead(doc, speaker, k)) &&
      !introducesNext(tokens, q.to, c)
    )
      return { speaker, cue: cueRange(tokens, c, end), how: 'after' };
    const apposed = nameBeforeOpenAppositive(doc, k, c, end);
    if (apposed) return { speaker: apposed, cue: cueRange(tokens, c, end), how: 'after' };
    // "X, one of the states suing the EPA, said": a cue-like word inside an appositive is not the cue
    if (NOUN_BEFORE.has(tokens[c - 1]?.lower ?? '') || tokens[c].lower.endsWith('ing')) continue;
    return null;
  }
  return null;
}

/** The speaker phrase between a quote (token k) and its cue: a name, a description, or both in apposition. */
function subjectBeforeCue(doc: Doc, k: number, lead: number): Phrase | null {
  const { tokens, text } = doc;
  const left = phraseLeft(tokens, skipParenthesisLeft(tokens, lead, k), k, text) ?? shortDescription(tokens, k, lead);
  return describedName(doc, left, k) ?? coordinatedDescription(tokens, k, lead, text) ?? left;
}

/**
 * '"…," the Vatican spokesman, Ada Reyes, told reporters': a description right after the quote, then the name it
 * gives in apposition. The name is the speaker; the mention runs from the description.
 */
function describedName(doc: Doc, p: Phrase | null, k: number): Phrase | null {
  const { tokens, text } = doc;
  if (!p || p.kind !== 'name' || p.from <= k || tokens[p.from - 1].text !== ',' || !isPersonAt(doc, p)) return null;
  const d = phraseRight(tokens, k, p.from - 1, text);
  if (!d || d.kind !== 'description' || d.from !== k || d.to !== p.from - 1) return null;
  return describesSomeone(tokens, d) ? { ...p, from: k } : null;
}

/** A person's or a spokesman's description ("her father", "the Vatican spokesman"), not any noun phrase. */
function describesSomeone(tokens: DocToken[], d: Phrase): boolean {
  const words = tokens.slice(d.from, d.to).map((t) => t.lower);
  return words.some((w) => isSpeakerNoun(w) || MALE_PERSON_NOUNS.has(w) || FEMALE_PERSON_NOUNS.has(w));
}

/**
 * 'Another user, Roland Zeller, wrote: "…"': before a cue, a description opening the clause and the person's name in
 * apposition to it. The name is the speaker; the mention runs from the description.
 */
function apposedNameLeft(doc: Doc, lead: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  if (tokens[lead - 1]?.text !== ',') return null;
  const name = phraseLeft(tokens, lead - 1, start, text);
  if (!name || name.kind !== 'name' || tokens[name.from - 1]?.text !== ',' || !isPersonAt(doc, name)) return null;
  for (let s = name.from - 2; s >= Math.max(start, name.from - 8); s--) {
    const before = tokens[s - 1];
    if (before && before.line === tokens[s].line && !SENTENCE_END.has(before.text) && before.text !== ',') continue;
    const d = phraseRight(tokens, s, name.from - 1, text);
    if (d && d.kind === 'description' && d.to === name.from - 1) return { ...name, from: s };
  }
  return null;
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
 * '"…," Ada Reyes, the analyst who ran the poll tweeted': an appositive whose closing comma the writer left out. A
 * person's name right after the quote, then a comma and a lower-case description running to the cue within the
 * sentence: the name is the speaker.
 */
function nameBeforeOpenAppositive(doc: Doc, k: number, cue: number, end: number): Phrase | null {
  const { tokens, text } = doc;
  const name = phraseRight(tokens, k, end, text);
  if (!name || name.kind !== 'name' || name.from !== k || !isPersonAt(doc, name)) return null;
  const next = tokens[name.to + 1];
  if (tokens[name.to]?.text !== ',' || !next?.word || next.cap || name.to + 1 >= cue) return null;
  for (let j = name.to + 1; j < cue; j++) if (SENTENCE_END.has(tokens[j].text) || tokens[j].text === ',') return null;
  return name;
}

/** A cue after a quote: a reporting verb, one only right after quotes ("pressed"), or a text's ("read the email"). */
function isAfterCue(tokens: DocToken[], c: number, k: number): boolean {
  return isCue(tokens, c) || afterQuoteCue(tokens, c, k) || isTextCue(tokens, c);
}

/** The speaker after an inverted cue: "said Lavrov", "according to officials", "read the email". */
function invertedAfter(doc: Doc, c: number, end: number): Phrase | null {
  const { tokens, text } = doc;
  const start = tokens[c].lower === 'according' ? c + 2 : c + 1;
  if (isTextCue(tokens, c)) return textPhraseRight(tokens, start, end);
  return (
    oneOf(tokens, start, end, text) ??
    appositiveName(doc, givenName(doc, phraseRight(tokens, start, end, text), end), end)
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

/**
 * '"…," said another Twitter user, Johanna Bayer.', '… exhorted Holm's introducer, actress Jamie Lee Curtis.': after
 * an inverted cue, a description (or a possessor) followed by a comma and a person's name is that person; the name,
 * with any lower-case title before it, is the speaker ("actress" stays its role).
 */
function appositiveName(doc: Doc, p: Phrase | null, end: number): Phrase | null {
  const { tokens, text } = doc;
  if (
    !p ||
    p.kind === 'pronoun' ||
    (p.kind === 'name' && isPersonAt(doc, p) && !POSSESSIVE_END.test(tokens[p.nameTo - 1].text))
  )
    return p;
  // the rest of the description: "another leading Supreme Court | advocate,"
  let from = p.to;
  while (from < end && from - p.to < 3 && tokens[from].word && !tokens[from].cap) from++;
  if (tokens[from]?.text !== ',') return p;
  const name = phraseRight(tokens, from + 1, end, text);
  return name && name.kind === 'name' && isPersonAt(doc, name) ? { ...name, from: p.from } : p;
}
const POSSESSIVE_END = /['’]s$/i;

/**
 * A description that gives its own name: '"…," wrote a man calling himself Paul Paul', 'said the base chief known as
 * Bob', 'said a worker named Ana Ruiz'. The name is the speaker; the description stays in the mention.
 */
function givenName(doc: Doc, p: Phrase | null, end: number): Phrase | null {
  const { tokens, text } = doc;
  if (!p || p.kind !== 'description') return p;
  let k = p.to;
  // the phrase may have taken the first naming word in ("the base chief known")
  if (NAMING_WORDS.has(tokens[k - 1].lower) && k - 1 > p.from) k--;
  const first = k;
  while (k < end && k - first < 3 && NAMING_WORDS.has(tokens[k].lower)) k++;
  if (!tokens.slice(first, k).some((t) => NAMING_VERBS.has(t.lower))) return p;
  const name = phraseRight(tokens, k, end, text);
  return name && name.kind === 'name' && name.from === k ? { ...name, from: p.from } : p;
}

/**
 * 'A young boy shouted, "…"', 'Another child responded, "…"': a determiner and a few lower-case words opening the
 * clause right before a finite cue are its subject, even when the noun is no known role (as after a quote).
 */
function shortSubjectLeft(tokens: DocToken[], lead: number, floor: number): Phrase | null {
  for (let from = lead - 2; from >= Math.max(floor, lead - 4); from--) {
    const before = tokens[from - 1];
    if (before && before.line === tokens[from].line && !SENTENCE_END.has(before.text) && before.text !== ',') continue;
    const p = shortDescription(tokens, from, lead);
    if (p) return p;
  }
  return null;
}

/**
 * '"…," a fisherman said': right between a quote and its cue, a determiner and a few lower-case words are the speaker
 * even when the noun is no known role (the position says so; elsewhere "a fisherman" could be anyone).
 */
function shortDescription(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (to - from < 2 || to - from > 4 || !SHORT_OPENERS.has(tokens[from].lower)) return null;
  for (let i = from + 1; i < to; i++)
    if (!tokens[i].word || tokens[i].cap || DESCRIPTION_STOP_WORDS.has(tokens[i].lower)) return null;
  return { from, to, kind: 'description', nameFrom: to, nameTo: to };
}

/**
 * A headline's quote, then a colon and who said it: '"We are not afraid": Zelensky vows to stay', '"Books are the
 * last free room in town": an interview with librarian Ines Carvalho'. The first person named soon after is the
 * speaker; '"No deal": markets tumble' names none.
 */
function headlineSpeaker(doc: Doc, from: number): Attribution | null {
  const { tokens, text } = doc;
  const line = tokens[from - 1].line;
  // a name and a reporting verb right after the colon: "Zelensky vows …"
  const subject = phraseRight(tokens, from, Math.min(tokens.length, from + 8), text);
  if (subject && subject.kind === 'name' && tokens[subject.to]?.line === line && isCue(tokens, subject.to)) {
    return { speaker: subject, cue: cueRange(tokens, subject.to, subject.to + 1), how: 'colon' };
  }
  for (let i = from; i < tokens.length && i - from < 12 && tokens[i].line === line; i++) {
    if (!tokens[i].cap || !tokens[i].word || !overlapsPerson(doc, tokens[i].start, tokens[i].end)) continue;
    const speaker = phraseRight(tokens, i, Math.min(tokens.length, i + 8), text);
    if (!speaker || speaker.kind !== 'name') return null;
    const cue = isCue(tokens, speaker.to) ? cueRange(tokens, speaker.to, speaker.to + 1) : null;
    return { speaker, cue, how: 'colon' };
  }
  return null;
}

/** '"…ends here." Greene added that …' / '… Zahed said: "…"': after a finished sentence, a cue with content of its own opens a new report. */
function introducesNext(tokens: DocToken[], quoteTo: number, cue: number): boolean {
  let last = quoteTo - 1;
  while (last > 0 && isMarkToken(tokens, last)) last--;
  if (tokens[last]?.text !== '.') return false;
  const next = tokens[cue + 1];
  if (next === undefined || next.line !== tokens[cue].line) return false;
  if (next.text === ',') return isMarkToken(tokens, cue + 2);
  // "… Reid said both are …": a clause of its own follows; "Reid said." / "said on Friday." close the quote's report
  return !SENTENCE_END.has(next.text) && !AFTER_CUE_WORDS.has(next.lower);
}

function before(doc: Doc, q: { from: number }): Attribution | null {
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
  for (let c = last; c >= start; c--) {
    if (!isBeforeCue(tokens, c)) continue;
    const cue = tokens[c].lower === 'to' ? c - 1 : c;
    const lead = skipCuePrefixLeft(tokens, cue, start, CUE_PREFIX);
    // ", saying …" belongs to the main clause's subject, not to whatever stands before the comma
    const participle = tokens[cue].lower.endsWith('ing') && tokens[cue - 1]?.text === ',';
    let speaker =
      tokens[cue].lower === 'according'
        ? null
        : ((participle ? participleSubject(doc, start, cue) : null) ?? subjectLeft(doc, lead, start, cue));
    // 'his campaign sent out a text message saying: "…"': the text speaks for whoever sent it
    if (speaker && isNonFinite(tokens, cue) && isTextDescription(doc, speaker)) speaker = null;
    if (!speaker && !isNonFinite(tokens, cue))
      speaker = apposedNameLeft(doc, lead, start) ?? shortSubjectLeft(tokens, lead, start);
    // "his memo explaining the deal, '…'": after a participle stands its object, never its speaker
    // whom "told" speaks to ("Priebus told Fox News:") is never its speaker
    if (!speaker && !isObjectTaking(tokens, cue) && !OBJECT_CUES.has(tokens[cue].lower))
      speaker = invertedSpeaker(
        tokens,
        phraseRight(tokens, cue + (tokens[cue].lower === 'according' ? 2 : 1), q.from, text),
      );
    // a second verb of the subject's: 'Hayek confirmed she had been and said, "…"', '…, I laughed and said, "…"'
    if (!speaker && COORDINATORS.has(tokens[lead - 1]?.lower ?? '')) speaker = coordinatedSubject(doc, start, lead - 1);
    if (!speaker) speaker = relativeAntecedent(doc, lead, start);
    if (!speaker && isNonFinite(tokens, cue)) speaker = sentenceSubject(doc, start, cue);
    return { speaker, cue: cueRange(tokens, cue, q.from), how: 'before' };
  }
  const unlisted = punct === ',' || punct === ':' ? unlistedVerbBefore(doc, start, last) : null;
  if (unlisted) return unlisted;
  // inverted, opening the sentence: 'Said Dorothy Poynter, who grew up nearby, "…"', 'Continued Stone: "…"'
  if (
    start < last &&
    tokens[start].cap &&
    CUE_VERBS.has(tokens[start].lower) &&
    /(?:ed|said|told|wrote)$/.test(tokens[start].lower)
  ) {
    const speaker = phraseRight(tokens, start + 1, q.from, text);
    if (speaker && speaker.kind === 'name') return { speaker, cue: cueRange(tokens, start, start + 1), how: 'before' };
  }
  // headline or transcript style: 'Putin: "…"'; in a sentence only a person's name: '… surprise pollster Dana Shaw: "…"'
  if (punct === ':' && last >= start) {
    const speaker = phraseLeft(tokens, last + 1, start, text);
    // "More from Jones: '…'", "From the report: '…'", "- Philip Bump: '…'"
    const introduced =
      speaker !== null &&
      (tokens[speaker.from - 1]?.lower === 'from' || /^[-–—]$/.test(tokens[speaker.from - 1]?.text ?? ''));
    // a description before the colon must name someone: "recalling her own experience:" does not
    const someone = speaker !== null && (speaker.kind !== 'description' || isSpeakerNoun(tokens[speaker.to - 1].lower));
    if (
      speaker &&
      someone &&
      (speaker.from === start || introduced || (speaker.kind === 'name' && isPersonAt(doc, speaker)))
    )
      return { speaker, cue: null, how: 'colon' };
    return colonSentence(doc, start, last + 1) ?? subjectBeforeColon(doc, start, last + 1);
  }
  return issuedText(doc, start, last);
}

/** Tokens between an issuing verb and its text's noun, and after the noun ("issued a brief statement Tuesday,"). */
const ISSUED_REACH = 4;

/**
 * 'Governor Ana Ruiz issued a statement, "…"': a sentence whose verb issues a text, ending right before the quote,
 * hands it over; the sentence's subject speaks (the text is theirs).
 */
function issuedText(doc: Doc, start: number, last: number): Attribution | null {
  const { tokens } = doc;
  let noun = last;
  while (noun >= start && last - noun < ISSUED_REACH && !ISSUED_TEXT_NOUNS.has(tokens[noun].lower)) noun--;
  if (noun < start || !ISSUED_TEXT_NOUNS.has(tokens[noun].lower)) return null;
  let verb = noun - 1;
  while (verb >= start && noun - verb <= ISSUED_REACH && !ISSUING_VERBS.has(tokens[verb].lower)) verb--;
  if (verb < start || !ISSUING_VERBS.has(tokens[verb].lower)) return null;
  const speaker = issuingSubject(doc, start, verb, noun);
  return speaker ? { speaker, cue: [tokens[verb].start, tokens[noun].end], how: 'before' } : null;
}

/** The subject of an issuing verb, after opening phrases set off by commas: a recognized name, a pronoun or someone described. */
function issuingSubject(doc: Doc, start: number, verb: number, noun: number): Phrase | null {
  const { tokens } = doc;
  for (let s = start; s < verb; s++) {
    if (s !== start && tokens[s - 1].text !== ',') continue;
    const p = clauseSubject(doc, s, noun);
    if (!p) continue;
    const named = p.kind === 'name' && isEntityAt(doc, p);
    const described = p.kind === 'description' && speaksForItself(tokens[p.to - 1].lower);
    if (named || described || PERSONAL_PRONOUNS.has(tokens[p.from].lower)) return p;
  }
  return null;
}

/** 'Tom Hale, who declared in the spin room, "…"': the relative pronoun's antecedent, a person named or described. */
function relativeAntecedent(doc: Doc, lead: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  if (tokens[lead - 1]?.lower !== 'who' || tokens[lead - 2]?.text !== ',') return null;
  const p = phraseLeft(tokens, lead - 2, start, text);
  if (!p || p.kind === 'pronoun') return null;
  return p.kind === 'name' ? (isPersonAt(doc, p) ? p : null) : isSpeakerNoun(tokens[p.to - 1].lower) ? p : null;
}

/**
 * The subject right before a cue, never the object of a preposition that only modifies it: 'Another source speaking
 * to Fox News said' is the source, 'Clinton answered the question on Facebook writing, "…"' is not Facebook (the
 * sentence's subject is found next).
 */
function subjectLeft(doc: Doc, lead: number, start: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  const p = phraseLeft(tokens, lead, start, text);
  if (!p || !OBJECT_PREPOSITIONS.has(tokens[p.from - 1]?.lower ?? '')) return p;
  const verb = p.from - 2;
  if (verb > start && !tokens[verb].cap && /[a-z]ing$/.test(tokens[verb].lower)) {
    const head = phraseLeft(tokens, verb, start, text);
    if (head && head.kind !== 'pronoun') return head;
  }
  return isNonFinite(tokens, cue) ? null : p;
}
const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'on', 'in', 'at', 'from', 'about']);

/** "and said", "but said": a second verb of one subject. */
const COORDINATORS = new Set(['and', 'but']);

/**
 * 'During the debate, Rivera cracked, "…"', 'when a young boy shouted, "…"': a verb no list holds, right before the
 * comma or colon that opens the quote, whose subject (a person named, a pronoun, someone described) opens its clause.
 */
function unlistedVerbBefore(doc: Doc, start: number, verb: number): Attribution | null {
  const { tokens, text } = doc;
  if (verb <= start || !isUnlistedPast(tokens[verb]) || isNounAfter(tokens, verb)) return null;
  const speaker = phraseLeft(tokens, skipCuePrefixLeft(tokens, verb, start, CUE_PREFIX), start, text);
  if (!speaker || !opensClause(tokens, speaker.from, start)) return null;
  const someone =
    speaker.kind === 'name'
      ? isPersonAt(doc, speaker)
      : speaker.kind === 'pronoun'
        ? SPEAKER_PRONOUN_WORDS.has(tokens[speaker.from].lower)
        : isSpeakerNoun(tokens[speaker.to - 1].lower);
  return someone ? { speaker, cue: [tokens[verb].start, tokens[verb].end], how: 'before' } : null;
}

/** A cue before a quote: a reporting verb, a text's ("it reads,"), or the "to" of "according to". */
function isBeforeCue(tokens: DocToken[], c: number): boolean {
  return isCue(tokens, c) || isTextCue(tokens, c) || (tokens[c].lower === 'to' && tokens[c - 1]?.lower === 'according');
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
  const person =
    speaker.kind === 'name'
      ? isPersonAt(doc, speaker)
      : speaker.kind === 'description' && isSpeakerNoun(tokens[speaker.to - 1].lower);
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

/** A word of speech ("remarks", "addressed", "message") among tokens [from, to). */
function speechBetween(tokens: DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SPEECH_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/** Whether a name phrase is a person or an organization the entity recognizer found. */
function isEntityAt(doc: Doc, p: Phrase): boolean {
  const from = doc.tokens[p.nameFrom].start;
  const to = doc.tokens[p.nameTo - 1].end;
  return overlapsPerson(doc, from, to) || overlapsOrganization(doc, from, to);
}

/** Whether characters [from, to) overlap an organization the entity recognizer found (indexed once per document). */
function overlapsOrganization(doc: Doc, from: number, to: number): boolean {
  let index = ORG_INDEX.get(doc);
  if (!index) ORG_INDEX.set(doc, (index = new SpanIndex(doc.organizations)));
  return index.overlaps(from, to);
}
const ORG_INDEX = new WeakMap<Doc, SpanIndex>();
const PERSONAL_PRONOUNS = new Set(['he', 'she']);

/** Whether a name phrase is one the entity recognizer found as a person. */
function isPersonAt(doc: Doc, phrase: Phrase): boolean {
  return overlapsPerson(doc, doc.tokens[phrase.nameFrom].start, doc.tokens[phrase.nameTo - 1].end);
}

/** Whether characters [from, to) overlap a person the entity recognizer found. */
function overlapsPerson(doc: Doc, from: number, to: number): boolean {
  let lo = 0;
  let hi = doc.people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.people[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.people.length && doc.people[lo].start < to && doc.people[lo].end > from;
}

/** Every word capitalized (small words aside): the name of a show, a book or a law, not speech. */
function isTitleCase(tokens: DocToken[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.word || /^\d/.test(t.text)) continue;
    if (!t.cap && !TITLE_SMALL_WORDS.has(t.lower)) return false;
    words++;
  }
  return words > 0;
}

/**
 * '…, Ubeli said, adding, "…"', '…, said Ubeli, adding: "…"': a participle right after a finished report belongs to
 * that report's speaker, not to the subject the sentence opened with.
 */
function reportBefore(doc: Doc, start: number, comma: number): Phrase | null {
  const { tokens, text } = doc;
  if (tokens[comma]?.text !== ',') return null;
  const last = comma - 1;
  if (last < start) return null;
  if (isCue(tokens, last)) {
    const p = phraseLeft(tokens, skipCuePrefixLeft(tokens, last, start, CUE_PREFIX), start, text);
    return p && p.kind !== 'description' ? p : null;
  }
  const p = phraseLeft(tokens, comma, start, text);
  return p && p.kind === 'name' && isCue(tokens, p.from - 1) && p.from - 1 >= start ? p : null;
}

/** Whose ", saying" it is: the report just before, the last report of the sentence, or the main clause's subject. */
function participleSubject(doc: Doc, start: number, cue: number): Phrase | null {
  return reportBefore(doc, start, cue - 1) ?? speakerOfReport(doc, start, cue - 1) ?? clauseSubject(doc, start, cue);
}

/**
 * 'Even a top aide said Hale must choose a side, saying, "…"': a participle after a reported clause goes on with that
 * report's speaker, the subject of the last finite speech verb of the sentence before the comma.
 */
function speakerOfReport(doc: Doc, start: number, comma: number): Phrase | null {
  const { tokens, text } = doc;
  for (let c = comma - 1; c > start; c--) {
    if (SENTENCE_END.has(tokens[c].text)) return null;
    // a past form only: "posted a Twitter comment", "Trump's state director" hold nouns that can be cues
    if (!isCue(tokens, c) || !isPastVerb(tokens[c].lower)) continue;
    const p = phraseLeft(tokens, skipCuePrefixLeft(tokens, c, start, CUE_PREFIX), start, text);
    return p && (p.kind !== 'description' || isSpeakerNoun(tokens[p.to - 1].lower)) ? p : null;
  }
  return null;
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

/** "Hours later,", "Two days ago,", "Minutes afterwards,": a time set off by a comma, not the clause's subject. */
function opensWithTimeAdverbial(tokens: DocToken[], s: number, cue: number): boolean {
  for (let i = s + 1; i < cue && i - s <= 4; i++)
    if (tokens[i].text === ',') return TIME_ADVERB_ENDS.has(tokens[i - 1].lower);
  return false;
}
const TIME_ADVERB_ENDS = new Set(['later', 'earlier', 'ago', 'afterward', 'afterwards', 'before', 'after']);

/** The subject of the main clause: '[During a speech,] Trump attacked Clinton, saying, "…"'. */
function clauseSubject(doc: Doc, start: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  let s = start;
  if (INTRO_WORDS.has(tokens[s].lower) || opensWithTimeAdverbial(tokens, s, cue)) {
    while (s < cue && tokens[s].text !== ',') s++;
    s++;
  }
  if (s >= cue) return null;
  // "The email goes on to say: …": a text is a subject too (the speaker table finds who issued it)
  const p = withoutVerb(tokens, phraseRight(tokens, s, cue, text)) ?? textPhraseRight(tokens, s, cue);
  if (!p) return null;
  const verb = skipAppositive(tokens, skipPartyTag(tokens, p.to, cue), cue, nameInApposition(tokens, p, s));
  return verb < cue && tokens[verb].word && !tokens[verb].cap ? p : null;
}

/** Past a party tag after a name: "Rep. Hakeem Jeffries (D-N.Y.) reacted", "Mitch Hale, R-Ky., delivered". */
function skipPartyTag(tokens: DocToken[], verb: number, cue: number): number {
  // in parentheses ("D-N.Y." alone is six tokens)
  if (tokens[verb]?.text === '(') {
    let close = verb + 1;
    while (close < cue && close - verb <= 8 && tokens[close].text !== ')') close++;
    if (tokens[close]?.text === ')') return close + 1;
  }
  // or between commas
  if (tokens[verb]?.text === ',' && /^[RDI]-\p{Lu}/u.test(tokens[verb + 1]?.text ?? '')) {
    let close = verb + 2;
    while (close < cue && close - verb <= 6 && tokens[close].text !== ',') close++;
    if (tokens[close]?.text === ',') return close + 1;
  }
  return verb;
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

/** A past form: "rallied", "said", "sent". */
function isPastVerb(w: string): boolean {
  return /ed$/.test(w) || IRREGULAR_PAST.has(w) || (ISSUING_VERBS.has(w) && !w.endsWith('s'));
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

/** "saying", "adding", "to say": a cue with no subject of its own, so it reports for the sentence's subject. */
function isNonFinite(tokens: DocToken[], cue: number): boolean {
  return tokens[cue].lower.endsWith('ing') || tokens[cue - 1]?.lower === 'to';
}

/**
 * The subject of a whole sentence, after any opening phrases set off by commas: 'On Tuesday, after weeks of silence,
 * Quist dodged questions before saying, "…"', 'Havel continued by saying, "…"', 'Okafor went so far as to say: "…"'.
 * Only from a sentence's true start (a window cut short by its length could begin inside a clause).
 */
function sentenceSubject(doc: Doc, windowFrom: number, cue: number): Phrase | null {
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

/** A description's head that can speak: someone ("the mayor"), an organization or a text ("the email"). */
function speaksForItself(head: string): boolean {
  return isSpeakerNoun(head) || ISSUED_TEXT_NOUNS.has(head);
}

/** The phrase starts at `k`, or after one or two lower-case modifiers of its title ("panel Chairman Rep. X"). */
function startsAt(tokens: DocToken[], p: Phrase, k: number): boolean {
  if (p.from === k) return true;
  if (p.kind !== 'name' || p.from - k > 2 || p.from < k) return false;
  for (let i = k; i < p.from; i++)
    if (!tokens[i].word || tokens[i].cap || CUE_VERBS.has(tokens[i].lower) || MODIFIER_STOP.has(tokens[i].lower))
      return false;
  return true;
}
/**
 * '"Would it be negotiable?" Hale pressed.', '"…," exhorted Tom Reyes.': a verb that reports speech only right after a
 * quote, within a few words of it and closing its clause (or before the speaker, inverted: there any past verb).
 */
function afterQuoteCue(tokens: DocToken[], c: number, k: number): boolean {
  const t = tokens[c];
  const next = tokens[c + 1];
  // inverted right after the quote, any past verb before a capitalized speaker: '"…," opined the Tribune', 'reacted Hale'
  if (c === k && !t.cap && t.lower.length > 4 && isPastVerb(t.lower)) return next?.cap === true && next.line === t.line;
  if (t.cap || !(AFTER_QUOTE_CUES.has(t.lower) || isUnlistedPast(t))) return false;
  if (c - k > 6 || NOUN_BEFORE.has(tokens[c - 1]?.lower ?? '')) return false;
  if (c === k) return next !== undefined && next.cap && next.line === t.line;
  return (
    next === undefined ||
    next.line !== t.line ||
    SENTENCE_END.has(next.text) ||
    next.text === ',' ||
    (t.lower === 'chimed' && next.lower === 'in')
  );
}

/**
 * '"…," former State policy director Anne Voss wrote': a longer noun phrase whose head is a person's name, right
 * between the quote and its cue, is that person. Words only (no punctuation, cue, pronoun or conjunction), and the
 * name must be one the entity recognizer found.
 */
function nounPhraseHead(doc: Doc, p: Phrase, k: number): boolean {
  const { tokens } = doc;
  if (p.kind !== 'name' || p.from < k || p.from - k > MAX_HEAD_MODIFIERS || !isPersonAt(doc, p)) return false;
  for (let i = k; i < p.from; i++) {
    const t = tokens[i];
    if (!t.word || (CUE_VERBS.has(t.lower) && !t.cap) || MODIFIER_STOP.has(t.lower) || PHRASE_PRONOUNS.has(t.lower))
      return false;
  }
  return true;
}
const MAX_HEAD_MODIFIERS = 6;

/** Before a party tag or an age in parentheses ("Rep. Jason Chaffetz (R-Utah) said"): where the name ends. */
function skipParenthesisLeft(tokens: DocToken[], lead: number, floor: number): number {
  if (tokens[lead - 1]?.text !== ')') return lead;
  for (let i = lead - 2; i >= floor && lead - i <= 8; i--) if (tokens[i].text === '(') return i;
  return lead;
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

/** The subject of the clause that ends in "and" before a second cue: after the last comma, a pronoun or a name. */
function coordinatedSubject(doc: Doc, start: number, and: number): Phrase | null {
  const { tokens } = doc;
  let s = and - 1;
  while (s > start && tokens[s - 1].text !== ',') s--;
  if (s >= and) return null;
  const first = tokens[s];
  if (SPEAKER_PRONOUN_WORDS.has(first.lower) && tokens[s + 1]?.word && !tokens[s + 1].cap)
    return { from: s, to: s + 1, kind: 'pronoun', nameFrom: s + 1, nameTo: s + 1 };
  // "he looked up, furrowed his brow and said": back over a list of verb phrases to the subject before them
  while (s > start && VERB_LIST_STEPS.test(first.lower) && !first.cap && tokens[s - 1].text === ',') {
    let t = s - 2;
    while (t > start && tokens[t - 1].text !== ',') t--;
    const p = phraseRight(tokens, t, s - 1, doc.text);
    if (p && p.kind === 'pronoun' && p.from === t) return p;
    if (p && (p.kind === 'name' || (p.kind === 'description' && isSpeakerNoun(tokens[p.to - 1].lower))) && p.from === t)
      return p;
    return null;
  }
  if (s > start && !INTRO_WORDS.has(tokens[start].lower)) return null; // a comma inside the subject's own clause
  const p = clauseSubject(doc, s === start ? start : s, and);
  // "The governor noted …, and added": a description naming someone by role speaks too
  return p && (p.kind === 'name' || (p.kind === 'description' && isSpeakerNoun(tokens[p.to - 1].lower))) ? p : null;
}
/** A past-tense verb opening a clause of a list ("furrowed his brow"). */
const VERB_LIST_STEPS = /^[a-z]+ed$/;

/** Transcript style inside the marks: '"WALLACE: Let's start …"'. */
function transcript(doc: Doc, from: number, to: number): Attribution | null {
  const { tokens, text } = doc;
  let colon = from + 1;
  while (colon < to && colon - from <= 4 && tokens[colon].cap && tokens[colon].word) colon++;
  if (colon === from + 1 || colon >= to || tokens[colon].text !== ':') return null;
  const speaker = phraseLeft(tokens, colon, from + 1, text);
  return speaker && speaker.kind === 'name' && speaker.from === from + 1 ? { speaker, cue: null, how: 'colon' } : null;
}

function wordCount(tokens: DocToken[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].word) n++;
  return n;
}

/** The last character inside the quote before its closing mark. */
function lastInner(text: string, part: [number, number], unclosed: boolean): string {
  let i = part[1] - 1;
  if (!unclosed) while (i > part[0] && /["'“”„‟«»\uff02]/.test(text[i])) i--;
  while (i > part[0] && /\s/.test(text[i])) i--;
  return text[i] ?? '';
}

/** Only spaces, brackets or a dash between the start of the line and the quote. */
function startsLine(doc: Doc, q: { from: number }): boolean {
  const t = doc.tokens[q.from - 1];
  return !t || t.line !== doc.tokens[q.from].line || SENTENCE_END.has(t.text) || t.text === ':' || t.text === '—';
}

/** The first letter after the opening mark is lower-case ("called it “a disgrace”"), read without CRs. */
function startsLowercase(text: string, mark: number): boolean {
  return /^[^\p{L}\p{N}]*\p{Ll}/u.test(
    text
      .slice(mark + 1, mark + 12)
      .replace(/\r/g, '')
      .slice(0, 5),
  );
}

/**
 * A whole spoken sentence even so: it opens the sentence and closes on a comma or question before its cue
 * ('"iPhone sales fell," said Ann Lee'; '"<b>x</b> is what I saw," said Jo Blake').
 */
function spokenSentence(doc: Doc, from: number, how: string, innerEnd: string): boolean {
  return how === 'after' && startsLine(doc, { from }) && /[,?!]/.test(innerEnd);
}

/**
 * A quote set as its own paragraph and signed on the line below, as in a list of debate lines or pull quotes:
 * '"We will win."' ¶ '- Dana Reyes'. The name after the dash, alone on its line, is the speaker.
 */
function signatureBelow(doc: Doc, from: number, to: number): Attribution | null {
  const { tokens, text } = doc;
  const dash = tokens[to];
  const line = tokens[to - 1].line;
  if (!dash || !/^[-–—―]$/.test(dash.text) || dash.line <= line || dash.line > line + 2) return null;
  if (!startsLine(doc, { from }) || tokens[to - 1].line !== tokens[from].line) return null;
  if (tokens[to - 2]?.line === dash.line || tokens[to + 1]?.line !== dash.line) return null;
  let end = to + 1;
  while (end < tokens.length && tokens[end].line === dash.line) end++;
  const speaker = phraseRight(tokens, to + 1, end, text);
  const closes = speaker !== null && (speaker.to === end || (speaker.to === end - 1 && !tokens[end - 1].word));
  return speaker && speaker.kind === 'name' && closes ? { speaker, cue: null, how: 'after' } : null;
}

export function attributeQuotes(doc: Doc, spans: QuoteSpan[]): AttributedQuote[] {
  const { tokens, text } = doc;
  const quotes: AttributedQuote[] = [];
  for (const s of spans) {
    const from = doc.tokenAt(s.parts[0][0]);
    const to = doc.tokenAt(s.parts[s.parts.length - 1][1]);
    if (to <= from) continue;
    const attribution = after(doc, { to }) ??
      signatureBelow(doc, from, to) ??
      before(doc, { from }) ??
      transcript(doc, from, to) ?? { speaker: null, cue: null, how: 'none' as const };
    const words = wordCount(tokens, from, to);
    if (words === 0) continue;
    const prev = tokens[from - 1];
    const next = tokens[to];
    const innerEnd = lastInner(text, s.parts[s.parts.length - 1], s.unclosed);
    const glued = (t: DocToken | undefined): boolean => t !== undefined && t.line === tokens[from].line && t.word;
    const fragment =
      !s.unclosed &&
      s.parts.length === 1 &&
      ((startsLowercase(text, s.parts[0][0]) && !spokenSentence(doc, from, attribution.how, innerEnd)) ||
        (glued(prev) && !isCue(tokens, from - 1) && prev.lower !== 'that') ||
        (attribution.how === 'none' && glued(next) && !/[.!?…]/.test(innerEnd)));
    if (words <= 3 && !s.unclosed) {
      const end = lastInner(text, s.parts[s.parts.length - 1], false);
      const spoken =
        attribution.how !== 'none' &&
        (/[,!?.…—-]/.test(end) ||
          attribution.how === 'colon' ||
          tokens[from - 1]?.text === ':' ||
          tokens[from - 1]?.text === ',');
      const standalone =
        startsLine(doc, { from }) &&
        /[.!?…]/.test(end) &&
        (tokens[to] === undefined || tokens[to].line !== tokens[from].line || attribution.how !== 'none');
      if (!spoken && !standalone) continue; // a scare quote
    }
    // a title ("Face the Nation", CBS's "State of the Union"): named, not spoken
    const named = attribution.how === 'none' || glued(prev) || prev?.text === "'s" || prev?.text === '’s';
    if (named && words <= 6 && isTitleCase(tokens, from, to)) continue;
    if (words <= 12 && namesAWork(tokens, from)) continue;
    quotes.push({
      parts: s.parts.map(([a, b]) => [a, b] as [number, number]),
      unclosed: s.unclosed,
      from,
      to,
      attribution,
      fragment,
    });
  }
  // a person or an organization may introduce a quote ("The DNC issued a statement on Monday." ¶ "…")
  return attributeIntroduced(
    doc,
    mergeQuotes(doc, quotes),
    (from, to) => overlapsPerson(doc, from, to) || overlapsOrganization(doc, from, to),
  );
}

/**
 * Subjects that stand before a cue in shapes the plain phrase-to-the-left misses: a relative clause's antecedent
 * ('Tom Hale, who declared, "…"'), a subject whose prepositional object sits next to the verb ('Another source speaking
 * to Fox News said'), and the subject of a verb that no list holds ('Rivera cracked, "…"').
 */
import type { Doc } from '../text/document';
import { CUE_PREFIX } from '../lexicon/lexicon';
import { NOUN_DETERMINERS, SPEAKER_PRONOUN_WORDS } from '../lexicon/functionWords';
import { ISSUED_TEXT_NOUNS } from '../lexicon/speakerWords';
import { DOCUMENT_NOUNS } from '../lexicon/newsWords';
import { isNounAfter, type Attribution } from './cues';
import { isSpeakerNoun, phraseLeft, skipCuePrefixLeft, type Phrase } from './phrases';
import { isPersonAt } from './recognizedEntities';
import { isUnlistedPast, opensClause } from './unlistedCues';
import { loneSubjectLeft } from './shortDescriptions';

/** 'Tom Hale, who declared in the spin room, "…"': the relative pronoun's antecedent, a person named or described. */
export function relativeAntecedent(doc: Doc, lead: number, start: number): Phrase | null {
  const { tokens, text } = doc;
  const relative = tokens[lead - 1]?.lower;
  // 'Trump released a marketing video that said, "…"': the text speaks (the speaker table finds who issued it)
  if (relative === 'that' || relative === 'which') return textBeforeRelative(doc, lead - 1, start);
  if (relative !== 'who') return null;
  const comma = tokens[lead - 2]?.text === ',';
  const p = phraseLeft(tokens, comma ? lead - 2 : lead - 1, start, text);
  if (!p || p.kind === 'pronoun') return null;
  // with no comma only a person's name: 'this post from Harold Munz who wrote, "…"', not "the voters who wrote"
  if (!comma) return p.kind === 'name' && isPersonAt(doc, p) ? p : null;
  return p.kind === 'name' ? (isPersonAt(doc, p) ? p : null) : isSpeakerNoun(tokens[p.to - 1].lower) ? p : null;
}

/** The text phrase ending right before the relative pronoun at `rel` ("a marketing video | that"), with its article. */
function textBeforeRelative(doc: Doc, rel: number, start: number): Phrase | null {
  const { tokens } = doc;
  const end = tokens[rel - 1]?.text === ',' ? rel - 1 : rel;
  const noun = tokens[end - 1]?.lower ?? '';
  if (end - 1 < start || !(ISSUED_TEXT_NOUNS.has(noun) || DOCUMENT_NOUNS.has(noun))) return null;
  for (let i = end - 2; i >= start && end - i <= MAX_TEXT_WORDS; i--) {
    if (NOUN_DETERMINERS.has(tokens[i].lower))
      return { from: i, to: end, kind: 'description', nameFrom: end, nameTo: end };
    if (!tokens[i].word || tokens[i].cap) return null;
  }
  return null;
}
const MAX_TEXT_WORDS = 5;

/**
 * The subject right before a cue, never the object of a preposition that only modifies it: 'Another source speaking
 * to Fox News said' is the source, 'Clinton answered the question on Facebook writing, "…"' is not Facebook (the
 * sentence's subject is found next).
 */
export function subjectLeft(doc: Doc, lead: number, start: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  const p = phraseLeft(tokens, lead, start, text);
  if (!p || !OBJECT_PREPOSITIONS.has(tokens[p.from - 1]?.lower ?? '')) return p;
  const verb = p.from - 2;
  if (verb > start && !tokens[verb].cap && /[a-z]ing$/.test(tokens[verb].lower)) {
    const head = phraseLeft(tokens, verb, start, text);
    if (head && head.kind !== 'pronoun') return head;
  }
  const nonFinite = tokens[cue].lower.endsWith('ing') || tokens[cue - 1]?.lower === 'to';
  return nonFinite ? null : p;
}
const OBJECT_PREPOSITIONS = new Set(['to', 'with', 'on', 'in', 'at', 'from', 'about']);

/**
 * 'During the debate, Rivera cracked, "…"', 'when a young boy shouted, "…"': a verb no list holds, right before the
 * comma or colon that opens the quote, whose subject (a person named, a pronoun, someone described) opens its clause.
 */
export function unlistedVerbBefore(doc: Doc, start: number, verb: number): Attribution | null {
  const { tokens, text } = doc;
  if (verb <= start || !isUnlistedPast(tokens[verb])) return null;
  const lead = skipCuePrefixLeft(tokens, verb, start, CUE_PREFIX);
  // 'Another tweeted, "…"': "one" or "another" alone opening the clause is a new unnamed speaker, and the -ed word
  // its verb, not a noun after a determiner (phraseLeft takes no lone determiner)
  const lone = loneSubjectLeft(tokens, lead, start);
  if (lone) return { speaker: lone, cue: [tokens[verb].start, tokens[verb].end], how: 'before' };
  if (isNounAfter(tokens, verb)) return null;
  const speaker = phraseLeft(tokens, lead, start, text);
  if (!speaker || !opensClause(tokens, speaker.from, start)) return null;
  const someone =
    speaker.kind === 'name'
      ? isPersonAt(doc, speaker)
      : speaker.kind === 'pronoun'
        ? SPEAKER_PRONOUN_WORDS.has(tokens[speaker.from].lower)
        : isSpeakerNoun(tokens[speaker.to - 1].lower);
  return someone ? { speaker, cue: [tokens[verb].start, tokens[verb].end], how: 'before' } : null;
}

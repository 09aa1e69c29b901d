/**
 * The speaker of a cue with no subject of its own, taken from elsewhere in its sentence: '…, Ubeli said, adding,
 * "…"', 'Hayek confirmed she had been and said, "…"'.
 */
import type { Doc, DocToken } from '../text/document';
import { CUE_PREFIX, INTRO_WORDS } from '../lexicon/lexicon';
import { SPEAKER_PRONOUN_WORDS } from '../lexicon/functionWords';
import { FRAMING_VERBS } from '../lexicon/speakerWords';
import { SENTENCE_END, isCue } from './cues';
import { isSpeakerNoun, phraseLeft, phraseRight, skipCuePrefixLeft, type Phrase } from './phrases';
import { clauseSubject } from './clauseSubjects';
import { isPastVerb } from './tokenPredicates';

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
export function participleSubject(doc: Doc, start: number, cue: number): Phrase | null {
  return (
    reportBefore(doc, start, cue - 1) ??
    speakerOfReport(doc, start, cue - 1) ??
    clauseSubject(doc, start, cue) ??
    subjectBeforeAside(doc, start, cue - 1)
  );
}

/**
 * 'Priya Rao, writing in the Weekly, was kinder: "…"': the participle opens an aside right after the sentence's
 * subject, who is the one writing (and speaking).
 */
function subjectBeforeAside(doc: Doc, start: number, comma: number): Phrase | null {
  const { tokens, text } = doc;
  const p = phraseLeft(tokens, comma, start, text);
  if (!p || p.from !== start || p.kind === 'pronoun') return null;
  return p.kind === 'name' || isSpeakerNoun(tokens[p.to - 1].lower) ? p : null;
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

/** The subject of the clause that ends in "and" before a second cue: after the last comma, a pronoun or a name. */
export function coordinatedSubject(doc: Doc, start: number, and: number): Phrase | null {
  const { tokens } = doc;
  let s = and - 1;
  while (s > start && tokens[s - 1].text !== ',') s--;
  if (s >= and) return null;
  const first = tokens[s];
  if (SPEAKER_PRONOUN_WORDS.has(first.lower) && tokens[s + 1]?.word && !tokens[s + 1].cap)
    return { from: s, to: s + 1, kind: 'pronoun', nameFrom: s + 1, nameTo: s + 1 };
  const listed = verbListSubject(doc, start, s);
  if (listed !== undefined) return listed;
  // "Suu Kyi, 70, said it was too early but added": the first verb follows the subject's appositive
  if (s > start && isCue(tokens, s) && tokens[s - 1].text === ',') return subjectBeforeAppositive(doc, start, s);
  // a comma inside the subject's own clause, unless after an opener: "In March, …", a participle's scene-setting
  // phrase ("Smiling broadly, Mrs. Adeyemi drew cheers as she thanked them and then boomed, '…'")
  if (s > start && !INTRO_WORDS.has(tokens[start].lower) && !isOpeningParticiple(tokens, start)) return null;
  const p = clauseSubject(doc, s === start ? start : s, and);
  // "The governor noted …, and added": a description naming someone by role speaks too
  return p && (p.kind === 'name' || (p.kind === 'description' && isSpeakerNoun(tokens[p.to - 1].lower))) ? p : null;
}

/**
 * "he looked up, furrowed his brow and said", "Trump gestured, then leaned in and boomed": back over a list of verb
 * phrases (the clause at `s` opens with a past verb, or "then" and one) to the subject before them; undefined when the
 * clause is no such step.
 */
function verbListSubject(doc: Doc, start: number, s: number): Phrase | null | undefined {
  const { tokens } = doc;
  const first = tokens[s];
  const step = first.lower === 'then' && tokens[s + 1] ? tokens[s + 1] : first;
  if (s <= start || !VERB_LIST_STEPS.test(step.lower) || step.cap || tokens[s - 1].text !== ',') return undefined;
  let t = s - 2;
  while (t > start && tokens[t - 1].text !== ',') t--;
  const p = phraseRight(tokens, t, s - 1, doc.text);
  if (!p || p.from !== t) return null;
  return p.kind !== 'description' || isSpeakerNoun(tokens[p.to - 1].lower) ? p : null;
}

/** A participle opening the sentence's scene-setting phrase: "Smiling broadly, …", "Appearing before supporters, …". */
function isOpeningParticiple(tokens: DocToken[], start: number): boolean {
  return /^[a-z]+ing$/.test(tokens[start].lower);
}

/** The person or pronoun whose appositive ends at the comma before the verb `verb`: "Suu Kyi, 70, | said". */
function subjectBeforeAppositive(doc: Doc, start: number, verb: number): Phrase | null {
  const { tokens } = doc;
  const p = phraseLeft(tokens, verb, start, doc.text);
  if (!p || p.kind === 'description') return null;
  // "Appearing before supporters Monday, Suu Kyi, 70, said": after a scene-setting opener and its comma
  const opener = INTRO_WORDS.has(tokens[start].lower) || isOpeningParticiple(tokens, start);
  return p.from === start || (opener && tokens[p.from - 1]?.text === ',') ? p : null;
}

/** A past-tense verb opening a clause of a list ("furrowed his brow"). */
const VERB_LIST_STEPS = /^[a-z]+ed$/;

/**
 * What an absolute "with" follows: a comma ('…, with Haddad saying'), or a verb by which a text or an event opens or
 * closes ('The ad ends with a narrator saying: "…"'). Not 'spoke with reporters, saying' (a verb of talking to them).
 */
function opensAbsolute(t: DocToken): boolean {
  return t.text === ',' || FRAMING_VERBS.has(t.lower);
}

/** Tokens between an absolute "with" and its participle cue: the subject, an adverb, the participle's own words. */
const MAX_ABSOLUTE_SPAN = 20;

/**
 * 'Officials were quick to respond, with treasurer Omar Haddad saying: "…"', '…, with Hart tweeting that it was a
 * "disaster" and asking, "…"': in an absolute clause after ", with", the phrase between "with" and the first
 * participle is that participle's subject, and so the speaker, not the main clause's subject. Not '…, speaking with
 * reporters, saying' (the participle right after "with" has no subject there).
 */
export function absoluteSubject(doc: Doc, start: number, cue: number): Phrase | null {
  const { tokens, text } = doc;
  if (!tokens[cue].lower.endsWith('ing')) return null;
  for (let w = cue - 2; w >= start && cue - w <= MAX_ABSOLUTE_SPAN; w--) {
    if (SENTENCE_END.has(tokens[w].text)) return null;
    if (tokens[w].lower !== 'with' || (w > start && !opensAbsolute(tokens[w - 1]))) continue;
    const p = phraseRight(tokens, w + 1, cue, text);
    if (!p || p.from !== w + 1 || p.kind === 'pronoun') return null;
    let v = p.to;
    while (v < cue && /^[a-z]+ly$/.test(tokens[v].lower)) v++; // "with Hart reportedly yelling"
    if (!/^[a-z]+ing$/.test(tokens[v]?.lower ?? '')) return null;
    return p.kind === 'name' || isSpeakerNoun(tokens[p.to - 1].lower) ? p : null;
  }
  return null;
}

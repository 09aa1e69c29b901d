/**
 * The cue and speaker before a quote: 'Putin had said, "…"', 'Lavrov told reporters: "…"', 'Putin: "…"',
 * 'Said Dorothy Poynter, who grew up nearby, "…"'.
 */
import type { Doc, DocToken } from '../text/document';
import { CUE_PREFIX, CUE_VERBS, DESCRIPTION_LINKS, DESCRIPTION_OPENERS } from '../lexicon/lexicon';
import { ISSUED_TEXT_NOUNS } from '../lexicon/speakerWords';
import { cueRange, isCue, isTextCue, windowStart, type Attribution } from './cues';
import { isSpeakerNoun, phraseLeft, phraseRight, skipCuePrefixLeft, type Phrase } from './phrases';
import { apposedNameLeft } from './apposedNames';
import { coordinatedSubject, participleSubject } from './borrowedSubjects';
import { sentenceSubject } from './clauseSubjects';
import { colonSentence, subjectBeforeColon } from './colonQuotes';
import { issuedText } from './issuedTexts';
import { isPersonAt } from './recognizedEntities';
import { shortSubjectLeft } from './shortDescriptions';
import { possessedTextLeft } from './texts';

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
  for (let c = last; c >= start; c--) {
    if (!isBeforeCue(tokens, c)) continue;
    const cue = tokens[c].lower === 'to' ? c - 1 : c;
    const lead = skipCuePrefixLeft(tokens, cue, start, CUE_PREFIX);
    // ", saying …" belongs to the main clause's subject, not to whatever stands before the comma
    const participle = tokens[cue].lower.endsWith('ing') && tokens[cue - 1]?.text === ',';
    let speaker =
      tokens[cue].lower === 'according'
        ? null
        : ((participle ? participleSubject(doc, start, cue) : null) ?? phraseLeft(tokens, lead, start, text));
    // 'his campaign sent out a text message saying: "…"': the text speaks for whoever sent it
    if (speaker && isNonFinite(tokens, cue) && isTextDescription(doc, speaker)) speaker = null;
    if (!speaker && !isNonFinite(tokens, cue))
      speaker = apposedNameLeft(doc, lead, start) ?? shortSubjectLeft(tokens, lead, start);
    // "his memo explaining the deal, '…'": after a participle stands its object, never its speaker
    if (!speaker && !isObjectTaking(tokens, cue))
      speaker = invertedSpeaker(
        tokens,
        phraseRight(tokens, cue + (tokens[cue].lower === 'according' ? 2 : 1), q.from, text),
      );
    // a second verb of the subject's: 'Hayek confirmed she had been and said, "…"', '…, I laughed and said, "…"'
    if (!speaker && tokens[lead - 1]?.lower === 'and') speaker = coordinatedSubject(doc, start, lead - 1);
    if (!speaker && isNonFinite(tokens, cue)) speaker = sentenceSubject(doc, start, cue);
    return { speaker, cue: cueRange(tokens, cue, q.from), how: 'before' };
  }
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

/** A cue before a quote: a reporting verb, a text's ("it reads,"), or the "to" of "according to". */
function isBeforeCue(tokens: DocToken[], c: number): boolean {
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

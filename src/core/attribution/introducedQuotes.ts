/**
 * A quote standing alone in its paragraph, with no attribution, right after a paragraph that introduces a named
 * person speaking: "Maria Kowalczyk, Poland's deputy minister, gave the longest speech of the day." / "Lena Holm
 * put it this way:" then “We did not come to block anything. …”. News writing hands the floor over so; the quote is
 * that person's, with less confidence than a cue gives ('inherited').
 */
import type { AttributedQuote } from './cues';
import type { Doc, DocToken } from '../text/document';
import { INTRO_WORDS } from '../lexicon/lexicon';
import { phraseRight, type Phrase } from './phrases';
import { PRONOUNS_FEMALE, PRONOUNS_MALE } from '../lexicon/lexicon';

import { SPEECH_WORDS } from '../lexicon/speechVerbs';
/** The introducing paragraph is short: a long one is narrative, not a handover. */
const MAX_INTRO_TOKENS = 60;

/** Gives unattributed paragraph-opening quotes the person the previous paragraph introduced as speaking. */
export function attributeIntroduced(
  doc: Doc,
  quotes: AttributedQuote[],
  isPerson: (from: number, to: number) => boolean,
): AttributedQuote[] {
  const { tokens, text } = doc;
  let previous: AttributedQuote | undefined;
  for (const q of quotes) {
    const prior = previous;
    const before = prior ? prior.to : -1;
    previous = q;
    if (q.attribution.speaker !== null || q.fragment || q.from === 0) continue;
    if (tokens[q.from - 1].line === tokens[q.from].line) continue; // the quote does not open its paragraph
    const introEnd = q.from; // tokens of the previous line: [introStart, introEnd)
    let introStart = introEnd - 1;
    while (introStart > 0 && tokens[introStart - 1].line === tokens[introEnd - 1].line) introStart--;
    if (introEnd - introStart > MAX_INTRO_TOKENS || before > introStart) continue; // too long, or holds a quote
    const gesture = gestureSubject(doc, introStart, introEnd, prior);
    if (gesture) {
      q.attribution = { speaker: gesture, cue: q.attribution.cue, how: 'inherited' };
      continue;
    }
    if (!speaks(tokens, introStart, introEnd)) continue;
    // past an opening adverbial: "On July 6, 2015, Sanders made the following comment:"
    let subjectAt = introStart;
    if (INTRO_WORDS.has(tokens[introStart].lower)) {
      let comma = introStart;
      while (comma < introEnd && comma - introStart <= 8 && tokens[comma].text !== ',') comma++;
      while (comma + 1 < introEnd && tokens[comma + 1]?.text !== ',' && /^\d/.test(tokens[comma + 1].text)) comma += 2; // ", 2015,"
      if (tokens[comma]?.text === ',') subjectAt = comma + 1;
    }
    const subject = phraseRight(tokens, subjectAt, introEnd, text);
    if (
      !subject ||
      subject.kind !== 'name' ||
      !isPerson(tokens[subject.nameFrom].start, tokens[subject.nameTo - 1].end)
    )
      continue;
    // a cue found without its subject ("… made the following comment:") keeps its place in the attribution
    q.attribution = { speaker: subject, cue: q.attribution.cue, how: 'inherited' };
  }
  return quotes;
}

/**
 * '"…," Ms. Atwood said.' / 'She paused.' / '"I'm not blaming the boys."': a paragraph of one short sentence about
 * what the speaker of the quote before did (not said) between two quotes; the quote after goes on with its subject,
 * "she" or "he", or the same surname ("Atwood laughed."). Not someone else's doing ("Tomas Brenn arrived late.").
 */
function gestureSubject(doc: Doc, from: number, to: number, prior: AttributedQuote | undefined): Phrase | null {
  const { tokens, text } = doc;
  const said = prior?.attribution.speaker;
  if (!prior || !said || tokens[prior.to - 1].line !== tokens[from].line - 1) return null;
  if (to - from > MAX_GESTURE_TOKENS || tokens[to - 1].text !== '.') return null;
  for (let i = from; i < to - 1; i++) if (!tokens[i].word) return null; // one plain sentence
  const subject = phraseRight(tokens, from, to, text);
  if (!subject || subject.to >= to - 1 || !tokens[subject.to].word || tokens[subject.to].cap) return null;
  const w = tokens[from].lower;
  if (subject.kind === 'pronoun') return PRONOUNS_MALE.has(w) || PRONOUNS_FEMALE.has(w) ? subject : null;
  const sameName =
    subject.kind === 'name' &&
    said.kind === 'name' &&
    tokens[subject.nameTo - 1].lower === tokens[said.nameTo - 1].lower;
  return sameName ? subject : null;
}
/** "She shook her head." is a gesture; a longer paragraph is narrative. */
const MAX_GESTURE_TOKENS = 8;

function speaks(tokens: readonly DocToken[], from: number, to: number): boolean {
  if (tokens[to - 1].text === ':') return true;
  for (let i = from; i < to; i++) if (SPEECH_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * A quote standing alone in its paragraph, with no attribution, right after a paragraph that introduces a named
 * person speaking: "Maria Kowalczyk, Poland's deputy minister, gave the longest speech of the day." / "Lena Holm
 * put it this way:" then “We did not come to block anything. …”. News writing hands the floor over so; the quote is
 * that person's, with less confidence than a cue gives ('inherited').
 */
import type { AttributedQuote } from './cues';
import type { Doc, DocToken } from '../text/document';
import { INTRO_WORDS } from '../lexicon/lexicon';
import { phraseRight } from './phrases';

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
  let previousQuoteTo = -1;
  for (const q of quotes) {
    const before = previousQuoteTo;
    previousQuoteTo = q.to;
    if (q.attribution.speaker !== null || q.fragment || q.from === 0) continue;
    if (tokens[q.from - 1].line === tokens[q.from].line) continue; // the quote does not open its paragraph
    const introEnd = q.from; // tokens of the previous line: [introStart, introEnd)
    let introStart = introEnd - 1;
    while (introStart > 0 && tokens[introStart - 1].line === tokens[introEnd - 1].line) introStart--;
    if (introEnd - introStart > MAX_INTRO_TOKENS || before > introStart) continue; // too long, or holds a quote
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

function speaks(tokens: readonly DocToken[], from: number, to: number): boolean {
  if (tokens[to - 1].text === ':') return true;
  for (let i = from; i < to; i++) if (SPEECH_WORDS.has(tokens[i].lower)) return true;
  return false;
}

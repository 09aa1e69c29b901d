/**
 * Finds the reporting cue and speaker phrase of each direct quote: after it ('"…," Lavrov said', '"…," said Lavrov'),
 * before it ('Putin had said, "…"', 'Lavrov told reporters: "…"', 'Putin: "…"'), merges quotes interrupted by their
 * attribution ('"A," he said, "B."') and drops scare quotes (a few words with no speech around them).
 */
import type { Doc, DocToken } from '../text/document';
import { isCue, type AttributedQuote } from './cues';
import { namesAWork } from '../quotes/namedWorks';
import { attributeIntroduced } from './introducedQuotes';
import { mergeQuotes } from '../quotes/quoteMerge';
import type { QuoteSpan } from '../quotes/quoteSpans';
import { after } from './afterQuote';
import { before } from './beforeQuote';
import { signatureBelow, transcript } from './signedQuotes';
import { isTitleCase, lastInner, spokenSentence, startsLine, startsLowercase, wordCount } from './quoteShape';
import { overlapsOrganization, overlapsPerson } from './recognizedEntities';

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

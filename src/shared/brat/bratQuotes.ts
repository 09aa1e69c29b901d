/**
 * A coded attribution as the core's Quote: content fragments become the quote's parts (one fragment: no parts),
 * the Source its speakerMention and speaker name, the Cue its cue. A quote whose content opens with a quotation mark
 * is direct, as in the core (“We will not sign,” …); the rest is reported speech.
 */
import type { Quote, Span } from '../../core/types';
import type { BratAttribution } from './attributions';
import type { Fragment } from './standoff';

const OPENING_MARK = /^\s*["“„«»‘‚'‹›「『]/;

const span = (text: string, [start, end]: Fragment): Span => ({ start, end, text: text.slice(start, end) });

/** Several fragments (a name split by a line break) are one mention: the range that covers them. */
function covering(text: string, fragments: Fragment[] | null): Span | null {
  if (!fragments || fragments.length === 0) return null;
  return span(text, [fragments[0][0], fragments[fragments.length - 1][1]]);
}

export function attributionToQuote(text: string, a: BratAttribution): Quote {
  const whole = covering(text, a.content) as Span;
  const quote: Quote = {
    ...whole,
    kind: OPENING_MARK.test(whole.text) ? 'direct' : 'indirect',
    speaker: a.sourceText,
    speakerId: null,
    speakerMention: covering(text, a.source),
    cue: covering(text, a.cue),
    confidence: 1,
    origin: 'human',
  };
  if (a.content.length > 1) quote.parts = a.content.map((f) => span(text, f));
  return quote;
}

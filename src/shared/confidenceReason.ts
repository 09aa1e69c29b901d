// Why an attribution is uncertain, in words for the hover ("the speaker is “he”, resolved to an earlier name").
// Uses the core's own reason when it gives one (`confidenceReason`, if the Quote carries it); otherwise derives one
// from how the attribution was found, as far as the Quote shows it.
import type { Quote } from '../core/types';

/** Below this confidence an attribution counts as uncertain unless the setting says otherwise. */
export const DEFAULT_LOW_CONFIDENCE = 0.6;

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them']);
/** A speaker mention this far from its quote was found by looking a long way back (or forward). */
const FAR_CHARS = 250;

export function isUncertain(quote: Pick<Quote, 'confidence'>, threshold = DEFAULT_LOW_CONFIDENCE): boolean {
  return quote.confidence < threshold;
}

/** One sentence: how this quote's speaker was found and why that is not sure. */
export function confidenceReason(quote: Quote): string {
  const own = (quote as Quote & { confidenceReason?: unknown }).confidenceReason;
  if (typeof own === 'string' && own.trim() !== '') return own.trim();
  if (quote.speaker === null)
    return quote.cue ? 'a reporting verb but no speaker was found' : 'no reporting verb and no speaker near the quote';
  const mention = quote.speakerMention;
  if (!quote.cue) return `no reporting verb here: the speaker (${quote.speaker}) is carried over from the quote before`;
  if (!mention) return 'the speaker was inferred without a mention in the text';
  const said = mention.text.trim();
  if (PRONOUNS.has(said.toLowerCase()))
    return `the speaker is only “${said}” here, resolved to ${quote.speaker} from an earlier mention`;
  const distance = mention.start >= quote.end ? mention.start - quote.end : quote.start - mention.end;
  if (distance > FAR_CHARS) return `the speaker is named far from the quote (“${said}”)`;
  if (/^(the|a|an|this|that|one)\s/i.test(said) && said !== quote.speaker)
    return `the speaker is a description (“${said}”) matched to ${quote.speaker}`;
  if (quote.kind === 'indirect') return 'reported speech: where the reported words end is itself a guess';
  return 'the attribution follows an unusual pattern';
}

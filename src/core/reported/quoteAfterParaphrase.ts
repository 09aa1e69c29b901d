/**
 * 'Tomas Reyes said he would leave. "There is nothing left for us here."': news paraphrases a speaker, then quotes
 * them with no cue of their own. A direct quote that found no speaker, right after a sentence of reported speech
 * whose speaker is known, is that speaker's ('paraphrased'), in the same paragraph or opening the next one. The
 * report's own attribution may trail its content ('He still came by most mornings, his daughter said.' ¶ '"He'd
 * sit by the register."', '… was in the console, according to Aldous.' ¶ '"Jerome was a lawful gun owner."'); then
 * the quote is the reporter's even over a guess at the person that sentence is about ('adjacent').
 *
 * Left alone: a quote with anything between it and the report's sentence but its end (another sentence, a quote),
 * a report with no speaker ("It was said that …"), a report whose sentence goes on past its content or its trailing
 * attribution and a few words after it ("…, she said in an interview." hands over; "…, she said, and left." does not),
 * and a fragment.
 */
import type { AttributedQuote } from '../attribution/cues';
import type { DocToken } from '../text/document';
import type { Reported } from './quoteMap';

/**
 * What may stand between a report's content and the quote: the sentence's end, closing marks, and white space with
 * at most one blank line ("he would leave.\n\n“There is …").
 */
const HANDOVER_GAP = /^[)”’"']*[.!?…][)”’"']*[ \t]*(?:\r?\n[ \t]*){0,2}$/;

/** What may stand between a report's content and its trailing attribution: a comma ("…most mornings, his daughter"). */
const TRAILING_OPEN = /^[ \t]*,[ \t]*$/;

/**
 * Where the sentence of report `r` hands over: the end of its content, or of its attribution when that trails the
 * content after a comma ("…, his daughter said" / "…, according to Aldous"); null when the attribution sits elsewhere.
 */
function handoverFrom(text: string, tokens: readonly DocToken[], r: Reported): number | null {
  const { speaker, cue } = r.attribution;
  if (!speaker || !cue) return r.content[1];
  const from = Math.min(tokens[speaker.from].start, cue[0]);
  if (from < r.content[1]) return r.content[1];
  if (!TRAILING_OPEN.test(text.slice(r.content[1], from))) return null;
  const end = Math.max(tokens[speaker.to - 1].end, cue[1]);
  return end + (TRAILING_ADJUNCT.exec(text.slice(end, end + MAX_ADJUNCT_CHARS))?.[0].length ?? 0);
}

/**
 * A few words a trailing attribution may go on with before its full stop, of time, place or addressee: "…, she said
 * in an interview.", "…, Price told the Ledger in 2013." No punctuation inside: "…, she said, and left." goes on.
 */
const TRAILING_ADJUNCT = /^(?:[ \t]+[\p{L}\p{N}][\p{L}\p{N}'’-]*){1,8}(?=[.!?])/u;
/** Characters such words may take. */
const MAX_ADJUNCT_CHARS = 80;

/** A quote this pass may give a speaker: none yet, or only the guess at whom the sentence before is about. */
function open(q: AttributedQuote): boolean {
  return !q.fragment && !q.turn && (!q.attribution.speaker || q.attribution.how === 'adjacent');
}

/** Gives cue-less direct quotes the speaker of the reported speech that ends the sentence right before them. */
export function quotesAfterParaphrase(
  text: string,
  tokens: readonly DocToken[],
  direct: AttributedQuote[],
  reported: readonly Reported[],
): void {
  const reports = reported.filter((r) => r.attribution.speaker).sort((a, b) => a.content[1] - b.content[1]);
  let k = -1;
  for (const q of direct) {
    if (!open(q)) continue;
    const start = q.parts[0][0];
    while (k + 1 < reports.length && reports[k + 1].content[1] <= start) k++;
    const r = reports[k];
    if (!r) continue;
    const from = handoverFrom(text, tokens, r);
    if (from === null || from > start || !HANDOVER_GAP.test(text.slice(from, start))) continue;
    // an 'adjacent' guess gives way only to an attribution that trails: "Reyes said he would leave." is Reyes either way
    if (q.attribution.speaker && from === r.content[1]) continue;
    q.attribution = { speaker: r.attribution.speaker, cue: null, how: 'paraphrased' };
  }
}

/**
 * 'Tomas Reyes said he would leave. "There is nothing left for us here."': news paraphrases a speaker, then quotes
 * them with no cue of their own. A direct quote that found no speaker, right after a sentence of reported speech
 * whose speaker is known, is that speaker's ('paraphrased'), in the same paragraph or opening the next one.
 *
 * Left alone: a quote with anything between it and the report's sentence but its end (another sentence, a quote),
 * a report with no speaker ("It was said that …"), a report whose sentence goes on past its content, and a fragment.
 */
import type { AttributedQuote } from '../attribution/cues';
import type { Reported } from './quoteMap';

/**
 * What may stand between a report's content and the quote: the sentence's end, closing marks, and white space with
 * at most one blank line ("he would leave.\n\n“There is …").
 */
const HANDOVER_GAP = /^[)”’"']*[.!?…][)”’"']*[ \t]*(?:\r?\n[ \t]*){0,2}$/;

/** Gives cue-less direct quotes the speaker of the reported speech that ends the sentence right before them. */
export function quotesAfterParaphrase(text: string, direct: AttributedQuote[], reported: readonly Reported[]): void {
  const reports = reported.filter((r) => r.attribution.speaker).sort((a, b) => a.content[1] - b.content[1]);
  let k = -1;
  for (const q of direct) {
    if (q.attribution.speaker || q.fragment || q.turn) continue;
    const start = q.parts[0][0];
    while (k + 1 < reports.length && reports[k + 1].content[1] <= start) k++;
    const r = reports[k];
    if (!r || !HANDOVER_GAP.test(text.slice(r.content[1], start))) continue;
    q.attribution = { speaker: r.attribution.speaker, cue: null, how: 'paraphrased' };
  }
}

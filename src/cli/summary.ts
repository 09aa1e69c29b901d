/**
 * The human-readable "who said what" report of one analysed text, for a terminal. The counts, the order of
 * speakers and quotes, the speaker labels and the place groups are the shared exporters' (src/shared/exporters.ts,
 * analysisQueries.ts, labels.ts); what is the terminal's own is the layout and making article text safe to print.
 */
import type { Analysis, Quote, Span, Speaker } from '../core/types';
import { showInvisibles } from '../shared/invisibles';
import { countsOf, LineIndex, quotesInOrder, speakerIdsOf } from '../shared/analysisQueries';
import { groupPlaces } from '../shared/exporters';
import { plural, speakerDetails } from '../shared/labels';

const MAX_QUOTE_CHARS = 160;

/** C0 and C1 controls (white space aside) and bidi overrides: an ESC could re-colour or rewrite the terminal. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes article text safe and compact for a terminal: white space collapsed, control characters (an ESC could
 * re-colour or rewrite the user's terminal) shown as U+FFFD, bidi and invisible characters (a bidi override
 * reorders what is shown) as `[U+202E]`, long passages cut in the middle of nothing but words.
 */
export function terminalSafe(text: string, max = MAX_QUOTE_CHARS): string {
  let s = showInvisibles(text).replace(CONTROL_CHARS, '\uFFFD').replace(/\s+/g, ' ').trim();
  if (s.length > max) {
    let cut = s.lastIndexOf(' ', max);
    if (cut < max * 0.6) cut = max;
    // Never end inside a surrogate pair.
    const code = s.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--;
    s = s.slice(0, cut) + '…';
  }
  return s;
}

function countBy<T>(items: T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function quoteLine(quote: Quote, lines: LineIndex): string {
  const { line, column } = lines.position(quote.start);
  const body = terminalSafe(
    quote.parts && quote.parts.length > 1 ? quote.parts.map((p) => p.text).join(' … ') : quote.text,
  );
  const shown = quote.kind === 'direct' ? body : `(reported) ${body}`;
  const how: string[] = [];
  if (quote.cue) how.push(terminalSafe(quote.cue.text, 40));
  if (quote.speakerMention && quote.speaker && quote.speakerMention.text !== quote.speaker) {
    how.push(`as “${terminalSafe(quote.speakerMention.text, 60)}”`);
  }
  if (quote.confidence < 0.5) how.push(`confidence ${quote.confidence.toFixed(2)}`);
  return `  ${line}:${column}  ${shown}${how.length > 0 ? `  [${how.join(', ')}]` : ''}`;
}

function speakerHeading(speaker: Speaker, quoteCount: number): string {
  const details = speakerDetails(speaker, { person: false }).map((d) => terminalSafe(d, 60));
  return `${terminalSafe(speaker.name, 80)}${details.length > 0 ? ` (${details.join(', ')})` : ''}: ${plural(quoteCount, 'quote')}`;
}

function mentionList(counts: Array<[string, number]>, max = 30): string {
  const shown = counts
    .slice(0, max)
    .map(([name, n]) => (n > 1 ? `${terminalSafe(name, 60)} ×${n}` : terminalSafe(name, 60)));
  if (counts.length > max) shown.push(`… ${counts.length - max} more`);
  return shown.join(', ');
}

/** The report: counts, then each speaker with their quotes in text order, unattributed quotes, people, places. */
export function formatSummary(title: string, text: string, analysis: Analysis): string {
  const lines = new LineIndex(text);
  const c = countsOf(analysis);
  const out: string[] = [];
  out.push(`== ${terminalSafe(title, 200)} ==`);
  out.push(
    `${plural(c.direct, 'direct quote')}, ${plural(c.reported, 'reported statement')}, ${plural(c.speakers, 'speaker')}, ` +
      `${plural(analysis.places.length, 'place mention')}`,
  );
  const bySpeaker = new Map<string, Quote[]>();
  const unattributed: Quote[] = [];
  for (const quote of quotesInOrder(analysis)) {
    if (quote.speakerId === null) {
      unattributed.push(quote);
      continue;
    }
    for (const id of speakerIdsOf(quote)) {
      const list = bySpeaker.get(id) ?? [];
      list.push(quote);
      bySpeaker.set(id, list);
    }
  }
  const speakers = [...analysis.speakers].sort(
    (a, b) => (bySpeaker.get(b.id)?.length ?? 0) - (bySpeaker.get(a.id)?.length ?? 0) || a.name.localeCompare(b.name),
  );
  for (const speaker of speakers) {
    const quotes = bySpeaker.get(speaker.id) ?? [];
    if (quotes.length === 0) continue;
    out.push('', speakerHeading(speaker, quotes.length));
    for (const quote of quotes) out.push(quoteLine(quote, lines));
  }
  if (unattributed.length > 0) {
    out.push('', `No speaker found: ${plural(unattributed.length, 'quote')}`);
    for (const quote of unattributed) out.push(quoteLine(quote, lines));
  }
  if (analysis.quotes.length === 0) out.push('', 'No quotes found.');
  if (analysis.people.length > 0) out.push('', `People: ${mentionList(countBy(analysis.people, (p: Span) => p.text))}`);
  const places = groupPlaces(analysis).map((p): [string, number] => [p.name, p.count]);
  if (places.length > 0)
    out.push('', `Places: ${mentionList(places.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))}`);
  return out.join('\n') + '\n';
}

// Questions the editor asks about an analysis: what is under the cursor, which quote comes next, which line an
// offset is on. Pure functions over `Analysis`, shared by hovers, navigation, exports and the panel.
import { plural } from './labels';
import { checkedCount } from './humanCheck';
import type { Analysis, Place, Quote, Speaker } from '../core/types';
import { speakerMentionRanges, type OffsetRange } from './decorationPlan';

export interface ItemsAt {
  quote?: Quote;
  speaker?: { speaker: Speaker; mention: OffsetRange };
  place?: Place;
}

const contains = (s: { start: number; end: number }, offset: number): boolean => s.start <= offset && offset < s.end;

/** The quote, speaker mention and place at `offset` (innermost of each kind). */
export function itemsAt(analysis: Analysis, offset: number): ItemsAt {
  const found: ItemsAt = {};
  for (const q of analysis.quotes) {
    if (contains(q, offset) && (!found.quote || q.end - q.start < found.quote.end - found.quote.start)) found.quote = q;
  }
  const byId = new Map(analysis.speakers.map((s) => [s.id, s]));
  for (const [id, ranges] of speakerMentionRanges(analysis)) {
    const hit = ranges.find((r) => contains(r, offset));
    const speaker = byId.get(id);
    if (hit && speaker) {
      found.speaker = { speaker, mention: hit };
      break;
    }
  }
  for (const p of analysis.places) if (contains(p, offset)) found.place = p;
  return found;
}

export function speakerById(analysis: Analysis, id: string | null | undefined): Speaker | undefined {
  return id ? analysis.speakers.find((s) => s.id === id) : undefined;
}

/** Everyone a quote is given to: "Putin and Abe agreed …" is both speakers' (Quote.speakerIds), else its one speaker. */
export function speakerIdsOf(q: Quote): readonly string[] {
  if (q.speakerIds && q.speakerIds.length > 0) return q.speakerIds;
  return q.speakerId ? [q.speakerId] : [];
}

export function quotesInOrder(analysis: Analysis, speakerId?: string): Quote[] {
  const quotes = speakerId
    ? analysis.quotes.filter((q) => speakerIdsOf(q).includes(speakerId))
    : analysis.quotes.slice();
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface Step {
  quote: Quote;
  /** True when the search went past the last (or first) quote and started over. */
  wrapped: boolean;
}

/** The first quote starting after `offset` (or before it when `direction` is -1), wrapping around the article. */
export function stepQuote(analysis: Analysis, offset: number, direction: 1 | -1, speakerId?: string): Step | undefined {
  const quotes = quotesInOrder(analysis, speakerId);
  if (quotes.length === 0) return undefined;
  if (direction === 1) {
    const next = quotes.find((q) => q.start > offset);
    return next ? { quote: next, wrapped: false } : { quote: quotes[0], wrapped: true };
  }
  for (let i = quotes.length - 1; i >= 0; i--)
    if (quotes[i].start < offset) return { quote: quotes[i], wrapped: false };
  return { quote: quotes[quotes.length - 1], wrapped: true };
}

export { LineIndex } from '../core/text/lineIndex';

export interface Counts {
  quotes: number;
  direct: number;
  reported: number;
  speakers: number;
  anonymous: number;
  places: number;
  /** Quotes a person corrected, added or confirmed (origin 'human'). */
  checked: number;
  /** Of those, the ones a person corrected or added: where the machine was wrong or missed a quote. */
  corrected: number;
}

export function countsOf(analysis: Analysis): Counts {
  const direct = analysis.quotes.filter((q) => q.kind === 'direct').length;
  const distinctPlaces = new Set(analysis.places.map((p) => p.name.toLowerCase())).size;
  return {
    quotes: analysis.quotes.length,
    direct,
    reported: analysis.quotes.length - direct,
    speakers: analysis.speakers.length,
    anonymous: analysis.speakers.filter((s) => s.type === 'anonymous').length,
    places: distinctPlaces,
    checked: analysis.quotes.filter((q) => q.origin === 'human').length,
    corrected: analysis.quotes.filter((q) => q.check === 'corrected' || q.check === 'added').length,
  };
}

/** "6 quotes · 3 speakers" */
export function shortSummary(analysis: Analysis): string {
  return summaryOf(countsOf(analysis));
}

/** "6 quotes · 3 speakers", from counts (the status bar has them without parsing the analysis). */
export function summaryOf(c: Counts): string {
  return `${plural(c.quotes, 'quote', 'quotes')} · ${plural(c.speakers, 'speaker', 'speakers')}`;
}

/** "12 quotes · 9 checked" once a person has checked some (the status bar of a coder working through an article). */
export function checkedSummary(c: Counts): string | undefined {
  return c.checked > 0 ? `${plural(c.quotes, 'quote', 'quotes')} · ${checkedCount(c)}` : undefined;
}

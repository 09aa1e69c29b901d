/**
 * One article's sources in a few numbers: who is quoted, how (direct / reported), how many of their words, of what
 * type and estimated gender, and which places it names. Small and serialisable: the folder report sends one per
 * article from its workers and keeps none of the article's text or analysis (a 5 KB article → about 1 KB).
 */
import type { Analysis, Quote, SpeakerType } from '../../core/types';
import { estimateGender, type GenderEstimate } from './genderEstimate';
import { wordCount } from './speakerKey';

export interface Location {
  start: number;
  end: number;
}

export interface SourceSummary {
  /** The speaker's id in this article's analysis (the panel filters by it). */
  id: string;
  name: string;
  type: SpeakerType;
  role?: string;
  quotes: number;
  direct: number;
  reported: number;
  words: number;
  /** People only. */
  gender?: GenderEstimate;
  /** The first quote, to open the article at. */
  first: Location;
}

export interface PlaceSummary {
  name: string;
  mentions: number;
  first: Location;
}

export interface ArticleSummary {
  quotes: number;
  direct: number;
  reported: number;
  /** Quotes with no speaker. */
  unattributed: number;
  /** Quoted words, attributed or not. */
  words: number;
  /** Speakers with at least one quote, most words first. */
  sources: SourceSummary[];
  /** Places by canonical name, most mentioned first. */
  places: PlaceSummary[];
  /** Quotes a person confirmed, corrected or added (the coding's progress), and of those corrected or added. */
  checked: number;
  corrected: number;
}

/** Words of a quote; an interrupted quote counts its pieces, not the attribution between them. */
export function quoteWords(q: Quote): number {
  return q.parts && q.parts.length > 0 ? q.parts.reduce((n, p) => n + wordCount(p.text), 0) : wordCount(q.text);
}

function sourcesOf(analysis: Analysis): SourceSummary[] {
  const byId = new Map<string, SourceSummary>();
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  for (const q of [...analysis.quotes].sort((a, b) => a.start - b.start)) {
    const speaker = q.speakerId ? speakers.get(q.speakerId) : undefined;
    if (!speaker) continue;
    let row = byId.get(speaker.id);
    if (!row) {
      const gender = estimateGender(speaker);
      row = {
        id: speaker.id,
        name: speaker.name,
        type: speaker.type,
        quotes: 0,
        direct: 0,
        reported: 0,
        words: 0,
        first: { start: q.start, end: q.end },
      };
      if (speaker.role) row.role = speaker.role;
      if (gender) row.gender = gender;
      byId.set(speaker.id, row);
    }
    row.quotes++;
    if (q.kind === 'direct') row.direct++;
    else row.reported++;
    row.words += quoteWords(q);
  }
  return [...byId.values()].sort((a, b) => b.words - a.words || b.quotes - a.quotes || a.name.localeCompare(b.name));
}

function placesOf(analysis: Analysis): PlaceSummary[] {
  const byName = new Map<string, PlaceSummary>();
  for (const p of [...analysis.places].sort((a, b) => a.start - b.start)) {
    const key = p.name.toLowerCase();
    const row = byName.get(key);
    if (row) row.mentions++;
    else byName.set(key, { name: p.name, mentions: 1, first: { start: p.start, end: p.end } });
  }
  return [...byName.values()].sort((a, b) => b.mentions - a.mentions || a.first.start - b.first.start);
}

export function summarizeArticle(analysis: Analysis): ArticleSummary {
  const direct = analysis.quotes.filter((q) => q.kind === 'direct').length;
  return {
    quotes: analysis.quotes.length,
    direct,
    reported: analysis.quotes.length - direct,
    unattributed: analysis.quotes.filter((q) => !q.speakerId).length,
    words: analysis.quotes.reduce((n, q) => n + quoteWords(q), 0),
    sources: sourcesOf(analysis),
    places: placesOf(analysis),
    checked: analysis.quotes.filter((q) => q.origin === 'human').length,
    corrected: analysis.quotes.filter((q) => q.check === 'corrected' || q.check === 'added').length,
  };
}

/** Named people, organizations and anonymous sources among an article's sources. */
export function sourceTypes(sources: readonly SourceSummary[]): Record<SpeakerType, number> {
  const counts: Record<SpeakerType, number> = { person: 0, organization: 0, anonymous: 0, document: 0 };
  for (const s of sources) counts[s.type]++;
  return counts;
}

/** Sources by estimated gender (people only), "unknown" its own share. */
export function genderCounts(sources: readonly SourceSummary[]): Record<GenderEstimate, number> {
  const counts: Record<GenderEstimate, number> = { female: 0, male: 0, unknown: 0 };
  for (const s of sources) if (s.gender) counts[s.gender]++;
  return counts;
}

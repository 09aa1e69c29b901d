/**
 * Many articles folded into one report, one article summary at a time: speakers merged by name across articles
 * ("Clara Okafor" quoted in two articles is one row with articles: 2), places with the articles that name them,
 * and one small row per article (its anonymous share). Memory grows with the number of distinct speakers and
 * places and by one ~100-byte row per article — never with the articles' text: 10,000 articles stay a few MB.
 */
import type { SpeakerType } from '../../core/types';
import type { ArticleSummary, Location } from './articleSummary';
import type { GenderEstimate } from './genderEstimate';
import { speakerKey } from './speakerKey';

/** Where to open an article at a quote or a place. */
export interface ArticleLocation extends Location {
  article: string;
}

export interface SpeakerRow {
  name: string;
  type: SpeakerType;
  articles: number;
  quotes: number;
  words: number;
  direct: number;
  reported: number;
  gender?: GenderEstimate;
  first: ArticleLocation;
}

export interface PlaceRow {
  name: string;
  articles: number;
  mentions: number;
  first: ArticleLocation;
}

export interface ArticleRow {
  article: string;
  quotes: number;
  sources: number;
  anonymous: number;
  /** Anonymous sources / all sources, 0..1 (0 for an article with no sources). */
  anonymousShare: number;
  /** Quotes a person checked, and of those corrected or added (see ArticleSummary). */
  checked: number;
  corrected: number;
  /** The first quote (or the start), to open the article at. */
  first: Location;
}

export interface ReportTotals {
  quotes: number;
  /** named + organizations + anonymous. */
  speakers: number;
  /** Distinct named people across the folder. */
  named: number;
  /** Anonymous sources counted per article: "a senior official" in two stories is two sources. */
  anonymous: number;
  /** Distinct organizations across the folder. */
  organizations: number;
  direct: number;
  reported: number;
  unattributed: number;
  words: number;
  /** Distinct named people by estimated gender. */
  gender: Record<GenderEstimate, number>;
  /** Quotes people checked, of which corrected or added, and the articles with at least one checked quote. */
  checked: number;
  corrected: number;
  checkedArticles: number;
}

export interface FolderReport {
  articles: number;
  totals: ReportTotals;
  speakers: SpeakerRow[];
  places: PlaceRow[];
  perArticle: ArticleRow[];
}

export class ReportBuilder {
  private articles = 0;
  private readonly counts = {
    quotes: 0,
    direct: 0,
    reported: 0,
    unattributed: 0,
    words: 0,
    anonymous: 0,
    checked: 0,
    corrected: 0,
    checkedArticles: 0,
  };
  private readonly speakers = new Map<string, SpeakerRow>();
  private readonly places = new Map<string, PlaceRow>();
  private readonly perArticle: ArticleRow[] = [];

  /** Folds one article in; `article` names it in the rows (a path or a URI). */
  add(article: string, summary: ArticleSummary): void {
    this.articles++;
    const c = this.counts;
    c.quotes += summary.quotes;
    c.direct += summary.direct;
    c.reported += summary.reported;
    c.unattributed += summary.unattributed;
    c.words += summary.words;
    const { checked, corrected } = summary;
    c.checked += checked;
    c.corrected += corrected;
    if (checked > 0) c.checkedArticles++;
    let anonymous = 0;
    for (const s of summary.sources) {
      if (s.type === 'anonymous') anonymous++;
      this.addSpeaker(article, s);
    }
    c.anonymous += anonymous;
    for (const p of summary.places) {
      const key = p.name.toLowerCase();
      const row = this.places.get(key);
      if (row) {
        row.articles++;
        row.mentions += p.mentions;
      } else this.places.set(key, { name: p.name, articles: 1, mentions: p.mentions, first: { article, ...p.first } });
    }
    const sources = summary.sources.length;
    const first = summary.sources.reduce<Location>((at, s) => (s.first.start < at.start ? s.first : at), {
      start: Infinity,
      end: Infinity,
    });
    this.perArticle.push({
      article,
      quotes: summary.quotes,
      sources,
      anonymous,
      anonymousShare: sources === 0 ? 0 : anonymous / sources,
      checked,
      corrected,
      first: Number.isFinite(first.start) ? { start: first.start, end: first.end } : { start: 0, end: 0 },
    });
  }

  private addSpeaker(article: string, s: ArticleSummary['sources'][number]): void {
    const key = speakerKey(s.name);
    const row = this.speakers.get(key);
    if (!row) {
      const { name, type, quotes, words, direct, reported, gender } = s;
      this.speakers.set(key, {
        name,
        type,
        articles: 1,
        quotes,
        words,
        direct,
        reported,
        ...(gender ? { gender } : {}),
        first: { article, ...s.first },
      });
      return;
    }
    row.articles++;
    row.quotes += s.quotes;
    row.words += s.words;
    row.direct += s.direct;
    row.reported += s.reported;
    // one article that knows the gender ("Mrs. Okafor") settles an "unknown" from another ("Okafor")
    if (row.gender === 'unknown' && s.gender && s.gender !== 'unknown') row.gender = s.gender;
  }

  build(): FolderReport {
    const speakers = [...this.speakers.values()].sort(
      (a, b) => b.quotes - a.quotes || b.articles - a.articles || a.name.localeCompare(b.name),
    );
    const gender: Record<GenderEstimate, number> = { female: 0, male: 0, unknown: 0 };
    let named = 0;
    let organizations = 0;
    for (const s of speakers) {
      if (s.type === 'person') {
        named++;
        gender[s.gender ?? 'unknown']++;
      } else if (s.type === 'organization') organizations++;
    }
    const { anonymous, ...counts } = this.counts;
    return {
      articles: this.articles,
      totals: {
        quotes: counts.quotes,
        speakers: named + organizations + anonymous,
        named,
        anonymous,
        organizations,
        direct: counts.direct,
        reported: counts.reported,
        unattributed: counts.unattributed,
        words: counts.words,
        gender,
        checked: counts.checked,
        corrected: counts.corrected,
        checkedArticles: counts.checkedArticles,
      },
      speakers,
      places: [...this.places.values()].sort(
        (a, b) => b.mentions - a.mentions || b.articles - a.articles || a.name.localeCompare(b.name),
      ),
      perArticle: this.perArticle.slice(),
    };
  }
}

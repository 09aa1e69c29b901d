/**
 * Demonyms as speakers: "the Texan said" is the person the passage is about, "the Russian said" only when that
 * person is tied to Russia ("Russian Foreign Minister Sergei Lavrov"); "South Africa coach Hugo Broos praised his
 * players. 'We suffered,' the Belgian said" is Broos, a nationality the text never gave, when no one else named
 * lately is tied to Belgium.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import { demonymCountry } from '../entities/gazetteer';
import { REGIONAL_DEMONYMS } from '../lexicon/speakerWords';
import { CUE_VERBS } from '../lexicon/lexicon';
import type { Phrase } from '../attribution/phrases';
import { latestTiedTo } from './nationalityTies';
import type { Entry, Resolution } from './speakerEntry';
import { OFFICE_HOLDER_CERTAINTY, Descriptions } from './descriptions';
import { RIVAL_SCAN } from './antecedentChoice';
import { ORG_ANAPHOR_REACH } from './organizationNames';
import { INTRODUCED, LATEST_NAMED, LATEST_SPEAKER, PARAGRAPH_BASES } from './pronounBases';

export abstract class DemonymSpeakers extends Descriptions {
  /**
   * "the Texan said", "the New Yorker added": one resident of a place, as a description, is the person the passage is
   * about (as "the senator" is when no title matches). "the Russian" only when that person is tied to Russia.
   */
  protected demonymSpeaker(phrase: Phrase, name: string, at: number): Resolution | null {
    const { tokens } = this.doc;
    if (tokens[phrase.from].lower !== 'the') return null;
    const word = name.split(' ').pop() ?? '';
    const country = demonymCountry(word)?.toLowerCase();
    if (!country && !REGIONAL_DEMONYMS.has(word.toLowerCase())) return null;
    const line = tokens[phrase.from].line;
    const s = this.salient(undefined, at, line);
    const fits = s.entry && s.basis !== LATEST_NAMED;
    if (fits && (!country || s.entry?.countries.has(country) || this.nationalityUntold(s, country, phrase)))
      return {
        entry: s.entry,
        certainty: OFFICE_HOLDER_CERTAINTY,
        basis: 'description: the person the passage is about',
      };
    // "Putin met Japanese Prime Minister Shinzo Abe … 'We agree,' the Japanese said": the one tied to that country
    const tied = country ? (this.latestFrom(country, at) ?? this.namedFrom(country, at)) : null;
    return tied
      ? { entry: tied, certainty: OFFICE_HOLDER_CERTAINTY, basis: 'description: the person of that country' }
      : null;
  }

  /**
   * The demonym is the whole speaker, its verb right after it ("the Irishman said") or nothing ('said the Irishman.'):
   * in "The Romanian hacker who revealed …" it only qualifies a noun.
   */
  private demonymSpeaks(phrase: Phrase): boolean {
    const next = this.doc.tokens[phrase.to];
    return !next || !next.word || next.cap || CUE_VERBS.has(next.lower);
  }

  /** The resolved speaker spoke last in the paragraph right before the demonym's. */
  private spokeLineBefore(s: Resolution, phrase: Phrase): boolean {
    return s.entry?.lastSpokeLine === this.doc.tokens[phrase.from].line - 1;
  }

  /** The person named most recently, within a few paragraphs, whom the text tied to `country`. */
  protected latestFrom(country: string, at: number): Entry | null {
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - RIVAL_SCAN); i--) {
      const p = this.persons[i];
      if (p.lastSeen < at && at - p.lastSeen <= ORG_ANAPHOR_REACH && p.countries.has(country)) return p;
    }
    return null;
  }

  /** "Sweden's Henrik Lind won … 'I felt strong,' the Swede said": the latest person named as of that country. */
  protected namedFrom(country: string, at: number): Entry | null {
    const span = latestTiedTo(this.doc.text, this.doc.people, country, at);
    return span ? this.person(span.text, span.start) : null;
  }

  /**
   * "South Africa coach Hugo Broos praised his players. 'We suffered,' the Belgian said": a nationality the text never
   * gave may still be the paragraph's own speaker or subject's, when no one else named lately is tied to that country.
   * So may the one who spoke in the paragraph right before: '"One mistake changes nothing," Halloran said. ¶ Asked
   * about the keeper, the Irishman said: "…"' is Halloran, when the text tied him and everyone named to no country; a
   * speaker two paragraphs back is not enough.
   */
  protected nationalityUntold(s: Resolution, country: string, phrase: Phrase): boolean {
    // the person the paragraph before introduced counts too: "Rovers manager Stefan Lindqvist was full of praise."
    const basis = s.basis?.split(';')[0];
    const spokeJustBefore =
      basis === LATEST_SPEAKER &&
      this.demonymSpeaks(phrase) &&
      this.spokeLineBefore(s, phrase) &&
      // "Sweden's Lindqvist … ¶ '…,' the Norwegian said": one whose nationality was told is no one else's
      s.entry?.countries.size === 0 &&
      !this.namedFrom(country, this.doc.tokens[phrase.from].start);
    if (!PARAGRAPH_BASES.has(basis) && basis !== INTRODUCED && !spokeJustBefore) return false;
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - RIVAL_SCAN); i--)
      if (this.persons[i] !== s.entry && this.persons[i].countries.has(country)) return false;
    return true;
  }
}

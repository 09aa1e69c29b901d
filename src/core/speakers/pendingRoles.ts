/**
 * Roles waiting for a name: a headline's "Mayor: We will not cut services" or a lede's "Sheffield council is to raise
 * tax after its leader warned …" names a title, and the body's "Mayor Ann Bell" or "Holloway, who leads the
 * authority," fills it; at the end of the text what is still open is settled.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { Span } from '../types';
import { ROLE_NOUNS } from '../lexicon/lexicon';
import type { Phrase } from '../attribution/phrases';
import type { Entry, Resolution } from './speakerEntry';
import { fitsRole } from './roleFit';
import { DemonymSpeakers } from './demonymSpeakers';

export abstract class PendingRoles extends DemonymSpeakers {
  /**
   * "Rivera Says She Will Veto Budget" above "Mayor Ana Rivera said …": a lone name in the headline is the person
   * the article names in full below it (the headline's Title Case hides what kind of name it is).
   */
  protected namedBelowHeadline(word: string, at: number): { name: string; type: 'person' | 'organization' } | null {
    if (!this.inHeadline(this.doc.tokens[this.doc.tokenAt(at)]?.line ?? Infinity)) return null;
    const first = (list: Span[], fits: (words: string[]) => boolean): Span | undefined =>
      list.find((m) => m.start > at && m.start - at <= HEADLINE_LOOKAHEAD && fits(m.text.toLowerCase().split(/\s+/)));
    const person = first(this.doc.people, (w) => w.length >= 2 && w[w.length - 1].replace(/['’]s$/, '') === word);
    // "Acme Says It Will Cut Jobs" above "Acme Corp said …": the company named in full
    const org = first(this.doc.organizations, (w) => w.length >= 2 && w[0] === word);
    if (person && (!org || person.start < org.start)) return { name: person.text, type: 'person' };
    return org ? { name: org.text, type: 'organization' } : null;
  }

  /** Leaves a headline title unresolved for now: the first person of that title in the body will fill it. */
  protected deferRole(
    role: { head: string; modifiers: string[] },
    mention: Span,
    attributes: boolean,
    lede = false,
  ): Resolution {
    const resolution: Resolution = { entry: null, certainty: 0 };
    if (this.pendingRoles.length < MAX_PENDING_ROLES)
      this.pendingRoles.push({ ...role, mention, attributes, resolution, lede });
    return resolution;
  }

  /**
   * "its leader", "its chief executive" in the article's first paragraph under the headline, no one of that office
   * named yet: the office, to be filled by the first person who holds it below.
   */
  protected ledeOffice(phrase: Phrase, line: number): { head: string; modifiers: string[] } | null {
    const { tokens } = this.doc;
    if (phrase.to - phrase.from < 2 || tokens[phrase.from].lower !== 'its' || line !== this.ledeLine()) return null;
    const words = [];
    for (let i = phrase.from + 1; i < phrase.to; i++) {
      if (!tokens[i].word || tokens[i].cap) return null;
      words.push(tokens[i].lower);
    }
    const head = words[words.length - 1];
    if (!ROLE_NOUNS.has(head) || this.byRole(head, [], tokens[phrase.from].start)) return null;
    return { head, modifiers: [] };
  }

  /** The line of the article's first paragraph below its headline and deck (-1 when there is none). */
  protected ledeLine(): number {
    if (this.lede !== undefined) return this.lede;
    const { lines } = this.doc;
    this.lede = -1;
    for (let l = 0; l < lines.length && l < LEDE_SEARCH_LINES; l++) {
      if (lines[l].tokenTo <= lines[l].tokenFrom || this.inHeadline(l)) continue;
      this.lede = l;
      break;
    }
    return this.lede;
  }

  protected fillPendingRoles(person: Entry): void {
    if (person.roleWords.size === 0) return;
    for (let i = 0; i < this.pendingRoles.length; i++) {
      const p = this.pendingRoles[i];
      if (!fitsRole(person, p.head, p.modifiers, true)) continue;
      // the Resolution object is shared with the quote that asked: filling it resolves the headline quote
      p.resolution.entry = person;
      p.resolution.certainty = 0.7;
      if (p.attributes) {
        person.isSpeaker = true;
        person.quoteCount++;
      }
      this.addMention(person, p.mention);
      this.pendingRoles.splice(i--, 1);
    }
  }

  /**
   * After the walk: a role deferred near the top that no one named below fits ("'We will fight,' the mayor said"
   * under a headline, and no mayor named) is its own unnamed speaker, as the same words lower down would be; a bare
   * headline title ("Mayor Says …") stays unresolved rather than become a speaker called "Mayor".
   */
  settlePendingRoles(): void {
    for (const p of this.pendingRoles) {
      if (!/^the\s/i.test(p.mention.text) && !p.lede) continue;
      const entry = this.anonymous(p.mention.text, p.mention.start, false);
      entry.someone = true;
      p.resolution.entry = entry;
      p.resolution.certainty = 0.6;
      p.resolution.basis = 'description not matched to anyone named';
      if (p.attributes) {
        entry.isSpeaker = true;
        entry.quoteCount++;
      }
      this.addMention(entry, p.mention);
    }
    this.pendingRoles.length = 0;
  }
}

/** Lines searched for the lede below a headline, a deck and a byline. */
const LEDE_SEARCH_LINES = 8;

/** How far below a headline its lone name is looked for in full (characters). */
const HEADLINE_LOOKAHEAD = 1500;

/** Titled headline speakers held open at a time (a headline has one or two). */
const MAX_PENDING_ROLES = 4;

/**
 * Organizations named: "the NRA said" after "the National Rifle Association" is that body, as is "the Association";
 * "The Heritage Society said" is a body by its form though the recognizer took it for a person; "Canada said" is its
 * government. Anonymous sources ("officials said") are their own descriptions.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import { lookupPlace } from '../entities/gazetteer';
import type { Span } from '../types';
import type { DocToken } from '../text/document';
import { DESCRIPTION_LINKS, ORG_NOUNS, ROLE_NOUNS } from '../lexicon/lexicon';
import { PARTY_MEMBER_NOUNS, ACRONYM_SKIPPED, BUSINESS_NOUNS, OFFICE_ACRONYMS } from '../lexicon/speakerWords';
import type { Phrase } from '../attribution/phrases';
import type { Entry, Resolution } from './speakerEntry';
import { countryOf, isCommonSpeakerWord, initials, spellsAcronym, spelledOut, withArticle } from './nameForms';
import { bodyInApposition } from './bodyAppositive';
import { fitsAnaphor, nationSpeaking } from './roleFit';
import { appositiveOwner } from './describedByAppositive';
import { BRANCH_NUMBER, LEGAL_FORMS, SITE_WORDS } from '../lexicon/entityWords';
import { SENTENCE_CAPITAL_ONLY } from '../lexicon/functionWords';
import { PersonNames } from './personNames';
import { subjectOrganization } from './subjectOrganization';
import { FRENCH_BODY_HEADS, FRENCH_NAME_LINKS } from '../lexicon/entityWords';
import { PLACING_STATE_AFTER } from '../attribution/placedBodies';

export abstract class OrganizationNames extends PersonNames {
  protected organization(name: string, at: number): Entry {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    for (const e of this.entries)
      if (e.type === 'organization' && e.name.toLowerCase().replace(/^the\s+/, '') === key) return e;
    const same =
      this.acronymMatch(name.replace(/^the\s+/i, ''), at) ?? this.shortNameMatch(key, at) ?? this.legalFormMatch(name);
    if (same) return same;
    const e = this.newEntry(name, 'organization', at);
    e.words = key.split(' ');
    return e;
  }

  /**
   * One organization under its name and its acronym: "the DNC" after "the Democratic National Committee" is that
   * committee, and "the Democratic National Committee" after "the DNC" names the entry in full.
   */
  protected acronymMatch(bare: string, at: number): Entry | null {
    if (ACRONYM.test(bare)) {
      for (const e of this.entries) if (e.type === 'organization' && initials(e.name) === bare) return e;
      const named = this.firstBodyOrganization(bare, 'initials');
      if (named && named.start < at) return this.organization(named.text.replace(/['’]s$/, ''), at);
      // the recognizer may have missed the full name: its capitalised words spell the acronym
      const spelled = this.spelledOutBefore(bare, at);
      if (spelled) return this.organization(spelled, at);
      // "JAXA" after "the Japan Aerospace Exploration Agency": a letter from inside a word
      for (const e of this.entries) if (e.type === 'organization' && spellsAcronym(e.name, bare)) return e;
      const spelling = this.firstBodyOrganization(bare, 'spelled');
      return spelling && spelling.start < at ? this.organization(spelling.text.replace(/['’]s$/, ''), at) : null;
    }
    const letters = initials(bare);
    if (letters.length < 2) return null;
    for (const e of this.entries) {
      if (e.type !== 'organization') continue;
      const short = e.name.replace(/^the\s+/i, '');
      if (short !== letters && !(ACRONYM.test(short) && spellsAcronym(bare, short))) continue;
      e.name = bare;
      e.words = bare.toLowerCase().split(' ');
      return e;
    }
    return null;
  }

  /**
   * The first of the recognizer's organizations (outside the headline) whose initials are the acronym, or whose words
   * spell it ("JAXA" in "the Japan Aerospace Exploration Agency"); found once per acronym and document, so that a
   * transcript of thousands of "SMITH:" turns does not scan every organization at every turn.
   */
  protected firstBodyOrganization(acronym: string, how: 'initials' | 'spelled'): Span | null {
    const key = `${how}:${acronym}`;
    const known = this.acronymOrganizations.get(key);
    if (known !== undefined) return known;
    const fits = (o: Span): boolean =>
      how === 'initials' ? initials(o.text) === acronym : spellsAcronym(o.text, acronym);
    const found = this.bodyOrganizations.find(fits) ?? null;
    this.acronymOrganizations.set(key, found);
    return found;
  }

  /**
   * The acronym's spelled-out name before `at`, scanning each stretch of text once per acronym (and for a bounded
   * number of acronyms), so that an article of thousands of "ABC said" stays linear.
   */
  protected spelledOutBefore(acronym: string, at: number): string | null {
    let seen = this.acronyms.get(acronym);
    if (!seen) {
      if (this.acronyms.size >= MAX_ACRONYMS) return null;
      this.acronyms.set(acronym, (seen = { scannedTo: Math.max(0, at - ACRONYM_REACH), found: null }));
    }
    if (at > seen.scannedTo) {
      const found = spelledOut(this.doc.text.slice(seen.scannedTo, at), acronym);
      if (found) seen.found = found;
      seen.scannedTo = at;
    }
    return seen.found;
  }

  /**
   * "Ford said" after "Ford Motor Company": a one-word name that opens an organization's full name is that one. A site
   * named after someone is not ("Trump said" after "Trump SoHo New York Hotel" or "Trump Tower": buildings do not speak).
   */
  protected shortNameMatch(key: string, at: number): Entry | null {
    if (key.includes(' ')) return null;
    const site = (words: string[]): boolean => SITE_WORDS.has(words[words.length - 1]);
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.type === 'organization' && e.words.length > 1 && e.words[0] === key && !site(e.words)) return e;
    }
    for (let i = this.bodyOrganizations.length - 1; i >= 0; i--) {
      const o = this.bodyOrganizations[i];
      if (o.start >= at || !o.text.includes(' ')) continue;
      // "The Hill" is one word after its article: looking it up again would recurse without end
      const words = o.text
        .toLowerCase()
        .replace(/^the\s+/, '')
        .split(/\s+/);
      if (words.length > 1 && words[0] === key && !site(words)) return this.organization(o.text, at);
    }
    return null;
  }

  /**
   * One company with and without its legal form: "Savanna Grid said" after "Savanna Grid Ltd said" is that company,
   * and the entry keeps the fuller name whichever came first.
   */
  protected legalFormMatch(name: string): Entry | null {
    const words = name
      .toLowerCase()
      .replace(/^the\s+/, '')
      .split(/\s+/);
    const formed = LEGAL_FORMS.has(words[words.length - 1]);
    const bare = formed ? words.slice(0, -1) : words;
    if (bare.length === 0) return null;
    for (const e of this.entries) {
      if (e.type !== 'organization' || e.words.length !== bare.length + (formed ? 0 : 1)) continue;
      if (formed ? !sameWords(e.words, bare) : !LEGAL_FORMS.has(e.words[bare.length]) || !startsWith(e.words, bare))
        continue;
      if (formed) {
        e.name = name;
        e.words = words;
      }
      return e;
    }
    return null;
  }

  /**
   * "said Amalgamated Transit Union Local 1140": a name's phrase stops before a number, the recognizer's organization
   * does not; the branch's number is part of its name.
   */
  protected numberedOrganization(phrase: Phrase): string | null {
    const { tokens } = this.doc;
    const next = tokens[phrase.nameTo];
    if (!next || !BRANCH_NUMBER.test(next.text) || next.start !== tokens[phrase.nameTo - 1].end + 1) return null;
    return this.organizationWithin(tokens[phrase.from].start, next.end);
  }

  /** A phrase's capitalized words before its name, with the name ("Democratic National | Council"), past "the". */
  protected capitalRun(phrase: Phrase): string | null {
    const { tokens, text } = this.doc;
    let from = phrase.from;
    if (tokens[from].lower === 'the') from++;
    if (from >= phrase.nameFrom) return null;
    for (let i = from; i < phrase.nameFrom; i++) if (!tokens[i].cap || !tokens[i].word) return null;
    return text.slice(tokens[from].start, tokens[phrase.nameTo - 1].end);
  }

  /** The text of the organization the recognizer found ending at `end` and starting at or after `from`, if any. */
  protected organizationWithin(from: number, end: number): string | null {
    const orgs = this.doc.organizations;
    let lo = 0;
    let hi = orgs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (orgs[mid].end < end) lo = mid + 1;
      else hi = mid;
    }
    const o = orgs[lo];
    return o && o.end === end && o.start >= from ? o.text.replace(/^the\s+/i, '') : null;
  }

  /** The organization named last before `at`, within a few paragraphs: what "the company" takes up. */
  protected latestOrganization(at: number, head?: string): Entry | null {
    const business = head !== undefined && BUSINESS_NOUNS.has(head);
    const fits = (name: string): boolean => head === undefined || fitsAnaphor(head, name);
    const named = this.latestNamedOrganization(at, fits, business);
    // an organization that spoke since ("Adani Green Energy said …") is likelier than one only named before it
    let spoke: Entry | null = null;
    for (const e of this.entries)
      if (e.type === 'organization' && e.lastSpoke > (named?.start ?? -1) && e.lastSpoke < at && fits(e.name))
        if (at - e.lastSpoke <= ORG_ANAPHOR_REACH && (!spoke || e.lastSpoke > spoke.lastSpoke)) spoke = e;
    return spoke ?? (named ? this.organization(named.text.replace(/['’]s$/, ''), at) : null);
  }

  /** The recognizer's latest organization before `at`, outside quotes and within reach, that `fits`. */
  protected latestNamedOrganization(at: number, fits: (name: string) => boolean, business: boolean): Span | null {
    const orgs = this.bodyOrganizations;
    for (let i = orgs.length - 1; i >= 0; i--) {
      const o = orgs[i];
      if (o.end > at) continue;
      if (at - o.start > ORG_ANAPHOR_REACH) return null;
      // nor a country the recognizer read as an organization ("US prosecutors"); a town's name the recognizer read so
      // is a company's oftener ("employers such as Monsanto", a town in Portugal)
      const place = business && isNonTownPlace(o.text);
      // nor the town of "the Auburn Hills, Mich.-based carmaker" the recognizer read as one
      const town = PLACING_STATE_AFTER.test(this.doc.text.slice(o.end, o.end + PLACING_STATE_REACH));
      if (this.quoted.overlaps(o.start, o.end) || !fits(o.text) || place || town) continue;
      // "a defeat by Castleford Town": the sentence's subject body, not one after a preposition (subjectOrganization.ts)
      const sentence = {
        tokens: this.doc.tokens,
        tokenAt: this.doc.tokenAt,
        quoted: (a: number, b: number) => this.quoted.overlaps(a, b),
      };
      const owner = appositiveOwner(
        this.doc.text,
        orgs,
        i,
        (s) => fits(s.text) && !this.quoted.overlaps(s.start, s.end),
      );
      return subjectOrganization(sentence, orgs, owner, (s) => fits(s.text));
    }
    return null;
  }

  protected anonymous(description: string, at: number, plural: boolean): Entry {
    // a capital that only opens the sentence goes: "Officials from the upstream states" → "officials from …"
    // ("Western diplomats", "Pentagon officials" keep theirs)
    const name = description
      // ("Senator Tom Reed's aide": a title before a name keeps its capital too)
      .replace(/^\p{Lu}[\p{L}-]*(?!\s+\p{Lu})/u, (w) =>
        SENTENCE_CAPITAL_ONLY.has(w.toLowerCase()) || isCommonSpeakerWord(w.toLowerCase()) ? w.toLowerCase() : w,
      )
      .replace(/\s+/g, ' ');
    for (const e of this.entries) if (e.type === 'anonymous' && e.name.toLowerCase() === name.toLowerCase()) return e;
    const e = this.newEntry(name, 'anonymous', at);
    e.plural = plural;
    return e;
  }

  /**
   * "Fisheries and Oceans Canada says": names joined over "and" that one organization covers, their name included,
   * are that organization ("Constable Priya Sandhu of Bedfordshire Police" is hers).
   */
  protected organizationCovering(phrase: Phrase, at: number): Resolution | null {
    const { tokens } = this.doc;
    if (phrase.to <= phrase.nameTo) return null;
    const end = tokens[phrase.to - 1].end;
    if (!this.entities.organizations.covers(tokens[phrase.nameFrom].start, end)) return null;
    const name = this.organizationWithin(tokens[phrase.from].start, end);
    return name ? { entry: this.organization(name, at), certainty: 0.55, basis: 'organization or place' } : null;
  }

  /**
   * "MSF", "the WHO": capitals that spell a body's name, not a surname in capitals ("FALLIN:" labelling Mary Fallin's
   * turn). A long one must be spelled out before: short surnames in capitals are rare, long acronyms rarer.
   */
  protected isAcronymName(bare: string, at: number, label = false): boolean {
    if (!ACRONYM.test(bare) || this.bySurname(bare.toLowerCase())) return false;
    return (bare.length <= SHORT_ACRONYM && !label) || this.acronymMatch(bare, at) !== null;
  }

  /**
   * "The Planetary Society said", "the Serbian Tennis Federation said": a name of several capitalized words after "the"
   * names no person (people go without the article), so one the recognizer missed is a body's.
   */
  protected bodyAfterThe(phrase: Phrase, at: number): Resolution | null {
    const { tokens, text } = this.doc;
    if (tokens[phrase.from].lower !== 'the' || phrase.nameTo - phrase.from < 3) return null;
    // "the Wisconsin Republican", "the South Carolina Democrat": a party member described, a person
    const last = tokens[phrase.nameTo - 1].lower;
    if (PARTY_MEMBER_NOUNS.has(last) || ROLE_NOUNS.has(last) || countryOf(last)) return null;
    for (let i = phrase.from + 1; i < phrase.nameTo; i++)
      if (tokens[i].word && !tokens[i].cap && !ACRONYM_SKIPPED.has(tokens[i].lower)) return null;
    const whole = text.slice(tokens[phrase.from + 1].start, tokens[phrase.nameTo - 1].end);
    return { entry: this.organization(`the ${whole}`, at), certainty: 0.55, basis: 'a name after "the": a body' };
  }

  /** A name that is no person's by its form, when the recognizer found no person or place there. */
  /** "Clean Rivers Wales, a coalition of angling groups, said": a name whose appositive is headed by a body's noun. */
  protected bodyByApposition(phrase: Phrase, name: string, at: number): Resolution | null {
    if (phrase.nameTo !== phrase.to || !bodyInApposition(this.doc.tokens, phrase.nameTo)) return null;
    // a body the recognizer found is named whole by the organization path ("The National Rifle Association, which …")
    const { tokens } = this.doc;
    if (this.entities.organizations.overlaps(tokens[phrase.nameFrom].start, tokens[phrase.nameTo - 1].end)) return null;
    const entry = this.organization(withArticle(tokens, phrase, name), at);
    return { entry, certainty: 0.55, basis: 'a body, as its appositive says' };
  }

  protected bodyByForm(phrase: Phrase, name: string, at: number): Resolution | null {
    const { tokens } = this.doc;
    // "St. Brendan's said": a name in the possessive before its verb is a business's or a body's
    if (phrase.nameTo === phrase.to && POSSESSIVE_TOKEN.test(tokens[phrase.nameTo - 1].text))
      return { entry: this.organization(name, at), certainty: 0.55, basis: 'organization named in the possessive' };
    // "MSF said", "the WHO said": a lone acronym no one is named by is a body's, spelled out earlier or not
    if (this.isAcronymName(name.replace(/^the\s+/i, ''), at, isTurnLabel(tokens, phrase)))
      return { entry: this.organization(withArticle(tokens, phrase, name), at), certainty: 0.55, basis: 'acronym' };
    const apposed = this.bodyByApposition(phrase, name, at);
    if (apposed) return apposed;
    // "Conseil du patronat du Québec": a French body's head and its link (frenchBodies.ts)
    const head = tokens[phrase.nameFrom];
    if (FRENCH_BODY_HEADS.has(head.lower) && FRENCH_NAME_LINKS.has(tokens[phrase.nameFrom + 1]?.text ?? ''))
      return { entry: this.organization(name, at), certainty: 0.55, basis: 'a French name of a body' };
    return this.bodyNamedNounOf(phrase, at);
  }

  /**
   * "the state Department of Transportation said": a body's noun, "of" and a name is that body, not a person
   * "Transportation", nor a place the recognizer found after "of" ("the state Division of Lottery Oversight", "the
   * University of Texas").
   */
  protected bodyNamedNounOf(phrase: Phrase, at: number): Resolution | null {
    const { tokens } = this.doc;
    const of = phrase.nameFrom - 1;
    const noun = tokens[of - 1];
    if (tokens[of]?.lower === 'of' && of - 1 >= phrase.from && noun.cap && ORG_NOUNS.has(noun.lower)) {
      // with the capitals before it: "Illinois Board of Elections", "Harvard University Institute of Politics"
      let from = of - 1;
      while (
        from - 1 >= phrase.from &&
        tokens[from - 1].cap &&
        tokens[from - 1].word &&
        tokens[from - 1].lower !== 'the'
      )
        from--;
      const whole = this.doc.text.slice(tokens[from].start, tokens[phrase.nameTo - 1].end);
      return {
        entry: this.organization(withArticle(tokens, phrase, whole), at),
        certainty: 0.55,
        basis: 'a body named "… of …"',
      };
    }
    return null;
  }

  /** "the Saudis state", "the Russians insisted": a nation speaking, after "the", is its government. */
  protected nationGovernment(phrase: Phrase, name: string, at: number): Resolution | null {
    const { tokens } = this.doc;
    const government = nationSpeaking(name);
    if (!government || (tokens[phrase.from].lower !== 'the' && tokens[phrase.from - 1]?.lower !== 'the')) return null;
    return { entry: this.organization(government, at), certainty: 0.55, basis: 'a nation speaking: its government' };
  }

  /**
   * "the MP for Carleton", "the Minister of Health": an office of a place or a body, after "the", describes its
   * holder; the place is no speaker ("the Carleton").
   */
  protected officeOf(phrase: Phrase): boolean {
    const { tokens } = this.doc;
    const link = phrase.nameFrom - 1;
    return (
      tokens[phrase.from].lower === 'the' &&
      link - 1 > phrase.from &&
      DESCRIPTION_LINKS.has(tokens[link].lower) &&
      ROLE_NOUNS.has(tokens[link - 1].lower)
    );
  }

  /**
   * "the CM", "the DC" after "Deputy Commissioner Anjali Verma": initials that stand for an office, from the list of
   * common ones or spelled out earlier in the article by words whose head (before any "of") is an office.
   */
  protected officeInInitials(acronym: string, at: number): readonly string[] | undefined {
    if (!ACRONYM.test(acronym)) return undefined;
    const listed = OFFICE_ACRONYMS.get(acronym.toLowerCase());
    if (listed) return listed;
    const spelled = this.spelledOutBefore(acronym, at)?.toLowerCase().split(/\s+/);
    if (!spelled) return undefined;
    const of = spelled.indexOf('of');
    const office = of > 0 ? spelled.slice(0, of) : spelled;
    return ROLE_NOUNS.has(office[office.length - 1]) ? office : undefined;
  }
}

/** How far back "the company" looks for the organization it takes up (a few paragraphs). */
export const ORG_ANAPHOR_REACH = 1500;

/** Characters after a town read for its state compound (", Mich.-headquartered"). */
const PLACING_STATE_REACH = 40;

/** An acronym as an organization's name: "DNC", "NRA", "FBI". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Acronyms this short are a body's without being spelled out ("NASA", "MSF"); longer ones may be a surname. */
const SHORT_ACRONYM = 5;

/** How far back an acronym's spelled-out name is looked for. */
const ACRONYM_REACH = 6000;

const MAX_ACRONYMS = 64;

/** "'s" or "’s" as its own token. */
export const POSSESSIVE_TOKEN = /^['’]s$/i;

const sameWords = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && startsWith(a, b);
const startsWith = (a: readonly string[], b: readonly string[]): boolean => b.every((w, i) => a[i] === w);

/**
 * "HOLT: Senator, do you regret the vote?": capitals opening a line before a colon label a transcript's turn, and
 * turns are people's, so a short one is an acronym only when the article spells it out ("NATO: …" after "the North
 * Atlantic Treaty Organization").
 */
function isTurnLabel(tokens: readonly DocToken[], phrase: Phrase): boolean {
  const first = tokens[phrase.from];
  const opensLine = phrase.from === 0 || tokens[phrase.from - 1].line !== first.line;
  return opensLine && tokens[phrase.to]?.text === ':' && tokens[phrase.to].line === first.line;
}

/** A place the gazetteer knows that is not a town: a country, a state, a region. */
function isNonTownPlace(name: string): boolean {
  const kind = lookupPlace(name)?.kind;
  return kind !== undefined && kind !== 'city';
}

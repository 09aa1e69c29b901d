/**
 * Speaker resolution and coreference: turns speaker phrases ("he", "Lavrov", "the Russian president", "officials")
 * into canonical speakers, walking the document once in text order. Surnames resolve to the full name introduced
 * earlier, titles and descriptions to the person holding that role, pronouns to the most recent compatible speaker
 * (else person), organizations and anonymous sources to their own descriptions.
 */
import type { Doc, DocToken } from '../text/document';
import { demonymCountry, lexiconTags, lookupPlace } from '../entities/gazetteer';
import { firstNameGender, isFirstName, type Gender } from './gender';
import { writerName } from './writerName';
import { closingSubject } from './closingSubject';
import { appositiveRole, roleBeforeName } from './appositiveRole';
import { predicateRole } from './predicateRole';
import { partyTagAt, stateAfterName } from './partyTag';
import type { DescribedSubject } from './describedSubject';
import { issuerPhrase, textNounOf } from './textIssuer';
import { personNamedNext, titledPersonAhead } from './namedNext';
import type { Span, Speaker, SpeakerType } from '../types';
import { CUE_VERBS } from '../lexicon/lexicon';
import { SPEECH_WORDS } from '../lexicon/speechVerbs';
import {
  ANONYMOUS_NOUNS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  FEMALE_HONORIFICS,
  GENERIC_ROLE_NOUNS,
  HONORIFICS,
  INDEFINITE_DETERMINERS,
  KIN_NOUNS,
  FAMILY_NOUNS,
  SPOUSE_NOUNS,
  MALE_HONORIFICS,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  isProfessionNoun,
  PRONOUNS_FEMALE,
  PRONOUNS_MALE,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
} from '../lexicon/lexicon';
import {
  ISSUED_TEXT_NOUNS,
  ISSUING_VERBS,
  TEXT_READ_CUES,
  HONORIFIC_OFFICE,
  NEVER_A_PERSON,
  NEVER_A_SPEAKER,
  STUDY_AUTHOR_NOUNS,
  ORG_ANAPHOR_NOUNS,
  OTHER_BODY_WORDS,
  OWNED_ORG_NOUNS,
  CAMPAIGN_TEXT_NOUNS,
  REGIONAL_DEMONYMS,
  PARTY_MEMBER_NOUNS,
  ROLE_ALIASES,
  ACRONYM_SKIPPED,
  EPITHET_NOUNS,
  FEMALE_PERSON_NOUNS,
  MALE_PERSON_NOUNS,
  TEAM_ROLES,
  AGE_OR_KIN_EPITHET,
  BUSINESS_NOUNS,
  LED_BODY_WORDS,
  OFFICE_ACRONYMS,
} from '../lexicon/speakerWords';
import { isSpeakerNoun, phraseLeft, phraseRight, type Phrase } from '../attribution/phrases';
import { SpanIndex } from '../text/spanIndex';
import { mentionRole, opensWithApposition, pronounRole, wordBeforeTitles, type MentionRole } from './mentionRole';
import { nounGenderNear, pronounGenderAfter, sexNounGender } from './contextGender';
import { documentGenders, forgetLoneNameGender } from './documentGender';
import type { DiscourseFacts } from './antecedents';
import { personAliases } from './aliases';
import { NarrationSentences } from './narrationSentences';
import { latestTiedTo } from './nationalityTies';
import type { Description, Entry, PendingRole, Resolution } from './speakerEntry';
export type { Resolution, SpeakerRequest } from './speakerEntry';
import {
  POSSESSIVE,
  cleanName,
  particleSurnameOf,
  compoundSurnameOf,
  holdsPersonParticle,
  countryOf,
  personSpan,
  leadingTitle,
  isCommonSpeakerWord,
  sameGivenName,
  isTransposition,
  initials,
  spelledOut,
  opensSentence,
  withArticle,
  isRankOrOffice,
} from './nameForms';
import { bodyInApposition } from './bodyAppositive';
import { groupSubjectBefore, pluralPeopleHead } from './groupMentions';
import {
  fitsRole,
  honorificGender,
  kinGender,
  personNounGender,
  fitsAnaphor,
  mayBeBody,
  nationSpeaking,
  isOccupation,
  isKinOfSomeone,
  isRoleHead,
  US_STATE_WORDS,
  partyDescriptionFits,
} from './roleFit';
import { DOCUMENT_NOUNS } from '../lexicon/newsWords';
import { SITE_WORDS } from '../lexicon/entityWords';
import { PLURAL_OPENERS, QUANTIFIERS, SENTENCE_CAPITAL_ONLY } from '../lexicon/functionWords';
import { NOT_A_TITLE_OPENER } from '../lexicon/functionWords';
import { displayCase } from './nameCase';
import { ageAfterName, epithetAges } from './epithets';
import {
  bestCandidate,
  candidateFeatures,
  nobodyFeatures,
  type AntecedentChoice,
  type Candidate,
  type CandidateFacts,
  type MentionKind,
} from './antecedents';

/** "Mayor Ann Bell's office": the capitalised possessor (up to four words) and what it owns. */
/** "the office of Mayor Ann Bell": what is owned and the owner, who must be a person named in the text. */
const OF_PERSON_PHRASE = /^[Tt]he\s+(\p{Ll}[\p{Ll}\s-]*?)\s+of\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)$/su;
const POSSESSOR_PHRASE = /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)(['’])s\s+(\p{Ll}.*)$/su;

export class SpeakerTable {
  private readonly entries: Entry[] = [];
  private entityIndex: { organizations: SpanIndex; people: SpanIndex; places: SpanIndex } | undefined;

  /** The recognizer's organizations, people and places, indexed once on first need. */
  private get entities(): { organizations: SpanIndex; people: SpanIndex; places: SpanIndex } {
    this.entityIndex ??= {
      organizations: new SpanIndex(this.doc.organizations),
      people: new SpanIndex(this.doc.people),
      places: new SpanIndex(this.doc.places),
    };
    return this.entityIndex;
  }
  /** The entry each mention starting at an offset denotes: what a sentence opens with (paragraphBody). */
  private readonly mentionStarts = new Map<number, Entry>();
  private headlineFree: Span[] | undefined;

  /**
   * The recognizer's organizations below the headline: what "the union", "police" or "the company" may take up. A
   * headline's Title Case glues words into false names ("Police Arrest Two", "Union Warns of Staffing Gaps"), and the
   * body names again the body it is about.
   */
  private get bodyOrganizations(): Span[] {
    this.headlineFree ??= this.doc.organizations.filter(
      (o) => !this.isHeadline(this.doc.tokens[this.doc.tokenAt(o.start)]?.line ?? Infinity),
    );
    return this.headlineFree;
  }
  /** "start:end" of each entry's mentions, so a repeated mention is found without scanning the list. */
  private readonly mentionKeys = new Map<Entry, Set<string>>();
  /** Every word of every person's name so far (a superset: names only grow), to rule out matches in O(1). */
  private readonly personWords = new Set<string>();
  private readonly byKey = new Map<string, Entry>();
  /** Persons, most recent last. */
  private readonly persons: Entry[] = [];
  /** Headline speakers named only by a title ("Mayor: …"), waiting for the body to introduce that person. */
  private readonly pendingRoles: PendingRole[] = [];
  /** The line of the article's first paragraph below the headline (ledeLine), found once. */
  private lede: number | undefined;

  private writerEntry: Entry | undefined;
  /** The author of the text that spoke last ("the email" resolved to its sender): who "it said" goes on with. */
  private latestText: { entry: Entry; end: number; line: number } | null = null;
  /** The latest unnamed single speaker ("the woman", "a spokesman for Acme"): who "she" or "he" may be next. */
  private latestUnnamed: Entry | null = null;
  /** The first person named in each paragraph outside quotation marks: its subject, the likeliest "he" or "she". */
  private readonly paragraphSubject = new Map<number, { entry: Entry; at: number }>();
  /** The first few persons named in each paragraph outside quotation marks, in order: a subject of either gender. */
  private readonly paragraphPersons = new Map<number, Array<{ entry: Entry; at: number }>>();
  private quoted: SpanIndex = new SpanIndex([]);
  /** The gender the whole article gives each surname (documentGender.ts), computed on first need. */
  private docGenders: Map<string, Gender> | undefined;
  private sentences = new NarrationSentences([], () => false);
  /** The speaker of the latest quote attributed so far: "she" most often goes on with that one. */
  private latestSpeech: { entry: Entry; at: number } | null = null;
  /** The person asked a question in each paragraph ("Hale asked Rivera whether …"): who answers next. */
  private readonly answerer = new Map<number, { entry: Entry; at: number }>();
  /** Per acronym, how far the text has been searched for its spelled-out name, and the name found. */
  private readonly acronyms = new Map<string, { scannedTo: number; found: string | null }>();

  /** Names people go by, from "X, known as Y" (aliases.ts). */
  private readonly aliases: Map<string, string[]>;

  /**
   * @param trace for training only (scripts/speakers/train-antecedents.ts): called with every learned antecedent
   *   choice, its candidates and their features.
   */
  constructor(
    private readonly doc: Doc,
    private readonly trace?: (choice: AntecedentChoice) => void,
  ) {
    this.aliases = personAliases(doc);
  }

  /** The quoted passages: a name inside the marks is not the paragraph's subject ("'Ask Varga,' he said"). */
  setQuoted(spans: ReadonlyArray<{ start: number; end: number }>): void {
    this.quoted = new SpanIndex(spans);
    this.sentences = new NarrationSentences(this.doc.tokens, (from, to) => this.quoted.overlaps(from, to));
  }

  private noteSubject(e: Entry, at: number, end: number, line: number): void {
    if (e.type !== 'person' || this.quoted.overlaps(at, end)) return;
    let named = this.paragraphPersons.get(line);
    if (!named) this.paragraphPersons.set(line, (named = []));
    if (named.length < PARAGRAPH_PERSONS && !named.some((n) => n.entry === e)) named.push({ entry: e, at });
    if (!this.paragraphSubject.has(line)) this.paragraphSubject.set(line, { entry: e, at });
  }

  /**
   * The paragraph's first person of a compatible gender named before `at`: "Ms. Ortiz pledged unity, Mr. Hale
   * insisted on change. 'Nothing will happen,' he said" is Hale, though Ortiz opens the paragraph.
   */
  private subjectOf(line: number, at: number, compatible: (e: Entry) => boolean): { entry: Entry; at: number } | null {
    // "In a letter to Blake, Priya Raman said …": a person after a preposition is named first but is not the subject
    let oblique: { entry: Entry; at: number } | null = null;
    for (const n of this.paragraphPersons.get(line) ?? []) {
      if (n.at >= at || !compatible(n.entry)) continue;
      if (this.roleOfMention(n.entry, n.at) !== 'oblique') return n;
      oblique ??= n;
    }
    return oblique;
  }

  private add(entry: Entry): Entry {
    let key = entry.key;
    for (let n = 2; this.byKey.has(key); n++) key = `${entry.key}-${n}`;
    entry.key = key;
    this.byKey.set(key, entry);
    this.entries.push(entry);
    if (entry.type === 'person') this.persons.push(entry);
    return entry;
  }

  private newEntry(name: string, type: SpeakerType, at: number): Entry {
    const slug =
      name
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'speaker';
    return this.add({
      key: slug,
      name,
      type,
      words: [],
      roleWords: new Set(),
      countries: new Set(),
      plural: false,
      lastSeen: at,
      lastSpoke: -1,
      lastSpokeLine: -10,
      mentions: [],
      quoteCount: 0,
      isSpeaker: false,
    });
  }

  private setRole(e: Entry, role: string | undefined): void {
    if (!role) return;
    const clean = role.replace(/^(?:the|former|its|his|her|their|our)\s+/i, '').trim();
    if (!clean) return;
    if (/^(?:the\s+)?former\s/i.test(role)) e.roleWords.add('former');
    if (!e.role) e.role = clean;
    for (const w of clean.split(/\s+/)) {
      const lower = w.toLowerCase().replace(POSSESSIVE, '').replace(/\.$/, '');
      const country = countryOf(w) ?? (POSSESSIVE.test(w) ? lower : undefined);
      if (country) e.countries.add(country);
      e.roleWords.add(lower);
      for (const alias of ROLE_ALIASES.get(lower) ?? []) e.roleWords.add(alias);
    }
    const words = ` ${clean.toLowerCase().replace(/\s+/g, ' ')} `;
    for (const [phrase, aliases] of ROLE_ALIASES)
      if (phrase.includes(' ') && words.includes(` ${phrase} `)) for (const a of aliases) e.roleWords.add(a);
  }

  /** A person name seen at `at` (with an optional title): the person it denotes, created on first sight. */
  person(rawName: string, at: number, role?: string, honorific?: string): Entry | null {
    const titled = leadingTitle(cleanName(rawName));
    const name = titled.name;
    if (titled.title && !role) role = titled.title;
    // the name's words without honorifics, split once: as written (the display name) and in lower case
    const shown: string[] = [];
    const words: string[] = [];
    for (const w of name.split(' ')) {
      const lower = w.toLowerCase();
      if (HONORIFICS.has(lower)) continue;
      shown.push(w);
      words.push(lower);
    }
    if (words.length === 0 || (words.length === 1 && NEVER_A_PERSON.has(words[0]))) return null;
    const h = honorific?.toLowerCase();
    // "Joko Widodo, known as Jokowi," … "Jokowi said": the alias is the person named in full
    const aliasOf = this.aliases.get(words.join(' '));
    let found = (aliasOf && this.matchPerson(aliasOf)) || this.matchPerson(words, honorificGender(h));
    const fresh = !found && words.length === 1;
    if (found) {
      if (words.length > found.words.length) {
        // "Putin" first, "Vladimir Putin" later: the fuller name becomes canonical
        found.words = words;
        found.name = shown.join(' ');
      }
    } else {
      found = this.newEntry(displayCase(shown.join(' ')), 'person', at);
      found.words = words;
    }
    for (const w of found.words) this.personWords.add(w);
    this.setRole(found, role);
    const office = h ? HONORIFIC_OFFICE.get(h) : undefined;
    if (office) for (const w of [office, ...(ROLE_ALIASES.get(office) ?? [])]) found.roleWords.add(w);
    if (h && (MALE_HONORIFICS.has(h) || FEMALE_HONORIFICS.has(h))) {
      found.gender = MALE_HONORIFICS.has(h) ? 'male' : 'female';
      found.genderFrom = 'honorific';
    } else if (found.genderFrom !== 'honorific' && found.genderFrom !== 'noun' && (found.words.length >= 2 || fresh)) {
      // "Angela Merkel": the first name tells; a lone word ("Warren") may be the surname of someone named before, so
      // only a lone word first seen alone is read as a first name ("his wife, Kathryn,")
      const g = firstNameGender(found.words[0]);
      if (g) {
        found.gender = g;
        found.genderFrom = 'name';
      } else forgetLoneNameGender(found, words.length);
    }
    found.lastSeen = at;
    this.touchPerson(found);
    if (this.pendingRoles.length > 0) this.fillPendingRoles(found);
    return found;
  }

  /** The person an incoming name denotes, if named before: by surname, first name or the full name. */
  /** `gender`: from an honorific ("Mr. Lindquist"), so that a namesake of the other sex is passed over. */
  private matchPerson(words: string[], gender?: Gender): Entry | null {
    const last = words[words.length - 1];
    let found: Entry | null = null;
    // Every match below needs `last` among some person's words: a name never seen skips the scan, which would
    // otherwise make an article with thousands of different people quadratic.
    const mayMatch = this.personWords.has(last);
    // a lone word is a surname first ("Clinton" is Hillary Clinton, not a "Clinton Chief" the recognizer glued), and
    // only failing that another word of a name ("Hillary")
    if (words.length === 1 && mayMatch) found = this.bySurname(last, gender);
    for (let i = this.persons.length - 1; i >= 0 && !found && mayMatch; i--) {
      const p = this.persons[i];
      const pLast = p.words[p.words.length - 1];
      if (words.length === 1) {
        if (p.words.includes(last)) found = p;
      } else if (
        pLast === last &&
        (p.words.length === 1 ||
          sameGivenName(p.words[0], words[0]) ||
          p.words.join(' ') === words.join(' ') ||
          particleSurnameOf(words, p.words) ||
          compoundSurnameOf(words, p.words))
      )
        found = p;
    }
    return found ?? (words.length === 1 ? this.misspelledSurname(last) : null);
  }

  /**
   * "Keidis continued" after "Anthony Kiedis": a lone word that is a named person's surname with two neighbouring
   * letters swapped is that person, a writer's slip. Long words only ("Lee" / "Lea" may be two people).
   */
  private misspelledSurname(word: string): Entry | null {
    if (word.length < 5) return null;
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - TYPO_SCAN); i--) {
      const p = this.persons[i];
      if (p.words.length >= 2 && isTransposition(word, p.words[p.words.length - 1])) return p;
    }
    return null;
  }

  /**
   * The latest person whose name ends in `surname`; with a `gender` ("Mr. Lindquist" after "Carol Lindquist" and
   * "Gary Lindquist"), the latest of that gender or of none known, else the latest. (Preferring, among namesakes, the
   * one already called by the surname or the one introduced first was tried: neutral on train, 2 quotes worse on dev.)
   */
  private bySurname(surname: string, gender?: Gender): Entry | null {
    let any: Entry | null = null;
    let latest: Entry | null = null;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i];
      if (p.words[p.words.length - 1] !== surname) continue;
      if (gender && p.gender && p.gender !== gender) {
        any ??= p;
        continue;
      }
      // "Marisol Ocampo says her grandmother, Lita Ocampo, was sent home. '…,' Ocampo said": of two namesakes the
      // one who has spoken is the one named again to speak, not the one merely talked about since
      if (!latest) latest = p;
      else if (latest.lastSpoke < 0 && p.lastSpoke < 0 && isKinOfSomeone(latest) && !isKinOfSomeone(p)) {
        // "Hillary Clinton campaigned with her husband, Bill Clinton. '…,' Clinton said": of namesakes none has spoken
        // yet, one introduced as another's kin is not the one the bare surname means
        latest = p;
        continue;
      }
      if (latest.lastSpoke >= 0 || p.lastSpoke >= 0) return p.lastSpoke >= 0 && latest.lastSpoke < 0 ? p : latest;
    }
    return latest ?? any;
  }

  /**
   * Features name family members by first name once both are introduced ("says Kerensa" after "Kerensa Pascoe" and
   * her father "Jago Pascoe"): a lone word that is the first name of exactly one person named in full is that person,
   * whatever the recognizer made of it.
   */
  private byGivenName(given: string): Entry | null {
    const named = this.persons.filter((p) => p.words.length >= 2 && p.words[0] === given);
    return named.length === 1 ? named[0] : null;
  }

  private touchPerson(e: Entry): void {
    const i = this.persons.lastIndexOf(e); // the one touched is usually among the most recent
    if (i >= 0 && i !== this.persons.length - 1) {
      this.persons.splice(i, 1);
      this.persons.push(e);
    }
  }

  private organization(name: string, at: number): Entry {
    const key = name.toLowerCase().replace(/^the\s+/, '');
    for (const e of this.entries)
      if (e.type === 'organization' && e.name.toLowerCase().replace(/^the\s+/, '') === key) return e;
    const same = this.acronymMatch(name.replace(/^the\s+/i, ''), at) ?? this.shortNameMatch(key, at);
    if (same) return same;
    const e = this.newEntry(name, 'organization', at);
    e.words = key.split(' ');
    return e;
  }

  /**
   * One organization under its name and its acronym: "the DNC" after "the Democratic National Committee" is that
   * committee, and "the Democratic National Committee" after "the DNC" names the entry in full.
   */
  private acronymMatch(bare: string, at: number): Entry | null {
    if (ACRONYM.test(bare)) {
      for (const e of this.entries) if (e.type === 'organization' && initials(e.name) === bare) return e;
      for (const o of this.bodyOrganizations) {
        if (o.start >= at) break;
        if (initials(o.text) === bare) return this.organization(o.text.replace(/['’]s$/, ''), at);
      }
      // the recognizer may have missed the full name: its capitalised words spell the acronym
      const spelled = this.spelledOutBefore(bare, at);
      return spelled ? this.organization(spelled, at) : null;
    }
    const letters = initials(bare);
    if (letters.length < 2) return null;
    for (const e of this.entries) {
      if (e.type !== 'organization' || e.name.replace(/^the\s+/i, '') !== letters) continue;
      e.name = bare;
      e.words = bare.toLowerCase().split(' ');
      return e;
    }
    return null;
  }

  /**
   * The acronym's spelled-out name before `at`, scanning each stretch of text once per acronym (and for a bounded
   * number of acronyms), so that an article of thousands of "ABC said" stays linear.
   */
  private spelledOutBefore(acronym: string, at: number): string | null {
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
  private shortNameMatch(key: string, at: number): Entry | null {
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

  /** A phrase's capitalized words before its name, with the name ("Democratic National | Council"), past "the". */
  private capitalRun(phrase: Phrase): string | null {
    const { tokens, text } = this.doc;
    let from = phrase.from;
    if (tokens[from].lower === 'the') from++;
    if (from >= phrase.nameFrom) return null;
    for (let i = from; i < phrase.nameFrom; i++) if (!tokens[i].cap || !tokens[i].word) return null;
    return text.slice(tokens[from].start, tokens[phrase.nameTo - 1].end);
  }

  /** The text of the organization the recognizer found ending at `end` and starting at or after `from`, if any. */
  private organizationWithin(from: number, end: number): string | null {
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
  private latestOrganization(at: number, head?: string): Entry | null {
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
  private latestNamedOrganization(at: number, fits: (name: string) => boolean, business: boolean): Span | null {
    const orgs = this.bodyOrganizations;
    for (let i = orgs.length - 1; i >= 0; i--) {
      const o = orgs[i];
      if (o.end > at) continue;
      if (at - o.start > ORG_ANAPHOR_REACH) return null;
      // nor a country the recognizer read as an organization ("US prosecutors")
      const place = business && lookupPlace(o.text) !== undefined;
      if (!this.quoted.overlaps(o.start, o.end) && fits(o.text) && !place) return o;
    }
    return null;
  }

  private anonymous(description: string, at: number, plural: boolean): Entry {
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

  /** Resolves a speaker phrase at its place in the text. Call in text order. */
  resolve(phrase: Phrase, attributes: boolean): Resolution {
    // "Both Voss and Hale said": the quantifier opening two names joined by "and" names no one ("both men" stays)
    if (
      this.doc.tokens[phrase.from].lower === 'both' &&
      this.doc.tokens.slice(phrase.from, phrase.to).some((t) => t.lower === 'and')
    )
      phrase = { ...phrase, from: phrase.from + 1, nameFrom: Math.max(phrase.nameFrom, phrase.from + 1) };
    const joint = this.jointNames(phrase);
    if (joint) {
      const first = this.resolve(joint[0], attributes);
      const second = this.resolve(joint[1], attributes);
      if (first.entry && second.entry && first.entry !== second.entry)
        return { ...first, certainty: Math.min(first.certainty, second.certainty), others: [second.entry] };
      return first.entry ? first : second;
    }
    const { tokens, text } = this.doc;
    const at = tokens[phrase.from].start;
    const line = tokens[phrase.from].line;
    const phraseText = text.slice(at, tokens[phrase.to - 1].end);
    let r: Resolution;
    // "Sheffield council is to raise tax after its leader warned …" in the lede; "Holloway, who leads the authority,"
    // below: an office of the body the lede is about waits for its holder, as a headline's title does
    const ledeOffice = phrase.kind === 'description' ? this.ledeOffice(phrase, line) : null;
    if (ledeOffice)
      return this.deferRole(
        ledeOffice,
        { start: at, end: tokens[phrase.to - 1].end, text: phraseText },
        attributes,
        true,
      );
    const role = phrase.kind === 'pronoun' ? null : this.roleOnly(phrase);
    const again = this.describedAgain(phrase, role?.head, at, line);
    if (again) r = again;
    else if (role) {
      const person = this.byRole(role.head, role.modifiers, at);
      if (person) r = { entry: person, certainty: 0.8, basis: 'title matched to a person named earlier' };
      else if (this.inHeadline(line))
        return this.deferRole(role, { start: at, end: tokens[phrase.to - 1].end, text: phraseText }, attributes);
      // "the ranking Democrat, Senator Dianne Whitford, said": a party member no one named is described, not a name
      else if (phrase.kind === 'name' && !PARTY_MEMBER_NOUNS.has(role.head)) r = this.name(phrase, at);
      else r = this.description(phrase, phraseText, at);
    } else if (phrase.kind === 'pronoun') r = this.pronoun(tokens[phrase.from].lower, at, line);
    else if (phrase.kind === 'name') r = this.name(phrase, at);
    else r = this.description(phrase, phraseText, at);
    if (r.entry && attributes) {
      r.entry.isSpeaker = true;
      r.entry.lastSpoke = at;
      r.entry.lastSpokeLine = line;
      r.entry.quoteCount++;
      this.latestSpeech = { entry: r.entry, at };
      if (r.entry.type === 'person') this.touchPerson(r.entry);
      else if (r.entry.someone && !r.entry.plural) this.latestUnnamed = r.entry;
    }
    if (r.entry) {
      const m: Span = { start: at, end: tokens[phrase.to - 1].end, text: phraseText };
      this.addMention(r.entry, m);
      r.entry.lastSeen = at;
      if (phrase.kind === 'name') this.noteSubject(r.entry, m.start, m.end, line);
    }
    return r;
  }

  /**
   * A quote that goes on with the speaker of an earlier one ('"…," a city hall official said.' ¶ '"Nobody here …"'):
   * the speaker has spoken again here, so a "he" in the next paragraph is still near them.
   */
  continued(entry: Entry, at: number, line: number): void {
    if (at <= entry.lastSpoke) return;
    entry.lastSpoke = at;
    entry.lastSpokeLine = line;
    this.latestSpeech = { entry, at };
    if (entry.type === 'person') this.touchPerson(entry);
    else if (entry.someone && !entry.plural) this.latestUnnamed = entry;
  }

  /** For training only: resolves the pronoun at `at` as a speaker's would be (traced), attributing nothing. */
  probePronoun(at: number): void {
    const t = this.doc.tokens[this.doc.tokenAt(at)];
    if (t && t.start === at) this.pronoun(t.lower, at, t.line);
  }

  /**
   * "Fisheries and Oceans Canada says": names joined over "and" that one organization covers, their name included,
   * are that organization ("Constable Priya Sandhu of Bedfordshire Police" is hers).
   */
  private organizationCovering(phrase: Phrase, at: number): Resolution | null {
    const { tokens } = this.doc;
    if (phrase.to <= phrase.nameTo) return null;
    const end = tokens[phrase.to - 1].end;
    if (!this.entities.organizations.covers(tokens[phrase.nameFrom].start, end)) return null;
    const name = this.organizationWithin(tokens[phrase.from].start, end);
    return name ? { entry: this.organization(name, at), certainty: 0.55, basis: 'organization or place' } : null;
  }

  private name(phrase: Phrase, at: number): Resolution {
    phrase = this.personBeforeOf(phrase);
    const { tokens, text } = this.doc;
    const covering = this.organizationCovering(phrase, at);
    if (covering) return covering;
    const nameStart = tokens[phrase.nameFrom].start;
    const nameEnd = tokens[phrase.nameTo - 1].end;
    const name = text.slice(nameStart, nameEnd);
    // "Vantor Semiconductor Corp.": a company's legal ending keeps its abbreviation's dot
    const lastWord = tokens[phrase.nameTo - 1].lower.replace(POSSESSIVE, '').replace(/\.$/, '');
    const isOrg = this.entities.organizations.overlaps(nameStart, nameEnd) || ORG_NAME_WORDS.has(lastWord);
    // "Mr. Voss": an honorific makes a person of a name the recognizer missed
    const isPerson =
      this.entities.people.overlaps(nameStart, nameEnd) ||
      holdsPersonParticle(tokens, phrase) ||
      (phrase.nameFrom > 0 && HONORIFICS.has(tokens[phrase.nameFrom - 1].lower));
    // a country or city that speaks is its government: an organization, not a person
    const isPlace = this.entities.places.covers(nameStart, nameEnd);
    // a person can be no coalition: the appositive overrules the recognizer ("Waters Alba" read as a person)
    const body = isPerson || isPlace ? this.bodyByApposition(phrase, name, at) : this.bodyByForm(phrase, name, at);
    if (body) return body;
    const local =
      this.demonymSpeaker(phrase, name, at) ??
      this.family(phrase, lastWord) ??
      (phrase.nameTo - phrase.nameFrom === 1 ? this.loneWordName(phrase, name, lastWord, isPerson, at) : null);
    if (local) return local;
    const government = isPerson ? null : this.nationGovernment(phrase, name, at);
    if (government) return government;
    // "Carson said" after "Ben Carson": a lone word that is the surname of someone named is that person, whatever
    // the recognizer made of it (a town, a company)
    const surnameOf = !isPerson && phrase.nameTo - phrase.nameFrom === 1 ? this.bySurname(lastWord) : null;
    if (surnameOf && surnameOf.words.length >= 2) {
      const entry = this.person(name, at, phrase.role);
      return { entry, certainty: SURNAME_CERTAINTY, basis: 'surname of a person named earlier' };
    }
    const given = this.byFirstName(phrase, lastWord, isPerson || surnameOf !== null);
    if (given) return given;
    if (!isPerson && this.officeOf(phrase)) {
      const office: Phrase = { ...phrase, kind: 'description', nameFrom: phrase.to, nameTo: phrase.to };
      return this.description(office, text.slice(tokens[phrase.from].start, nameEnd), at);
    }
    if ((isOrg || isPlace) && !isPerson && !this.roleMakesPerson(phrase, name, lastWord, isOrg, isPlace)) {
      // "the Democratic National Council": the recognizer's whole name, not only the words after a title-like one
      const cut = phrase.nameFrom > phrase.from;
      const whole = cut
        ? (this.organizationWithin(tokens[phrase.from].start, nameEnd) ?? this.capitalRun(phrase) ?? name)
        : name;
      return {
        entry: this.organization(withArticle(tokens, phrase, whole), at),
        certainty: 0.55,
        basis: 'organization or place',
      };
    }
    return this.personNamed(phrase, name, isPerson, at);
  }

  /** The person a name denotes (with the honorific before it), unless its form says a body's ("The … Society"). */
  private personNamed(phrase: Phrase, name: string, isPerson: boolean, at: number): Resolution {
    const { tokens } = this.doc;
    const honorific =
      phrase.nameFrom > phrase.from && HONORIFICS.has(tokens[phrase.nameFrom - 1].lower)
        ? tokens[phrase.nameFrom - 1].lower
        : undefined;
    const body = isPerson || honorific ? null : this.bodyAfterThe(phrase, at);
    if (body) return body;
    const entry = this.person(name, at, phrase.role, honorific);
    // "Clinton said" where Hillary and Bill Clinton were both named: the pick among namesakes is a guess
    const gender = honorificGender(honorific);
    if (isPerson && entry && phrase.nameTo - phrase.nameFrom === 1 && this.namesakes(entry, gender) > 1)
      return { entry, certainty: NAMESAKE_CERTAINTY, basis: 'surname shared by people named earlier' };
    return {
      entry,
      certainty: isPerson ? 0.97 : 0.45,
      basis: isPerson ? 'person named' : 'name not recognized as a person',
    };
  }

  /** How many people named in full share the surname of `e`, of `gender` or of no known gender ("Mrs. Clinton"). */
  private namesakes(e: Entry, gender: Gender | undefined): number {
    if (e.words.length < 2) return 0;
    const surname = e.words[e.words.length - 1];
    let n = 0;
    // the people named lately: namesakes stand near each other, and a hostile text of thousands stays linear
    for (let i = Math.max(0, this.persons.length - NAMESAKE_SCAN); i < this.persons.length; i++) {
      const p = this.persons[i];
      if (
        p.words.length >= 2 &&
        p.words[p.words.length - 1] === surname &&
        (!gender || !p.gender || p.gender === gender)
      )
        n++;
    }
    return n;
  }

  /** A lone first name that is one person's named in full earlier ("says Kerensa"), unless `skip`. */
  private byFirstName(phrase: Phrase, lastWord: string, skip: boolean): Resolution | null {
    if (skip || phrase.nameTo - phrase.nameFrom !== 1) return null;
    const given = this.byGivenName(lastWord);
    if (!given) return null;
    this.touchPerson(given);
    return { entry: given, certainty: SURNAME_CERTAINTY, basis: 'first name of a person named earlier' };
  }

  /**
   * "Sharmin Akter Rumi, a forecaster at …": a name the recognizer took for an organization or a place is a person
   * when it has a person's role, unless the gazetteer knows it as a place (the recognizer tags names it never saw as
   * places too) or it completes a body's name ("Department of Technical Education").
   */
  private roleMakesPerson(phrase: Phrase, name: string, lastWord: string, isOrg: boolean, isPlace: boolean): boolean {
    const { tokens } = this.doc;
    const unknownPlace =
      isPlace &&
      !lookupPlace(name) &&
      !tokens.slice(phrase.from, phrase.nameFrom).some((t) => DESCRIPTION_LINKS.has(t.lower));
    return (isOrg || unknownPlace) && this.personWithRole(phrase, name, lastWord);
  }

  /**
   * "MSF", "the WHO": capitals that spell a body's name, not a surname in capitals ("FALLIN:" labelling Mary Fallin's
   * turn). A long one must be spelled out before: short surnames in capitals are rare, long acronyms rarer.
   */
  private isAcronymName(bare: string, at: number): boolean {
    if (!ACRONYM.test(bare) || this.bySurname(bare.toLowerCase())) return false;
    return bare.length <= SHORT_ACRONYM || this.acronymMatch(bare, at) !== null;
  }

  /**
   * "The Planetary Society said", "the Serbian Tennis Federation said": a name of several capitalized words after "the"
   * names no person (people go without the article), so one the recognizer missed is a body's.
   */
  private bodyAfterThe(phrase: Phrase, at: number): Resolution | null {
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
  private bodyByApposition(phrase: Phrase, name: string, at: number): Resolution | null {
    if (phrase.nameTo !== phrase.to || !bodyInApposition(this.doc.tokens, phrase.nameTo)) return null;
    // a body the recognizer found is named whole by the organization path ("The National Rifle Association, which …")
    const { tokens } = this.doc;
    if (this.entities.organizations.overlaps(tokens[phrase.nameFrom].start, tokens[phrase.nameTo - 1].end)) return null;
    const entry = this.organization(withArticle(tokens, phrase, name), at);
    return { entry, certainty: 0.55, basis: 'a body, as its appositive says' };
  }

  private bodyByForm(phrase: Phrase, name: string, at: number): Resolution | null {
    const { tokens } = this.doc;
    // "St. Brendan's said": a name in the possessive before its verb is a business's or a body's
    if (phrase.nameTo === phrase.to && POSSESSIVE_TOKEN.test(tokens[phrase.nameTo - 1].text))
      return { entry: this.organization(name, at), certainty: 0.55, basis: 'organization named in the possessive' };
    // "MSF said", "the WHO said": a lone acronym no one is named by is a body's, spelled out earlier or not
    if (this.isAcronymName(name.replace(/^the\s+/i, ''), at))
      return { entry: this.organization(withArticle(tokens, phrase, name), at), certainty: 0.55, basis: 'acronym' };
    const apposed = this.bodyByApposition(phrase, name, at);
    if (apposed) return apposed;
    // "the state Department of Transportation said": a body's noun, "of" and a name is that body, not a person
    // "Transportation"
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

  /**
   * "Curtis and Loretta Jamison raise cattle … 'We have been cutting back,' the Jamisons said": a surname in the
   * plural after "the" is the family the article named, who speak together.
   */
  private family(phrase: Phrase, lastWord: string): Resolution | null {
    const { tokens } = this.doc;
    if (phrase.nameTo - phrase.nameFrom !== 1 || tokens[phrase.nameFrom - 1]?.lower !== 'the') return null;
    if (!/[^s]s$/.test(lastWord)) return null;
    const surname = lastWord.slice(0, -1);
    if (!this.personWords.has(surname)) return null;
    // the most recently touched persons, a bounded few: an article of thousands of names stays linear
    const members: Entry[] = [];
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - FAMILY_SCAN); i--) {
      const p = this.persons[i];
      if (p.words.length >= 2 && p.words[p.words.length - 1] === surname && members.length < MAX_FAMILY)
        members.push(p);
    }
    if (members.length === 0) return null;
    const [first, ...others] = members.reverse();
    return { entry: first, certainty: SURNAME_CERTAINTY, basis: 'a family named earlier', others };
  }

  /** "the Saudis state", "the Russians insisted": a nation speaking, after "the", is its government. */
  private nationGovernment(phrase: Phrase, name: string, at: number): Resolution | null {
    const { tokens } = this.doc;
    const government = nationSpeaking(name);
    if (!government || (tokens[phrase.from].lower !== 'the' && tokens[phrase.from - 1]?.lower !== 'the')) return null;
    return { entry: this.organization(government, at), certainty: 0.55, basis: 'a nation speaking: its government' };
  }

  /**
   * A one-word name that is not what its capital suggests: a document noun opening the sentence ("Excerpts from the
   * report show …"), or a headline's name the article gives in full below it ("Rivera Says …" above "Ana Rivera").
   */
  private loneWordName(
    phrase: Phrase,
    name: string,
    lastWord: string,
    isPerson: boolean,
    at: number,
  ): Resolution | null {
    if (!isPerson && phrase.from === phrase.nameFrom) {
      const written = this.describe(phrase, name);
      const document =
        written && documentNounAt(this.doc, written.words) === 0 ? this.documentSpeaker(written, at) : null;
      if (document) return document;
    }
    // someone already named with that surname is who it is: the look below a headline is for names not yet seen
    const named = this.bySurname(lastWord);
    const below = named && named.words.length >= 2 ? null : this.namedBelowHeadline(lastWord, at);
    if (!below) return isPerson ? null : this.ordinaryWordSpeaker(phrase, name, lastWord, at);
    return below.type === 'person'
      ? {
          entry: this.person(below.name, at),
          certainty: SURNAME_CERTAINTY,
          basis: 'surname of a person named below the headline',
        }
      : { entry: this.organization(below.name, at), certainty: 0.55, basis: 'organization named below the headline' };
  }

  /**
   * "What happened next, Trump said, …", "Related: …", "Critics say …": a lone capital word the recognizer took for
   * nothing and the lexicon knows only as an ordinary word names no one. A plural or a quantifier is a group of
   * unnamed sources ("critics", "many"); any other such word is no speaker at all, rather than a person called "What".
   */
  private ordinaryWordSpeaker(phrase: Phrase, name: string, lastWord: string, at: number): Resolution | null {
    const t = this.doc.tokens[phrase.nameFrom];
    const { organizations, places } = this.entities;
    if (organizations.overlaps(t.start, t.end) || places.overlaps(t.start, t.end)) return null;
    if (isFirstName(lastWord) || this.bySurname(lastWord)) return null;
    if (!NEVER_A_SPEAKER.has(lastWord) && lexiconTags(lastWord) !== 'w') return null;
    if (NEVER_A_SPEAKER.has(lastWord)) return { entry: null, certainty: 0 };
    const plural = QUANTIFIERS.has(lastWord) || PLURAL_OPENERS.has(lastWord) || /[^s]s$/.test(lastWord);
    if (!isSpeakerNoun(lastWord) && !QUANTIFIERS.has(lastWord) && !PLURAL_OPENERS.has(lastWord)) return null;
    const entry = this.anonymous(name.toLowerCase(), at, plural);
    return { entry, certainty: 0.6, basis: 'unnamed source' };
  }

  /**
   * "the MP for Carleton", "the Minister of Health": an office of a place or a body, after "the", describes its
   * holder; the place is no speaker ("the Carleton").
   */
  private officeOf(phrase: Phrase): boolean {
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
   * "the Texan said", "the New Yorker added": one resident of a place, as a description, is the person the passage is
   * about (as "the senator" is when no title matches). "the Russian" only when that person is tied to Russia.
   */
  private demonymSpeaker(phrase: Phrase, name: string, at: number): Resolution | null {
    const { tokens } = this.doc;
    if (tokens[phrase.from].lower !== 'the') return null;
    const word = name.split(' ').pop() ?? '';
    const country = demonymCountry(word)?.toLowerCase();
    if (!country && !REGIONAL_DEMONYMS.has(word.toLowerCase())) return null;
    const s = this.salient(undefined, at, tokens[phrase.from].line);
    const fits = s.entry && s.basis !== LATEST_NAMED;
    if (fits && (!country || s.entry?.countries.has(country) || this.nationalityUntold(s, country)))
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

  /** The person named most recently, within a few paragraphs, whom the text tied to `country`. */
  private latestFrom(country: string, at: number): Entry | null {
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - RIVAL_SCAN); i--) {
      const p = this.persons[i];
      if (p.lastSeen < at && at - p.lastSeen <= ORG_ANAPHOR_REACH && p.countries.has(country)) return p;
    }
    return null;
  }

  /** "Sweden's Henrik Lind won … 'I felt strong,' the Swede said": the latest person named as of that country. */
  private namedFrom(country: string, at: number): Entry | null {
    const span = latestTiedTo(this.doc.text, this.doc.people, country, at);
    return span ? this.person(span.text, span.start) : null;
  }

  /**
   * "South Africa coach Hugo Broos praised his players. 'We suffered,' the Belgian said": a nationality the text never
   * gave may still be the paragraph's own speaker or subject's, when no one else named lately is tied to that country.
   */
  private nationalityUntold(s: Resolution, country: string): boolean {
    // the person the paragraph before introduced counts too: "Rovers manager Stefan Lindqvist was full of praise."
    const basis = s.basis?.split(';')[0];
    if (!PARAGRAPH_BASES.has(basis) && basis !== INTRODUCED) return false;
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - RIVAL_SCAN); i--)
      if (this.persons[i] !== s.entry && this.persons[i].countries.has(country)) return false;
    return true;
  }

  /**
   * "Ada Lapp, executive director of the Harbour PAC, said": an appositive headed by a person's role makes a name
   * shaped like a person's a person's, whatever the recognizer made of it (an unknown first name read as a company).
   */
  private personWithRole(phrase: Phrase, name: string, lastWord: string): boolean {
    const { tokens, text } = this.doc;
    // only a name shaped like a person's: "Ada Lapp", not "the Harbour Agency" or "Harbour Restaurant Association"
    if (ORG_NAME_WORDS.has(lastWord) || tokens[phrase.from].lower === 'the') return false;
    if (!/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u.test(name)) return false;
    let role = phrase.role;
    if (!role && tokens[phrase.nameTo]?.text === ',') {
      const app = phraseRight(tokens, phrase.nameTo + 1, Math.min(tokens.length, phrase.nameTo + 12), text);
      if (app && app.kind === 'description') role = text.slice(tokens[app.from].start, tokens[app.to - 1].end);
    }
    if (!role) return false;
    const words = role.toLowerCase().split(/\s+/);
    const link = words.findIndex((w, i) => i > 0 && DESCRIPTION_LINKS.has(w));
    const head = words[(link > 0 ? link : words.length) - 1].replace(/[,.]$/, '');
    return ROLE_NOUNS.has(head) || isProfessionNoun(head) || personNounGender(head) !== undefined;
  }

  /**
   * "Russia's President Vladimir Putin and Japan's Prime Minister Shinzo Abe agreed": two names joined by "and", each
   * a speaker. Null unless both sides are names ("Johnson and Johnson" is one company: the recognizer says so).
   */
  private jointNames(phrase: Phrase): [Phrase, Phrase] | null {
    if (phrase.kind !== 'name') return null;
    const { tokens, text } = this.doc;
    let and = -1;
    for (let i = phrase.from + 1; i < phrase.to - 1; i++) if (tokens[i].lower === 'and') and = i;
    if (and < 0) return null;
    if (this.entities.organizations.overlaps(tokens[and].start, tokens[and].end)) return null;
    // "Halifax Search and Rescue manager Dave Ross", "Fisheries and Oceans Minister Ann Roy": "and" inside the name
    // of a body is no second speaker
    if (this.entities.people.overlaps(tokens[and].start, tokens[and].end) || this.bodyWordAfter(and)) return null;
    const left = phraseLeft(tokens, and, phrase.from, text);
    const right = phraseLeft(tokens, phrase.to, and + 1, text);
    if (
      !left ||
      !right ||
      left.kind !== 'name' ||
      right.kind !== 'name' ||
      left.from !== phrase.from ||
      right.from !== and + 1
    )
      return null;
    return [left, right];
  }

  /**
   * "Fisheries and Oceans Minister": after "and", a capitalized word that is no person's name, title, nationality or
   * possessor ("Japanese Prime Minister Abe", "Japan's", "Abe" would be) goes on with the name of a body.
   */
  private bodyWordAfter(and: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[and + 1];
    if (!t || !t.cap || HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower) || countryOf(t.text)) return false;
    if (POSSESSIVE.test(tokens[and + 2]?.text ?? '')) return false;
    // "Voss and Hale said": the surname of someone named before is a second person, not a body's name going on
    if (this.bySurname(t.lower)) return false;
    return !this.entities.people.overlaps(t.start, t.end) && !isFirstName(t.lower);
  }

  /**
   * "Senator John McCain of Arizona", "Mr. Nevins of Showtime": the name is the person before "of", the rest says
   * where they come from. "Secretary of State John Kerry" (a title before "of") stays as it is.
   */
  private personBeforeOf(phrase: Phrase): Phrase {
    const { tokens } = this.doc;
    // the first "of" after a person: "Geneviève Roy of the University of Ottawa" is Roy, not "Roy of the University"
    for (let of = phrase.from + 1; of < phrase.nameTo - 1; of++) {
      if (tokens[of].lower !== 'of') continue;
      const person = this.personEndingAt(phrase, of);
      if (person) return person;
    }
    return phrase;
  }

  /**
   * The person whose name ends right before the "of" at `of`, the rest of the phrase saying where they come from;
   * "of the" too: "Chief Ava Morningstar of the Red Pine Lake First Nation".
   */
  private personEndingAt(phrase: Phrase, of: number): Phrase | null {
    const { tokens } = this.doc;
    let from = of;
    while (
      from - 1 >= phrase.from &&
      tokens[from - 1].cap &&
      tokens[from - 1].word &&
      !HONORIFICS.has(tokens[from - 1].lower) &&
      !isRankOrOffice(tokens[from - 1].lower.replace(/\.$/, '')) &&
      !POSSESSIVE.test(tokens[from - 1].text)
    )
      from--;
    if (from === of) return null;
    const honorific = from - 1 >= phrase.from && HONORIFICS.has(tokens[from - 1].lower);
    // the words before "of" must be a person: found by the recognizer, or after an honorific ("Mr. Nevins")
    if (!honorific && !this.entities.people.overlaps(tokens[from].start, tokens[of - 1].end)) return null;
    // "Climatologist Rui Tavares of the University of Coimbra": a capitalized occupation the recognized name leaves out
    const people = this.entities.people;
    while (
      from + 1 < of &&
      !people.covers(tokens[from].start, tokens[of - 1].end) &&
      people.covers(tokens[from + 1].start, tokens[of - 1].end)
    )
      from++;
    // "Bank of America" is one name; after an honorific ("Sen. Sherrod Brown of Ohio") it is a person and a place
    if (!honorific && this.entities.organizations.covers(tokens[from].start, tokens[phrase.nameTo - 1].end))
      return null;
    return { ...phrase, nameFrom: from, nameTo: of };
  }

  /** "he" or "she": by salience (salient), a rival's claim (contested), the learned choice, or someone unnamed. */
  private personalPronoun(gender: Gender, at: number, line: number): Resolution {
    const best = this.learned('pronoun', this.contested(this.salient(gender, at, line), gender, at), gender, at, line);
    const unnamed = this.unnamedSpeaker(best.entry, gender, at, line);
    if (unnamed)
      return { entry: unnamed, certainty: UNNAMED_CERTAINTY, basis: 'pronoun: the unnamed speaker just before' };
    // "The Alberta man was arrested. '…,' he said": a person described in this paragraph, before anyone named in it,
    // outranks one named in a paragraph before
    // (only "a man", "another woman": "the mother of three" may well re-describe the person named before)
    const local = PARAGRAPH_BASES.has(best.basis?.split(';')[0])
      ? null
      : this.genderedDescriptionBefore(gender, at, line, best.entry !== null);
    if (local)
      return { entry: local, certainty: UNNAMED_CERTAINTY, basis: 'pronoun: the person described just before' };
    if (best.entry) {
      if (best.entry.gender === undefined) {
        best.entry.gender = gender;
        best.entry.genderFrom = 'pronoun';
      }
      return best;
    }
    return { entry: null, certainty: 0 };
  }

  private pronoun(word: string, at: number, line: number): Resolution {
    if (PRONOUNS_MALE.has(word)) return this.personalPronoun('male', at, line);
    if (PRONOUNS_FEMALE.has(word)) return this.personalPronoun('female', at, line);
    // "“I am not shy,” I said": a first-person account; the writer speaks (named by the byline when there is one)
    if (word === 'i') return { entry: this.writer(at), certainty: 0.3, basis: 'first person: the writer' };
    const text = word === 'it' ? this.textSpeaking(at, line) : null;
    if (text) return text;
    if (word === 'they' || word === 'it') {
      let best: Entry | null = null;
      for (const e of this.entries) {
        if (e.type === 'person' || e.lastSpoke < 0 || line - e.lastSpokeLine > 3) continue;
        if (word === 'they' ? e.plural || e.type === 'organization' : e.type === 'organization')
          if (!best || e.lastSpoke > best.lastSpoke) best = e;
      }
      // "Ford disputed that. '…,' it said": the body this paragraph is about, unless another spoke after it
      // ("it" only: "they" is as often the people the paragraph is about, "companies" or "officials")
      const body = word === 'it' ? this.paragraphBody(at) : null;
      if (body && (!best || best.lastSpoke < body.at))
        return { entry: body.entry, certainty: 0.6, basis: 'they/it: the body the paragraph is about' };
      // "The researchers followed 78,000 adults. They wrote that …": the people a sentence of this paragraph opens with
      const people = word === 'they' ? this.pluralSubjectBefore(at, line) : null;
      if (people && (!best || best.lastSpoke < people.at))
        return { entry: people.entry, certainty: 0.6, basis: 'they: the people the paragraph is about' };
      if (best) return { entry: best, certainty: 0.6, basis: 'they/it: the latest group that spoke' };
      // "The staff association sent a letter. '…,' it said": a body described since the last one named
      const described = this.describedOrganizationBefore(at);
      if (described) return { entry: described, certainty: 0.5, basis: 'they/it: the organization described last' };
      // "Acme Widgets cut 300 jobs. 'It was necessary,' it said": the organization named last
      const named = this.latestOrganization(at);
      return named
        ? { entry: named, certainty: 0.5, basis: 'they/it: the organization named last' }
        : { entry: null, certainty: 0 };
    }
    return { entry: null, certainty: 0 };
  }

  /**
   * The body the paragraph is about: the latest sentence before `at`, in this paragraph and outside quotes, that opens
   * with an organization ("Ford disputed that. '…,' it said"), or with a speaker nothing shows to be a person ("River
   * Action, a pressure group, said the fine was too small. '…,' the group said"). What "it", "they" and "the company"
   * take up before an organization named elsewhere or a group that spoke a paragraph ago. A paragraph that opens with
   * its quote goes on with the paragraph before ("Harrowgate United sacked its manager on Sunday …" ¶ "'…,' the club
   * said").
   */
  private paragraphBody(at: number, head?: string): { entry: Entry; at: number } | null {
    const { tokens, lines } = this.doc;
    const i = this.doc.tokenAt(at);
    if (i <= 0 || i >= tokens.length) return null;
    let found = this.bodyBetween(this.lineStartToken(i), i, head);
    let line = tokens[i].line - 1;
    while (line >= 0 && lines[line].tokenFrom === lines[line].tokenTo) line--;
    if (!found && line >= 0) found = this.bodyBetween(lines[line].tokenFrom, lines[line].tokenTo, head);
    return found?.entry ? { entry: found.entry, at: found.at } : null;
  }

  /**
   * The latest sentence in tokens [from, to) opening with a body, read back a bounded number of tokens; its entry null
   * when a speaker who is no body opens it ("Severnside Water said …" read as a person's name): the paragraph is about
   * that one, not a body named before.
   */
  private bodyBetween(from: number, to: number, head?: string): { entry: Entry | null; at: number } | null {
    const { tokens, text } = this.doc;
    for (let k = to - 1; k >= Math.max(from, to - DESCRIBED_ORG_REACH); k--) {
      const t = tokens[k];
      if (!t.word || !opensSentence(text, t.start) || this.quoted.overlaps(t.start, t.end)) continue;
      const named = t.lower === 'the' && tokens[k + 1] ? tokens[k + 1].start : t.start;
      const entry =
        this.bodyAt(t.start, head !== undefined) ??
        (named !== t.start ? this.bodyAt(named, head !== undefined) : null) ??
        (head ? this.introducedBody(k, head) : null);
      if (entry) return { entry, at: t.start };
      if (this.mentionStarts.has(t.start) || this.mentionStarts.has(named)) return { entry: null, at: t.start };
    }
    return null;
  }

  /**
   * "The union representing workers at the plant welcomed the decision … '…,' the union said": a sentence opening with
   * "the" and the same noun, which a participle or a preposition goes on to say which one it is, introduces a body
   * the text never names; "the union" is that one, not the company named before. A bare "The company said" opening a
   * sentence only takes up one named before, so it introduces nothing.
   */
  private introducedBody(k: number, head: string): Entry | null {
    const { tokens } = this.doc;
    const [the, noun, next] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (the.lower !== 'the' || noun?.lower !== head || !next || next.cap) return null;
    if (!DESCRIPTION_LINKS.has(next.lower) && !(next.lower.length > 5 && next.lower.endsWith('ing'))) return null;
    return this.organization(`the ${head}`, the.start);
  }

  /** The organization a mention or the recognizer's name starting at `start` denotes, if it may be a body. */
  private bodyAt(start: number, named: boolean): Entry | null {
    const said = this.mentionStarts.get(start);
    if (said) return mayBeBody(said, named) ? said : null;
    const o = this.organizationStartingAt(start);
    // "Standard & Poor's 500-stock index fell": an organization owning the subject is not it
    if (!o || lookupPlace(o.text) !== undefined || /['’]s?$/.test(this.doc.text.slice(o.end, o.end + 2))) return null;
    return this.organization(o.text, start);
  }

  /** The recognizer's organization starting at `start`, if any. */
  private organizationStartingAt(start: number): Span | null {
    const orgs = this.doc.organizations;
    let lo = 0;
    let hi = orgs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (orgs[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    return orgs[lo]?.start === start ? orgs[lo] : null;
  }

  /**
   * The organization a sentence of the last two lines opens with as a description ("The staff association sent a
   * letter …", "The ministry said"), when no organization is named after it: what "it" takes up. Reads a bounded
   * window back from the pronoun.
   */
  private describedOrganizationBefore(at: number): Entry | null {
    const { tokens, text } = this.doc;
    const i = this.doc.tokenAt(at);
    const floor = Math.max(0, i - DESCRIBED_ORG_REACH);
    const line = tokens[i]?.line ?? 0;
    for (let k = i - 1; k >= floor && line - tokens[k].line <= 2; k--) {
      if (this.quoted.overlaps(tokens[k].start, tokens[k].end)) continue;
      if (this.organizationNamedIn(tokens[k].start, at)) return null;
      if (tokens[k].lower !== 'the' || !opensSentence(text, tokens[k].start)) continue;
      const read = phraseRight(tokens, k, Math.min(tokens.length, k + 5), text);
      if (!read || read.kind !== 'description') continue;
      // the description may run on into its verb ("The staff association sent"): it ends at its organization noun
      let end = read.to;
      while (end > k + 1 && !ORG_NOUNS.has(tokens[end - 1].lower)) end--;
      if (end === k + 1 || tokens[end]?.cap) continue;
      const phrase: Phrase = { from: k, to: end, kind: 'description', nameFrom: end, nameTo: end };
      const r = this.description(phrase, text.slice(tokens[k].start, tokens[end - 1].end), tokens[k].start);
      return r.entry && r.entry.type === 'organization' ? r.entry : null;
    }
    return null;
  }

  /** Whether the recognizer named an organization between `from` and `to`. */
  private organizationNamedIn(from: number, to: number): boolean {
    return this.entities.organizations.overlaps(from, to);
  }

  /**
   * '"We will stay," said the woman, who did not give her name. "Too much hate," she said': an unnamed speaker who
   * spoke in this paragraph after the person picked is who "she" goes on with, when the gender allows.
   */
  /**
   * The latest sentence of this paragraph before `at`, outside quotes, that opens with a plural description of people
   * ("The researchers", "Officials in Kyiv", "Two doctors"): an unnamed group, for "they".
   */
  private pluralSubjectBefore(at: number, line: number): { entry: Entry; at: number } | null {
    const { tokens, text } = this.doc;
    const k = this.doc.tokenAt(at);
    for (let i = k - 1; i >= 0 && k - i <= DESCRIBED_REACH && tokens[i].line === line; i--) {
      const t = tokens[i];
      if (!t.word || !opensSentence(text, t.start) || this.quoted.overlaps(t.start, t.end)) continue;
      const head = pluralPeopleHead(tokens, i);
      if (head < 0) return null;
      return { entry: this.anonymous(text.slice(t.start, tokens[head].end), t.start, true), at: t.start };
    }
    return null;
  }

  /**
   * "Researchers at the University of Glenmore followed 60,000 nurses. … '…,' the authors wrote": a plural description
   * with "the" goes on with the group a sentence of this or the last two paragraphs opened with, when its head is the
   * same noun or one of a kind ("researchers", "scientists", "authors" of a study).
   */
  private groupNamedBefore(head: string, at: number): Entry | null {
    const group = groupSubjectBefore(this.doc, this.quoted, head, at);
    return group ? this.anonymous(group.text, group.at, true) : null;
  }

  /**
   * "A woman in the crowd shouted at him. '…,' she said": the unnamed person of that gender described just before in
   * the paragraph ("a woman", "the boy"), outside quotes; only an `indefinite` one ("a woman") when someone was named.
   */
  private genderedDescriptionBefore(gender: Gender, at: number, line: number, indefinite: boolean): Entry | null {
    const { tokens, text } = this.doc;
    const nouns = gender === 'female' ? FEMALE_PERSON_NOUNS : MALE_PERSON_NOUNS;
    const k = this.doc.tokenAt(at);
    for (let i = k - 1; i >= 0 && k - i <= DESCRIBED_REACH && tokens[i].line === line; i--) {
      if (!nouns.has(tokens[i].lower) || this.quoted.overlaps(tokens[i].start, tokens[i].end)) continue;
      const from = determinerBefore(tokens, i);
      if (from < 0 || (indefinite && !INDEFINITE_DETERMINERS.has(tokens[from].lower))) continue;
      const phrase = phraseRight(tokens, from, k, text);
      const end = phrase && phrase.kind === 'description' ? phrase.to : i + 1;
      const e = this.anonymous(text.slice(tokens[from].start, tokens[end - 1].end), tokens[from].start, false);
      e.gender = gender;
      return e;
    }
    return null;
  }

  private unnamedSpeaker(picked: Entry | null, gender: Gender, at: number, line: number): Entry | null {
    const u = this.latestUnnamed;
    if (!u || u.lastSpoke >= at || line - u.lastSpokeLine > 1) return null;
    // 'Another, a doctor in Brandon, said she may move.' ¶ '"They are recruiting," she said': the paragraph after
    // the one the unnamed speaker spoke in too, when no one has been named since
    const latest = this.persons[this.persons.length - 1];
    if (u.lastSpokeLine !== line && latest && latest.lastSeen > u.lastSpoke) return null;
    if (u.gender !== undefined && u.gender !== gender) return null;
    if (picked && picked.lastSpoke >= u.lastSpoke && picked.lastSpoke < at) return null;
    return u;
  }

  /**
   * The antecedent of "he" or "she" by salience, not distance: whoever spoke earlier in this paragraph (the quote
   * chain), else the paragraph's subject (its first person named outside quotes: "Mr. Scott, who has called Mr. Lee's
   * plan a mistake, said … 'We can't,' he said" is Scott), else the latest speaker of the last few paragraphs, else the
   * previous paragraph's subject, else the person named last. Someone just asked a question ("Hale asked Rivera …")
   * answers it. Gender from titles and first names must agree.
   */
  private salient(gender: Gender | undefined, at: number, line: number): Resolution {
    const asker = this.askerOfSentence(at);
    const compatible = (e: Entry): boolean =>
      e !== asker && (gender === undefined || e.gender === undefined || e.gender === gender);
    let chain: Entry | null = null;
    let recent: Entry | null = null;
    for (const e of this.persons) {
      if (e.lastSpoke < 0 || e.lastSpoke >= at || line - e.lastSpokeLine > 3 || !compatible(e)) continue;
      if (e.lastSpokeLine === line && (!chain || e.lastSpoke > chain.lastSpoke)) chain = e;
      if (!recent || e.lastSpoke > recent.lastSpoke) recent = e;
    }
    const asked = this.answerer.get(line) ?? this.answerer.get(line - 1);
    if (asked && asked.at < at && compatible(asked.entry) && (!chain || asked.at > chain.lastSpoke))
      return { entry: asked.entry, certainty: 0.8, basis: ASKED };
    if (chain) {
      const taken = this.subjectSinceSpeech(chain, at, line, compatible);
      if (taken) return { entry: taken, certainty: 0.82, basis: CLOSING_SUBJECT };
      return { entry: chain, certainty: 0.88, basis: PARAGRAPH_SPEAKER };
    }
    const subject = this.subjectOf(line, at, compatible);
    if (subject) return { entry: subject.entry, certainty: 0.82, basis: PARAGRAPH_SUBJECT };
    const closing = closingSubject(this.doc, this.quoted, this.persons, line, compatible);
    if (closing && closing !== recent) return { entry: closing, certainty: 0.82, basis: CLOSING_SUBJECT };
    const introduced = recent ? this.introducedBefore(line, at, compatible, recent) : null;
    if (introduced) return { entry: introduced, certainty: 0.82, basis: INTRODUCED };
    if (recent) return { entry: recent, certainty: 0.88, basis: 'pronoun: the latest speaker' };
    const earlier = this.subjectOfEarlier(line, at, compatible);
    if (earlier) return { entry: earlier, certainty: 0.82, basis: 'pronoun: subject of an earlier paragraph' };
    for (let i = this.persons.length - 1; i >= 0; i--)
      if (compatible(this.persons[i]) && this.persons[i].lastSeen < at)
        return { entry: this.persons[i], certainty: 0.5, basis: LATEST_NAMED };
    return { entry: null, certainty: 0 };
  }

  /**
   * The subject of one of the two paragraphs before, a person named there as a subject over one named only after a
   * preposition: "President Hale lashed out at the court. ¶ The story, which was written by Tom Barker, spread
   * fast. ¶ '…,' he tweeted" is Hale, not the story's writer.
   */
  private subjectOfEarlier(line: number, at: number, compatible: (e: Entry) => boolean): Entry | null {
    let oblique: Entry | null = null;
    for (let back = 1; back <= EARLIER_PARAGRAPHS; back++) {
      const earlier = this.subjectOf(line - back, at, compatible);
      if (!earlier) continue;
      if (this.roleOfMention(earlier.entry, earlier.at) !== 'oblique') return earlier.entry;
      oblique ??= earlier.entry;
    }
    return oblique;
  }

  /**
   * "Asked by Ms Marsh how it felt, she said: …": the one a sentence opening on "asked by X" names as asking is not
   * its subject, who answers.
   */
  private askerOfSentence(at: number): Entry | null {
    const { tokens } = this.doc;
    let first = this.doc.tokenAt(at);
    const line = tokens[first]?.line;
    while (first > 0 && tokens[first - 1].line === line && !SENTENCE_END_MARKS.has(tokens[first - 1].text)) first--;
    if (!ASKING.has(tokens[first]?.lower ?? '') || tokens[first + 1]?.lower !== 'by') return null;
    const from = tokens[first + 2]?.start ?? at;
    const named = this.doc.people.find((p) => p.start >= from && p.start < at && p.start - from <= ASKER_REACH);
    return named ? this.matchPerson(named.text.toLowerCase().split(/\s+/)) : null;
  }

  /**
   * '"…," Blake told MPs. Priya Raman, a GP in Leeds, laughed. "…," she said': inside the speaker's paragraph, a
   * person named after her quote as the subject of the sentence right before the pronoun's takes the floor, as the
   * subject of a paragraph's closing sentence does across paragraphs (closingSubject.ts).
   */
  private subjectSinceSpeech(chain: Entry, at: number, line: number, compatible: (e: Entry) => boolean): Entry | null {
    const here = this.sentences.of(this.doc.tokenAt(at));
    for (const n of this.paragraphPersons.get(line) ?? []) {
      const p = n.entry;
      if (p === chain || !compatible(p)) continue;
      const m = this.lastMentionBefore(p, at);
      if (!m || m.start <= chain.lastSpoke) continue;
      const k = this.doc.tokenAt(m.start);
      if (this.doc.tokens[k]?.line !== line || here - this.sentences.of(k) !== 1) continue;
      // a sentence of its own, not the speaker's attribution ('Fiorina told "Fox and Friends," …')
      if (this.sentences.of(k) <= this.sentences.of(this.doc.tokenAt(chain.lastSpoke))) continue;
      const role = this.roleOfMention(p, m.start);
      if (role === 'subject' || (role === 'appositive' && opensWithApposition(this.doc.tokens, k, m.end))) return p;
    }
    return null;
  }

  /**
   * 'Opposition critic Ben Roy was not convinced.' ¶ '"…," he said': a paragraph with no quote whose subject has not
   * spoken yet hands the floor to that person, over whoever spoke before it.
   */
  private introducedBefore(line: number, at: number, compatible: (e: Entry) => boolean, recent: Entry): Entry | null {
    const previous = this.subjectOf(line - 1, at, compatible);
    if (!previous || previous.entry.lastSpoke >= 0 || recent.lastSpokeLine >= line - 1) return null;
    const before = this.doc.lines[line - 1];
    const own = this.doc.lines[line];
    // the quote opens its paragraph: no narration of its own that might name someone else
    if (!before || !own || !this.quoted.overlaps(own.start, own.start + 1)) return null;
    // "An enthusiastic Sanders supporter, Seacord complained …": the one who spoke is named there too
    if (this.paragraphPersons.get(line - 1)?.some((n) => n.entry === recent)) return null;
    if (this.quoted.overlaps(before.start, before.end) || this.reportsSpeech(line - 1)) return null;
    // "Crews cleared drains for Deputy Chief Kohl.": a name after a preposition is no one introduced (but "a
    // resident named Caroline", an object, is)
    return this.roleOfMention(previous.entry, previous.at) === 'oblique' ? null : previous.entry;
  }

  /** The role of a person's mention starting at `at` (mentionRole.ts); 'none' when no such mention is kept. */
  private roleOfMention(e: Entry, at: number): MentionRole | 'none' {
    // among its latest mentions only (the paragraph before): a person named thousands of times stays O(1)
    let m: Span | undefined;
    for (let i = e.mentions.length - 1; i >= 0 && i >= e.mentions.length - 16 && !m; i--)
      if (e.mentions[i].start === at) m = e.mentions[i];
    if (!m) return 'none';
    const from = this.doc.tokenAt(m.start);
    return mentionRole(
      this.doc.tokens,
      from,
      Math.max(from + 1, this.doc.tokenAt(m.end)),
      this.quoted.overlaps(m.start, m.end),
    );
  }

  /**
   * A paragraph with a reporting word, or too long to be a short introduction: "The mayor, Ann Kessler, agreed.",
   * "Roy declined to comment." tell of speech that is not the next quote.
   */
  private reportsSpeech(line: number): boolean {
    const { tokenFrom, tokenTo } = this.doc.lines[line];
    if (tokenTo - tokenFrom > MAX_INTRODUCTION_TOKENS) return true;
    for (let i = tokenFrom; i < tokenTo; i++) {
      const w = this.doc.tokens[i].lower;
      if (CUE_VERBS.has(w) || SPEECH_WORDS.has(w)) return true;
    }
    return false;
  }

  /**
   * A pronoun is only as sure as it is unambiguous: when another person of a compatible gender was named within the
   * last paragraph or two, even the likeliest antecedent is a guess (train: 91% right with one candidate, much less
   * with rivals), so the certainty drops below the confident band.
   */
  private contested(r: Resolution, gender: Gender, at: number): Resolution {
    if (!r.entry || r.certainty < RIVAL_CAP) return r;
    // the most recently touched persons are last: a few of them suffice, and keep an article of thousands of names linear
    for (let i = this.persons.length - 1; i >= Math.max(0, this.persons.length - RIVAL_SCAN); i--) {
      const p = this.persons[i];
      if (p === r.entry || at - p.lastSeen > RIVAL_REACH || p.lastSeen >= at) continue;
      if (p.gender === gender || (p.gender === undefined && p.words.length >= 2))
        return {
          ...r,
          certainty: RIVAL_CAP,
          basis: `${r.basis ?? 'pronoun'}; another ${gender === 'male' ? 'man' : 'woman'} named nearby`,
        };
    }
    return r;
  }

  /**
   * The learned choice among the persons a pronoun may denote (antecedents.ts), with the salience rule's pick as one
   * feature among many. Where the model agrees with the rule the rule's reason and certainty stand; where it
   * overrules it, the quote says so and its certainty is the share such overrulings got right on train.
   */
  private learned(
    kind: MentionKind,
    rule: Resolution,
    gender: Gender | undefined,
    at: number,
    line: number,
    roleWords: string[] = [],
  ): Resolution {
    const candidates = this.antecedentCandidates(kind, rule, gender, at, line, roleWords);
    if (candidates.length === 0) return rule;
    if (this.trace) {
      const end = this.doc.tokens[this.doc.tokenAt(at)]?.end ?? at;
      this.trace({
        kind,
        start: at,
        end,
        candidates: candidates.map((c) => ({
          name: c.entity?.name ?? null,
          type: c.entity?.type ?? null,
          features: c.features,
        })),
      });
    }
    const chosen = bestCandidate(candidates);
    if (!chosen || chosen.best.entity === rule.entry) return rule;
    if (kind === 'pronoun' && PARAGRAPH_BASES.has(rule.basis?.split(';')[0])) return rule;
    // "the senator" judged nobody named: the description stays its own speaker (the caller's fallback)
    const entry = chosen.best.entity;
    if (!entry) return { entry: null, certainty: 0 };
    return { entry, certainty: OVERRULED_CERTAINTY, basis: `${kind}: the likeliest antecedent by the trained model` };
  }

  /** Gender-compatible persons named before `at`, most recently touched first, with their features. */
  private antecedentCandidates(
    kind: MentionKind,
    rule: Resolution,
    gender: Gender | undefined,
    at: number,
    line: number,
    roleWords: string[],
  ): Array<Candidate<Entry>> {
    // the rule's pick first: on a tie (an untrained model) it stands
    const pool: Entry[] = rule.entry && rule.entry.type === 'person' ? [rule.entry] : [];
    const asker = kind === 'pronoun' ? this.askerOfSentence(at) : null;
    for (let i = this.persons.length - 1; i >= 0 && pool.length < CANDIDATE_CAP; i--) {
      const p = this.persons[i];
      if (p.lastSeen >= at || p === rule.entry || p === asker) continue;
      if (gender && p.gender !== undefined && p.gender !== gender) continue;
      pool.push(p);
    }
    const facts = this.candidateFacts(pool, rule, at, line, roleWords);
    const basis = rule.basis?.split(';')[0];
    const people = pool.map((p, i): Candidate<Entry> => ({
      entity: p,
      features: candidateFeatures(kind, facts[i], basis),
    }));
    if (kind === 'pronoun' || people.length === 0) return people;
    // a description may be nobody named yet ("the judge" before any judge): listed first when that is the rule's answer
    const nobody: Candidate<Entry> = { entity: null, features: nobodyFeatures(kind, rule.entry ? [] : ['rule']) };
    return rule.entry ? [...people, nobody] : [nobody, ...people];
  }

  private candidateFacts(
    pool: Entry[],
    rule: Resolution,
    at: number,
    line: number,
    roleWords: string[],
  ): CandidateFacts[] {
    const spoke = pool.filter((p) => p.lastSpoke >= 0 && p.lastSpoke < at).sort((a, b) => b.lastSpoke - a.lastSpoke);
    const seen = [...pool].sort((a, b) => b.lastSeen - a.lastSeen);
    const topQuotes = Math.max(0, ...pool.map((p) => p.quoteCount));
    const asked = this.answerer.get(line) ?? this.answerer.get(line - 1);
    const lineOf = (offset: number): number =>
      this.doc.tokens[Math.min(this.doc.tokenAt(offset), this.doc.tokens.length - 1)]?.line ?? line;
    const discourse = this.discourseFacts(pool, at);
    return pool.map((p, i) => {
      let subjectAgo = -1;
      for (let k = 0; k <= 2 && subjectAgo < 0; k++) {
        const s = this.paragraphSubject.get(line - k);
        if (s && s.entry === p && s.at < at) subjectAgo = k;
      }
      const last = this.lastMentionBefore(p, at);
      const lineStart = this.doc.lines[line]?.start ?? 0;
      return {
        spokeRank: spoke.indexOf(p) + 1,
        seenRank: seen.indexOf(p) + 1,
        spokeAgo: p.lastSpoke >= 0 && p.lastSpoke < at ? Math.max(0, line - p.lastSpokeLine) : -1,
        seenAgo: Math.max(0, line - lineOf(Math.min(p.lastSeen, at))),
        subjectAgo,
        asked: !!asked && asked.entry === p && asked.at < at,
        rule: p === rule.entry,
        genderKnown: p.gender !== undefined && p.genderFrom !== 'pronoun',
        fullName: p.words.length >= 2,
        quoteCount: p.quoteCount,
        mentionCount: p.mentions.length,
        topSpeaker: topQuotes > 0 && p.quoteCount === topQuotes,
        lastInQuote: !!last && this.quoted.overlaps(last.start, last.end),
        sinceSeen: last ? at - last.end : at,
        lastPossessive: !!last && /^['’]s?\b/.test(this.doc.text.slice(last.end, last.end + 2)),
        lastOpensSentence: !!last && opensSentence(this.doc.text, last.start),
        paragraphMentions: p.mentions.filter((m) => m.start >= lineStart && m.start < at).length,
        roleOverlap: roleWords.some((w) => p.roleWords.has(w) || p.countries.has(countryOf(w) ?? w)),
        // field by field, not spread: a spread object literal is many times slower to build in V8
        lastRole: discourse[i].lastRole,
        pronounRole: discourse[i].pronounRole,
        sentencesAgo: discourse[i].sentencesAgo,
        spokeLast: discourse[i].spokeLast,
        rivalSinceSpoke: discourse[i].rivalSinceSpoke,
        rivalSubjectSinceSpoke: discourse[i].rivalSubjectSinceSpoke,
        subjectSinceLatestSpeech: discourse[i].subjectSinceLatestSpeech,
      };
    });
  }

  /** The role of each candidate's latest mention, how many sentences back it is, and how its speaking stands. */
  private discourseFacts(pool: Entry[], at: number): DiscourseFacts[] {
    const { tokens } = this.doc;
    const here = this.doc.tokenAt(at);
    const ownRole = pronounRole(tokens[here]?.lower ?? '');
    const lasts = pool.map((p) => this.lastMentionBefore(p, at));
    const roles = lasts.map((last): MentionRole | 'none' => {
      if (!last) return 'none';
      const from = this.doc.tokenAt(last.start);
      return mentionRole(
        tokens,
        from,
        Math.max(from + 1, this.doc.tokenAt(last.end)),
        this.quoted.overlaps(last.start, last.end),
      );
    });
    return pool.map((p, i) => {
      const last = lasts[i];
      const spoke = p.lastSpoke >= 0 && p.lastSpoke < at;
      // a rival named after its latest quote: "'…,' Hale said. Ruiz disagreed. '…,' she said" is less sure Hale
      const after = (j: number): boolean =>
        j !== i && !!lasts[j] && lasts[j]!.start > p.lastSpoke && pool[j].lastSeen < at;
      return {
        lastRole: roles[i],
        pronounRole: ownRole,
        sentencesAgo: this.sentences.of(here) - (last ? this.sentences.of(this.doc.tokenAt(last.start)) : 0),
        spokeLast: spoke && this.latestSpeech?.entry === p && this.latestSpeech.at < at,
        rivalSinceSpoke: spoke && pool.some((_, j) => after(j)),
        rivalSubjectSinceSpoke: spoke && pool.some((_, j) => after(j) && roles[j] === 'subject'),
        subjectSinceLatestSpeech:
          roles[i] === 'subject' &&
          !!last &&
          !!this.latestSpeech &&
          this.latestSpeech.entry !== p &&
          last.start > this.latestSpeech.at,
      };
    });
  }

  /** A person's latest mention before `at` (mentions are mostly in text order; a few arrive late). */
  private lastMentionBefore(p: Entry, at: number): Span | null {
    let best: Span | null = null;
    for (let i = p.mentions.length - 1; i >= 0 && i >= p.mentions.length - 8; i--) {
      const m = p.mentions[i];
      if (m.start < at && (!best || m.start > best.start)) best = m;
    }
    return best;
  }

  /** The article's writer: the person the byline, a credit or an author note names ("By Hannah Okafor" in the first lines), else "the writer". */
  private writer(at: number): Entry {
    if (this.writerEntry) return this.writerEntry;
    const name = writerName(this.doc.text);
    const named = name ? this.person(name, at) : null;
    if (named) return (this.writerEntry = named);
    const e = this.newEntry('the writer', 'person', at);
    // not an antecedent for "he" or "she": the writer is only ever "I"
    this.persons.splice(this.persons.indexOf(e), 1);
    return (this.writerEntry = e);
  }

  private description(phrase: Phrase, written: string, at: number): Resolution {
    const ofBody = this.personOfBody(phrase, at);
    if (ofBody) return ofBody;
    // "the 19-year-old said"; "the Belgian said": a nationality description is the person of that country, as a
    // capitalized demonym is
    const described =
      this.personOfAge(phrase, at) ?? this.demonymSpeaker(phrase, this.doc.tokens[phrase.to - 1].text, at);
    if (described) return described;
    const phraseText = this.possessorNamed(written, at);
    const d = this.describe(phrase, phraseText);
    if (!d) return { entry: null, certainty: 0 };
    const { head, singular, definite, plural } = d;
    // a text speaks for its author when the text says whose it is, else as a document
    const text = this.textAuthor(phrase, definite, at) ?? this.documentSpeaker(d, at);
    if (text) return text;
    // "the nephew said" after "his nephew, Travis Hoffman": kin the article gave someone is a role too, as is an
    // occupation ("State auditor Frank DeLuca … the auditor said")
    if (
      (definite || isOwnKin(d)) &&
      !plural &&
      (isRoleHead(head) || isOccupation(head) || personNounGender(head) || KIN_NOUNS.has(head))
    ) {
      const chosen = this.roleDescription(d, phrase, at);
      if (chosen.entry) return chosen;
    }
    const epithet = definite && !plural ? this.epithet(d, at, this.doc.tokens[phrase.from].line) : null;
    if (epithet) return epithet;
    if (ORG_NOUNS.has(head) || ORG_NOUNS.has(singular)) return this.organizationDescription(d, at);
    return this.unnamedDescription(phrase, d, phraseText, at);
  }

  /**
   * "Detective Constable Priya Sandhu of Bedfordshire Police said": a capitalized run ending in an office noun ("Police")
   * reads as a description, but a person named before its "of" is who speaks, from that body.
   */
  private personOfBody(phrase: Phrase, at: number): Resolution | null {
    const asName: Phrase = { ...phrase, kind: 'name', nameFrom: phrase.from, nameTo: phrase.to, role: undefined };
    const person = this.personBeforeOf(asName);
    return person === asName ? null : this.name(person, at);
  }

  /** A description no one named matches: an unnamed source, or its own speaker named as written ("the spokesman"). */
  private unnamedDescription(phrase: Phrase, d: Description, phraseText: string, at: number): Resolution {
    const { head, singular, determiner, plural } = d;
    const anonymityHint = /anonymity|familiar with|close to|briefed on|declined to be named|not authori[sz]ed/i.test(
      phraseText,
    );
    // only "the researchers" itself, or a noun of a study's authors: "The GOP leaders" are not "Democratic leaders"
    const bare = d.words.length === 2 || STUDY_AUTHOR_NOUNS.has(head);
    const group = plural && determiner === 'the' && bare ? this.groupNamedBefore(head, at) : null;
    if (group) return { entry: group, certainty: 0.6, basis: 'the group named before' };
    const unnamed = this.anonymous(phraseText, at, plural);
    // "the woman", "a spokesman": the noun tells the gender a later "she" or "he" must have
    unnamed.gender ??= personNounGender(head);
    // "a family doctor in Brandon", "one nurse": an occupation is one person too, whom "she" may go on with
    if (unnamed.gender || ANONYMOUS_NOUNS.has(head) || isRoleHead(head) || isOccupation(head)) unnamed.someone = true;
    // "a spokesman", "an official not authorized to speak": unnamed on purpose, not named later
    const named =
      unnamed.someone && !plural && !anonymityHint && !INDEFINITE_DETERMINERS.has(determiner)
        ? this.namedNext(phrase, unnamed.gender)
        : null;
    if (named) return named;
    if (
      anonymityHint ||
      INDEFINITE_DETERMINERS.has(determiner) ||
      determiner === '' ||
      ANONYMOUS_NOUNS.has(head) ||
      ANONYMOUS_NOUNS.has(singular)
    ) {
      return { entry: unnamed, certainty: 0.72, basis: 'unnamed source' };
    }
    // an unresolved definite description ("the spokesman"): its own speaker, named as written
    return { entry: unnamed, certainty: 0.6, basis: 'description not matched to anyone named' };
  }

  /**
   * "The memo, dated March 3, said …", "a poll released Tuesday found …", "the letter argued": a document whose author
   * the text does not give speaks as itself, a document, not an anonymous person (a reader counting anonymous
   * sources must not count the memo). Named as written up to its noun ("the memo").
   */
  private documentSpeaker(d: Description, at: number): Resolution | null {
    const noun = documentNounAt(this.doc, d.words);
    if (noun < 0) return null;
    const author = this.documentAuthor(d.words[noun]) ?? this.documentOwner(d, noun, at);
    if (author) return author;
    const name = d.words
      .slice(0, noun + 1)
      .map((w) => w.text)
      .join(' ')
      // "The memo", "Excerpts": a capital that only opens the sentence goes
      .replace(/^\p{Lu}\p{Ll}*\b/u, (w) =>
        /^(?:the|a|an|this|that)$/i.test(w) || DOCUMENT_NOUNS.has(w.toLowerCase()) ? w.toLowerCase() : w,
      );
    const key = name.toLowerCase();
    for (const e of this.entries)
      if (e.type === 'document' && e.name.toLowerCase() === key) return documentResolution(e);
    const e = this.newEntry(name, 'document', at);
    e.plural = d.plural;
    return documentResolution(e);
  }

  /**
   * "Her message to voters: '…'", "Rivera's letter to donors said": a possessor before a document noun that does not
   * close its phrase (textAuthor sees only phrases ending in the noun) is the document's author.
   */
  private documentOwner(d: Description, noun: number, at: number): Resolution | null {
    if (noun === 0 || noun === d.words.length - 1) return null;
    const from = this.doc.tokenAt(d.words[0].start);
    const to = this.doc.tokenAt(d.words[noun].start) + 1;
    const owner = this.textOwner({ from, to, kind: 'description', nameFrom: from, nameTo: from }, at);
    return owner && owner.type !== 'document'
      ? { entry: owner, certainty: TEXT_CERTAINTY, basis: 'document: its issuer' }
      : null;
  }

  /**
   * "a statement from the RCMP", "a letter by Ada Roy", "a report from Harbour Energy": the document's author named
   * right after it speaks through it (the issue's rule: a document's speaker is its author when the text says whose).
   */
  private documentAuthor(noun: DocToken): Resolution | null {
    const { tokens, text } = this.doc;
    const k = this.doc.tokenAt(noun.start);
    const link = tokens[k + 1]?.lower;
    if (link !== 'from' && link !== 'by') return null;
    const author = phraseRight(tokens, k + 2, Math.min(tokens.length, k + 2 + DOCUMENT_AUTHOR_WORDS), text);
    if (!author || author.kind === 'pronoun') return null;
    const r = this.resolve(author, false);
    return r.entry && r.entry.type !== 'document' ? { ...r, basis: 'document: its author named with it' } : null;
  }

  /**
   * 'A senior White House official, who spoke on condition of anonymity, said …' ¶ '"…," the official said': the
   * unnamed speaker of the last paragraph or two, described again by the same noun, not an official named earlier.
   */
  private describedAgain(phrase: Phrase, roleHead: string | undefined, at: number, line: number): Resolution | null {
    if (phrase.kind === 'pronoun' || this.doc.tokens[phrase.from].lower !== 'the') return null;
    const u = this.latestUnnamed;
    const head = roleHead ?? (phrase.kind === 'description' ? this.describe(phrase, '')?.head : undefined);
    if (!u || u.lastSpoke >= at || line - u.lastSpokeLine > 2) return null;
    const words = u.name.toLowerCase().split(' ');
    const link = words.findIndex((w, i) => i > 0 && DESCRIPTION_LINKS.has(w));
    if (!head || words[(link > 0 ? link : words.length) - 1] !== head) return null;
    return { entry: u, certainty: UNNAMED_CERTAINTY, basis: 'description: the unnamed speaker described so before' };
  }

  /**
   * "The 41-year-old said", "the father-of-three told gardaí", "the striker added": a definite description by age,
   * family or occupation re-describes the person the passage is about, news avoiding the name again. An occupation
   * alone must not contradict that person's known office ("Mayor Bell … 'It hurts,' the teacher said" is another).
   */
  private epithet(d: Description, at: number, line: number): Resolution | null {
    const aged = d.words.some((w) => AGE_OR_KIN_EPITHET.test(w.lower));
    if (!aged && !EPITHET_NOUNS.has(d.head) && !isOccupation(d.head)) return null;
    const s = this.salient(personNounGender(d.head) ?? kinGender(d.head), at, line);
    if (!s.entry || s.basis === LATEST_NAMED) return null;
    // a team's captain plays a position: "United captain Kofi Mensah … the midfielder said" is him
    const holdsOffice = [...s.entry.roleWords].some((w) => ROLE_NOUNS.has(w) && !TEAM_ROLES.has(w));
    // "Rovers manager Ian Matthews … the former Wales midfielder added": a past occupation contradicts no office
    const former = d.words.some((w) => w.lower === 'former');
    if (!aged && !former && holdsOffice && !s.entry.roleWords.has(d.head)) return null;
    return {
      entry: s.entry,
      certainty: OFFICE_HOLDER_CERTAINTY,
      basis: 'description: the person the passage is about',
    };
  }

  /** "the 19-year-old", "the teenager": the person of that age named most recently before it (epithets.ts). */
  private personOfAge(phrase: Phrase, at: number): Resolution | null {
    const { tokens, text } = this.doc;
    if (tokens[phrase.from].lower !== 'the' || phrase.to - phrase.from > 6) return null;
    const ages = epithetAges(text.slice(tokens[phrase.from + 1]?.start ?? 0, tokens[phrase.to - 1].end).toLowerCase());
    if (!ages) return null;
    let best: Entry | null = null;
    for (const p of this.persons)
      if (
        p.age !== undefined &&
        p.age >= ages[0] &&
        p.age <= ages[1] &&
        p.lastSeen < at &&
        (!best || p.lastSeen > best.lastSeen)
      )
        best = p;
    // an exact age ("the 61-year-old") is nearly a name; a span of ages ("the teenager") less so
    const certainty = ages[0] === ages[1] ? 0.8 : 0.65;
    return best ? { entry: best, certainty, basis: 'description: the person of that age' } : null;
  }

  /** "The mayor's right-hand woman said … Ann Bell, the deputy mayor, …": the person named next (namedNext.ts). */
  private namedNext(phrase: Phrase, gender: Gender | undefined): Resolution | null {
    const span = personNamedNext({
      text: this.doc.text,
      people: this.doc.people,
      after: this.doc.tokens[phrase.to - 1].end,
      gender,
      isQuoted: (s, e) => this.quoted.overlaps(s, e),
      namedBefore: (name) => this.matchPerson(name.toLowerCase().split(/\s+/)) !== null,
    });
    const entry = span ? this.person(span.text, span.start) : null;
    return entry ? { entry, certainty: NAMED_NEXT_CERTAINTY, basis: 'description: the person named next' } : null;
  }

  /**
   * A person's description named after them as the article names them: "Mayor Ann Bell's office" and "Bell's office"
   * are both "Ann Bell's office", so the panel lists one speaker. A possessor nobody was named as stays as written.
   */
  private possessorNamed(written: string, at: number): string {
    const of = OF_PERSON_PHRASE.exec(written);
    const m = of ? [written, of[2], "'", of[1]] : POSSESSOR_PHRASE.exec(written);
    if (!m) return written;
    const owned = `${m[2]}s ${m[3]}`; // the writer's own apostrophe
    const surname = m[1].split(/\s+/).pop() ?? '';
    const person = this.bySurname(surname.toLowerCase());
    if (person && person.words.length >= 2) return `${person.name}${owned}`;
    // named in the text but never a speaker yet: the latest full mention up to the possessor's own
    const end = at + written.lastIndexOf(m[1]) + m[1].length;
    for (let i = this.doc.people.length - 1; i >= 0; i--) {
      const p = this.doc.people[i];
      if (p.end <= end && p.text.includes(' ') && p.text.endsWith(` ${surname}`)) return `${p.text}${owned}`;
    }
    return written;
  }

  /** A description's parts: its words, head ("a spokesman | for the ministry" → spokesman), determiner, number. */
  private describe(phrase: Phrase, text: string): Description | null {
    const { tokens } = this.doc;
    const words: DocToken[] = [];
    for (let i = phrase.from; i < phrase.to; i++) if (tokens[i].word) words.push(tokens[i]);
    if (words.length === 0) return null;
    // the head is the last word before a linking preposition
    let headIndex = words.length - 1;
    for (let i = 1; i < words.length; i++) {
      if (DESCRIPTION_LINKS.has(words[i].lower)) {
        headIndex = i - 1;
        break;
      }
    }
    const head = words[headIndex].lower;
    const singular = head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
    const determiner = DESCRIPTION_OPENERS.has(words[0].lower) ? words[0].lower : '';
    const definite = determiner === 'the' || determiner === 'this' || determiner === 'that';
    const plural = singular !== head && !ROLE_NOUNS.has(head);
    return { words, headIndex, head, singular, determiner, definite, plural, text };
  }

  /** "the senator", "the congresswoman": the person holding that role, by title or by the learned choice. */
  private roleDescription(d: Description, phrase: Phrase, at: number): Resolution {
    const modifiers = d.words.slice(d.determiner ? 1 : 0, d.headIndex).map((w) => w.lower);
    const person = this.byRole(d.head, modifiers, at);
    const line = this.doc.tokens[phrase.from].line;
    const rule: Resolution = person
      ? { entry: person, certainty: 0.8, basis: 'description matched to a title' }
      : (this.titledAhead(d.head, modifiers, at) ??
        this.officeHolder(d.head, modifiers, at, line) ?? {
          entry: null,
          certainty: 0.6,
          basis: 'description not matched to anyone named',
        });
    return this.learned('description', rule, personNounGender(d.head), at, line, [d.head, ...modifiers]);
  }

  /** "the judge" before anyone holds that title, and "Judge Berman" named soon after: him (namedNext.ts). */
  private titledAhead(head: string, modifiers: string[], at: number): Resolution | null {
    // "the Vermont senator" is not whichever senator comes next: a place in the description asks for more than a title
    if (!ROLE_NOUNS.has(head) || modifiers.some((m) => US_STATE_WORDS.has(m) || countryOf(m))) return null;
    const span = titledPersonAhead(this.doc.text, this.doc.people, at, head);
    if (!span) return null;
    const words = span.text
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== head);
    if (words.length === 0 || this.matchPerson(words)) return null;
    const entry = this.person(span.text, span.start, head);
    return entry ? { entry, certainty: OFFICE_HOLDER_CERTAINTY, basis: 'description: the title named next' } : null;
  }

  /**
   * "Marco Ruiz backs the plan. 'I stand by it,' the Idaho senator said": an office no title matched is held by the
   * person the passage is about (who just spoke, or its subject), when gender allows. Offices only: "the man", "the
   * boy" are someone else, unnamed.
   */
  private officeHolder(head: string, modifiers: string[], at: number, line: number): Resolution | null {
    const party = PARTY_MEMBER_NOUNS.has(head);
    if ((!ROLE_NOUNS.has(head) && !party) || personNounGender(head)) return null;
    const s = this.salient(undefined, at, line);
    if (!s.entry || s.basis === LATEST_NAMED) return null;
    if (party && !partyDescriptionFits(s.entry, head, modifiers)) return null;
    // "the Mexican president" is no one the text has not tied to Mexico
    for (const m of modifiers) {
      const country = countryOf(m);
      if (country && !s.entry.countries.has(country)) return null;
      // "Opposition leader Meera Kapoor … 'We stay,' the union leader said": a body she does not lead is another's
      if (LED_BODY_WORDS.has(m) && s.entry.roleWords.size > 0 && !s.entry.roleWords.has(m)) return null;
    }
    return {
      entry: s.entry,
      certainty: OFFICE_HOLDER_CERTAINTY,
      basis: 'description: the person the passage is about',
    };
  }

  /** "the ministry", "the company", "his campaign": an organization named earlier, else the description itself. */
  private organizationDescription(d: Description, at: number): Resolution {
    const { head, words } = d;
    if (d.definite) {
      // every word must fit, not only the head: "the governor's office" is not "the mayor's office"
      const wanted = d.text.toLowerCase().split(/\s+/).slice(1);
      const fits = (names: string[]): boolean => names.includes(head) && wanted.every((w) => names.includes(w));
      for (let i = this.entries.length - 1; i >= 0; i--) {
        const e = this.entries[i];
        if (e.type === 'organization' && fits(e.words) && !this.onlyInHeadline(e))
          return { entry: e, certainty: 0.7, basis: 'organization named earlier' };
      }
      for (let i = this.bodyOrganizations.length - 1; i >= 0; i--) {
        const o = this.bodyOrganizations[i];
        if (o.start < at && fits(o.text.toLowerCase().split(/\s+/)))
          return { entry: this.organization(o.text, at), certainty: 0.7, basis: 'organization named earlier' };
      }
      const anaphor = ORG_ANAPHOR_NOUNS.has(head) && words.length === 2;
      // "River Action, a pressure group, said … '…,' the group said": the body this paragraph is about first
      // ("the rights group" too; only there, as "the staff association" may be a body of its own named now)
      const body =
        anaphor || (ORG_ANAPHOR_NOUNS.has(head) && kindModified(words)) ? this.paragraphBody(at, head) : null;
      if (body && fitsAnaphor(head, body.entry.name))
        return { entry: body.entry, certainty: 0.6, basis: 'the body the paragraph is about' };
      const latest = anaphor ? this.latestOrganization(at, head) : null;
      if (latest) return { entry: latest, certainty: 0.6, basis: 'the organization named last' };
    }
    const owned = this.ownedOrganization(words, head, at);
    if (owned) return owned;
    const name = d.text.replace(/^The\b/, 'the');
    return { entry: this.organization(name, at), certainty: 0.7, basis: 'organization description' };
  }

  /**
   * A speaker only the headline names: there Title Case glues words into a false name ("Drivers' Union Vows to Fight"
   * says nothing of a body called "Union Vows to Fight"), so "the union" below takes up the body the article names.
   */
  private onlyInHeadline(e: Entry): boolean {
    const lineOf = (m: Span): number => this.doc.tokens[this.doc.tokenAt(m.start)]?.line ?? Infinity;
    return e.mentions.length > 0 && e.mentions.every((m) => this.isHeadline(lineOf(m)));
  }

  /** "his campaign said": the campaign of the person "his" denotes, named after them ("the Sanders campaign"). */
  private ownedOrganization(words: DocToken[], head: string, at: number): Resolution | null {
    const owner = words[0].lower;
    if (words.length !== 2 || !OWNED_ORG_NOUNS.has(head) || (owner !== 'his' && owner !== 'her')) return null;
    const line = words[0].line;
    const person = this.pronoun(owner === 'his' ? 'he' : 'she', at, line).entry;
    if (!person || person.type !== 'person') return null;
    const surname = person.name.split(' ').pop();
    return { entry: this.organization(`the ${surname} ${head}`, at), certainty: 0.6, basis: `${head} of a person` };
  }

  /**
   * A document's author, when the text says who issued it: "The DNC issued a statement on Monday. … 'We apologize,'
   * the statement said" is the DNC's, "Fox News said in a statement" too. The subject of the last "… issued/sent/
   * released … <noun>" in the last few hundred characters, resolved as any speaker phrase ("his campaign", "Rivera").
   */
  /**
   * A text speaks for its author: "Bush's Facebook post" for Bush, "his memo" for whom "he" denotes, "the email" for
   * whoever the text before says sent it. Remembered, so that "it said" right after goes on with the same author.
   */
  private textAuthor(phrase: Phrase, definite: boolean, at: number): Resolution | null {
    const noun = textNounOf(this.doc.tokens, phrase);
    if (!noun) return null;
    const owner = this.textOwner(phrase, at) ?? (definite ? this.issuer(noun, at) : null);
    if (!owner) return null;
    const author = CAMPAIGN_TEXT_NOUNS.has(noun) ? this.campaignOf(owner, at) : owner;
    this.latestText = {
      entry: author,
      end: this.doc.tokens[phrase.to - 1].end,
      line: this.doc.tokens[phrase.from].line,
    };
    return { entry: author, certainty: TEXT_CERTAINTY, basis: 'document: its issuer' };
  }

  /** The possessor of a text: "Bush's" in "Bush's Facebook post", "his" in "his memo", "Bush" in "a Bush ad". */
  private textOwner(phrase: Phrase, at: number): Entry | null {
    const { tokens, text } = this.doc;
    const first = tokens[phrase.from];
    if (first.lower === 'his' || first.lower === 'her')
      return this.pronoun(first.lower === 'his' ? 'he' : 'she', at, first.line).entry;
    for (let i = phrase.from + 1; i < phrase.to; i++) {
      if (!POSSESSIVE_TOKEN.test(tokens[i].text)) continue;
      const owner = phraseLeft(tokens, i, phrase.from, text);
      return owner ? this.resolve(owner, false).entry : null;
    }
    return this.attributiveOwner(phrase);
  }

  /**
   * "one Rivera ad", "a new Hale memo": a person's name used as a modifier right before the text noun. Only a person
   * the text has named ("a Fox News report" is left to the issuer rules).
   */
  private attributiveOwner(phrase: Phrase): Entry | null {
    const { tokens } = this.doc;
    const noun = phrase.to - 1;
    let from = noun;
    while (from > phrase.from && tokens[from - 1].cap && tokens[from - 1].word) from--;
    if (from === noun || from === phrase.from) return null;
    const words = tokens.slice(from, noun).map((t) => t.lower);
    const person = this.matchPerson(words) ?? (words.length === 1 ? this.bySurname(words[0]) : null);
    return person && person.type === 'person' ? person : null;
  }

  /** A person's campaign, named after them as "his campaign" is ("the Rivera campaign"); anyone else stays. */
  private campaignOf(owner: Entry, at: number): Entry {
    if (owner.type !== 'person') return owner;
    return this.organization(`the ${owner.name.split(' ').pop()} campaign`, at);
  }

  /**
   * "it" when a text speaks: the text named last before it, by its issuer ("The email includes a photo. At the bottom
   * it reads, …"), or the same author when that text has just spoken ('"…," it reads. "…," it said'). Only with
   * "reads", or when a text spoke last: "it said" after "Acme cut jobs" is the company.
   */
  private textSpeaking(at: number, line: number): Resolution | null {
    const { tokens } = this.doc;
    const it = this.doc.tokenAt(at);
    const reads = TEXT_READ_CUES.has(tokens[it + 1]?.lower ?? '');
    const last = this.latestText && line - this.latestText.line <= TEXT_LINES ? this.latestText : null;
    // "Rivera's office released a statement. '…,' it said": a text issued in this paragraph speaks (not "Kestrel said
    // in a statement" a paragraph before, nor "caused by a faulty software update")
    const near = !reads && !last ? this.latestTextNoun(it, at - ISSUER_REACH) : -1;
    if (near >= 0 && tokens[near].line === tokens[it].line && this.issuedAt(near)) {
      const author = this.issuer(tokens[near].lower, at);
      if (author)
        return { entry: author, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text named last, by its issuer' };
    }
    if (!reads && !last) return null;
    const noun = this.latestTextNoun(it, last ? last.end : at - ISSUER_REACH);
    if (noun < 0 && last)
      return { entry: last.entry, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text that spoke just before' };
    const author = noun >= 0 ? this.issuer(tokens[noun].lower, at) : null;
    if (!author) return null;
    this.latestText = { entry: author, end: at, line };
    return { entry: author, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text named last, by its issuer' };
  }

  /** The text noun at token `noun` is the object of a verb of issuing ("released a statement", "sent a new letter"). */
  private issuedAt(noun: number): boolean {
    const { tokens } = this.doc;
    for (let i = noun - 1; i >= Math.max(0, noun - 4); i--) if (ISSUING_VERBS.has(tokens[i].lower)) return true;
    return false;
  }

  /** The token of the text noun named last before token `before` and after offset `after`, outside quotes; else -1. */
  private latestTextNoun(before: number, after: number): number {
    const { tokens } = this.doc;
    for (let i = before - 1; i >= 0 && tokens[i].start >= after; i--)
      if (ISSUED_TEXT_NOUNS.has(tokens[i].lower) && !this.quoted.overlaps(tokens[i].start, tokens[i].end)) return i;
    return -1;
  }

  private issuer(noun: string, at: number): Entry | null {
    const before = this.doc.tokenAt(at);
    const floor = this.doc.tokenAt(Math.max(0, at - ISSUER_REACH));
    const subject = issuerPhrase(this.doc, noun, floor, before);
    return subject ? this.resolve(subject, false).entry : null;
  }

  /** The most recent person whose title fits "the Russian president" / "the Japanese official". */
  private byRole(head: string, modifiers: string[], at: number): Entry | null {
    // "the diplomat", "the official": a head any office fits goes first to one whose role names it ("the former
    // secretary of state" is a diplomat; a lieutenant governor named since is not)
    const generic = GENERIC_ROLE_NOUNS.has(head);
    let fallback: Entry | null = null;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i];
      if (p.lastSeen >= at && p.lastSpoke >= at) continue;
      if (!fitsRole(p, head, modifiers)) continue;
      if (!generic || p.roleWords.has(head)) return p;
      fallback ??= p;
    }
    return fallback;
  }

  /**
   * A mention made of a title alone ("Mayor", "Prime Minister", "the Russian president"): its head and modifiers.
   * Null when it holds a name the recognizer found, or its last word is not an office.
   */
  private roleOnly(phrase: Phrase): { head: string; modifiers: string[] } | null {
    const { tokens } = this.doc;
    const words: string[] = [];
    let initialled = false;
    for (let i = phrase.from; i < phrase.to; i++) {
      const t = tokens[i];
      if (!t.word) continue;
      const w = t.lower.replace(/\.$/, '');
      if (words.length === 0 && w === 'the' && i + 1 < phrase.to) continue;
      // "A senior official" opening a sentence is capitalized but still someone unnamed, not a title
      if (words.length === 0 && NOT_A_TITLE_OPENER.has(w)) return null;
      // "a spokesman", "his adviser" are someone else; only capitalized or office words may qualify the title
      if (!t.cap && !ROLE_NOUNS.has(w) && !ROLE_MODIFIERS.has(w) && !countryOf(w)) return null;
      // "the CM", "the Deputy CM": an office in initials (written in capitals) stands for its words
      const spelled = t.text === t.text.toUpperCase() ? this.officeInInitials(t.text, t.start) : undefined;
      if (spelled) initialled = true;
      words.push(...(spelled ?? [w]));
    }
    if (words.length === 0 || words.length > 4) return null;
    const head = words[words.length - 1];
    if (!ROLE_NOUNS.has(head) && !PARTY_MEMBER_NOUNS.has(head)) return null;
    // the recognizer may take "the Deputy CM" for a titled name; an office in initials is no one's name
    if (!initialled && this.entities.people.overlaps(tokens[phrase.from].start, tokens[phrase.to - 1].end)) return null;
    return { head, modifiers: words.slice(0, -1) };
  }

  /**
   * "the CM", "the DC" after "Deputy Commissioner Anjali Verma": initials that stand for an office, from the list of
   * common ones or spelled out earlier in the article by words whose head (before any "of") is an office.
   */
  private officeInInitials(acronym: string, at: number): readonly string[] | undefined {
    if (!ACRONYM.test(acronym)) return undefined;
    const listed = OFFICE_ACRONYMS.get(acronym.toLowerCase());
    if (listed) return listed;
    const spelled = this.spelledOutBefore(acronym, at)?.toLowerCase().split(/\s+/);
    if (!spelled) return undefined;
    const of = spelled.indexOf('of');
    const office = of > 0 ? spelled.slice(0, of) : spelled;
    return ROLE_NOUNS.has(office[office.length - 1]) ? office : undefined;
  }

  /**
   * A headline or its deck: one of the first lines, short and not closed like a sentence ("Police Arrest Two After
   * Warehouse Fire"); a short first paragraph ends on its full stop ("Acme Corp. said Monday it would cut 300 jobs.").
   */
  private isHeadline(line: number): boolean {
    if (!this.inHeadline(line)) return false;
    const l = this.doc.lines[line];
    return !/[.!?]["'”’)]*\s*$/.test(this.doc.text.slice(l.start, l.end));
  }

  /** The first lines, if short, are the headline and its deck: a title there may name someone the body introduces. */
  private inHeadline(line: number): boolean {
    const l = this.doc.lines[line];
    if (line >= 2 || l.end - l.start > HEADLINE_CHARS) return false;
    // a short first paragraph ending its sentence ('"…," the candidate told supporters.') is no deck under the headline
    return line === 0 || !SENTENCE_CLOSE.test(this.doc.text.slice(l.start, l.end));
  }

  /**
   * "Rivera Says She Will Veto Budget" above "Mayor Ana Rivera said …": a lone name in the headline is the person
   * the article names in full below it (the headline's Title Case hides what kind of name it is).
   */
  private namedBelowHeadline(word: string, at: number): { name: string; type: 'person' | 'organization' } | null {
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
  private deferRole(
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
  private ledeOffice(phrase: Phrase, line: number): { head: string; modifiers: string[] } | null {
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
  private ledeLine(): number {
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

  private fillPendingRoles(person: Entry): void {
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

  /**
   * "The Taoiseach, Declan Moriarty, met the families": an office right before the name, the name in apposition to
   * it, is the person's role even where no one speaks, so that "the Taoiseach told them" later finds them.
   */
  private titleInAppositionBefore(startTok: number, end: number, lineFrom: number): string | undefined {
    const { tokens, text } = this.doc;
    if (tokens[startTok - 1]?.text !== ',' || tokens[end]?.text !== ',') return undefined;
    const d = phraseLeft(tokens, startTok - 1, lineFrom, text);
    if (!d || d.kind !== 'description' || !ROLE_NOUNS.has(tokens[d.to - 1].lower)) return undefined;
    return text.slice(tokens[d.from].start, tokens[d.to - 1].end);
  }

  /**
   * "The attorney general joked that his wife would disagree. 'She says …,' he said": a narration sentence opening
   * with a title makes the person holding that title (by title only, no guess) the paragraph's subject.
   */
  seeDescribedSubject(d: DescribedSubject): void {
    const { tokens } = this.doc;
    const start = tokens[d.from].start;
    const end = tokens[d.to - 1].end;
    if (this.quoted.overlaps(start, end)) return;
    const person = this.byRole(d.head, d.modifiers, start);
    if (person) this.noteSubject(person, start, end, tokens[d.from].line);
  }

  /**
   * What else the text says of a person's role around their name: "Senator Rebecca Thornquist, a Democrat from
   * Minnesota," (an appositive after a title adds to it: "the Minnesota Democrat" later), "The committee's chairman,
   * Senator Grady Lomax," (a role before the name), "(R-Ky.)" or "of Utah" after it (party and state).
   */
  private moreRoles(e: Entry, span: Span, appositive: string | undefined, nameStart: number): void {
    const { tokens, text } = this.doc;
    this.setRole(e, appositive);
    this.setRole(e, roleBeforeName(tokens, nameStart, text));
    this.setRole(e, predicateRole(tokens, this.doc.tokenAt(span.end), text));
    const tag = partyTagAt(text, span.end) ?? stateAfterName(text, span.end);
    if (tag) for (const w of [tag.party, ...tag.state.split(' ')].filter(Boolean)) e.roleWords.add(w);
  }

  /** Registers a person-name mention from the entity recognizer (with its title, read from the tokens before it). */
  seePerson(found: Span): Entry | null {
    const span = personSpan(found);
    if (!span) return null;
    const { tokens, text } = this.doc;
    const end = this.doc.tokenAt(span.end);
    const startTok = this.doc.tokenAt(span.start);
    if (startTok >= tokens.length) return null;
    const lineFrom = this.lineStartToken(startTok);
    const phrase = phraseLeft(tokens, end, Math.max(lineFrom, end - 12), text);
    const title =
      phrase && phrase.kind === 'name' && tokens[phrase.nameFrom]?.start <= span.start ? phrase.role : undefined;
    const appositive = appositiveRole(tokens, startTok, end, text);
    const before = title || appositive ? undefined : this.titleInAppositionBefore(startTok, end, lineFrom);
    const honorific =
      startTok > 0 && HONORIFICS.has(tokens[startTok - 1].lower) ? tokens[startTok - 1].lower : undefined;
    const e = this.person(span.text, span.start, title ?? appositive ?? before, honorific);
    if (e) this.moreRoles(e, span, title ? appositive : undefined, title && phrase ? phrase.from : startTok);
    if (e) {
      this.genderFromContext(e, startTok, end, span);
      e.lastSeen = span.start;
      e.age = ageAfterName(text, span.end) ?? e.age;
      this.addMention(e, { start: span.start, end: span.end, text: span.text });
      const line = tokens[startTok].line;
      // "asked Home Secretary Ruth Ainsley": the verb before the name's titles
      const before = tokens[wordBeforeTitles(tokens, startTok)];
      const after = tokens[end];
      if (before && ASKING.has(before.lower) && !this.quoted.overlaps(span.start, span.end))
        this.answerer.set(line, { entry: e, at: span.start });
      // "Mr. Lee's plan": a possessor is not what the paragraph is about
      else if (!(after && POSSESSIVE.test(after.text) && after.start === span.end))
        this.noteSubject(e, span.start, span.end, line);
    }
    return e;
  }

  /**
   * A gender the words around this mention tell (contextGender.ts), where no honorific gave one: a gendered title or
   * apposition (over a first name, only a noun of sex or kin), else the pronoun taking up a name that is its
   * sentence's subject.
   */
  private genderFromContext(e: Entry, from: number, to: number, span: Span): void {
    if (e.genderFrom === 'honorific' || e.genderFrom === 'noun' || this.quoted.overlaps(span.start, span.end)) return;
    const { tokens } = this.doc;
    if (e.genderFrom === 'name') {
      // over a first name only a noun of sex or kin: "Sam Okafor, a grandmother of four"; "Trump spokesman Hope
      // Hicks" stays a woman
      const sex = nounGenderNear(tokens, from, to, sexNounGender);
      if (sex) {
        e.gender = sex;
        e.genderFrom = 'noun';
      }
      return;
    }
    const noun = nounGenderNear(tokens, from, to);
    if (noun) {
      e.gender = noun;
      e.genderFrom = 'noun';
      return;
    }
    if (e.genderFrom === 'context') return;
    const g =
      mentionRole(tokens, from, to, false) === 'subject' &&
      pronounGenderAfter(tokens, from, to, (k) => this.entities.people.overlaps(tokens[k].start, tokens[k].end));
    if (g) {
      e.gender = g;
      e.genderFrom = 'context';
    } else this.genderFromDocument(e);
  }

  /** Else the gender the whole article gives the name (documentGender.ts): "Christie defended his endorsement". */
  private genderFromDocument(e: Entry): void {
    this.docGenders ??= documentGenders(this.doc, (from, to) => this.quoted.overlaps(from, to));
    const g = this.docGenders.get(e.words[e.words.length - 1]);
    if (g) [e.gender, e.genderFrom] = [g, 'context'];
  }

  private addMention(entry: Entry, mention: Span): void {
    let keys = this.mentionKeys.get(entry);
    if (!keys) this.mentionKeys.set(entry, (keys = new Set(entry.mentions.map((m) => `${m.start}:${m.end}`))));
    const key = `${mention.start}:${mention.end}`;
    if (keys.has(key)) return;
    keys.add(key);
    entry.mentions.push(mention);
    if (!this.mentionStarts.has(mention.start)) this.mentionStarts.set(mention.start, entry);
  }

  private lineStartToken(i: number): number {
    return this.doc.lines[this.doc.tokens[i].line].tokenFrom;
  }

  /** Speakers that were attributed at least one quote, in order of first appearance. */
  speakers(): Array<{ entry: Entry; speaker: Speaker }> {
    const out: Array<{ entry: Entry; speaker: Speaker }> = [];
    for (const e of this.entries) {
      if (!e.isSpeaker) continue;
      const mentions = [...e.mentions].sort((a, b) => a.start - b.start);
      const speaker: Speaker = { id: e.key, name: e.name, type: e.type, mentions, quoteCount: 0 };
      if (e.role) speaker.role = e.role;
      out.push({ entry: e, speaker });
    }
    return out;
  }
}

export type SpeakerEntry = Entry;

/** "she" after an unnamed speaker of the paragraph: a guess below the confident band until train says otherwise. */
const UNNAMED_CERTAINTY = 0.75;
/** How many tokens back a pronoun looks for a gendered description ("a woman in the crowd"). */
const DESCRIBED_REACH = 40;
/** Lines searched for the lede below a headline, a deck and a byline. */
const LEDE_SEARCH_LINES = 8;

const LATEST_NAMED = 'pronoun: the latest person named';
const ASKED = 'pronoun: the person just asked';
const PARAGRAPH_SPEAKER = 'pronoun: earlier speaker in the paragraph';
/** Paragraphs back a pronoun looks for a subject when no one has spoken lately. */
const EARLIER_PARAGRAPHS = 2;
const PARAGRAPH_SUBJECT = 'pronoun: subject of the paragraph';
const INTRODUCED = 'pronoun: the person the paragraph before introduced';
const CLOSING_SUBJECT = 'pronoun: subject of the sentence before';
/** Tokens of a paragraph that only introduces the next speaker ("Opposition critic Ben Roy was not convinced."). */
const MAX_INTRODUCTION_TOKENS = 40;
/**
 * Picks anchored in the pronoun's own paragraph, which the learned model may not overrule: by cross-validation on
 * train it was right in 2 of 8 such overrulings (and 6 of 6 over "the latest speaker"), and on other outlets' news
 * it sent "'I love this job,' she said" after "nurse Priya Venkataraman said …" to the article's most quoted person.
 */
const PARAGRAPH_BASES: ReadonlySet<string | undefined> = new Set([
  ASKED,
  PARAGRAPH_SPEAKER,
  PARAGRAPH_SUBJECT,
  CLOSING_SUBJECT,
]);
/**
 * "her husband added", "his missus said": kin by a possessive is as definite as "the nephew", and names whom the
 * article introduced so ("Tracey Bell rang her husband, Gary Bell,").
 */
function isOwnKin(d: Description): boolean {
  const kin = KIN_NOUNS.has(d.head) || FAMILY_NOUNS.has(d.head) || SPOUSE_NOUNS.has(d.head);
  return kin && KIN_POSSESSIVES.has(d.determiner);
}
const KIN_POSSESSIVES = new Set(['his', 'her', 'their']);

/** An office no title matched, taken as the salient person's: a guess below the confident band. */
const OFFICE_HOLDER_CERTAINTY = 0.6;
/** A description identified by the name opening the next sentence: a guess (train: 1 case), kept low. */
const NAMED_NEXT_CERTAINTY = 0.6;
/** A lone surname the recognizer did not take for a person, matched to someone named: train says how sure. */
const SURNAME_CERTAINTY = 0.8;
/** A lone surname two people named in full share: which one is meant is a guess (below the 0.8 "sure" band). */
const NAMESAKE_CERTAINTY = 0.7;
/** How many of the people named last the namesake count looks at. */
const NAMESAKE_SCAN = 200;
/** Persons remembered per paragraph as its possible subjects. */
const PARAGRAPH_PERSONS = 4;
/** Characters back within which another person makes a pronoun ambiguous (about two paragraphs). */
const RIVAL_REACH = 500;
/** How far back "the company" looks for the organization it takes up (a few paragraphs). */
const ORG_ANAPHOR_REACH = 1500;
/** An acronym as an organization's name: "DNC", "NRA", "FBI". */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Acronyms this short are a body's without being spelled out ("NASA", "MSF"); longer ones may be a surname. */
const SHORT_ACRONYM = 5;
/** How far back an acronym's spelled-out name is looked for. */
const ACRONYM_REACH = 6000;
const MAX_ACRONYMS = 64;
/** How many recent persons a pronoun may denote: enough for a long paragraph chain, few enough to stay linear. */
const CANDIDATE_CAP = 8;
/** How many words into a description its document noun may stand ("the new audit", "a poll released …"). */
const DOCUMENT_NOUN_REACH = 4;
/** How many words the author named after a document ("a statement from …") may take. */
const DOCUMENT_AUTHOR_WORDS = 6;
/** A line ending a sentence: a full stop, question or exclamation mark, maybe inside closing quotes. */
const SENTENCE_CLOSE = /[.!?]["”’')]*\s*$/;
/** How far below a headline its lone name is looked for in full (characters). */
const HEADLINE_LOOKAHEAD = 1500;
/** How many tokens back "it" looks for the organization a sentence opened with. */
const DESCRIBED_ORG_REACH = 80;
/** Persons a misspelled surname is compared with, most recent first. */
const TYPO_SCAN = 40;
/** The share of the model's overrulings of the salience rule that were right on PolNeAR train (cross-validated). */
const OVERRULED_CERTAINTY = 0.55;
/** Persons checked for rivals, most recent first. */
const RIVAL_SCAN = 12;
/** A contested pronoun's certainty: below the confident band. */
const RIVAL_CAP = 0.75;

/** A text resolved to its issuer: below the confident band (the issuer is read off the sentences before). */
const TEXT_CERTAINTY = 0.75;
/** "it" taken as a text speaking: a guess on few training cases. */
const IT_TEXT_CERTAINTY = 0.6;
/** Paragraphs over which "it said" goes on with the text that spoke last. */
const TEXT_LINES = 2;
/** "'s" or "’s" as its own token. */
const POSSESSIVE_TOKEN = /^['’]s$/i;

/** How far back a document's issuer is looked for (a paragraph or two). */
const ISSUER_REACH = 600;

/** Verbs whose object answers next: "Hale asked Rivera whether … 'No,' she said". */
const ASKING = new Set(['asked', 'asks', 'asking', 'pressed', 'questioned']);
/**
 * "the rights group", "the state broadcaster": one lower-case noun or adjective saying what kind of body, which takes
 * up the body named last as "the group" does; "the other group", "a rival union" name another.
 */
function kindModified(words: DocToken[]): boolean {
  const modifier = words[1];
  return words.length === 3 && modifier.word && !modifier.cap && !OTHER_BODY_WORDS.has(modifier.lower);
}

/** Characters from "by" to the asker's name, past a title: "Asked by Deputy Mayor Ann Roy". */
const ASKER_REACH = 30;
const SENTENCE_END_MARKS = new Set(['.', '!', '?']);

/** A byline among an article's first lines: "By Hannah Okafor", "By Pat Lee and …" (the first name only). */

/** Headlines are short; a longer first line is body text. */
const HEADLINE_CHARS = 160;
/** Titled headline speakers held open at a time (a headline has one or two). */
const MAX_PENDING_ROLES = 4;
/** Members of a family ("the Jamisons") listed as its speakers at most. */
const MAX_FAMILY = 3;
/** Persons looked through for a family's members. */
const FAMILY_SCAN = 200;

/** The determiner opening the noun phrase whose head is at `head`, a few words before it ("a young woman", "the
 * Alberta man"). */
function determinerBefore(tokens: DocToken[], head: number): number {
  for (let j = head - 1; j >= 0 && head - j <= 4; j--) {
    if (DESCRIPTION_OPENERS.has(tokens[j].lower)) return j;
    if (!tokens[j].word) return -1;
  }
  return -1;
}

function documentResolution(entry: Entry): Resolution {
  return { entry, certainty: 0.6, basis: 'a document, its author not named' };
}

/**
 * The index in `words` of the document noun a description names ("the memo, dated March 3" → memo, "a poll released
 * Tuesday" → poll), among its first words; -1 when it names none, or when the noun owns what follows ("the report's
 * lead author" is a person).
 */
function documentNounAt(doc: Doc, words: DocToken[]): number {
  for (let i = 0; i < Math.min(words.length, DOCUMENT_NOUN_REACH); i++) {
    const w = words[i];
    if (!DOCUMENT_NOUNS.has(w.lower) && !ISSUED_TEXT_NOUNS.has(w.lower)) continue;
    const after = doc.tokens[doc.tokenAt(w.start) + 1];
    return after && (after.text === "'s" || after.text === '’s' || after.text === "'" || after.text === '’') ? -1 : i;
  }
  return -1;
}

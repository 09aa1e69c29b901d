/**
 * The speaker table's state and registry: every speaker entry so far, their mentions, the persons named in each
 * paragraph (its likely subjects), and who spoke last. "Ms. Ortiz pledged unity, Mr. Hale insisted on change." notes
 * Ortiz and Hale as the paragraph's persons, so that a later "he said" can find Hale; "Mayor: …" in a headline is
 * a headline line, whose title waits for the body to name its holder.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { Doc } from '../text/document';
import { writerName } from './writerName';
import type { Span, Speaker, SpeakerType } from '../types';
import { ROLE_ALIASES } from '../lexicon/speakerWords';
import { SpanIndex } from '../text/spanIndex';
import { mentionRole, type MentionRole } from './mentionRole';
import { personAliases } from './aliases';
import { NarrationSentences } from './narrationSentences';
import type { Entry, PendingRole } from './speakerEntry';
import { POSSESSIVE, countryOf } from './nameForms';
import type { AntecedentChoice } from './antecedents';
import type { Gender } from './gender';

/**
 * The role aliases of more than one word ("prime minister"), spaced at both ends as setRole looks them up in a role
 * (" deputy prime minister "): picked out once, not tested for a space each time a person is given a role.
 */
const MULTI_WORD_ROLES: ReadonlyArray<readonly [string, readonly string[]]> = [...ROLE_ALIASES]
  .filter(([phrase]) => phrase.includes(' '))
  .map(([phrase, aliases]) => [` ${phrase} `, aliases] as const);

export abstract class SpeakerState {
  // resolvers of later layers (declared here, defined there) that this one calls
  abstract person(rawName: string, at: number, role?: string, honorific?: string): Entry | null;

  protected readonly entries: Entry[] = [];
  protected entityIndex: { organizations: SpanIndex; people: SpanIndex; places: SpanIndex } | undefined;

  /** The recognizer's organizations, people and places, indexed once on first need. */
  protected get entities(): { organizations: SpanIndex; people: SpanIndex; places: SpanIndex } {
    this.entityIndex ??= {
      organizations: new SpanIndex(this.doc.organizations),
      people: new SpanIndex(this.doc.people),
      places: new SpanIndex(this.doc.places),
    };
    return this.entityIndex;
  }

  /** The entry each mention starting at an offset denotes: what a sentence opens with (paragraphBody). */
  protected readonly mentionStarts = new Map<number, Entry>();
  protected headlineFree: Span[] | undefined;
  /** The body organizations by start offset, for a name in apposition (apposedBody). */
  protected orgStarts: Map<number, Span> | undefined;
  /** The gender the whole article gives each surname (documentGender.ts), computed on first need. */
  protected docGenders: Map<string, Gender> | undefined;

  /**
   * The recognizer's organizations below the headline: what "the union", "police" or "the company" may take up. A
   * headline's Title Case glues words into false names ("Police Arrest Two", "Union Warns of Staffing Gaps"), and the
   * body names again the body it is about.
   */
  protected get bodyOrganizations(): Span[] {
    this.headlineFree ??= this.doc.organizations.filter(
      (o) => !this.isHeadline(this.doc.tokens[this.doc.tokenAt(o.start)]?.line ?? Infinity),
    );
    return this.headlineFree;
  }

  /** "start:end" of each entry's mentions, so a repeated mention is found without scanning the list. */
  protected readonly mentionKeys = new Map<Entry, Set<string>>();
  /** Every word of every person's name so far (a superset: names only grow), to rule out matches in O(1). */
  protected readonly personWords = new Set<string>();
  protected readonly byKey = new Map<string, Entry>();
  /** Persons, most recent last. */
  protected readonly persons: Entry[] = [];
  /** Headline speakers named only by a title ("Mayor: …"), waiting for the body to introduce that person. */
  protected readonly pendingRoles: PendingRole[] = [];
  /** The line of the article's first paragraph below the headline (ledeLine), found once. */
  protected lede: number | undefined;
  protected writerEntry: Entry | undefined;
  /** The author of the text that spoke last ("the email" resolved to its sender): who "it said" goes on with. */
  protected latestText: { entry: Entry; end: number; line: number } | null = null;
  /** The latest unnamed single speaker ("the woman", "a spokesman for Acme"): who "she" or "he" may be next. */
  protected latestUnnamed: Entry | null = null;
  /** The first person named in each paragraph outside quotation marks: its subject, the likeliest "he" or "she". */
  protected readonly paragraphSubject = new Map<number, { entry: Entry; at: number }>();
  /** The first few persons named in each paragraph outside quotation marks, in order: a subject of either gender. */
  protected readonly paragraphPersons = new Map<number, Array<{ entry: Entry; at: number }>>();
  protected quoted: SpanIndex = new SpanIndex([]);
  protected sentences = new NarrationSentences([], () => false);
  /** The speaker of the latest quote attributed so far: "she" most often goes on with that one. */
  protected latestSpeech: { entry: Entry; at: number } | null = null;
  /** The person asked a question in each paragraph ("Hale asked Rivera whether …"): who answers next. */
  protected readonly answerer = new Map<number, { entry: Entry; at: number }>();
  /** Per acronym, how far the text has been searched for its spelled-out name, and the name found. */
  protected readonly acronyms = new Map<string, { scannedTo: number; found: string | null }>();
  /** Per acronym, the first body organization it abbreviates (organizationNames.ts firstBodyOrganization). */
  protected readonly acronymOrganizations = new Map<string, Span | null>();
  /** Names people go by, from "X, known as Y" (aliases.ts). */
  protected readonly aliases: Map<string, string[]>;

  /**
   * @param trace for training only (scripts/speakers/train-antecedents.ts): called with every learned antecedent
   *   choice, its candidates and their features.
   */
  constructor(
    protected readonly doc: Doc,
    protected readonly trace?: (choice: AntecedentChoice) => void,
  ) {
    this.aliases = personAliases(doc);
  }

  /** The quoted passages: a name inside the marks is not the paragraph's subject ("'Ask Varga,' he said"). */
  setQuoted(spans: ReadonlyArray<{ start: number; end: number }>): void {
    this.quoted = new SpanIndex(spans);
    this.sentences = new NarrationSentences(this.doc.tokens, (from, to) => this.quoted.overlaps(from, to));
  }

  protected noteSubject(e: Entry, at: number, end: number, line: number): void {
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
  protected subjectOf(
    line: number,
    at: number,
    compatible: (e: Entry) => boolean,
  ): { entry: Entry; at: number } | null {
    // "In a letter to Blake, Priya Raman said …": a person after a preposition is named first but is not the subject,
    // nor one named in an opening clause ("When Mr. Hale objected, Ms. Ruiz left")
    let oblique: { entry: Entry; at: number } | null = null;
    for (const n of this.paragraphPersons.get(line) ?? []) {
      if (n.at >= at || !compatible(n.entry)) continue;
      const role = this.roleOfMention(n.entry, n.at);
      if (role !== 'oblique' && role !== 'embedded') return n;
      oblique ??= n;
    }
    return oblique;
  }

  protected add(entry: Entry): Entry {
    let key = entry.key;
    for (let n = 2; this.byKey.has(key); n++) key = `${entry.key}-${n}`;
    entry.key = key;
    this.byKey.set(key, entry);
    this.entries.push(entry);
    if (entry.type === 'person') this.persons.push(entry);
    return entry;
  }

  protected newEntry(name: string, type: SpeakerType, at: number): Entry {
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

  protected setRole(e: Entry, role: string | undefined): void {
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
    for (const [phrase, aliases] of MULTI_WORD_ROLES)
      if (words.includes(phrase)) for (const a of aliases) e.roleWords.add(a);
  }

  protected touchPerson(e: Entry): void {
    const i = this.persons.lastIndexOf(e); // the one touched is usually among the most recent
    if (i >= 0 && i !== this.persons.length - 1) {
      this.persons.splice(i, 1);
      this.persons.push(e);
    }
  }

  /** The role of a person's mention starting at `at` (mentionRole.ts); 'none' when no such mention is kept. */
  protected roleOfMention(e: Entry, at: number): MentionRole | 'none' {
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

  /** A person's latest mention before `at` (mentions are mostly in text order; a few arrive late). */
  protected lastMentionBefore(p: Entry, at: number): Span | null {
    let best: Span | null = null;
    for (let i = p.mentions.length - 1; i >= 0 && i >= p.mentions.length - 8; i--) {
      const m = p.mentions[i];
      if (m.start < at && (!best || m.start > best.start)) best = m;
    }
    return best;
  }

  /** The article's writer: the person the byline, a credit or an author note names ("By Hannah Okafor" in the first lines), else "the writer". */
  protected writer(at: number): Entry {
    if (this.writerEntry) return this.writerEntry;
    const name = writerName(this.doc.text);
    const named = name ? this.person(name, at) : null;
    if (named) {
      // "I asked him. '…,' he said": whoever "he" is, it is not the writer speaking as "I"
      named.firstPerson = true;
      return (this.writerEntry = named);
    }
    const e = this.newEntry('the writer', 'person', at);
    // not an antecedent for "he" or "she": the writer is only ever "I"
    this.persons.splice(this.persons.indexOf(e), 1);
    return (this.writerEntry = e);
  }

  /**
   * A speaker only the headline names: there Title Case glues words into a false name ("Drivers' Union Vows to Fight"
   * says nothing of a body called "Union Vows to Fight"), so "the union" below takes up the body the article names.
   */
  protected onlyInHeadline(e: Entry): boolean {
    const lineOf = (m: Span): number => this.doc.tokens[this.doc.tokenAt(m.start)]?.line ?? Infinity;
    return e.mentions.length > 0 && e.mentions.every((m) => this.isHeadline(lineOf(m)));
  }

  /**
   * A headline or its deck: one of the first lines, short and not closed like a sentence ("Police Arrest Two After
   * Warehouse Fire"); a short first paragraph ends on its full stop ("Acme Corp. said Monday it would cut 300 jobs.").
   */
  protected isHeadline(line: number): boolean {
    if (!this.inHeadline(line)) return false;
    const l = this.doc.lines[line];
    return !/[.!?]["'”’)]*\s*$/.test(this.doc.text.slice(l.start, l.end));
  }

  /** The first lines, if short, are the headline and its deck: a title there may name someone the body introduces. */
  protected inHeadline(line: number): boolean {
    const l = this.doc.lines[line];
    if (line >= 2 || l.end - l.start > HEADLINE_CHARS) return false;
    // a short first paragraph ending its sentence ('"…," the candidate told supporters.') is no deck under the headline
    return line === 0 || !SENTENCE_CLOSE.test(this.doc.text.slice(l.start, l.end));
  }

  protected addMention(entry: Entry, mention: Span): void {
    let keys = this.mentionKeys.get(entry);
    if (!keys) this.mentionKeys.set(entry, (keys = new Set(entry.mentions.map((m) => `${m.start}:${m.end}`))));
    const key = `${mention.start}:${mention.end}`;
    if (keys.has(key)) return;
    keys.add(key);
    entry.mentions.push(mention);
    if (!this.mentionStarts.has(mention.start)) this.mentionStarts.set(mention.start, entry);
  }

  protected lineStartToken(i: number): number {
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

/** Persons remembered per paragraph as its possible subjects. */
const PARAGRAPH_PERSONS = 4;

/** A line ending a sentence: a full stop, question or exclamation mark, maybe inside closing quotes. */
const SENTENCE_CLOSE = /[.!?]["”’')]*\s*$/;

/** Headlines are short; a longer first line is body text. */
const HEADLINE_CHARS = 160;

/**
 * Descriptions and roles: "the minister said" is the person holding that office named earlier ("Foreign Minister
 * Sergei Lavrov"); "her husband said", "the 34-year-old said" and "the striker added" are the person so described;
 * "The mayor's right-hand woman said … Ann Bell, the deputy mayor," is the person named next; a description no one
 * named matches is its own unnamed speaker ("the spokesman").
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { DocToken } from '../text/document';
import type { Gender } from './gender';
import { personNamedNext, titledPersonAhead } from './namedNext';
import {
  ANONYMOUS_NOUNS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  GENERIC_ROLE_NOUNS,
  INDEFINITE_DETERMINERS,
  KIN_NOUNS,
  FAMILY_NOUNS,
  SPOUSE_NOUNS,
  ORG_NOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
} from '../lexicon/lexicon';
import {
  STUDY_AUTHOR_NOUNS,
  PARTY_MEMBER_NOUNS,
  EPITHET_NOUNS,
  TEAM_ROLES,
  AGE_OR_KIN_EPITHET,
  HEIGHT_EPITHET,
  LED_BODY_WORDS,
  SPOKESPERSON_NOUNS,
} from '../lexicon/speakerWords';
import type { Phrase } from '../attribution/phrases';
import { isSpeakerNoun } from '../attribution/phraseParts';
import { namedInOwnRelative } from '../attribution/contactRelatives';
import type { Description, Entry, Resolution } from './speakerEntry';
import { countryOf, ownedBodyName } from './nameForms';
import {
  fitsRole,
  kinGender,
  personNounGender,
  isOccupation,
  isRoleHead,
  US_STATE_WORDS,
  partyDescriptionFits,
} from './roleFit';
import { DATELINE_DASHES, NOT_A_TITLE_OPENER, QUANTIFIERS } from '../lexicon/functionWords';
import { BODY_COMPOUNDS, PHRASAL_CUES } from '../lexicon/speakerWords';
import { REPLY_CUES } from '../lexicon/speechVerbs';
import { epithetAges } from './epithets';
import { UNNAMED_CERTAINTY, Pronouns } from './pronouns';
import { LATEST_NAMED } from './pronounBases';
import { apposedOrganization } from './apposedBody';
import { relativeClauseGender } from './relativeGender';
import { introducedUnnamedAt } from './introducedUnnamed';
import { introducedNouns, personIntroducedAfter, personIntroducedAs, type IntroducedNouns } from './introducedAs';
import { appositiveHead, marksAnother } from './unnamedAgain';

export abstract class Descriptions extends Pronouns {
  // resolvers of later layers (declared here, defined there) that this one calls
  protected abstract name(phrase: Phrase, at: number): Resolution;
  protected abstract demonymSpeaker(phrase: Phrase, name: string, at: number): Resolution | null;

  protected description(phrase: Phrase, written: string, at: number): Resolution {
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
    const text =
      this.textAuthor(phrase, definite, at) ?? this.textWriters(phrase, definite, at) ?? this.documentSpeaker(d, at);
    if (text) return text;
    // "the nephew said" after "his nephew, Travis Hoffman": kin the article gave someone is a role too, as is an
    // occupation ("State auditor Frank DeLuca … the auditor said")
    if (
      (definite || isOwnKin(d)) &&
      !plural &&
      !d.body &&
      (isRoleHead(head) || isOccupation(head) || personNounGender(head) || KIN_NOUNS.has(head))
    ) {
      const chosen = this.roleDescription(d, phrase, at);
      if (chosen.entry) return chosen;
    }
    // "the campaign", "the court": a body's noun before a name ("campaign manager X") is no name for that person
    const person = definite && !plural && !d.body;
    const introduced = person && !ORG_NOUNS.has(head) ? this.introducedPerson(d, at) : null;
    if (introduced) return introduced;
    const epithet = person ? this.epithet(d, phrase, at) : null;
    if (epithet) return epithet;
    if (ORG_NOUNS.has(head) || ORG_NOUNS.has(singular) || d.body)
      return this.apposedBody(phrase, definite) ?? this.organizationDescription(d, at);
    return this.unnamedDescription(phrase, d, phraseText, at);
  }

  /**
   * "Replacement hooker Tama Rewiti scored. … '…,' the hooker says": the one person the article introduced by the
   * description's noun (introducedAs.ts), whatever that noun is.
   */
  protected introducedPerson(d: Description, at: number): Resolution | null {
    this.introducedNouns ??= introducedNouns(this.doc.tokens, this.doc.people, this.doc.tokenAt);
    const mention = personIntroducedAs(this.introducedNouns, d.head, at);
    const entry = mention ? this.person(mention.text, mention.start) : null;
    return entry ? { entry, certainty: OFFICE_HOLDER_CERTAINTY, basis: 'description: the person it introduced' } : null;
  }
  private introducedNouns?: IntroducedNouns;

  /** "A prosecution witness told the court …" ¶ "The witness, Mr Tunde Bako, …": named next by the same noun. */
  protected introducedNext(d: Description, phrase: Phrase): Resolution | null {
    if (ORG_NOUNS.has(d.head)) return null;
    this.introducedNouns ??= introducedNouns(this.doc.tokens, this.doc.people, this.doc.tokenAt);
    // "Witness says contract was awarded …" above the story: whoever the story introduces so
    const headline = this.inHeadline(this.doc.tokens[phrase.from].line);
    const end = this.doc.tokens[phrase.to - 1].end;
    const mention = personIntroducedAfter(this.introducedNouns, d.head, end, headline ? Infinity : undefined);
    const entry = mention ? this.person(mention.text, mention.start) : null;
    return entry
      ? { entry, certainty: NAMED_NEXT_CERTAINTY, basis: 'description: the person it introduced next' }
      : null;
  }

  /** "The utility, Northern Valley Power, issued …": the body named beside its description (apposedBody.ts). */
  protected apposedBody(phrase: Phrase, definite: boolean): Resolution | null {
    if (!definite) return null;
    // a name the recognizer took for a person's is the body's too: a body's noun has no person in apposition
    this.orgStarts ??= new Map([...this.doc.people, ...this.bodyOrganizations].map((o) => [o.start, o]));
    const starts = this.orgStarts;
    const org = apposedOrganization(this.doc.tokens, phrase.to, (start) => starts.get(start));
    if (!org) return null;
    return {
      entry: this.organization(org.text, org.start),
      certainty: 0.8,
      basis: 'description: the body named beside it',
    };
  }

  /**
   * "Detective Constable Priya Sandhu of Bedfordshire Police said": a capitalized run ending in an office noun ("Police")
   * reads as a description, but a person named before its "of" is who speaks, from that body.
   */
  protected personOfBody(phrase: Phrase, at: number): Resolution | null {
    const asName: Phrase = { ...phrase, kind: 'name', nameFrom: phrase.from, nameTo: phrase.to, role: undefined };
    const person = this.personBeforeOf(asName);
    return person === asName ? null : this.name(person, at);
  }

  /** A description no one named matches: an unnamed source, or its own speaker named as written ("the spokesman"). */
  protected unnamedDescription(phrase: Phrase, d: Description, phraseText: string, at: number): Resolution {
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
    // "One customer, who asked that her name not be used, said …": the clause after it may tell the gender
    unnamed.gender ??= relativeClauseGender(this.doc.tokens, phrase.to);
    // "a family doctor in Brandon", "one nurse": an occupation is one person too, whom "she" may go on with
    if (unnamed.gender || ANONYMOUS_NOUNS.has(head) || isRoleHead(head) || isOccupation(head)) unnamed.someone = true;
    // "one of the officials said": one person out of a group, whom "that official said" goes on with
    const oneOf = head === 'one' && d.words[1]?.lower === 'of' && d.words.length > 2;
    if (oneOf) unnamed.someone = true;
    const lead = plural || anonymityHint ? null : this.introducedNext(d, phrase);
    if (lead) return lead;
    const named =
      unnamed.someone && !oneOf && !plural && !anonymityHint && this.mayBeNamedNext(phrase, d)
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
   * 'A senior White House official, who spoke on condition of anonymity, said …' ¶ '"…," the official said': the
   * unnamed speaker of the last paragraph or two, described again by the same noun, not an official named earlier.
   * Rule "described again, further on": the only unnamed speaker so described, however far back ("a spokesperson for
   * the minister said …" ¶ … ¶ "the spokesperson said only that …"), when no one named bears the noun as a title.
   * "The second source", "another official" is someone else.
   */
  protected describedAgain(phrase: Phrase, roleHead: string | undefined, at: number, line: number): Resolution | null {
    // "that official said" points back as "the official said" does
    const { tokens } = this.doc;
    if (phrase.kind === 'pronoun' || !AGAIN_DETERMINERS.has(tokens[phrase.from].lower)) return null;
    if (marksAnother(tokens, phrase)) return null;
    const head = roleHead ?? (phrase.kind === 'description' ? this.describe(phrase, '')?.head : undefined);
    if (!head) return null;
    const u = this.latestUnnamed;
    const again = u && (this.unnamedHeads.get(u)?.includes(head) || this.genericOfficeAgain(u, head));
    if (u && again && u.lastSpoke < at && line - u.lastSpokeLine <= 2)
      return { entry: u, certainty: UNNAMED_CERTAINTY, basis: 'description: the unnamed speaker described so before' };
    const only = this.unnamedByHead.get(head);
    if (!only || only.length !== 1 || only[0].lastSpoke >= at || this.persons.some((p) => p.roleWords.has(head)))
      return null;
    return {
      entry: only[0],
      certainty: FAR_UNNAMED_CERTAINTY,
      basis: 'description: the one unnamed speaker so described',
    };
  }

  /**
   * "a spokesman", "an official not authorized to speak": unnamed on purpose, not named later; but rule "lede
   * description": "A former senior official told MPs …" opening the story is who the next sentence names.
   */
  private mayBeNamedNext(phrase: Phrase, d: Description): boolean {
    if (!INDEFINITE_DETERMINERS.has(d.determiner)) return true;
    // one who speaks for someone stays unnamed ("A spokesman for the minister, Ciarán Doyle, said": the minister)
    if (SPOKESPERSON_NOUNS.has(d.head) || this.doc.tokens[phrase.to]?.text === ',') return false;
    return this.ledeDescription(phrase);
  }

  /**
   * The subject opening the story's first sentence: "A former senior official in the department told MPs …" (after
   * a dateline's dash too). Headline, deck and byline lines end without a full stop; the first line that ends with one
   * is the lede.
   */
  private ledeDescription(phrase: Phrase): boolean {
    const { tokens, lines, text } = this.doc;
    const line = tokens[phrase.from].line;
    this.firstSentenceLine ??= firstSentenceLine(text, lines);
    const opens = phrase.from === lines[line].tokenFrom || DATELINE_DASHES.has(tokens[phrase.from - 1]?.text ?? '');
    return line === this.firstSentenceLine && opens;
  }
  private firstSentenceLine?: number;

  /** Unnamed single speakers by each noun they were described with, and each one's nouns. */
  private readonly unnamedByHead = new Map<string, Entry[]>();
  private readonly unnamedHeads = new Map<Entry, string[]>();

  /** An unnamed speaker has spoken, mentioned up to `end`: its nouns ("a senior official" → official). */
  protected noteUnnamed(entry: Entry, end: number): void {
    const heads = this.unnamedHeads.get(entry) ?? [];
    for (const head of [unnamedHead(entry.name), appositiveHead(this.doc.text, end)]) {
      if (!head || heads.includes(head)) continue;
      heads.push(head);
      const list = this.unnamedByHead.get(head) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.unnamedByHead.set(head, list);
    }
    this.unnamedHeads.set(entry, heads);
  }

  /**
   * 'One Republican congressman, who asked not to be named, told The Post …' ¶ '"…," the lawmaker said': a generic
   * office noun ("lawmaker", "official") re-describes the unnamed office holder who spoke last, when no one spoke
   * since.
   */
  private genericOfficeAgain(u: Entry, head: string): boolean {
    return GENERIC_ROLE_NOUNS.has(head) && ROLE_NOUNS.has(unnamedHead(u.name)) && this.latestSpeech?.entry === u;
  }

  /** A description pointing back at an unnamed person: one who spoke so described, or one just brought in. */
  protected describedBefore(phrase: Phrase, roleHead: string | undefined, at: number, line: number): Resolution | null {
    if (phrase.kind !== 'description' && !roleHead) return null;
    return (
      this.describedAgain(phrase, roleHead, at, line) ??
      this.introducedUnnamed(phrase, roleHead ?? this.describe(phrase, '')?.head, at)
    );
  }

  /**
   * "… were greeted by an organizer." ¶ '"…," the organizer told them': someone the narration just brought in
   * unnamed (introducedUnnamed.ts) is their own unnamed speaker, unless a person given that very title was named
   * since ("an organizer, Ann Bell,") — or, for a bare plural ("Mexican officials"), at all.
   */
  protected introducedUnnamed(phrase: Phrase, head: string | undefined, at: number): Resolution | null {
    const { tokens } = this.doc;
    // "the organizer", "the senior official": the noun ends the phrase ("the head of the union" is left alone)
    if (!head || tokens[phrase.from].lower !== 'the' || phrase.to - phrase.from > 4) return null;
    if (tokens[phrase.to - 1].lower !== head) return null;
    if (!isRoleHead(head) && !isOccupation(head) && !EPITHET_NOUNS.has(head)) return null;
    const start = introducedUnnamedAt(tokens, phrase.from, phrase.to, (t) => this.quoted.overlaps(t.start, t.end));
    if (start < 0) return null;
    const bare = tokens[this.doc.tokenAt(start)].lower !== head;
    if (this.persons.some((p) => p.roleWords.has(head) && (bare || p.lastSeen > start))) return null;
    const unnamed = this.anonymous(this.doc.text.slice(at, tokens[phrase.to - 1].end), at, false);
    unnamed.someone = true;
    unnamed.gender ??= personNounGender(head);
    return {
      entry: unnamed,
      certainty: UNNAMED_CERTAINTY,
      basis: 'description: someone brought in unnamed just before',
    };
  }

  /**
   * "The 41-year-old said", "the father-of-three told gardaí", "the striker added": a definite description by age,
   * family or occupation re-describes the person the passage is about, news avoiding the name again. An occupation
   * alone must not contradict that person's known office ("Mayor Bell … 'It hurts,' the teacher said" is another).
   */
  protected epithet(d: Description, phrase: Phrase, at: number): Resolution | null {
    const aged = d.words.some((w) => AGE_OR_KIN_EPITHET.test(w.lower));
    // a height describes a player as an age does anyone: "the 6-foot-10 center said"
    const tall = d.words.some((w) => HEIGHT_EPITHET.test(w.lower));
    if (!aged && !tall && !EPITHET_NOUNS.has(d.head) && !isOccupation(d.head) && !teamQualified(d)) return null;
    const { tokens, text } = this.doc;
    const line = tokens[phrase.from].line;
    const s = this.salient(personNounGender(d.head) ?? kinGender(d.head), at, line, this.repliedTo(phrase, line));
    if (!s.entry || s.basis === LATEST_NAMED) return null;
    // "the driver Ms Hale hired said": Hale hired; the driver is someone else (contactRelatives.ts)
    if (namedInOwnRelative(tokens, phrase.to, s.entry.words, text)) return null;
    // a team's captain plays a position: "United captain Kofi Mensah … the midfielder said" is him
    const holdsOffice = [...s.entry.roleWords].some((w) => ROLE_NOUNS.has(w) && !TEAM_ROLES.has(w));
    // "Rovers manager Ian Matthews … the former Wales midfielder added": a past occupation contradicts no office
    const former = d.words.some((w) => w.lower === 'former');
    if (!aged && !tall && !former && holdsOffice && !s.entry.roleWords.has(d.head)) return null;
    const age = exactAge(d);
    // "'…,' the 31-year-old midfielder said." ¶ "For Ade, the goal was his first." ¶ "'…,' the 22-year-old striker
    // said": an age the person is known not to have is someone else's, the person named since who has none yet
    const entry =
      age !== undefined && s.entry.age !== undefined && s.entry.age !== age ? this.namedSince(s.entry, at) : s.entry;
    if (!entry) return null;
    // the age an epithet gives is the person's from now on, for the next one
    if (age !== undefined) entry.age ??= age;
    const basis = entry === s.entry ? 'description: the person the passage is about' : 'description: another age';
    return { entry, certainty: OFFICE_HOLDER_CERTAINTY, basis };
  }

  /**
   * Rule "a reply answers another": 'After Clinton said it was "awfully good" …, the billionaire fired back: "…"': a
   * description whose cue is a reply ("fired back", "retorted", "responded") is not the person who spoke last in its
   * own paragraph, whom it answers. That person, else null.
   */
  protected repliedTo(phrase: Phrase, line: number): Entry | null {
    const { tokens } = this.doc;
    const verb = tokens[phrase.to];
    const reply = !!verb && (REPLY_CUES.has(verb.lower) || PHRASAL_CUES.get(verb.lower) === 'back');
    const last = this.latestSpeech?.entry;
    return reply && last && last.lastSpokeLine === line ? last : null;
  }

  /** The person seen last, of no known age, named after `other` last spoke: whom a passage turned to. */
  protected namedSince(other: Entry, at: number): Entry | null {
    let best: Entry | null = null;
    for (const p of this.persons)
      if (p !== other && p.age === undefined && p.lastSeen < at && p.lastSeen > other.lastSpoke)
        if (!best || p.lastSeen > best.lastSeen) best = p;
    return best;
  }

  /** "the 19-year-old", "the teenager": the person of that age named most recently before it (epithets.ts). */
  protected personOfAge(phrase: Phrase, at: number): Resolution | null {
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
  protected namedNext(phrase: Phrase, gender: Gender | undefined): Resolution | null {
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
  protected possessorNamed(written: string, at: number): string {
    const of = OF_PERSON_PHRASE.exec(written);
    const m = of ? [written, of[2], "'", of[1]] : POSSESSOR_PHRASE.exec(written);
    if (!m) return written;
    const owned = (owner: string) => ownedBodyName(owner, m[3], m[2]); // the writer's own apostrophe
    const surname = m[1].split(/\s+/).pop() ?? '';
    const person = this.bySurname(surname.toLowerCase());
    if (person && person.words.length >= 2) return owned(person.name);
    // named in the text but never a speaker yet: the latest full mention up to the possessor's own
    const end = at + written.lastIndexOf(m[1]) + m[1].length;
    for (let i = this.doc.people.length - 1; i >= 0; i--) {
      const p = this.doc.people[i];
      if (p.end <= end && p.text.includes(' ') && p.text.endsWith(` ${surname}`)) return owned(p.text);
    }
    return written;
  }

  /** A description's parts: its words, head ("a spokesman | for the ministry" → spokesman), determiner, number. */
  protected describe(phrase: Phrase, text: string): Description | null {
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
    // "counsel told the court": legal English names the one counsel of a side without an article
    const definite =
      determiner === 'the' || determiner === 'this' || determiner === 'that' || (!determiner && head === 'counsel');
    const plural = singular !== head && !ROLE_NOUNS.has(head);
    const body = isBodyCompound(words, headIndex);
    return { words, headIndex, head, singular, determiner, definite, plural, text, body };
  }

  /** "the senator", "the congresswoman": the person holding that role, by title or by the learned choice. */
  protected roleDescription(d: Description, phrase: Phrase, at: number): Resolution {
    const modifiers = d.words.slice(d.determiner ? 1 : 0, d.headIndex).map((w) => w.lower);
    const line = this.doc.tokens[phrase.from].line;
    const person = this.titleHolder(d.head, modifiers, at, line);
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

  /** The person a title names (byRole), unless that title fits only loosely and yields (looseTitleYields). */
  protected titleHolder(head: string, modifiers: string[], at: number, line: number): Entry | null {
    const titled = this.byRole(head, modifiers, at);
    return titled && (this.looseTitleYields(titled, head, modifiers, at, line) ?? titled);
  }

  /**
   * Rule "loose title yields": "Republican Sen. Pat Toomey …" paragraphs back, then "But her running mate, Tim Kaine,
   * told reporters …" ¶ '"…," the Virginia senator said' is Kaine: a title that fits only loosely (the description
   * names a state the titled person was never tied to) and was named before the paragraph before yields to the
   * person the passage is about, when no state or other office of theirs contradicts the description.
   */
  protected looseTitleYields(titled: Entry, head: string, modifiers: string[], at: number, line: number): Entry | null {
    const states = modifiers.filter((m) => US_STATE_WORDS.has(m));
    if (states.length === 0 || states.some((m) => titled.roleWords.has(m))) return null;
    const seen = this.lastMentionBefore(titled, at);
    if (!seen || this.doc.tokens[this.doc.tokenAt(seen.start)].line >= line - 1) return null;
    const s = this.salient(undefined, at, line);
    const other = s.entry;
    if (!other || other === titled || s.basis === LATEST_NAMED) return null;
    const otherState = [...other.roleWords].some((w) => US_STATE_WORDS.has(w) && !states.includes(w));
    const otherOffice = [...other.roleWords].some((w) => ROLE_NOUNS.has(w) && w !== head);
    return otherState || otherOffice ? null : other;
  }

  /** "the judge" before anyone holds that title, and "Judge Berman" named soon after: him (namedNext.ts). */
  protected titledAhead(head: string, modifiers: string[], at: number): Resolution | null {
    // "the Vermont senator" is not whichever senator comes next: a place in the description asks for more than a title
    if (!ROLE_NOUNS.has(head) || modifiers.some((m) => US_STATE_WORDS.has(m) || countryOf(m))) return null;
    const span = titledPersonAhead(this.doc.text, this.doc.people, at, head);
    if (!span || !qualifiersGiven(this.doc.text, span.start, modifiers)) return null;
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
  protected officeHolder(head: string, modifiers: string[], at: number, line: number): Resolution | null {
    const party = PARTY_MEMBER_NOUNS.has(head);
    if ((!ROLE_NOUNS.has(head) && !party) || personNounGender(head)) return null;
    // "Trump stood by his aide. '…,' the police said": a body's noun ("police") is no one person's office
    if (ORG_NOUNS.has(head)) return null;
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

  /** The most recent person whose title fits "the Russian president" / "the Japanese official". */
  protected byRole(head: string, modifiers: string[], at: number): Entry | null {
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
  protected roleOnly(phrase: Phrase): { head: string; modifiers: string[] } | null {
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
}

/**
 * "her husband added", "his missus said": kin by a possessive is as definite as "the nephew", and names whom the
 * article introduced so ("Tracey Bell rang her husband, Gary Bell,").
 */
function isOwnKin(d: Description): boolean {
  const kin = KIN_NOUNS.has(d.head) || FAMILY_NOUNS.has(d.head) || SPOUSE_NOUNS.has(d.head);
  return kin && KIN_POSSESSIVES.has(d.determiner);
}

const KIN_POSSESSIVES = new Set(['his', 'her', 'their']);

/** The exact age a description gives: 22 of "the 22-year-old striker", none of "the teenager". */
function exactAge(d: Description): number | undefined {
  for (const w of d.words) {
    const m = /^(\d{1,3})-year-old$/.exec(w.lower);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * "the All Blacks flanker", "the Proteas seamer": a noun no list knows, after a team's capitalized name, is a player's
 * position, an epithet as "the striker" is.
 */
function teamQualified(d: Description): boolean {
  // a short description ending in its noun: "the RealClearPolitics average of polls" is no player
  if (d.headIndex !== d.words.length - 1 || d.words.length > MAX_TEAM_DESCRIPTION) return false;
  const modifiers = d.words.slice(d.determiner ? 1 : 0, d.headIndex);
  return modifiers.some((w) => w.cap) && !d.words[d.headIndex].cap && !isSpeakerNoun(d.head);
}

/** Words of "the All Blacks flanker". */
const MAX_TEAM_DESCRIPTION = 4;

/** Determiners that point back at someone described before: "the official", "that official". */
const AGAIN_DETERMINERS = new Set(['the', 'that', 'this']);

/**
 * The noun an unnamed speaker was described by, in the singular: "a senior official familiar with the talks" →
 * official; "one of the officials" → official too, one person taken from a group ("'…,' that official said").
 */
function unnamedHead(name: string): string {
  let words = name.toLowerCase().split(' ');
  if (words.length > 2 && QUANTIFIERS.has(words[0]) && words[1] === 'of') words = words.slice(2);
  const link = words.findIndex((w, i) => i > 0 && DESCRIPTION_LINKS.has(w));
  const head = words[(link > 0 ? link : words.length) - 1];
  const partitive = words.length !== name.split(' ').length;
  return partitive && head.endsWith('s') && !head.endsWith('ss') ? head.slice(0, -1) : head;
}

/**
 * "the Democratic vice presidential nominee said" is not "Republican nominee Donald Trump" named next: every qualifier
 * of the office the description gives (a party, "vice", "deputy", "former") must stand in the title before the name.
 */
function qualifiersGiven(text: string, nameStart: number, modifiers: string[]): boolean {
  const lead = text.slice(Math.max(0, nameStart - TITLE_LEAD_CHARS), nameStart).toLowerCase();
  return modifiers.every((m) => !ROLE_MODIFIERS.has(m) || lead.includes(m));
}
/** Characters of title before a name: "Democratic vice presidential nominee Tim Kaine". */
const TITLE_LEAD_CHARS = 60;
/** Lines searched for the lede below a headline, deck and byline. */
const LEDE_SEARCH_LINES = 8;
const ENDS_SENTENCE = /[.?!]["'”’]?\s*$/u;

/** The first of the article's first lines that ends a sentence, or -1. */
function firstSentenceLine(text: string, lines: ReadonlyArray<{ start: number; end: number }>): number {
  for (let l = 0; l < lines.length && l < LEDE_SEARCH_LINES; l++)
    if (ENDS_SENTENCE.test(text.slice(lines[l].start, lines[l].end))) return l;
  return -1;
}

/** The one unnamed speaker so described, further back than the last paragraph or two: a little less sure. */
const FAR_UNNAMED_CERTAINTY = 0.6;

/** An office no title matched, taken as the salient person's: a guess below the confident band. */
export const OFFICE_HOLDER_CERTAINTY = 0.6;

/** A description identified by the name opening the next sentence: a guess (train: 1 case), kept low. */
const NAMED_NEXT_CERTAINTY = 0.6;

/** "Mayor Ann Bell's office": the capitalised possessor (up to four words) and what it owns. */
/** "the office of Mayor Ann Bell": what is owned and the owner, who must be a person named in the text. */
const OF_PERSON_PHRASE = /^[Tt]he\s+(\p{Ll}[\p{Ll}\s-]*?)\s+of\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)$/su;
const POSSESSOR_PHRASE = /^((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}-]*)(['’])s\s+(\p{Ll}.*)$/su;

/**
 * "China's coast guard said", "the national guard said": a person's noun after a modifier that makes the two words a
 * body's name, not a guard who speaks. Not "a security guard said" (a person).
 */
function isBodyCompound(words: readonly DocToken[], headIndex: number): boolean {
  const modifiers = BODY_COMPOUNDS.get(words[headIndex].lower);
  return headIndex > 0 && !!modifiers && modifiers.has(words[headIndex - 1].lower);
}

/**
 * Person names: "Lavrov said" after "Sergei Lavrov" is the same person, as are a given name alone ("Sergei said"), a
 * misspelled surname ("Lavorv"), a family ("the Jamisons said") and names joined by "and" ("Voss and Hale said", two
 * speakers). A lone capital word is not always a name: "Critics say" is a group of unnamed sources, and a headline's
 * "Rivera Says …" is the "Ana Rivera" the article names below it.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import { lexiconTags, lookupPlace } from '../entities/gazetteer';
import { firstNameGender, isFirstName, isSharedFirstName, type Gender } from './gender';
import {
  DESCRIPTION_LINKS,
  FEMALE_HONORIFICS,
  HONORIFICS,
  MALE_HONORIFICS,
  ORG_NAME_WORDS,
  isProfessionNoun,
  ROLE_NOUNS,
} from '../lexicon/lexicon';
import { HONORIFIC_OFFICE, NEVER_A_PERSON, NEVER_A_SPEAKER, ROLE_ALIASES } from '../lexicon/speakerWords';
import { isSpeakerNoun, phraseLeft, phraseRight, type Phrase } from '../attribution/phrases';
import type { Description, Entry, Resolution } from './speakerEntry';
import {
  POSSESSIVE,
  cleanName,
  particleSurnameOf,
  compoundSurnameOf,
  countryOf,
  leadingTitle,
  sameGivenName,
  isTransposition,
  isRankOrOffice,
} from './nameForms';
import { honorificGender, personNounGender, isKinOfSomeone, isOccupation } from './roleFit';
import { LONE_SPEAKERS, PLURAL_OPENERS, QUANTIFIERS } from '../lexicon/functionWords';
import { displayCase } from './nameCase';
import { SpeakerState } from './speakerState';
import { documentNounAt } from './textIssuer';
import { forgetLoneNameGender } from './documentGender';

export abstract class PersonNames extends SpeakerState {
  // resolvers of later layers (declared here, defined there) that this one calls
  protected abstract organization(name: string, at: number): Entry;
  protected abstract anonymous(description: string, at: number, plural: boolean): Entry;
  protected abstract bodyAfterThe(phrase: Phrase, at: number): Resolution | null;
  protected abstract documentSpeaker(d: Description, at: number): Resolution | null;
  protected abstract describe(phrase: Phrase, text: string): Description | null;
  protected abstract namedBelowHeadline(
    word: string,
    at: number,
  ): { name: string; type: 'person' | 'organization' } | null;
  protected abstract fillPendingRoles(person: Entry): void;

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
    if (words.length === 0) return null;
    // "Band said": a lone common word is nobody, unless a person named in full goes by it ("Douglas J. Band")
    if (words.length === 1 && NEVER_A_PERSON.has(words[0]) && !this.namedInFullBy(words[0])) return null;
    const h = honorific?.toLowerCase();
    // "Joko Widodo, known as Jokowi," … "Jokowi said": the alias is the person named in full
    const aliasOf = this.aliases.get(words.join(' '));
    let found = (aliasOf && this.matchPerson(aliasOf)) || this.matchPerson(words, honorificGender(h), at);
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
      this.genderFromGivenName(found, words.length);
    }
    found.lastSeen = at;
    this.touchPerson(found);
    if (this.pendingRoles.length > 0) this.fillPendingRoles(found);
    return found;
  }

  /**
   * "Angela Merkel": the first name tells; a lone word ("Warren") may be the surname of someone named before, so only a
   * lone word first seen alone is read as a first name ("his wife, Kathryn,"). A name both sexes bear ("Lindsey") is
   * only a guess, which never overrules what the article's words said of the person ("Lindsey Graham … his rival").
   */
  private genderFromGivenName(found: Entry, words: number): void {
    const given = found.words[0];
    const g = firstNameGender(given);
    if (!g) {
      forgetLoneNameGender(found, words);
      return;
    }
    if (!isSharedFirstName(given)) [found.gender, found.genderFrom] = [g, 'name'];
    else if (found.genderFrom !== 'context') [found.gender, found.genderFrom] = [g, 'sharedName'];
  }

  /** The person an incoming name denotes, if named before: by surname, first name or the full name. */
  /** `gender`: from an honorific ("Mr. Lindquist"), so that a namesake of the other sex is passed over. */
  protected matchPerson(words: string[], gender?: Gender, at?: number): Entry | null {
    const last = words[words.length - 1];
    let found: Entry | null = null;
    // Every match below needs `last` among some person's words: a name never seen skips the scan, which would
    // otherwise make an article with thousands of different people quadratic.
    const mayMatch = this.personWords.has(last);
    // a lone word is a surname first ("Clinton" is Hillary Clinton, not a "Clinton Chief" the recognizer glued), and
    // only failing that another word of a name ("Hillary")
    if (words.length === 1 && mayMatch) found = this.bySurname(last, gender, at);
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
          compoundSurnameOf(words, p.words) ||
          // "Vikram Amar, dean of the law school" … "Dean Amar said": the office the name was given, before its surname
          (words.length === 2 && (ROLE_NOUNS.has(words[0]) || isOccupation(words[0])) && p.roleWords.has(words[0])))
      )
        found = p;
      // "Vance's wife, Delphine" … "Delphine Vance said": a relative named by a given name alone, named in full later
      else if (words.length === 2 && p.words.length === 1 && p.words[0] === words[0] && isKinOfSomeone(p)) {
        found = p;
        found.knownByGivenName = true;
      }
    }
    return found ?? (words.length === 1 ? this.misspelledSurname(last) : null);
  }

  /**
   * "Keidis continued" after "Anthony Kiedis": a lone word that is a named person's surname with two neighbouring
   * letters swapped is that person, a writer's slip. Long words only ("Lee" / "Lea" may be two people).
   */
  protected misspelledSurname(word: string): Entry | null {
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
   * `at`: where the bare surname stands, so that a namesake just named in full as its paragraph's subject keeps it.
   */
  protected bySurname(surname: string, gender?: Gender, at?: number): Entry | null {
    let any: Entry | null = null;
    let latest: Entry | null = null;
    let relative: Entry | null = null;
    for (const p of this.namesakesByRecency(surname, at)) {
      if (p.knownByGivenName) {
        relative ??= p;
        continue;
      }
      if (gender && p.gender && p.gender !== gender) {
        any ??= p;
        continue;
      }
      // "Marisol Ocampo says her grandmother, Lita Ocampo, was sent home. '…,' Ocampo said": of two namesakes the
      // one who has spoken is the one named again to speak, not the one merely talked about since
      if (!latest) latest = p;
      else if (
        latest.lastSpoke < 0 &&
        p.lastSpoke < 0 &&
        isKinOfSomeone(latest) &&
        !isKinOfSomeone(p) &&
        !this.subjectSinceKin(latest, at)
      ) {
        // "Hillary Clinton campaigned with her husband, Bill Clinton. '…,' Clinton said": of namesakes none has spoken
        // yet, one introduced as another's kin is not the one the bare surname means
        latest = p;
        continue;
      }
      if (latest.lastSpoke >= 0 || p.lastSpoke >= 0)
        return p.lastSpoke >= 0 && latest.lastSpoke < 0 && !this.subjectJustNamed(latest, p, at) ? p : latest;
    }
    return latest ?? relative ?? any;
  }

  /**
   * "Ruth Varga, the daughter of Karl Varga, won. … Ruth Varga, 48, took the seat": a person introduced as
   * another's kin but named last as the subject of a sentence is what the article is about, not a relative in passing
   * ("her husband, Bill Clinton").
   */
  private subjectSinceKin(p: Entry, at: number | undefined): boolean {
    const m = at === undefined ? null : this.lastMentionBefore(p, at);
    return !!m && p.mentions.indexOf(m) > 0 && this.roleOfMention(p, m.start) === 'subject';
  }

  /**
   * The people whose name ends in `surname`, the one mentioned last before `at` first ("Ruth Varga, the daughter of
   * Karl Varga, won. … Karl Varga held the seat. … Ruth Varga, 48, took it. '…,' Varga said" is Ruth):
   * without `at`, the one named first last, as the table holds them.
   */
  private namesakesByRecency(surname: string, at: number | undefined): Entry[] {
    const out: Entry[] = [];
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const p = this.persons[i];
      if (p.words[p.words.length - 1] === surname) out.push(p);
    }
    if (at === undefined || out.length < 2) return out;
    const seen = new Map(out.map((p) => [p, this.lastMentionBefore(p, at)?.start ?? -1]));
    // stable: namesakes not mentioned before `at` keep the table's order
    return out.sort((a, b) => (seen.get(b) as number) - (seen.get(a) as number));
  }

  /**
   * "On Sunday, Hillary Clinton rebuffed a heckler. '…,' Clinton told her": a namesake named in full as the subject of
   * a sentence of the bare surname's own paragraph, just before it, is the one it means, though the other has spoken
   * and she has not (the Ocampo grandmother above is named in an apposition, no subject).
   */
  protected subjectJustNamed(p: Entry, other: Entry, at: number | undefined): boolean {
    if (at === undefined || p.words.length < 2 || sameNameLonger(p.words, other.words)) return false;
    const m = this.lastMentionBefore(p, at);
    if (!m || !/\s/.test(this.doc.text.slice(m.start, m.end))) return false;
    const { tokens } = this.doc;
    if (tokens[this.doc.tokenAt(m.start)]?.line !== tokens[this.doc.tokenAt(at)]?.line) return false;
    return this.roleOfMention(p, m.start) === 'subject';
  }

  /** Some person named in full has `surname` as the last word of the name ("Douglas J. Band" for "Band"). */
  protected namedInFullBy(surname: string): boolean {
    if (!this.personWords.has(surname)) return false;
    const p = this.bySurname(surname);
    return !!p && p.words.length >= 2;
  }

  /**
   * Features name family members by first name once both are introduced ("says Kerensa" after "Kerensa Pascoe" and
   * her father "Jago Pascoe"): a lone word that is the first name of exactly one person named in full is that person,
   * whatever the recognizer made of it.
   */
  protected byGivenName(given: string): Entry | null {
    const named = this.persons.filter((p) => p.words.length >= 2 && p.words[0] === given);
    return named.length === 1 ? named[0] : null;
  }

  /** The person a name denotes (with the honorific before it), unless its form says a body's ("The … Society"). */
  protected personNamed(phrase: Phrase, name: string, isPerson: boolean, at: number): Resolution {
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
  protected namesakes(e: Entry, gender: Gender | undefined): number {
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
  protected byFirstName(phrase: Phrase, lastWord: string, skip: boolean): Resolution | null {
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
  protected roleMakesPerson(phrase: Phrase, name: string, lastWord: string, isOrg: boolean, isPlace: boolean): boolean {
    const { tokens } = this.doc;
    const unknownPlace =
      isPlace &&
      !lookupPlace(name) &&
      !tokens.slice(phrase.from, phrase.nameFrom).some((t) => DESCRIPTION_LINKS.has(t.lower));
    return (isOrg || unknownPlace) && this.personWithRole(phrase, name, lastWord);
  }

  /**
   * "Curtis and Loretta Jamison raise cattle … 'We have been cutting back,' the Jamisons said": a surname in the
   * plural after "the" is the family the article named, who speak together.
   */
  protected family(phrase: Phrase, lastWord: string): Resolution | null {
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

  /**
   * A one-word name that is not what its capital suggests: a document noun opening the sentence ("Excerpts from the
   * report show …"), or a headline's name the article gives in full below it ("Rivera Says …" above "Ana Rivera").
   */
  protected loneWordName(
    phrase: Phrase,
    name: string,
    lastWord: string,
    isPerson: boolean,
    at: number,
  ): Resolution | null {
    // 'Critics piled on. Another wrote, "…"': a capital "Another" or "One" opening the clause is one more member of a
    // group just named, an unnamed source, not a person called "Another"
    if (!isPerson && phrase.from === phrase.nameFrom && LONE_SPEAKERS.has(lastWord))
      return { entry: this.anonymous(lastWord, at, false), certainty: 0.6, basis: 'unnamed source' };
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
  protected ordinaryWordSpeaker(phrase: Phrase, name: string, lastWord: string, at: number): Resolution | null {
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
   * "Ada Lapp, executive director of the Harbour PAC, said": an appositive headed by a person's role makes a name
   * shaped like a person's a person's, whatever the recognizer made of it (an unknown first name read as a company).
   */
  protected personWithRole(phrase: Phrase, name: string, lastWord: string): boolean {
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
  protected jointNames(phrase: Phrase): [Phrase, Phrase] | null {
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
  protected bodyWordAfter(and: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[and + 1];
    if (!t || !t.cap || HONORIFICS.has(t.lower) || ROLE_NOUNS.has(t.lower) || countryOf(t.text)) return false;
    if (POSSESSIVE.test(tokens[and + 2]?.text ?? '')) return false;
    // "Senate leader Gordon Ashby and House Speaker Nathan Pruitt said": a person's full name ends right before "and",
    // so what follows opens a second speaker's title, not the rest of a body's name ("Fisheries and Oceans Minister",
    // where a lone capital before "and" may read as a name)
    const last = tokens[and - 1];
    const previous = tokens[and - 2];
    if (last && previous?.word && this.entities.people.covers(previous.start, last.end)) return false;
    // "Voss and Hale said": the surname of someone named before is a second person, not a body's name going on
    if (this.bySurname(t.lower)) return false;
    return !this.entities.people.overlaps(t.start, t.end) && !isFirstName(t.lower);
  }

  /**
   * "Senator John McCain of Arizona", "Mr. Nevins of Showtime": the name is the person before "of", the rest says
   * where they come from. "Secretary of State John Kerry" (a title before "of") stays as it is.
   */
  protected personBeforeOf(phrase: Phrase): Phrase {
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
   * "Now Jeb Bush is telling donors …", "Billionaire Donald Trump said", "Pres. Obama said": capitalized words the
   * recognizer leaves out before a person's name open the sentence or describe the person; the speaker is the name
   * the recognizer found, so that one person is one entry ("Pres. Obama" is "Barack Obama" named later). A first
   * name stays ("Brynja Kiedis" with only "Kiedis" recognized keeps "Brynja").
   */
  protected recognizedName(phrase: Phrase): Phrase {
    if (phrase.kind !== 'name' || phrase.nameTo - phrase.nameFrom < 2) return phrase;
    const { tokens } = this.doc;
    const people = this.entities.people;
    const end = tokens[phrase.nameTo - 1].end;
    if (people.covers(tokens[phrase.nameFrom].start, end)) return phrase;
    // a body's name is no person's ("The Congressional Black Caucus", "Log Cabin Republicans")
    if (this.entities.organizations.overlaps(tokens[phrase.nameFrom].start, end)) return phrase;
    for (let from = phrase.nameFrom + 1; from < phrase.nameTo; from++) {
      if (!people.covers(tokens[from].start, end)) continue;
      return this.mayDropBefore(phrase, from) ? { ...phrase, nameFrom: from } : phrase;
    }
    return phrase;
  }

  /**
   * Whether the words of the phrase's name before token `from` are no part of the person's name: no first name, no
   * place ("the Florida Republican"), and not followed by an initial ("Gene B. Sperling"). Before a lone surname only
   * plain words or abbreviations ("Now Sembler", "Pres. Obama"): "German Ortega" may be Germán Ortega.
   */
  private mayDropBefore(phrase: Phrase, from: number): boolean {
    const { tokens } = this.doc;
    if (/^\p{Lu}\.$/u.test(tokens[from].text)) return false;
    if (this.entities.places.overlaps(tokens[phrase.nameFrom].start, tokens[from - 1].end)) return false;
    const lone = from === phrase.nameTo - 1;
    for (let k = phrase.nameFrom; k < from; k++) {
      const t = tokens[k];
      if (isFirstName(t.text)) return false;
      if (lone && !lexiconTags(t.lower).includes('w') && !ABBREVIATED_WORD.test(t.text)) return false;
    }
    return true;
  }

  /**
   * The person whose name ends right before the "of" at `of`, the rest of the phrase saying where they come from;
   * "of the" too: "Chief Ava Morningstar of the Red Pine Lake First Nation".
   */
  protected personEndingAt(phrase: Phrase, of: number): Phrase | null {
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
}

/** "Pres.", "Gov.": an abbreviated word of three letters or more. */
const ABBREVIATED_WORD = /^\p{L}{3,}\.$/u;

/** A lone surname the recognizer did not take for a person, matched to someone named: train says how sure. */
export const SURNAME_CERTAINTY = 0.8;

/** A lone surname two people named in full share: which one is meant is a guess (below the 0.8 "sure" band). */
const NAMESAKE_CERTAINTY = 0.7;

/** How many of the people named last the namesake count looks at. */
const NAMESAKE_SCAN = 200;

/** Persons a misspelled surname is compared with, most recent first. */
const TYPO_SCAN = 40;

/** Members of a family ("the Jamisons") listed as its speakers at most. */
const MAX_FAMILY = 3;

/** Persons looked through for a family's members. */
const FAMILY_SCAN = 200;

/** One name is the other with words before it ("Auditor Wade Ellery", "Wade Ellery"): one person, not namesakes. */
function sameNameLonger(a: string[], b: string[]): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return short.length >= 2 && short.every((w, i) => long[long.length - short.length + i] === w);
}

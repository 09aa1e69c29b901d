/**
 * Speaker resolution and coreference: turns speaker phrases ("he", "Lavrov", "the Russian president", "officials")
 * into canonical speakers, walking the document once in text order. Surnames resolve to the full name introduced
 * earlier, titles and descriptions to the person holding that role, pronouns to the most recent compatible speaker
 * (else person), organizations and anonymous sources to their own descriptions.
 *
 * This is the table's face: it dispatches a phrase by kind ("Lavrov said" to a name, "he said" to a pronoun, "the
 * minister said" to a description). The resolvers live in layers the table extends, each its own module: the state
 * and registry (speakerState.ts), person names (personNames.ts), organizations and acronyms (organizationNames.ts),
 * bodies taken up again (bodyAnaphors.ts), documents and issued texts (issuedTexts.ts), the learned antecedent choice
 * (antecedentChoice.ts), pronouns and salience (pronouns.ts), descriptions and roles (descriptions.ts), demonyms
 * (demonymSpeakers.ts), headline and lede roles waiting for a name (pendingRoles.ts) and the recognizer's people
 * (recognizedPeople.ts).
 */
import type { Span } from '../types';
import { HONORIFICS, ORG_NAME_WORDS } from '../lexicon/lexicon';
import { PARTY_MEMBER_NOUNS } from '../lexicon/speakerWords';
import { LEGAL_FORMS } from '../lexicon/entityWords';
import type { Phrase } from '../attribution/phrases';
import { isMoodBefore } from '../attribution/phraseParts';
import type { DocToken } from '../text/document';
import type { Entry, Resolution } from './speakerEntry';
import { POSSESSIVE, holdsPersonParticle, withArticle } from './nameForms';
import { RecognizedPeople } from './recognizedPeople';
import { SURNAME_CERTAINTY } from './personNames';
import { isJointSubject, pairAnaphor } from './pairAnaphors';
export type { Resolution, SpeakerRequest } from './speakerEntry';

/** How many lines back (two paragraphs and their blank lines) "the two men" still take up a pair that spoke. */
const PAIR_REACH_LINES = 4;

/** Characters between the two names of a joint subject ("Voss (D-Ore.) and Judiciary Committee Chairman Hale"). */
const JOINT_GAP_CHARS = 60;

/** Tokens before a joint subject read for its sentence's opening (a longer run fails the test anyway). */
const SUBJECT_OPENING_TOKENS = 16;

export class SpeakerTable extends RecognizedPeople {
  /**
   * The two people of the latest joint attribution ("Ashby and Pruitt said") or joint subject ("Ashby and Pruitt sent a
   * letter"): whom "the two men" take up.
   */
  private latestPair: { first: Entry; second: Entry; line: number; spoke: boolean } | null = null;
  /** The person the recognizer named last, for a joint subject with the next one. */
  private lastSeenPerson: { entry: Entry; span: Span } | null = null;

  override seePerson(found: Span): Entry | null {
    const entry = super.seePerson(found);
    const prev = this.lastSeenPerson;
    if (entry && prev && prev.entry !== entry && entry.type === 'person' && this.jointSubject(prev.span, found))
      this.latestPair = {
        first: prev.entry,
        second: entry,
        line: this.doc.tokens[this.doc.tokenAt(found.start)].line,
        spoke: false,
      };
    if (entry && entry.type === 'person') this.lastSeenPerson = { entry, span: found };
    return entry;
  }

  /** "Chairman Voss (D-Ore.) and Chairman Hale sent …": the two names open their sentence as its joint subject. */
  private jointSubject(first: Span, second: Span): boolean {
    const { text, tokens } = this.doc;
    if (second.start - first.end > JOINT_GAP_CHARS) return false;
    const k = this.doc.tokenAt(first.start);
    let s = k;
    const sentence = this.sentences.of(k);
    while (s > 0 && k - s < SUBJECT_OPENING_TOKENS && this.sentences.of(s - 1) === sentence) s--;
    const opening = text.slice(tokens[s].start, first.start);
    return isJointSubject(opening, text.slice(first.end, second.start), text.slice(second.end, second.end + 24));
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
      if (first.entry && second.entry && first.entry !== second.entry) {
        if (attributes)
          this.latestPair = {
            first: first.entry,
            second: second.entry,
            line: this.doc.tokens[phrase.from].line,
            spoke: true,
          };
        return { ...first, certainty: Math.min(first.certainty, second.certainty), others: [second.entry] };
      }
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
    const again = this.describedBefore(phrase, role?.head, at, line);
    const pair = phrase.kind === 'description' ? this.pairSpoken(phrase, line) : null;
    if (pair) r = pair;
    else if (again) r = again;
    else if (role) {
      const person = this.titleHolder(role.head, role.modifiers, at, line);
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
      else if (r.entry.someone && !r.entry.plural) {
        this.latestUnnamed = r.entry;
        this.noteUnnamed(r.entry, tokens[phrase.to - 1].end);
      }
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
  probePronoun(at: number): Resolution | null {
    const t = this.doc.tokens[this.doc.tokenAt(at)];
    return t && t.start === at ? this.pronoun(t.lower, at, t.line) : null;
  }

  /** "the two men said" after "Ashby and Pruitt said in a joint statement": the pair that spoke together last. */
  private pairSpoken(phrase: Phrase, line: number): Resolution | null {
    const last = this.latestPair;
    if (!last || line - last.line > PAIR_REACH_LINES) return null;
    const pair = pairAnaphor(this.doc.tokens.slice(phrase.from, phrase.to));
    if (!pair) return null;
    // a pair that only acted together ("Paradis and Bennett didn't know") is "the two", or holds the role named
    const role = pair.role ?? (last.spoke ? undefined : pair.noun);
    const fits = (e: Entry): boolean =>
      (pair.gender === undefined || e.gender === undefined || e.gender === pair.gender) &&
      (role === undefined || e.roleWords.has(role));
    if (!fits(last.first) || !fits(last.second)) return null;
    const basis = last.spoke ? 'the two who spoke together last' : 'the two named together as a subject just before';
    return { entry: last.first, certainty: 0.6, basis, others: [last.second] };
  }

  /**
   * A body the name's form gives away: a person's or a place's name only by its appositive ("Waters Alba, a
   * coalition of …") or, for a place, as the object of a body's noun ("the state Division of Lottery Oversight").
   */
  private bodyNamed(phrase: Phrase, name: string, isPerson: boolean, isPlace: boolean, at: number): Resolution | null {
    if (!isPerson && !isPlace) return this.bodyByForm(phrase, name, at);
    return this.bodyByApposition(phrase, name, at) ?? (isPerson ? null : this.bodyNamedNounOf(phrase, at));
  }

  /** A person by the recognizer, a particle ("van der"), or an honorific that makes a person of a name it missed. */
  private readAsPerson(phrase: Phrase, nameStart: number, nameEnd: number): boolean {
    const { tokens } = this.doc;
    return (
      this.entities.people.overlaps(nameStart, nameEnd) ||
      holdsPersonParticle(tokens, phrase) ||
      (phrase.nameFrom > 0 && HONORIFICS.has(tokens[phrase.nameFrom - 1].lower)) ||
      inAMood(tokens, phrase)
    );
  }

  /**
   * "Northvale reported …" after "Northvale Lithium Corp cut …": a lone word the recognizer took for nothing that
   * opens the name of a company named before (its last word a legal form or a body's word) is that company, unless
   * someone has it for a surname.
   */
  private companyByShortName(phrase: Phrase, lastWord: string, at: number): Resolution | null {
    if (phrase.nameTo - phrase.nameFrom !== 1 || this.bySurname(lastWord) || ORG_NAME_WORDS.has(lastWord)) return null;
    const { start, end } = this.doc.tokens[phrase.nameFrom];
    const { people, organizations, places } = this.entities;
    if (people.overlaps(start, end) || organizations.overlaps(start, end) || places.covers(start, end)) return null;
    const company = this.shortNameMatch(lastWord, at);
    if (!company || !isCompanyName(company.words)) return null;
    return { entry: company, certainty: 0.55, basis: 'short name of a company named earlier' };
  }

  protected name(phrase: Phrase, at: number): Resolution {
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
    const isPerson = this.readAsPerson(phrase, nameStart, nameEnd);
    // a country or city that speaks is its government: an organization, not a person
    const isPlace = this.entities.places.covers(nameStart, nameEnd);
    // a person can be no coalition: the appositive overrules the recognizer ("Waters Alba" read as a person)
    const body = this.bodyNamed(phrase, name, isPerson, isPlace, at);
    if (body) return body;
    // "Now Jeb Bush": the person's name as recognized (not before a body's appositive: "Clear Waters Alba, a coalition")
    const recognized = this.recognizedName(phrase);
    if (recognized !== phrase) return this.name(recognized, at);
    const local =
      this.companyByShortName(phrase, lastWord, at) ??
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
      const whole =
        this.numberedOrganization(phrase) ??
        (cut ? (this.organizationWithin(tokens[phrase.from].start, nameEnd) ?? this.capitalRun(phrase) ?? name) : name);
      return {
        entry: this.organization(withArticle(tokens, phrase, whole), at),
        certainty: 0.55,
        basis: 'organization or place',
      };
    }
    return this.personNamed(phrase, name, isPerson, at);
  }
}

export type SpeakerEntry = Entry;

/** "an angry Hollande", "a visibly tired Merkel": only a person is named with an article and a passing state. */
function inAMood(tokens: readonly DocToken[], phrase: Phrase): boolean {
  const article = tokens[phrase.from].lower;
  if ((article !== 'a' && article !== 'an') || phrase.nameFrom < phrase.from + 2) return false;
  for (let k = phrase.from + 1; k < phrase.nameFrom; k++)
    if (!isMoodBefore(tokens[k], tokens[phrase.nameTo - 1]) && !HONORIFICS.has(tokens[k].lower)) return false;
  return true;
}

/** A name ending in a legal form or a body's word: "Northvale Lithium Corp", "Pew Research Center". */
function isCompanyName(words: string[]): boolean {
  const last = words[words.length - 1]?.replace(/\.$/, '') ?? '';
  return LEGAL_FORMS.has(last) || ORG_NAME_WORDS.has(last);
}

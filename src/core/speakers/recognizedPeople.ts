/**
 * The recognizer's people, seen in text order: "Foreign Minister Sergei Lavrov met …" registers Lavrov with his role
 * and gender before any quote, so that "the minister said" and "he said" later find him; "Tracey Bell, a nurse,"
 * gives her role from the apposition.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import { appositiveRole, roleBeforeName } from './appositiveRole';
import { predicateRole } from './predicateRole';
import { authorRole } from './authorRole';
import { pluralTitle } from './pluralTitle';
import { isPhotoCredit } from './photoCredit';
import { spanStartingAt } from '../text/sortedSpans';
import { partyTagAt, stateAfterName } from './partyTag';
import type { DescribedSubject } from './describedSubject';
import type { Span } from '../types';
import { HONORIFICS, ROLE_NOUNS } from '../lexicon/lexicon';
import { phraseLeft } from '../attribution/phrases';
import { hasContraction, mentionRole, modifiesTitledName, wordBeforeTitles } from './mentionRole';
import { nounGenderNear, pronounGenderAfter, sexNounGender } from './contextGender';
import type { Entry } from './speakerEntry';
import { POSSESSIVE, personSpan } from './nameForms';
import { ageAfterName } from './epithets';
import { PendingRoles } from './pendingRoles';
import { ASKING } from './pronouns';
import { documentGenders } from './documentGender';
import { SENTENCE_END } from '../lexicon/functionWords';

/** Tokens of a live blog's timestamp before a paragraph's first words: "8:24 p.m. —", "10:02 ET -". */
const TIMESTAMP_PART = /^(?:\d{1,2}|:|\d{2}|a\.m\.|p\.m\.|am|pm|ET|PT|CT|MT|[—–-])$/;

export abstract class RecognizedPeople extends PendingRoles {
  /**
   * "The Taoiseach, Declan Moriarty, met the families": an office right before the name, the name in apposition to
   * it, is the person's role even where no one speaks, so that "the Taoiseach told them" later finds them.
   */
  protected titleInAppositionBefore(startTok: number, end: number, lineFrom: number): string | undefined {
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
  protected moreRoles(
    e: Entry,
    span: Span,
    appositive: string | undefined,
    nameStart: number,
    overTitle = false,
  ): void {
    const { tokens, text } = this.doc;
    this.setRole(e, appositive);
    this.setRole(e, roleBeforeName(tokens, nameStart, text, overTitle));
    this.setRole(e, predicateRole(tokens, this.doc.tokenAt(span.end), text));
    const from = this.doc.tokenAt(span.start);
    this.setRole(e, pluralTitle(tokens, from, this.doc.people));
    this.setRole(
      e,
      authorRole(tokens, from, this.doc.tokenAt(span.end), (k) => this.personStartsAt(tokens[k].start)),
    );
    const tag = partyTagAt(text, span.end) ?? stateAfterName(text, span.end);
    if (tag) for (const w of [tag.party, ...tag.state.split(' ')].filter(Boolean)) e.roleWords.add(w);
  }

  /** Whether a name the recognizer found starts at this offset (people are sorted by start). */
  private personStartsAt(start: number): boolean {
    return spanStartingAt(this.doc.people, start) !== null;
  }

  /** The span of a name the story is about: not a photo credit's ("Neilson Barnard via Getty Images."). */
  private storyPerson(found: Span): Span | null {
    const span = personSpan(found);
    return span && !isPhotoCredit(this.doc.tokens, this.doc.tokenAt(span.end)) ? span : null;
  }

  /** Registers a person-name mention from the entity recognizer (with its title, read from the tokens before it). */
  seePerson(found: Span): Entry | null {
    const span = this.storyPerson(found);
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
    // "The committee's chairwoman, Sen. Patrice Odom,": a role before an abbreviated title ("Sen.", "Gov."), which
    // gives no role of its own, still reaches the name over it, so "the chairwoman said" later is Odom
    const titled = title && phrase ? phrase.from : wordBeforeTitles(tokens, startTok) + 1;
    if (e) this.moreRoles(e, span, title ? appositive : undefined, titled, !title && titled < startTok);
    if (e) {
      this.genderFromContext(e, startTok, end, span);
      e.lastSeen = span.start;
      e.age = ageAfterName(text, span.end) ?? e.age;
      this.addMention(e, { start: span.start, end: span.end, text: span.text });
      const line = tokens[startTok].line;
      // "asked Home Secretary Ruth Ainsley": the verb before the name's titles
      const before = tokens[wordBeforeTitles(tokens, startTok)];
      const after = tokens[end];
      // "McConnell spokesman Don Stewart": a name modifying the next one's office is a possessor too
      const possessor =
        (!!after && POSSESSIVE.test(after.text) && after.start === span.end && !hasContraction(tokens, end)) ||
        modifiesTitledName(tokens, end);
      // not a possessor: "Ruiz questioned Hale's logic" asked no one; the answer after it is still Ruiz's
      if (before && ASKING.has(before.lower) && !possessor && !this.quoted.overlaps(span.start, span.end))
        this.answerer.set(line, { entry: e, at: span.start });
      // "Mr. Lee's plan": a possessor is not what the paragraph is about, unless it opens the paragraph and no one
      // else is named in that sentence ("Ybarra's strongest moment so far. Asked about …, she spoke …")
      else if (!possessor || this.possessorOpensParagraph(startTok, end))
        this.noteSubject(e, span.start, span.end, line);
    }
    return e;
  }

  /**
   * "Ybarra's strongest moment so far.", "8:24 p.m. — Hale's answer drew boos.": a possessor opening its paragraph
   * (past a timestamp) in a sentence that names no one else; not "Mr. Lee's plan drew fire from Sen. Ann Park."
   */
  private possessorOpensParagraph(startTok: number, end: number): boolean {
    const { tokens } = this.doc;
    for (let i = this.lineStartToken(startTok); i < startTok; i++)
      if (!TIMESTAMP_PART.test(tokens[i].text)) return false;
    let stop = end + 1;
    while (stop < tokens.length && tokens[stop].line === tokens[end].line && !SENTENCE_END.has(tokens[stop].text))
      stop++;
    const to = tokens[Math.min(stop, tokens.length - 1)].end;
    return !this.doc.people.some((p) => p.start > tokens[end].start && p.start < to);
  }

  /**
   * A gender the words around this mention tell (contextGender.ts), where no honorific gave one: a gendered title or
   * apposition (over a first name, only a noun of sex or kin), else the pronoun taking up a name that is its
   * sentence's subject.
   */
  protected genderFromContext(e: Entry, from: number, to: number, span: Span): void {
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
  protected genderFromDocument(e: Entry): void {
    this.docGenders ??= documentGenders(this.doc, (from, to) => this.quoted.overlaps(from, to));
    const g = this.docGenders.get(e.words[e.words.length - 1]);
    if (g) [e.gender, e.genderFrom] = [g, 'context'];
  }
}

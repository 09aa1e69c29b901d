/**
 * Bodies taken up again: "the union said" after "Unifor called a strike" is Unifor, "it said" after a sentence opening
 * with "The ministry said" is the ministry, "the rights group" is the group named last, and "his campaign said" is
 * the campaign of the person "his" denotes ("the Sanders campaign").
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { DocToken } from '../text/document';
import { lookupPlace } from '../entities/gazetteer';
import type { Span } from '../types';
import { spanStartingAt } from '../text/sortedSpans';
import { DESCRIPTION_LINKS, GOVERNMENT_SEATS, ORG_NOUNS } from '../lexicon/lexicon';
import { SENTENCE_ADVERBS } from '../lexicon/functionWords';
import {
  BODY_HEAD_SYNONYMS,
  BUSINESS_NOUNS,
  ORG_ANAPHOR_NOUNS,
  OTHER_BODY_WORDS,
  OWNED_ORG_NOUNS,
  STATE_BODY_WORDS,
  BODY_ANAPHOR_NOUNS,
  PRESS_NOUNS,
  PRESS_NAME_WORDS,
} from '../lexicon/speakerWords';
import { LEGAL_FORMS } from '../lexicon/entityWords';
import { phraseRight, type Phrase } from '../attribution/phrases';
import { PLACED_DESCRIPTION } from '../attribution/placedBodies';
import type { Description, Entry, Resolution } from './speakerEntry';
import type { Gender } from './gender';
import { opensSentence, ownedBodyName } from './nameForms';
import { fitsAnaphor, mayBeBody } from './roleFit';
import { OrganizationNames } from './organizationNames';
import { leagueOfSport } from './sportsBodies';

export abstract class BodyAnaphors extends OrganizationNames {
  // resolvers of later layers (declared here, defined there) that this one calls
  protected abstract pronoun(word: string, at: number, line: number): Resolution;
  protected abstract description(phrase: Phrase, written: string, at: number): Resolution;

  /**
   * The body the paragraph is about: the latest sentence before `at`, in this paragraph and outside quotes, that opens
   * with an organization ("Ford disputed that. '…,' it said"), or with a speaker nothing shows to be a person ("River
   * Action, a pressure group, said the fine was too small. '…,' the group said"). What "it", "they" and "the company"
   * take up before an organization named elsewhere or a group that spoke a paragraph ago. A paragraph that opens with
   * its quote goes on with the paragraph before ("Harrowgate United sacked its manager on Sunday …" ¶ "'…,' the club
   * said").
   */
  protected paragraphBody(at: number, head?: string): { entry: Entry; at: number } | null {
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
  protected bodyBetween(from: number, to: number, head?: string): { entry: Entry | null; at: number } | null {
    const { tokens } = this.doc;
    for (let k = to - 1; k >= Math.max(from, to - DESCRIBED_ORG_REACH); k--) {
      const t = tokens[k];
      if (!t.word || !this.opensClause(k) || this.quoted.overlaps(t.start, t.end)) continue;
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
   * Token `k` opens its sentence, or follows a sentence adverb and its comma that do ("Still, the Business Council
   * opposed an increase": the council opens it as much as in "The Business Council opposed …").
   */
  protected opensClause(k: number): boolean {
    const { tokens, text } = this.doc;
    if (opensSentence(text, tokens[k].start)) return true;
    const adverb = tokens[k - 2];
    return (
      tokens[k - 1]?.text === ',' &&
      adverb !== undefined &&
      SENTENCE_ADVERBS.has(adverb.lower) &&
      opensSentence(text, adverb.start)
    );
  }

  /**
   * "The union representing workers at the plant welcomed the decision … '…,' the union said": a sentence opening with
   * "the" and the same noun, which a participle or a preposition goes on to say which one it is, introduces a body
   * the text never names; "the union" is that one, not the company named before. A bare "The company said" opening a
   * sentence only takes up one named before, so it introduces nothing.
   */
  protected introducedBody(k: number, head: string): Entry | null {
    const { tokens } = this.doc;
    const [the, noun, next] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (the.lower !== 'the' || noun?.lower !== head || !next || next.cap) return null;
    if (!DESCRIPTION_LINKS.has(next.lower) && !(next.lower.length > 5 && next.lower.endsWith('ing'))) return null;
    return this.organization(`the ${head}`, the.start);
  }

  /** The organization a mention or the recognizer's name starting at `start` denotes, if it may be a body. */
  protected bodyAt(start: number, named: boolean): Entry | null {
    const said = this.mentionStarts.get(start);
    if (said) return mayBeBody(said, named) ? said : null;
    const o = this.organizationStartingAt(start) ?? this.governmentSeatAt(start);
    // "Standard & Poor's 500-stock index fell": an organization owning the subject is not it
    if (!o || /['’]s?$/.test(this.doc.text.slice(o.end, o.end + 2))) return null;
    if (lookupPlace(o.text) !== undefined && !isGovernmentSeat(o.text)) return null;
    return this.organization(o.text, start);
  }

  /** "The Kremlin was more cautious": a place that stands for the government seated there, starting at `start`. */
  protected governmentSeatAt(start: number): Span | null {
    const place = spanStartingAt(this.doc.places, start);
    return place && isGovernmentSeat(place.text) ? place : null;
  }

  /** The recognizer's organization starting at `start`, if any. */
  protected organizationStartingAt(start: number): Span | null {
    return spanStartingAt(this.doc.organizations, start);
  }

  /**
   * The organization a sentence of the last two lines opens with as a description ("The staff association sent a
   * letter …", "The ministry said"), when no organization is named after it: what "it" takes up. Reads a bounded
   * window back from the pronoun.
   */
  protected describedOrganizationBefore(at: number): { entry: Entry; at: number } | null {
    const { tokens, text } = this.doc;
    const i = this.doc.tokenAt(at);
    const floor = Math.max(0, i - DESCRIBED_ORG_REACH);
    const line = tokens[i]?.line ?? 0;
    for (let k = i - 1; k >= floor && line - tokens[k].line <= 2; k--) {
      if (this.quoted.overlaps(tokens[k].start, tokens[k].end)) continue;
      if (this.organizationNamedIn(tokens[k].start, at)) return null;
      if (tokens[k].lower !== 'the') continue;
      const opens = opensSentence(text, tokens[k].start);
      const read = phraseRight(tokens, k, Math.min(tokens.length, k + 5), text);
      if (!read || read.kind !== 'description') continue;
      // the description may run on into its verb ("The staff association sent"): it ends at its organization noun
      let end = read.to;
      while (end > k + 1 && !ORG_NOUNS.has(tokens[end - 1].lower)) end--;
      if (end === k + 1 || tokens[end]?.cap) continue;
      // inside a sentence only as the agent of a relative clause: "a letter from the staff association, which urged …"
      if (!opens && !isWhichAfter(tokens, end)) continue;
      const phrase: Phrase = { from: k, to: end, kind: 'description', nameFrom: end, nameTo: end };
      const r = this.description(phrase, text.slice(tokens[k].start, tokens[end - 1].end), tokens[k].start);
      return r.entry && r.entry.type === 'organization' ? { entry: r.entry, at: tokens[k].start } : null;
    }
    return null;
  }

  /** Whether the recognizer named an organization between `from` and `to`. */
  protected organizationNamedIn(from: number, to: number): boolean {
    return this.entities.organizations.overlaps(from, to);
  }

  /** "the ministry", "the company", "his campaign": an organization named earlier, else the description itself. */
  protected organizationDescription(d: Description, at: number): Resolution {
    const { head, words } = d;
    if (d.definite) {
      // every word must fit, not only the head: "the governor's office" is not "the mayor's office"
      const wanted = d.text.toLowerCase().split(/\s+/).slice(1);
      // "the league" is also a sport's association named for it (sportsBodies.ts)
      const league = (names: string[]): boolean => wanted.length === 1 && leagueOfSport(head, names);
      const synonyms = BODY_HEAD_SYNONYMS.get(head);
      // "the panel" takes up "the House Select Committee": a body's other head, as a lone noun only
      const headFits = (names: string[]): boolean =>
        names.includes(head) || (wanted.length === 1 && synonyms !== undefined && names.some((w) => synonyms.has(w)));
      const fits = (names: string[]): boolean =>
        (headFits(names) && wanted.every((w) => w === head || names.includes(w))) || league(names);
      for (let i = this.entries.length - 1; i >= 0; i--) {
        const e = this.entries[i];
        if (e.type !== 'organization' || !fits(e.words) || this.onlyInHeadline(e)) continue;
        const named = this.namedBodyOverDescription(e, words, head, at);
        if (named) return named;
        return { entry: e, certainty: 0.7, basis: 'organization named earlier' };
      }
      for (let i = this.bodyOrganizations.length - 1; i >= 0; i--) {
        const o = this.bodyOrganizations[i];
        if (o.start < at && fits(o.text.toLowerCase().split(/\s+/)))
          return { entry: this.organization(o.text, at), certainty: 0.7, basis: 'organization named earlier' };
      }
      const anaphor = ORG_ANAPHOR_NOUNS.has(head) && words.length === 2;
      // "Indigenous Services Canada said in a statement …" ¶ "'…,' the department said": a bare public body's noun
      // takes up the body this paragraph or the last is about, though its name lacks the noun; only there, as a
      // department named further back is as likely another one ("a ballot commission … the commission")
      const publicBody = BODY_ANAPHOR_NOUNS.has(head) && words.length === 2;
      // "River Action, a pressure group, said … '…,' the group said": the body this paragraph is about first
      // ("the rights group" too; only there, as "the staff association" may be a body of its own named now)
      // "the Bellevue, Wash.-based company" places it by town and state as "the Ohio-based chain" does by state
      const townPlaced = PLACED_DESCRIPTION.test(d.text);
      const body =
        anaphor || publicBody || (ORG_ANAPHOR_NOUNS.has(head) && (kindModified(words) || townPlaced))
          ? this.paragraphBody(at, head)
          : null;
      const company = body ? this.companySpokeSince(body, head, at) : null;
      if (company) return { entry: company, certainty: 0.6, basis: 'the company that spoke last' };
      if (body && fitsAnaphor(head, body.entry.name))
        return { entry: body.entry, certainty: 0.6, basis: 'the body the paragraph is about' };
      const paper = PRESS_NOUNS.has(head) ? this.latestPaper(at) : null;
      if (paper) return { entry: paper, certainty: 0.6, basis: 'the newspaper named last' };
      // "The Lagos-listed firm said …" after "Ikeji Cement Plc said …": the firm named last, as "the firm" would be
      const latest = anaphor || placedModifier(words) || townPlaced ? this.latestOrganization(at, head) : null;
      if (latest) return { entry: latest, certainty: 0.6, basis: 'the organization named last' };
    }
    const owned = this.ownedOrganization(words, head, at);
    if (owned) return owned;
    const name = d.text.replace(/^The\b/, 'the');
    return { entry: this.organization(name, at), certainty: 0.7, basis: 'organization description' };
  }

  /**
   * "the social media company said …" ¶ "Kestrel admitted the issue was hard. '…,' the company said": a bare "the
   * company" whose only match is an unnamed description of one ("the social media company") takes up the named body
   * the paragraph is about instead, when there is one: the description was most likely that body all along.
   */
  protected namedBodyOverDescription(e: Entry, words: DocToken[], head: string, at: number): Resolution | null {
    if (words.length !== 2 || !ORG_ANAPHOR_NOUNS.has(head) || /\p{Lu}/u.test(e.name)) return null;
    const body = this.paragraphBody(at, head);
    if (!body || body.entry === e || !/\p{Lu}/u.test(body.entry.name) || !fitsAnaphor(head, body.entry.name))
      return null;
    return { entry: body.entry, certainty: 0.6, basis: 'the body the paragraph is about' };
  }

  /**
   * "In a scathing editorial, The Harbour Journal called on the mayor to resign. '…,' the conservative-leaning
   * newspaper wrote": a paper's noun takes up the publication named last, a body whose name ends as a paper's does
   * ("Journal", "Daily News", "Times"), though other bodies were named since ("the mayor's office").
   */
  protected latestPaper(at: number): Entry | null {
    const fits = (name: string): boolean => PRESS_NAME_WORDS.has(name.split(/\s+/).pop()?.toLowerCase() ?? '');
    const named = this.latestNamedOrganization(at, fits, false);
    return named ? this.organization(named.text.replace(/['’]s$/, ''), at) : null;
  }

  /**
   * "Larchfield House is run by Harwell Care Ltd, which said …" ¶ "'…,' the company said": a business noun goes on with
   * a body whose legal form shows it is a company and that spoke after the sentence the paragraph opens with, when that
   * body's name has none ("Larchfield House" is what the paragraph is about, not who spoke); a paragraph about "Acme
   * Ltd" keeps Acme though a union spoke since.
   */
  protected companySpokeSince(body: { entry: Entry; at: number }, head: string, at: number): Entry | null {
    if (!BUSINESS_NOUNS.has(head) || isCompanyName(body.entry.words)) return null;
    let spoke: Entry | null = null;
    for (const e of this.entries)
      if (e.type === 'organization' && e !== body.entry && e.lastSpoke > body.at && e.lastSpoke < at)
        if (isCompanyName(e.words) && !sameBody(e.words, body.entry.words) && (!spoke || e.lastSpoke > spoke.lastSpoke))
          spoke = e;
    return spoke;
  }

  /** "his campaign said": the campaign of the person "his" denotes, named after them ("the Sanders campaign"). */
  protected ownedOrganization(words: DocToken[], head: string, at: number): Resolution | null {
    const owner = words[0].lower;
    if (words.length !== 2 || !OWNED_ORG_NOUNS.has(head) || (owner !== 'his' && owner !== 'her')) return null;
    const line = words[0].line;
    const person =
      this.sentenceSubjectBefore(at, owner === 'his' ? 'male' : 'female') ??
      this.pronoun(owner === 'his' ? 'he' : 'she', at, line).entry;
    if (!person || person.type !== 'person') return null;
    const name = ownedBodyName(person.name, head);
    return { entry: this.organization(name, at), certainty: 0.6, basis: `${head} of a person` };
  }

  /**
   * "Meanwhile, President Jair Bolsonaro tested positive, his office said": an attribution closing the sentence owns
   * what its subject, named earlier in that sentence, does; "his" is that person, not the paragraph's first.
   */
  protected sentenceSubjectBefore(at: number, gender: Gender): Entry | null {
    const k = this.doc.tokenAt(at);
    const sentence = this.sentences.of(k);
    for (const n of this.paragraphPersons.get(this.doc.tokens[k]?.line ?? -1) ?? []) {
      if (n.at >= at || this.sentences.of(this.doc.tokenAt(n.at)) !== sentence) continue;
      if (n.entry.gender !== undefined && n.entry.gender !== gender) continue;
      return this.roleOfMention(n.entry, n.at) === 'oblique' ? null : n.entry;
    }
    return null;
  }
}

/** A name ending in a legal form: "Harwell Care Ltd", "Mavuno Mills Plc". */
function isCompanyName(words: string[]): boolean {
  return words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]);
}

/** "Sundaram Textiles Ltd" and "Sundaram Textiles": one body under a longer and a shorter name. */
function sameBody(a: string[], b: string[]): boolean {
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w));
}

/** How many tokens back "it" looks for the organization a sentence opened with. */
const DESCRIBED_ORG_REACH = 80;

/**
 * "the rights group", "the state broadcaster": one lower-case noun or adjective saying what kind of body, which takes
 * up the body named last as "the group" does; "the other group", "a rival union" name another. Two words only after
 * a state's ("the state power utility": the country's one), not "the cloud software company" (any of a kind).
 */
function kindModified(words: DocToken[]): boolean {
  const modifier = words[1];
  if (words.length === 4) return STATE_BODY_WORDS.has(modifier.lower) && lowerKind(modifier) && lowerKind(words[2]);
  if (words.length !== 3 || !modifier.word || OTHER_BODY_WORDS.has(modifier.lower)) return false;
  return !modifier.cap || PLACED_MODIFIER.test(modifier.text);
}

/** A lower-case word of kind: "the state power utility" takes up the utility named before as "the utility" does. */
function lowerKind(t: DocToken): boolean {
  return t.word && !t.cap && !OTHER_BODY_WORDS.has(t.lower);
}

/** A kind-modified description whose modifier is a place-compound ("the Lagos-listed firm"). */
function placedModifier(words: DocToken[]): boolean {
  return kindModified(words) && words[1].cap;
}

/** "the Lagos-listed firm", "the Ohio-based chain": where the body is listed or based says which one, not what kind. */
const PLACED_MODIFIER = /^\p{Lu}[\p{L}.]*-\p{Ll}{3,}$/u;

/** ", which" (or "which") right after token `end - 1`: the phrase before it is a relative clause's agent. */
function isWhichAfter(tokens: DocToken[], end: number): boolean {
  const i = tokens[end]?.text === ',' ? end + 1 : end;
  return tokens[i]?.lower === 'which';
}

const isGovernmentSeat = (name: string): boolean => GOVERNMENT_SEATS.has(name.toLowerCase().replace(/\s+/g, '_'));

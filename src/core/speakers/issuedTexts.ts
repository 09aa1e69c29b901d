/**
 * Documents and issued texts as speakers: "a statement from the RCMP said" is the RCMP, "Rivera's letter to donors
 * said" is Rivera, "the statement said" after "The DNC issued a statement" is the DNC; with no author told, "the
 * audit found" is the document itself; "it said" right after a text spoke goes on with its author.
 *
 * One layer of the speaker table (speakers.ts): the layers extend one another, from the table's state
 * (speakerState.ts) up, only to share that state; a layer calls a later one through the abstract methods it declares.
 */
import type { DocToken } from '../text/document';
import { authorAfterNoun, authorNamedNext, issuerPhrase, textNounOf } from './textIssuer';
import { ownedBodyName } from './nameForms';
import {
  ISSUED_TEXT_NOUNS,
  ISSUING_VERBS,
  TEXT_READ_CUES,
  CAMPAIGN_TEXT_NOUNS,
  TEXT_WRITER_NOUNS,
  REPLY_TEXT_NOUNS,
  ISSUER_AUX,
  ANNOUNCEMENT_NOUNS,
} from '../lexicon/speakerWords';
import { CALENDAR_WORDS, CUE_VERBS, TIME_WORDS } from '../lexicon/lexicon';
import { isSpeakerNoun, phraseLeft, phraseRight, type Phrase } from '../attribution/phrases';
import type { Description, Entry, Resolution } from './speakerEntry';
import { DOCUMENT_NOUNS, SIGN_NOUNS } from '../lexicon/newsWords';
import { BodyAnaphors } from './bodyAnaphors';
import { POSSESSIVE_TOKEN } from './organizationNames';
import { clauseIssuer, documentNounAt } from './textIssuer';
import { otherBodyNamedSince } from './bodyNamedSince';
import { textNounNear } from '../attribution/textBeforeColon';
import { NOUN_DETERMINERS } from '../lexicon/functionWords';
import { TALK_CUES } from '../lexicon/speechVerbs';

export abstract class IssuedTexts extends BodyAnaphors {
  // resolvers of later layers (declared here, defined there) that this one calls
  abstract resolve(phrase: Phrase, attributes: boolean): Resolution;

  /**
   * "The memo, dated March 3, said …", "a poll released Tuesday found …", "the letter argued": a document whose author
   * the text does not give speaks as itself, a document, not an anonymous person (a reader counting anonymous
   * sources must not count the memo). Named as written up to its noun ("the memo").
   */
  protected documentSpeaker(d: Description, at: number): Resolution | null {
    const noun = documentNounAt(this.doc, d.words);
    if (noun < 0) return null;
    const author =
      this.documentAuthor(d.words[noun]) ??
      this.documentOwner(d, noun, at) ??
      this.documentIssuer(d.words[noun]) ??
      (d.definite
        ? (this.documentIssuedBefore(d.words[noun], at) ??
          this.statementOfSpeakerBefore(d) ??
          this.announcedBefore(d, at))
        : null);
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
  protected documentOwner(d: Description, noun: number, at: number): Resolution | null {
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
  protected documentAuthor(noun: DocToken, reach = 1): Resolution | null {
    const { tokens, text } = this.doc;
    let k = this.doc.tokenAt(noun.start);
    // with a reach, over a few words of its phrase: "A letter this month to the board from the staff association"
    const last = k + reach;
    while (k + 1 < last && tokens[k + 1]?.word && tokens[k + 1].lower !== 'from' && tokens[k + 1].lower !== 'by') k++;
    const link = tokens[k + 1]?.lower;
    // "a statement released on Friday by the agency", "a memo the agency sent" (textIssuer.ts)
    const author =
      link === 'from' || link === 'by'
        ? phraseRight(tokens, k + 2, Math.min(tokens.length, k + 2 + DOCUMENT_AUTHOR_WORDS), text)
        : authorAfterNoun(this.doc, k);
    if (!author || author.kind === 'pronoun') return null;
    // "a memo from the panel seemed aimed at …": a description runs to its verb at most, and must then end in a
    // noun that speaks (or hold a name): "from the 2008 election cycle" names no author
    const verb = pastVerbIn(tokens, author.from + 1, author.to);
    if (verb > 0) author.to = verb;
    const head = tokens[author.to - 1];
    const named = /\p{Lu}/u.test(text.slice(tokens[author.from].start, head.end));
    if (author.kind === 'description' && !named && !isSpeakerNoun(head.lower)) return null;
    const r = this.resolve(author, false);
    return r.entry && r.entry.type !== 'document' ? { ...r, basis: 'document: its author named with it' } : null;
  }

  /**
   * "Frost released a video that said", "She hoisted a sign that read": the subject of the verb that put out the
   * document (or holds the sign) in its own clause is its author (textIssuer.ts clauseIssuer).
   */
  protected documentIssuer(noun: DocToken): Resolution | null {
    const k = this.doc.tokenAt(noun.start);
    const subject = clauseIssuer(this.doc, k, this.doc.tokenAt(Math.max(0, noun.start - ISSUER_REACH)));
    if (!subject) return null;
    const r = this.resolve(subject, false);
    return r.entry && r.entry.type !== 'document'
      ? { entry: r.entry, certainty: TEXT_CERTAINTY, basis: 'document: its issuer' }
      : null;
  }

  /**
   * "The lawsuit, filed by Oscar Villin, lists … ¶ … ¶ '…,' the suit reads": a definite document takes up the last
   * one of its kind (or another noun for it, "lawsuit") whose issuer the text gave, up to a few paragraphs back,
   * further than an email or a statement is looked for (textAuthor), as a suit or a report is talked about longer.
   */
  protected documentIssuedBefore(noun: DocToken, at: number): Resolution | null {
    // only a name: a description so far back ("The police released a video") is too loose a match to trust
    const entry = this.issuer(noun.lower, at, DOCUMENT_ISSUER_REACH, true);
    // "One [employee] provided a document": an unnamed issuer says no more than the document does
    return entry && (entry.type === 'person' || entry.type === 'organization')
      ? { entry, certainty: TEXT_CERTAINTY, basis: 'document: its issuer' }
      : null;
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
  protected textAuthor(phrase: Phrase, definite: boolean, at: number): Resolution | null {
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

  /**
   * "The memo's authors pointed to …", "'…,' the authors wrote": the writers of the text named last (or owned in the
   * phrase) speak as its issuer, when the article says who wrote it ("It was written by Sabrina Keel …").
   */
  protected textWriters(phrase: Phrase, definite: boolean, at: number): Resolution | null {
    const { tokens } = this.doc;
    if (!definite || !TEXT_WRITER_NOUNS.has(tokens[phrase.to - 1]?.lower ?? '')) return null;
    const noun = this.latestTextNoun(phrase.to - 1, at - ISSUER_REACH);
    // else the author the last text that spoke was given, a few paragraphs back
    const last = this.latestText;
    const recent = last && tokens[phrase.from].line - last.line <= WRITER_LINES ? last.entry : null;
    const author = (noun >= 0 ? this.issuer(tokens[noun].lower, at) : null) ?? recent;
    // "The study found … '…,' the authors wrote": a text whose author no one named has people behind it, not itself
    return author && author.type !== 'document'
      ? { entry: author, certainty: TEXT_CERTAINTY, basis: 'document: its issuer' }
      : null;
  }

  /** The possessor of a text: "Bush's" in "Bush's Facebook post", "his" in "his memo", "Bush" in "a Bush ad". */
  protected textOwner(phrase: Phrase, at: number): Entry | null {
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
  protected attributiveOwner(phrase: Phrase): Entry | null {
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
  protected campaignOf(owner: Entry, at: number): Entry {
    if (owner.type !== 'person') return owner;
    return this.organization(ownedBodyName(owner.name, 'campaign'), at);
  }

  /**
   * "it" when a text speaks: the text named last before it, by its issuer ("The email includes a photo. At the bottom
   * it reads, …"), or the same author when that text has just spoken ('"…," it reads. "…," it said'). Only with
   * "reads", or when a text spoke last: "it said" after "Acme cut jobs" is the company.
   */
  protected textSpeaking(at: number, line: number): Resolution | null {
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
    const about = !reads && !last ? (this.textSentenceBefore(it) ?? this.textSpokenInBefore(it)) : null;
    if (about) return about;
    if (!reads && !last) return null;
    const noun = this.latestTextNoun(it, last ? last.end : at - ISSUER_REACH);
    // "The company, Harlan Steel, said …" since: a body named after the text is what "it" takes up (bodyNamedSince.ts)
    const quoted = (start: number, end: number): boolean => this.quoted.overlaps(start, end);
    if (noun < 0 && last && otherBodyNamedSince(this.bodyOrganizations, last.end, at, quoted, last.entry.name))
      return null;
    if (noun < 0 && last)
      return { entry: last.entry, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text that spoke just before' };
    if (noun < 0) return this.signHolder(it, at - ISSUER_REACH);
    const author = noun >= 0 ? this.issuer(tokens[noun].lower, at) : null;
    if (!author) return null;
    this.latestText = { entry: author, end: at, line };
    return { entry: author, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text named last, by its issuer' };
  }

  /**
   * "Thursday's memo from the panel seemed aimed at its critics. ¶ '…,' it stated": the sentence right before the
   * quote opens with a text, which "it" takes up (its author when the text says whose: "from the panel"). Not when
   * the text sits after the subject ("Critics of the memo …") or the sentence before ends in a quote.
   */
  protected textSentenceBefore(it: number): Resolution | null {
    const { tokens } = this.doc;
    const sentence = this.sentenceBeforeQuote(it);
    if (!sentence) return null;
    const [s, end] = sentence;
    const noun = textNounNear(tokens, s, end);
    if (noun < 0) return null;
    const from = NOUN_DETERMINERS.has(tokens[s].lower) ? s : noun;
    const author = this.documentAuthor(tokens[noun], AUTHOR_LINK_REACH);
    const r =
      author ?? this.resolve({ from, to: noun + 1, kind: 'description', nameFrom: noun + 1, nameTo: noun + 1 }, false);
    if (!r.entry) return null;
    // '"…," it said. "…," it added': the same text goes on
    this.latestText = { entry: r.entry, end: tokens[it].end, line: tokens[it].line };
    return { entry: r.entry, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text the sentence before is about' };
  }

  /**
   * The narration sentence [start, end) closing right before the quote that token `it` follows ('… responded. "…,"
   * it said'), on the quote's line; null when none ends there with a full stop.
   */
  protected sentenceBeforeQuote(it: number): [number, number] | null {
    const { tokens } = this.doc;
    let k = it - 1;
    const skipped = (t: DocToken): boolean => this.quoted.overlaps(t.start, t.end) || (!t.word && t.text !== '.');
    while (k >= 0 && it - k <= QUOTE_TAIL && skipped(tokens[k])) k--;
    // k: the last narration token before the quote, which must close the sentence before it
    if (k < 0 || tokens[k].text !== '.' || this.quoted.overlaps(tokens[k].start, tokens[k].end)) return null;
    let s = k;
    while (s > 0 && k - s <= SENTENCE_REACH && tokens[s - 1].line === tokens[k].line && tokens[s - 1].text !== '.') s--;
    return [s, k + 1];
  }

  /**
   * "The transit authority on Tuesday responded that it had added routes. '…,' the statement said": a statement no
   * text before names is the reply of whoever the sentence right before the quote opens with answering or saying.
   * Only a named person or body ("A spokesman replied. '…,' the statement said" stays a document).
   */
  protected statementOfSpeakerBefore(d: Description): Resolution | null {
    if (!REPLY_TEXT_NOUNS.has(d.head)) return null;
    const sentence = this.sentenceBeforeQuote(this.doc.tokenAt(d.words[0].start));
    if (!sentence) return null;
    const opener = this.sentenceOpener(sentence[0], sentence[1]);
    const entry = opener ? this.namedIssuer(opener.subject) : null;
    return entry ? { entry, certainty: TEXT_CERTAINTY, basis: 'document: its issuer' } : null;
  }

  /**
   * "The county party announced on Thursday that the rally was off. ¶ '…,' the release said": a statement or release
   * whose issuer no text names is the announcement of whoever spoke last, a named person or body, in the quote's
   * paragraph or the two before ("Hale's office confirmed the visit. ¶ According to the statement, … ¶ '…,' the
   * statement read"). Not an unnamed "spokesman", who says no more than the text does, nor a speaker further back.
   */
  protected announcedBefore(d: Description, at: number): Resolution | null {
    const last = this.latestSpeech;
    if (!ANNOUNCEMENT_NOUNS.has(d.head) || !last || last.at >= at) return null;
    const { entry } = last;
    if ((entry.type !== 'person' && entry.type !== 'organization') || entry.someone || entry.plural) return null;
    const { tokens } = this.doc;
    const lines = tokens[this.doc.tokenAt(at)].line - tokens[this.doc.tokenAt(last.at)].line;
    if (lines > ANNOUNCER_LINES || this.onlyTalked(entry, last.at)) return null;
    return { entry, certainty: TEXT_CERTAINTY, basis: 'document: announced by who spoke last' };
  }

  /** "Vale spoke on Monday about the budget": a speaker whose verb only talks, past a few words of time, said nothing. */
  protected onlyTalked(entry: Entry, at: number): boolean {
    const { tokens } = this.doc;
    const mention = entry.mentions.find((m) => m.start === at);
    if (!mention) return false;
    let v = this.doc.tokenAt(mention.end);
    while (v < tokens.length && tokens[v].start < mention.end) v++;
    for (let n = 0; v < tokens.length && n < VERB_ADJUNCT_WORDS; v++, n++) {
      const w = tokens[v].lower;
      if (!ISSUER_AUX.has(w) && !TIME_WORDS.has(w) && !CALENDAR_WORDS.has(w)) break;
    }
    return TALK_CUES.has(tokens[v]?.lower ?? '');
  }

  /**
   * "Bujnowski wrote in the affidavit. It continued: '…'", "The board said in a letter. '…,' it added": the sentence
   * right before closes on the text its subject spoke or wrote in, which "it" goes on with, as that subject's words.
   * Not "Critics spoke in the hall" (no text), nor a text inside the sentence ("said in a letter that …").
   */
  protected textSpokenInBefore(it: number): Resolution | null {
    const { tokens } = this.doc;
    const sentence = this.sentenceBeforeQuote(it);
    if (!sentence) return null;
    const [start, end] = sentence;
    // '"…," Dorsey wrote in the affidavit.': the narration after a quote the sentence opens with
    let s = start;
    while (s < end && (!tokens[s].word || this.quoted.overlaps(tokens[s].start, tokens[s].end))) s++;
    const noun = end - 2;
    const word = tokens[noun]?.lower ?? '';
    if (noun <= s || !(ISSUED_TEXT_NOUNS.has(word) || DOCUMENT_NOUNS.has(word))) return null;
    const opener = this.sentenceOpener(s, end);
    if (!opener || tokens[opener.verb + 1]?.lower !== 'in' || noun - opener.verb > SPOKEN_IN_WORDS) return null;
    const entry = this.namedIssuer(opener.subject);
    if (!entry) return null;
    this.latestText = { entry, end: tokens[it].end, line: tokens[it].line };
    return { entry, certainty: IT_TEXT_CERTAINTY, basis: 'it: the text the sentence before was written in' };
  }

  /**
   * The subject a sentence [s, end) opens with and its speech verb, past a few words of time between them ("The
   * authority on Tuesday responded"); null when the sentence does not open so.
   */
  protected sentenceOpener(s: number, end: number): { subject: Phrase; verb: number } | null {
    const { tokens, text } = this.doc;
    const subject = phraseRight(tokens, s, end, text);
    if (!subject || subject.from !== s || subject.kind === 'pronoun') return null;
    let v = subject.to;
    while (v < end && v - subject.to < VERB_ADJUNCT_WORDS && !CUE_VERBS.has(tokens[v].lower)) {
      const w = tokens[v].lower;
      if (!ISSUER_AUX.has(w) && !TIME_WORDS.has(w) && !CALENDAR_WORDS.has(w)) return null;
      v++;
    }
    return v < end && CUE_VERBS.has(tokens[v].lower) ? { subject, verb: v } : null;
  }

  /** The person or body a phrase resolves to, else null (an unnamed "spokesman" says no more than the text does). */
  protected namedIssuer(phrase: Phrase): Entry | null {
    const r = this.resolve(phrase, false);
    return r.entry && (r.entry.type === 'person' || r.entry.type === 'organization') ? r.entry : null;
  }

  /** The text noun at token `noun` is the object of a verb of issuing ("released a statement", "sent a new letter"). */
  protected issuedAt(noun: number): boolean {
    const { tokens } = this.doc;
    for (let i = noun - 1; i >= Math.max(0, noun - 4); i--) if (ISSUING_VERBS.has(tokens[i].lower)) return true;
    return false;
  }

  /**
   * "Dawes smiled and lifted a sign of her own. ¶ '…,' it read": a sign, banner or cap named in the sentences just
   * before speaks for whoever holds or wears it (documentIssuer), as "a sign that read" does.
   */
  protected signHolder(it: number, after: number): Resolution | null {
    const { tokens } = this.doc;
    for (let i = it - 1; i >= 0 && tokens[i].start >= after; i--) {
      if (!SIGN_NOUNS.has(tokens[i].lower) || this.quoted.overlaps(tokens[i].start, tokens[i].end)) continue;
      const r = this.documentIssuer(tokens[i]);
      return r && { ...r, basis: 'it: the sign named just before, by whoever holds it' };
    }
    return null;
  }

  /** The token of the text noun named last before token `before` and after offset `after`, outside quotes; else -1. */
  protected latestTextNoun(before: number, after: number): number {
    const { tokens } = this.doc;
    for (let i = before - 1; i >= 0 && tokens[i].start >= after; i--)
      if (ISSUED_TEXT_NOUNS.has(tokens[i].lower) && !this.quoted.overlaps(tokens[i].start, tokens[i].end)) return i;
    return -1;
  }

  protected issuer(noun: string, at: number, reach = ISSUER_REACH, named = false): Entry | null {
    const before = this.doc.tokenAt(at);
    const floor = this.doc.tokenAt(Math.max(0, at - reach));
    const subject = issuerPhrase(this.doc, noun, floor, before) ?? authorNamedNext(this.doc, noun, before);
    if (!subject || (named && subject.kind !== 'name')) return null;
    return this.resolve(subject, false).entry;
  }
}

/** Words from "said in" to the text's noun closing the sentence ("wrote in the sworn affidavit."). */
const SPOKEN_IN_WORDS = 5;

/** Lines (paragraphs) back from the quote's to who announced a release: the two before it. */
const ANNOUNCER_LINES = 2;

/** Words between a subject and its speech verb ("The authority on Tuesday responded"). */
const VERB_ADJUNCT_WORDS = 4;

/** Paragraphs from the last text that spoke to "the authors" that speak for it. */
const WRITER_LINES = 12;

/** How many words the author named after a document ("a statement from …") may take. */
const DOCUMENT_AUTHOR_WORDS = 6;

/** A text resolved to its issuer: below the confident band (the issuer is read off the sentences before). */
const TEXT_CERTAINTY = 0.75;

/** "it" taken as a text speaking: a guess on few training cases. */
const IT_TEXT_CERTAINTY = 0.6;

/** Tokens from "it" back over the quote before it to the narration before (a long quote is not this rule's). */
const QUOTE_TAIL = 120;

/** Words between a text's noun and the "from" naming its author ("A letter this month to the board from …"). */
const AUTHOR_LINK_REACH = 8;

/** Tokens of the sentence before a quote that "it" may take its text from. */
const SENTENCE_REACH = 40;

/** Paragraphs over which "it said" goes on with the text that spoke last. */
const TEXT_LINES = 2;

/** How far back a document's issuer is looked for (a paragraph or two). */
const ISSUER_REACH = 600;

/** How far back a definite document ("the suit", "the report") looks for the issuer of its last mention. */
const DOCUMENT_ISSUER_REACH = 2000;

/** The first lower-case "-ed" word in [from, to) after a noun, not after a determiner ("the panel seemed"); else -1. */
function pastVerbIn(tokens: readonly DocToken[], from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t.cap && t.lower.endsWith('ed') && !NOUN_DETERMINERS.has(tokens[i - 1].lower)) return i;
  }
  return -1;
}

function documentResolution(entry: Entry): Resolution {
  return { entry, certainty: 0.6, basis: 'a document, its author not named' };
}

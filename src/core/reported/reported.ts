/**
 * Reported speech: "X said (that) …", "X told reporters …", "according to X, …", "…, X said.", ", noting that …",
 * "X expressed optimism over …". Scans sentences outside full direct quotes; quoted fragments inside a reported
 * clause become part of its content. Fixed look-around windows keep it linear.
 */
import { cueRange, isCue, isNounAfter, isQuoteToken, type AttributedQuote } from '../attribution/cues';
import {
  isSpeakerNoun,
  phraseLeft,
  phraseRight,
  skipCuePrefixLeft,
  speakerNounTail,
  type Phrase,
} from '../attribution/phrases';
import { isHeadingLabel } from '../attribution/headingLabels';
import { textPhraseRight } from '../attribution/texts';
import type { Doc, DocToken } from '../text/document';
import { askedQuestion } from './askedQuestion';
import { inDocument } from './documentSource';
import { headlineSays } from './headlineSays';
import { nounCueAt } from './nounCues';
import { thatAfterAdverbials } from './thatOpening';
import { perceptionAt } from './perception';
import { topicReport, viewReport } from './topicCues';
import { madeClear } from './madeClear';
import { possessorPhrase } from './cueSpeaker';
import {
  CLAUSE_CUES,
  CUE_PREFIX,
  CUE_VERBS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  OBJECT_CONTENT_CUES,
} from '../lexicon/lexicon';
import { EXPRESS_CUES, PARTICIPLES, PARTICLE_PARTICIPLES, PERCEPTION_CUES } from '../lexicon/speechVerbs';
import {
  COMMENT_OPENERS,
  CONTENT_DETERMINERS,
  CONTENT_JOINERS,
  NOT_CONTENT_START,
  NOT_VERBS,
  PARTICIPLE_LEADS,
  UNREAD_PARTICIPLE_LEADS,
  PARTICIPLE_PARTICLES,
  QUANTIFIERS,
  QUANTITY_LEADS,
  REPORT_RELATIVES,
  RELATIVE_SUBJECTS,
  SENTENCE_END,
  SUBJECT_PRONOUNS,
  TITLE_LINK_WORDS,
  VERB_AFTER_NOUN,
} from '../lexicon/functionWords';
import { CLAIM_NOUNS, TITLE_LABELS } from '../lexicon/newsWords';
import { clause } from './clauseRules';
import { opensPlainly, opensQuantity, thatAdverbial } from './contentStart';
import { contentAfter, contentRange, coordinatedCue, cueForm, MIN_CONTENT_WORDS } from './content';
import { hasFull, type Found, type QuoteMap, type Reported } from './quoteMap';
import { clauseSubject, knownSpeaker, MAIN_CLAUSE_REACH } from './subjects';
import { recallsGoods } from './recallSense';
import { passiveQuotedAs, quotedAsSubject } from './quotedAs';

export type { Reported } from './quoteMap';

export function findReportedSpeech(doc: Doc, direct: AttributedQuote[]): Reported[] {
  const { tokens } = doc;
  const n = tokens.length;
  // per token: index of the direct quote it is in, -1 outside
  const inQuote: QuoteMap = {
    of: new Int32Array(n).fill(-1),
    full: new Uint8Array(n),
    quotedUpTo: new Int32Array(n + 1),
    fullUpTo: new Int32Array(n + 1),
  };
  direct.forEach((q, qi) => {
    for (let i = q.from; i < q.to && i < n; i++) {
      inQuote.of[i] = qi;
      if (!q.fragment) inQuote.full[i] = 1;
    }
  });
  for (let i = 0; i < n; i++) {
    inQuote.quotedUpTo[i + 1] = inQuote.quotedUpTo[i] + (inQuote.of[i] >= 0 ? 1 : 0);
    inQuote.fullUpTo[i + 1] = inQuote.fullUpTo[i] + inQuote.full[i];
  }
  const out: Reported[] = [];
  let s = 0;
  while (s < n) {
    // sentence [s, e): ends at . ! ? outside quotes, or at the end of the line
    let e = s;
    const line = tokens[s].line;
    while (e < n && tokens[e].line === line) {
      const t = tokens[e];
      e++;
      // "(R-Ga.) said", "Washington, D.C., said": an abbreviation's dot before a bracket or comma ends nothing
      if (inQuote.of[e - 1] < 0 && SENTENCE_END.has(t.text) && tokens[e]?.text !== ')' && tokens[e]?.text !== ',') {
        while (e < n && tokens[e].line === line && isQuoteToken(tokens[e]) && inQuote.of[e] < 0 && !tokens[e].word) e++;
        break;
      }
      // '… to “keep it under wraps.” Trump said …': a quote closing on a full stop before a capital ends the sentence
      if (
        inQuote.of[e - 1] >= 0 &&
        SENTENCE_END.has(t.text) &&
        e + 1 < n &&
        isQuoteToken(tokens[e]) &&
        inQuote.of[e] === inQuote.of[e - 1] &&
        inQuote.of[e + 1] !== inQuote.of[e] &&
        tokens[e + 1].line === line &&
        tokens[e + 1].cap
      ) {
        e++;
        break;
      }
    }
    const headline =
      s === doc.lines[tokens[s].line].tokenFrom
        ? (headlineReport(doc, s, e, inQuote) ??
          titleCaseReport(doc, s, e, inQuote) ??
          (s === 0 ? titleColon(doc, e, inQuote) : null))
        : null;
    if (headline) out.push(headline);
    else scanSentence(doc, s, e, inQuote, direct, out);
    s = e;
  }
  return out;
}

/** One sentence being scanned for reports: its tokens [s, e) and what the direct quotes in it hold. */
interface SentenceScan {
  doc: Doc;
  s: number;
  e: number;
  inQuote: QuoteMap;
  direct: AttributedQuote[];
  fullQuote: boolean;
  directCues: Set<number>;
}

function scanSentence(
  doc: Doc,
  s: number,
  e: number,
  inQuote: QuoteMap,
  direct: AttributedQuote[],
  out: Reported[],
): void {
  // a full direct quote in the sentence carries its speech; only participial reports may follow it
  let fullQuote = false;
  for (let i = s; i < e; i++) if (inQuote.of[i] >= 0 && !direct[inQuote.of[i]].fragment) fullQuote = true;
  const scan: SentenceScan = { doc, s, e, inQuote, direct, fullQuote, directCues: cueStarts(direct) };
  let last: Found | null = null;
  let i = s;
  const fromDocument = fullQuote ? null : documentReport(doc, s, e, inQuote);
  if (fromDocument) {
    out.push(fromDocument.reported);
    i = fromDocument.next;
  }
  while (i < e) {
    const noun = perceptionReport(scan, i) ?? claimNounReport(scan, i) ?? askedReport(scan, i);
    if (noun) {
      out.push(noun.reported);
      i = noun.next;
      continue;
    }
    const topic = verbOrTopicReport(scan, i, last);
    if (topic) {
      out.push(topic.reported);
      i = Math.max(topic.next, i + 1);
      last = topic;
    } else i++;
  }
}

/** "In a new poll of voters, most backed the levy": the document is the source of the sentence after the comma. */
function documentReport(doc: Doc, s: number, e: number, inQuote: QuoteMap): Found | null {
  const { tokens } = doc;
  const inDoc = inDocument(doc.tokens, s, e);
  const inContent = inDoc && !speaksAfter(doc, inDoc.to + 1, e) && contentAfter(doc, inDoc.to + 1, e, inQuote);
  if (!inDoc || !inContent) return null;
  const source: Phrase = {
    from: inDoc.from,
    to: inDoc.to,
    kind: 'description',
    nameFrom: inDoc.to,
    nameTo: inDoc.to,
  };
  return {
    reported: {
      content: inContent.range,
      attribution: { speaker: source, cue: [tokens[s].start, tokens[s].end], how: 'before' },
    },
    next: inContent.end,
  };
}

/**
 * "In a statement, LSK president Faith Odhiambo said …": after the comma a subject with a reporting verb of its own
 * speaks; the document is only where she said it.
 */
function speaksAfter(doc: Doc, k: number, e: number): boolean {
  const { tokens } = doc;
  const subject = phraseRight(tokens, k, e, doc.text);
  if (!subject) return false;
  const cueAt = (from: number): boolean => {
    let v = from;
    while (v < e && v - from < 2 && CUE_PREFIX.has(tokens[v].lower)) v++;
    return isCue(tokens, v);
  };
  if (cueAt(subject.to) || cueAt(speakerNounTail(tokens, subject.to, e))) return true;
  // "In a memo, Acme's chief operating officer, Dean Roe, said …": the subject's appositive, then its cue
  let comma = subject.to;
  while (comma < e && comma - subject.to < APPOSED_REACH && tokens[comma].word) comma++;
  return comma > k && comma < e && cueAt(apposedEnd(doc, comma, e));
}

/** Words a subject may run on past what the phrase scanner took, before the comma of its appositive. */
const APPOSED_REACH = 3;

/** Words a relative clause set off by commas may hold: ", which published the trial and owns the brand,". */
const ASIDE_REACH = 12;

/**
 * Past an appositive between commas: at ", Dean Roe, said" the token after the second comma, else `k` itself; or past
 * a relative clause between commas: "In a statement, JAMA Pediatrics, which published the trial, said …".
 */
function apposedEnd(doc: Doc, k: number, e: number): number {
  const { tokens } = doc;
  if (tokens[k]?.text !== ',') return k;
  if (RELATIVE_SUBJECTS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'whose') {
    for (let i = k + 2; i < e && i - k <= ASIDE_REACH; i++) {
      if (SENTENCE_END.has(tokens[i].text) || isQuoteToken(tokens[i])) return k;
      if (tokens[i].text === ',') return i + 1;
    }
    return k;
  }
  const inner = phraseRight(tokens, k + 1, e, doc.text);
  return inner && inner.to < e && tokens[inner.to].text === ',' ? inner.to + 1 : k;
}

/** A perception cue at token i ("is expected to", "appears"): what is perceived, with no speaker. */
function perceptionReport({ doc, s, e, inQuote, fullQuote }: SentenceScan, i: number): Found | null {
  const { tokens } = doc;
  if (inQuote.of[i] >= 0 || fullQuote || !PERCEPTION_CUES.has(tokens[i].lower)) return null;
  const seen = perceptionAt(tokens, s, i);
  const content =
    seen &&
    contentAfter(doc, seen.after ? seen.from + (tokens[seen.from]?.lower === 'that' ? 1 : 0) : seen.from, e, inQuote);
  if (!seen || !content) return null;
  return {
    reported: {
      content: content.range,
      attribution: { speaker: null, cue: [tokens[seen.cueFrom].start, tokens[seen.cueTo - 1].end], how: 'none' },
    },
    next: Math.max(content.end, i + 1), // "[the deal] is expected to": content before the cue; move on
  };
}

/** A claim noun at token i ("the mayor's claim that …"): its content, its possessor the speaker. */
function claimNounReport({ doc, s, e, inQuote }: SentenceScan, i: number): Found | null {
  const { tokens } = doc;
  if (inQuote.of[i] >= 0 || !CLAIM_NOUNS.has(tokens[i].lower)) return null;
  const noun = nounCueAt(tokens, s, i);
  const content = noun && contentAfter(doc, noun.from, e, inQuote);
  if (!noun || !content) return null;
  const speaker = noun.possessor ? possessorPhrase(doc, s, noun.possessor) : null;
  return {
    reported: {
      content: content.range,
      attribution: { speaker, cue: [tokens[i].start, tokens[i].end], how: speaker ? 'before' : 'none' },
    },
    next: content.end,
  };
}

/** "asked" at token i: the question asked, its asker the speaker. */
function askedReport({ doc, s, e, inQuote }: SentenceScan, i: number): Found | null {
  const { tokens } = doc;
  if (tokens[i].lower !== 'asked' || inQuote.of[i] >= 0) return null;
  const question = askedQuestion(tokens, s, e, i, doc.text);
  const range = question && contentRange(tokens, question.from, question.to);
  if (!question || !range) return null;
  return {
    reported: {
      content: range,
      attribution: {
        speaker: question.asker,
        cue: [tokens[i].start, tokens[i].end],
        how: question.asker ? 'after' : 'none',
      },
    },
    next: question.to,
  };
}

/** A reporting verb's clause at token i, else a topic cue's; `last` is the report found before in the sentence. */
function verbOrTopicReport(scan: SentenceScan, i: number, last: Found | null): Found | null {
  const { doc, s, e, inQuote, direct, fullQuote, directCues } = scan;
  const { tokens } = doc;
  // no cue word at all first: that settles most tokens before the costlier noun-reading checks
  const notCue =
    inQuote.of[i] >= 0 ||
    (!isCue(tokens, i) && !EXPRESS_CUES.has(tokens[i].lower) && !verbBeforeThat(tokens, i) && !objectCue(tokens, i)) ||
    directCues.has(tokens[i].start) ||
    isNounAfter(tokens, i) ||
    recallsGoods(tokens, i) ||
    (VERB_AFTER_NOUN.has(tokens[i + 1]?.lower ?? '') && !inRelative(tokens, s, i));
  // "X said A and warned B": the second cue shares the subject of the report just found
  const shared: Phrase | null =
    !notCue && last && coordinatedCue(tokens, last.next, e) === i ? last.reported.attribution.speaker : null;
  const found: Found | null = notCue ? null : cueReport(doc, s, e, i, inQuote, direct, fullQuote, shared);
  // "questions about [the audit]": a topic cue reports when no clause of a reporting verb does
  return (
    found ??
    (fullQuote
      ? null
      : (topicReport(doc, s, e, i, inQuote, topicShared(tokens, last, e, i)) ??
        viewReport(doc, s, e, i, inQuote, topicShared(tokens, last, e, i)) ??
        madeClear(doc, s, e, i, inQuote, topicShared(tokens, last, e, i))))
  );
}

/** "Ruiz said A and called for B": the subject of the report just found, when the cue at i is coordinated with it. */
function topicShared(tokens: DocToken[], last: Found | null, e: number, i: number): Phrase | null {
  return last && coordinatedCue(tokens, last.next, e) === i ? last.reported.attribution.speaker : null;
}

const RELATIVE_REACH = 6;

/** "which critics [said] was unfair": a cue after a relative pronoun and a short subject, where the verb that follows
 * is the relative clause's own, not a sentence verb after the noun "said". */
function inRelative(tokens: DocToken[], s: number, i: number): boolean {
  for (let j = i - 2; j >= s && i - j <= RELATIVE_REACH; j--) {
    if (REPORT_RELATIVES.has(tokens[j].lower)) return CLAUSE_CUES.has(tokens[i].lower);
    if (!tokens[j].word && tokens[j].text !== '.' && tokens[j].text !== "'s" && tokens[j].text !== '’s') return false;
  }
  return false;
}

/** What the reporting verb at i reports: "according to X", a participle of the clause before, or its own clause. */
function cueReport(
  doc: Doc,
  s: number,
  e: number,
  i: number,
  inQuote: QuoteMap,
  direct: AttributedQuote[],
  fullQuote: boolean,
  shared: Phrase | null,
): Found | null {
  if (doc.tokens[i].lower === 'according') return according(doc, s, e, i, inQuote);
  if (participleCue(doc.tokens, s, i)) return participle(doc, s, e, i, inQuote, direct);
  return clause(doc, s, e, i, inQuote, fullQuote, shared);
}

/** A verb whose object is the content ("attacked [Trump]"), also in its -ing form: "is attacking [the press]",
 * "a group backing [Bush]". */
function objectCue(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (OBJECT_CONTENT_CUES.has(t.lower)) return true;
  return t.lower.endsWith('ing') && !t.cap && !isNounAfter(tokens, i) && OBJECT_CONTENT_CUES.has(cueForm(t.lower));
}

/** Where the cues of direct quotes start: those cues carry the quote, not a second, reported attribution. */
const cuesByQuotes = new WeakMap<AttributedQuote[], Set<number>>();
function cueStarts(direct: AttributedQuote[]): Set<number> {
  let set = cuesByQuotes.get(direct);
  if (!set) {
    set = new Set();
    for (const q of direct) if (q.attribution.cue && !q.fragment) set.add(q.attribution.cue[0]);
    cuesByQuotes.set(direct, set);
  }
  return set;
}

/** A past or present verb followed by "that" ("the study concluded that", "critics complained that"). */
function verbBeforeThat(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  // "-s" words are mostly plural nouns before a relative "that" ("companies that had insured …"): only known cues
  return (
    !!next &&
    next.lower === 'that' &&
    t.word &&
    !t.cap &&
    (t.lower.endsWith('ed') || CUE_VERBS.has(t.lower)) &&
    t.lower.length > 3 &&
    !NOT_VERBS.has(t.lower)
  );
}

const ACCORDING_REACH = 30;

function according(doc: Doc, s: number, e: number, c: number, inQuote: QuoteMap): Found | null {
  const { tokens } = doc;
  const text = doc.text;
  const cue = cueRange(tokens, c, e);
  // "…, according to X." → content before; "According to X, …" → content after the comma
  let comma = c + 2;
  // "According to exit polls conducted by X for Y, …": a source may run long before its comma
  while (comma < e && !SOURCE_CLOSE.has(tokens[comma].text) && comma - c < ACCORDING_REACH) comma++;
  const sourceEnd = comma < e && SOURCE_CLOSE.has(tokens[comma].text) ? comma : e;
  const speaker = sourcePhrase(tokens, c + 2, sourceEnd, text);
  const speakerEnd = speaker?.kind === 'name' ? pastSourceAppositive(doc, sourceEnd, e) : sourceEnd;
  const around = interruptedContent(doc, s, e, c, speakerEnd, inQuote);
  if (around)
    return { reported: { content: around.range, attribution: { speaker, cue, how: 'before' } }, next: around.end };
  if (c - s >= MIN_CONTENT_WORDS) {
    const range = contentRange(tokens, s, c);
    if (range) return { reported: { content: range, attribution: { speaker, cue, how: 'after' } }, next: e };
  }
  // "According to the NNA, the minister said …": a clause with its own speaker and cue is that speaker's report, which
  // the scan finds at its cue; the source is only the channel
  if (speakerEnd < e && !speaksAfter(doc, speakerEnd + 1, e)) {
    const content = contentAfter(doc, speakerEnd + 1, e, inQuote);
    if (content)
      return { reported: { content: content.range, attribution: { speaker, cue, how: 'before' } }, next: content.end };
  }
  return null;
}

/** Words an "according to" source read by its position may hold: "a police report", "the charge sheet". */
const MAX_SOURCE_WORDS = 5;

/**
 * The source after "according to", up to its comma. Where the phrase reader stops short of it on a noun no list makes a
 * speaker's ("the report", "a police report": "report" is a verb too; "the charge sheet"), the position makes the
 * whole short noun phrase the source, as it does "the audit".
 */
function sourcePhrase(tokens: DocToken[], from: number, end: number, text: string): Phrase | null {
  // "according to an email from the chief executive": a text the phrase reader leaves out ("said in an email")
  const p = phraseRight(tokens, from, end, text) ?? textPhraseRight(tokens, from, end);
  if (p && (p.kind !== 'description' || p.to === end)) return p;
  if (end - from > MAX_SOURCE_WORDS || !DESCRIPTION_OPENERS.has(tokens[from]?.lower ?? '')) return p;
  for (let i = from + 1; i < end; i++) if (!tokens[i].word) return p;
  return { from, to: end, kind: 'description', nameFrom: end, nameTo: end };
}

/**
 * "According to Jean Roy, a researcher at Laval University, late service pays off": a description of the named source
 * set off by commas belongs to the source, and the content starts after it. Only a description headed by a person's
 * or an organization's noun ("a researcher", "the group's spokeswoman"), so "According to Roy, the plan, which …" keeps
 * "the plan" in the content.
 */
function pastSourceAppositive(doc: Doc, comma: number, e: number): number {
  const { tokens, text } = doc;
  if (comma >= e || tokens[comma].text !== ',') return comma;
  const app = phraseRight(tokens, comma + 1, e, text);
  if (!app || app.kind !== 'description' || tokens[app.to]?.text !== ',' || app.to + 1 >= e) return comma;
  let head = app.to - 1;
  for (let i = app.from + 1; i < app.to; i++)
    if (DESCRIPTION_LINKS.has(tokens[i].lower)) {
      head = i - 1;
      break;
    }
  return isSpeakerNoun(tokens[head].lower) ? app.to : comma;
}

/** What closes an "according to" source: a comma, or a dash when the source interrupts the sentence. */
const SOURCE_CLOSE = new Set([',', '—', '–', '-', '--']);

/**
 * "[At the heart of the dispute], according to the mayor, [was a missing permit]": a source set off by commas or
 * dashes in the middle of one clause, which runs on after it; the content is the whole clause around the source.
 * Not when the rest opens a clause of its own or a comment (", according to X, who …", "…, according to X, and …").
 */
function interruptedContent(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  speakerEnd: number,
  inQuote: QuoteMap,
): { range: [number, number]; end: number } | null {
  const { tokens } = doc;
  const open = tokens[c - 1];
  const next = tokens[speakerEnd + 1];
  if (
    c - s < 2 ||
    speakerEnd >= e ||
    !open ||
    !SOURCE_CLOSE.has(open.text) ||
    !next ||
    !next.word ||
    COMMENT_OPENERS.has(next.lower) ||
    CONTENT_JOINERS.has(next.lower) ||
    PARTICIPLES.has(next.lower) ||
    hasFull(inQuote, s, c)
  )
    return null;
  const tail = contentAfter(doc, speakerEnd + 1, e, inQuote);
  const head = contentRange(tokens, s, c - 1) ?? [tokens[s].start, tokens[c - 2].end];
  return tail ? { range: [head[0], tail.range[1]], end: tail.end } : null;
}

/** Direct quotes' speaker phrases by token range (the first quote's wins), built once per document: scanning
 * every quote for every cue made long articles quadratic (found by the 10 MB benchmark). */
const phrasesByRange = new WeakMap<AttributedQuote[], Map<string, Phrase>>();
function speakerPhrases(direct: AttributedQuote[]): Map<string, Phrase> {
  let map = phrasesByRange.get(direct);
  if (!map) {
    map = new Map();
    for (const q of direct) {
      const p = q.attribution.speaker;
      if (p && !map.has(`${p.from}:${p.to}`)) map.set(`${p.from}:${p.to}`, p);
    }
    phrasesByRange.set(direct, map);
  }
  return map;
}

/** The speaker of the main clause before a participial cue: a direct quote's or a reporting verb's. */
function mainSpeaker(doc: Doc, s: number, c: number, direct: AttributedQuote[], inQuote: QuoteMap): Phrase | null {
  const { tokens, text } = doc;
  // a fixed look-back: the main clause of a participle is near it, and a long unpunctuated text stays linear
  const floor = Math.max(s, c - MAIN_CLAUSE_REACH);
  for (let i = c - 1; i >= floor; i--) {
    const qi = inQuote.of[i];
    if (qi >= 0 && direct[qi].attribution.speaker) return direct[qi].attribution.speaker;
    if (qi < 0 && isCue(tokens, i) && !PARTICIPLES.has(tokens[i].lower)) {
      const lead = skipCuePrefixLeft(tokens, i, s, CUE_PREFIX);
      const left = phraseLeft(tokens, lead, s, text);
      if (left) {
        // the same words may already attribute a direct quote: share that phrase so it resolves once
        return speakerPhrases(direct).get(`${left.from}:${left.to}`) ?? left;
      }
      // '"…," he said, noting …' : the attribution follows the quote
    }
  }
  return c - s <= MAIN_CLAUSE_REACH ? clauseSubject(doc, s, c) : null;
}

function participle(
  doc: Doc,
  s: number,
  e: number,
  c: number,
  inQuote: QuoteMap,
  direct: AttributedQuote[],
): Found | null {
  const { tokens } = doc;
  // "…, saying …", "…, arguing that …" after a clause whose subject we cannot read still reports, with an unknown
  // speaker, when its content opens plainly (a "that" or a clause subject)
  const group = groupSaying(tokens, s, c);
  const quoted = passiveQuotedAs(tokens, s, c);
  const speaker: Phrase | null =
    group >= 0
      ? { from: group, to: c, kind: 'description', nameFrom: c, nameTo: c }
      : quoted >= 0
        ? quotedAsSubject(tokens, s, quoted, doc.text)
        : mainSpeaker(doc, s, c, direct, inQuote);
  if (!speaker && !reportsUnattributed(tokens, c)) return null;
  let k = c + 1;
  // "…, saying in an email that …": adverbials may stand before the "that", as after "said"; not after "pointing
  // to", whose object a relative "that" follows ("pointing to high ratings that students gave")
  const that = PARTICLE_PARTICIPLES.has(tokens[c].lower) ? -1 : thatAfterAdverbials(tokens, k, e, inQuote);
  if (that >= 0) k = that + 1;
  else if (PARTICIPLE_PARTICLES.has(tokens[k]?.lower ?? '') && PARTICLE_PARTICIPLES.has(tokens[c].lower)) k++;
  // a quoted fragment may open the content ('adding that "some of the things … are ridiculous"'), a full quote not
  if (
    k >= e ||
    (NOT_CONTENT_START.has(tokens[k].lower) &&
      !thatAdverbial(tokens, k) &&
      !opensQuantity(tokens, k) &&
      tokens[k].lower !== 'him' &&
      tokens[k].lower !== 'her' &&
      tokens[k].lower !== 'them') ||
    (isQuoteToken(tokens[k]) && (inQuote.of[k] < 0 || inQuote.full[k]))
  )
    return null;
  const content = contentAfter(doc, k, fronted(tokens, s, e, c, k), inQuote);
  if (!content) return null;
  return {
    reported: {
      content: content.range,
      attribution: { speaker, cue: cueRange(tokens, c, e), how: speaker ? 'before' : 'none' },
    },
    next: content.end,
  };
}

/**
 * A participle with no speaker we can read reports when its clause opens plainly (a "that" or a clause subject), and
 * only after a comma or "by" (any "saying"): "after announcing his run, Ruiz …" would run into the main clause.
 */
function reportsUnattributed(tokens: DocToken[], c: number): boolean {
  const next = tokens[c + 1]?.lower ?? '';
  const plain = next === 'that' || SUBJECT_PRONOUNS.has(next) || CONTENT_DETERMINERS.has(next);
  return plain && (tokens[c].lower === 'saying' || UNREAD_PARTICIPLE_LEADS.has(tokens[c - 1]?.lower ?? ''));
}

/** A participle reporting for the clause before it: "…, saying …", "while noting …", "with 30 percent saying …". */
function participleCue(tokens: DocToken[], s: number, i: number): boolean {
  return (
    PARTICIPLES.has(tokens[i].lower) &&
    (PARTICIPLE_LEADS.has(tokens[i - 1]?.lower ?? '') ||
      groupSaying(tokens, s, i) >= 0 ||
      passiveQuotedAs(tokens, s, i) >= 0)
  );
}

const FRONTED_REACH = 40;

/**
 * "After saying [he was nervous], the man asked …": a participle opening the sentence after "after", "before" or
 * "while" reports only up to the comma where the main clause begins with its subject. `e` otherwise.
 */
function fronted(tokens: DocToken[], s: number, e: number, c: number, k: number): number {
  if (c - 1 !== s || !(tokens[s].lower === 'after' || tokens[s].lower === 'before' || tokens[s].lower === 'while'))
    return e;
  for (let j = k + 1; j < e && j - k <= FRONTED_REACH; j++)
    if (tokens[j].text === ',' && opensPlainly(tokens, j + 1)) return j;
  return e;
}

const GROUP_REACH = 8;

/**
 * "…, with 30 percent of voters saying they …", "left six in 10 saying …": a share of a group whose words a poll
 * reports, or a named speaker after "with". Where the speaker starts (after "with"), else -1.
 */
function groupSaying(tokens: DocToken[], s: number, c: number): number {
  // "with Governor Ola Rud calling Lind a fascist": a named speaker after "with" may use any reporting participle
  const named = tokens[c - 1]?.cap === true;
  if (tokens[c].lower !== 'saying' && !named) return -1;
  const quantity = (t: DocToken | undefined): boolean => !!t && (/^\d/.test(t.text) || QUANTIFIERS.has(t.lower));
  for (let j = c - 1; j > s && c - j <= GROUP_REACH && tokens[j].word; j--) {
    const lead = tokens[j - 1].lower;
    if (lead !== 'with' && lead !== 'left') continue;
    return quantity(tokens[j]) || (QUANTITY_LEADS.has(tokens[j].lower) && quantity(tokens[j + 1])) || named ? j : -1;
  }
  return -1;
}

/** "Pat Caddell: Voters Worried About Clinton’s Health": a person's name and a colon opening a line, then their
 * claim in the writer's words (a headline). Only a known person, so "Update:" or "WASHINGTON:" never speak. */
function headlineReport(doc: Doc, s: number, e: number, inQuote: QuoteMap): Reported | null {
  const { tokens, text } = doc;
  let colon = s;
  while (colon < e && colon - s <= 4 && tokens[colon].cap) colon++;
  if (colon === s || colon >= e || tokens[colon].text !== ':' || inQuote.of[colon + 1] >= 0) return null;
  const from = tokens[s].start;
  const to = tokens[colon - 1].end;
  if (!doc.people.some((p) => p.start <= from && p.end >= to)) return null;
  const speaker = phraseLeft(tokens, colon, s, text);
  if (!speaker || speaker.kind !== 'name' || speaker.from !== s || isHeadingLabel(doc, speaker)) return null;
  const range = contentRange(tokens, colon + 1, e);
  return range
    ? { content: range, attribution: { speaker, cue: [tokens[colon].start, tokens[colon].end], how: 'colon' } }
    : null;
}

/** "Poll: Mayor Leads By Six", "Union to Council: Strike Is Coming": a title opening the document whose source,
 * a name or a noun, stands before a colon. The source is read from the left ("Union to Council": the union). */
function titleColon(doc: Doc, e: number, inQuote: QuoteMap): Reported | null {
  const { tokens, text } = doc;
  let colon = 0;
  while (colon < e && colon <= 8 && (tokens[colon].cap || TITLE_LINK_WORDS.has(tokens[colon].lower))) colon++;
  if (
    colon === 0 ||
    colon >= e ||
    tokens[colon].text !== ':' ||
    !tokens[0].cap ||
    TITLE_LABELS.has(tokens[0].lower) ||
    inQuote.of[colon + 1] >= 0
  )
    return null;
  const range = contentRange(tokens, colon + 1, e);
  if (!range) return null;
  // only a source: a known name or a speaker noun ("Poll", "Insiders"), not a column's title ("The Latest")
  const speaker = phraseRight(tokens, 0, colon, text);
  if (
    !speaker ||
    !knownSpeaker(doc, speaker) ||
    !(speaker.to === colon || TITLE_LINK_WORDS.has(tokens[speaker.to].lower))
  )
    return null;
  return { content: range, attribution: { speaker, cue: [tokens[colon].start, tokens[colon].end], how: 'colon' } };
}

/** "Mayor Ortega Says Bridge Will Reopen": a title-case headline's claim. */
function titleCaseReport(doc: Doc, s: number, e: number, inQuote: QuoteMap): Reported | null {
  const { tokens } = doc;
  const claim = headlineSays(tokens, s, e, doc.text);
  if (!claim || inQuote.quotedUpTo[claim.to] - inQuote.quotedUpTo[s] > 0) return null;
  const range = contentRange(tokens, claim.from, claim.to);
  const cue = tokens[claim.cue];
  return range
    ? {
        content: range,
        attribution: { speaker: claim.speaker, cue: [cue.start, cue.end], how: claim.speaker ? 'before' : 'none' },
      }
    : null;
}

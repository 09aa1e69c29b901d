/**
 * Reported speech: "X said (that) …", "X told reporters …", "according to X, …", "…, X said.", ", noting that …",
 * "X expressed optimism over …". Scans sentences outside full direct quotes; quoted fragments inside a reported
 * clause become part of its content. Fixed look-around windows keep it linear.
 */
import { cueRange, isCue, isNounAfter, isQuoteToken, type AttributedQuote, type Attribution } from '../attribution/cues';
import { askedQuestion } from './askedQuestion';
import { endsContent } from './contentEnd';
import { documentSubject, inDocument } from './documentSource';
import { headlineSays } from './headlineSays';
import { CLAIM_NOUNS, nounCueAt } from './nounCues';
import { perceptionAt } from './perception';
import { SpanIndex } from '../text/spanIndex';
import type { Doc, DocToken } from '../text/document';
import { CLAUSE_CUES, CUE_PARTICLES, CUE_PREFIX, CUE_VERBS, DESCRIPTION_STOP, OBJECT_CONTENT_CUES, EXPRESSED_NOUNS, INFINITIVE_CUES, OBJECT_CUES, TIME_WORDS } from '../lexicon/lexicon';
import { isSpeakerNoun, phraseLeft, phraseRight, skipAuxLeft, skipCuePrefixLeft, type Phrase } from '../attribution/phrases';

/** Per token: the index of the direct quote it is in (-1 outside), and whether that quote is a full one. */
interface QuoteMap {
  of: Int32Array;
  full: Uint8Array;
  /** Prefix counts of quoted and full-quote tokens, so range checks are O(1) whatever the sentence length. */
  quotedUpTo: Int32Array;
  fullUpTo: Int32Array;
}

export interface Reported {
  content: [number, number];
  attribution: Attribution;
}

const SENTENCE_END = new Set(['.', '!', '?']);
const PERCEPTION_CUES = new Set(['seems', 'seemed', 'appears', 'appeared', 'expected']);
const MIN_CONTENT_WORDS = 3;
/** Words after which a speaker phrase may begin inside a sentence. */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'as', 'when', 'because', 'after', 'before', 'since', 'although', 'though', 'where', 'so', 'yet', 'meanwhile', 'however']);
/** Words that cannot begin the content of a reported clause. */
const NOT_CONTENT_START = new Set(['to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'about', 'of', 'as', 'into', 'during', 'after', 'before', 'than', 'and', 'or', 'but', 'so', 'up', 'off', 'out', 'him', 'her', 'them', 'me', 'us', 'so', 'what', 'how', 'why', 'who', 'when', 'where', 'which']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'to', 'via', 'through', 'last', 'this', 'late', 'early']);
const OBJECT_WORDS = new Set(['me', 'him', 'her', 'us', 'them', 'reporters', 'journalists', 'lawmakers', 'supporters', 'voters', 'senators', 'members', 'congress', 'parliament', 'viewers', 'listeners', 'students', 'delegates']);
const PARTICIPLES = new Set(['saying', 'adding', 'noting', 'warning', 'stressing', 'insisting', 'arguing', 'claiming', 'explaining', 'suggesting', 'telling', 'declaring', 'acknowledging', 'admitting', 'asserting', 'emphasizing', 'emphasising', 'predicting', 'promising', 'vowing', 'writing', 'announcing', 'maintaining', 'contending', 'calling', 'citing', 'referring', 'describing', 'accusing', 'urging', 'criticizing', 'praising', 'pointing', 'asking', 'questioning', 'recalling', 'blaming', 'touting', 'dismissing', 'defending', 'pledging']);
const ADVERBIAL_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'statement', 'interview', 'conference', 'news', 'press', 'briefing', 'speech', 'letter', 'email', 'also', 'repeatedly', 'previously', 'later', 'again', 'recently', 'publicly', 'privately', 'via', 'rally', 'event', 'campaign', 'stop', 'hearing', 'radio', 'television', 'tv', 'show', 'appearance', 'post', 'tweet', 'message', 'written', 'joint', 'separate', 'phone', 'telephone', 'call', 'friday', 'evening', 'its', 'website', 'blog', 'facebook', 'twitter', 'page', 'column', 'op-ed', 'book', 'memoir', 'filing', 'court', 'documents', 'remarks', 'week', 'month', 'year', 'morning', 'night', 'afternoon', 'last', 'earlier', 'email', 'statement', 'hours', 'days', 'weeks', 'months', 'years', 'ago', 'past', 'same', 'several', 'first', 'time']);
const QUESTION_CUES = new Set(['ask', 'asks', 'asked', 'wonder', 'wonders', 'wondered', 'question', 'questions', 'questioned', 'inquired', 'asking', 'wondering', 'questioning']);
const WH_WORDS = new Set(['whether', 'if', 'what', 'how', 'why', 'who', 'when', 'where', 'which']);
const PLACE_OR_TIME = new Set(['in', 'at', 'during', 'into', 'after', 'before', 'since', 'from', 'by', 'while', 'when', 'than']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const EXPRESS_CUES = new Set(['expressed', 'expresses', 'express', 'expressing', 'voiced', 'voices', 'voice']);

/** The -s form of an -ing cue ("demanding" → "demands", "arguing" → "argues"), so one lexicon entry covers both. */
function cueForm(word: string): string {
  if (!word.endsWith('ing') || word.length < 6) return word;
  const stem = word.slice(0, -3);
  const doubled = stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : stem;
  for (const f of [`${stem}s`, `${stem}es`, `${doubled}s`, stem.replace(/y$/, 'ies')]) if (CUE_VERBS.has(f) || OBJECT_CONTENT_CUES.has(f)) return f;
  return word;
}

function wordsIn(tokens: DocToken[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (tokens[i].word) n++;
  return n;
}

const DATELINE_DASHES = new Set(['—', '―', '–', '--']);

/** "WASHINGTON (AP) — Trump has …": a dateline opening the sentence is not part of the report. */
function afterDateline(tokens: DocToken[], from: number, to: number): number {
  if (!tokens[from] || tokens[from].text !== tokens[from].text.toUpperCase() || !tokens[from].word) return from;
  for (let i = from; i < to && i - from < 10; i++) {
    const t = tokens[i];
    if (DATELINE_DASHES.has(t.text)) return i + 1;
    if (t.word && !t.cap && !/^\d/.test(t.text)) return from;
  }
  return from;
}

/** Trims punctuation at the content's ends (but keeps closing quote marks of an included fragment). */
function contentRange(tokens: DocToken[], from: number, to: number): [number, number] | null {
  let a = afterDateline(tokens, from, to);
  let b = to;
  while (a < b && !tokens[a].word && !isQuoteToken(tokens[a])) a++;
  while (b > a && !tokens[b - 1].word && !isQuoteToken(tokens[b - 1]) && tokens[b - 1].text !== ')') b--;
  if (b - a <= 0 || wordsIn(tokens, a, b) < MIN_CONTENT_WORDS) return null;
  return [tokens[a].start, tokens[b - 1].end];
}

export function findReportedSpeech(doc: Doc, direct: AttributedQuote[]): Reported[] {
  const { tokens } = doc;
  const n = tokens.length;
  // per token: index of the direct quote it is in, -1 outside
  const inQuote: QuoteMap = { of: new Int32Array(n).fill(-1), full: new Uint8Array(n), quotedUpTo: new Int32Array(n + 1), fullUpTo: new Int32Array(n + 1) };
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
      if (inQuote.of[e - 1] >= 0 && SENTENCE_END.has(t.text) && e + 1 < n && isQuoteToken(tokens[e]) && inQuote.of[e] === inQuote.of[e - 1] && inQuote.of[e + 1] !== inQuote.of[e] && tokens[e + 1].line === line && tokens[e + 1].cap) {
        e++;
        break;
      }
    }
    const headline = s === doc.lines[tokens[s].line].tokenFrom ? headlineReport(doc, s, e, inQuote) ?? titleCaseReport(doc, s, e, inQuote) ?? (s === 0 ? titleColon(doc, e, inQuote) : null) : null;
    if (headline) out.push(headline);
    else scanSentence(doc, s, e, inQuote, direct, out);
    s = e;
  }
  return out;
}

function scanSentence(doc: Doc, s: number, e: number, inQuote: QuoteMap, direct: AttributedQuote[], out: Reported[]): void {
  const { tokens } = doc;
  // a full direct quote in the sentence carries its speech; only participial reports may follow it
  let fullQuote = false;
  for (let i = s; i < e; i++) if (inQuote.of[i] >= 0 && !direct[inQuote.of[i]].fragment) fullQuote = true;
  const directCues = cueStarts(direct);
  let last: Found | null = null;
  let i = s;
  // "In a new poll of voters, most backed the levy": the document is the source of the sentence after the comma
  const inDoc = fullQuote ? null : inDocument(doc.tokens, s, e);
  const inContent = inDoc && contentAfter(doc, inDoc.to + 1, e, inQuote);
  if (inDoc && inContent) {
    const source: Phrase = { from: inDoc.from, to: inDoc.to, kind: 'description', nameFrom: inDoc.to, nameTo: inDoc.to };
    out.push({ content: inContent.range, attribution: { speaker: source, cue: [tokens[s].start, tokens[s].end], how: 'before' } });
    i = inContent.end;
  }
  while (i < e) {
    if (inQuote.of[i] < 0 && !fullQuote && PERCEPTION_CUES.has(tokens[i].lower)) {
      const seen = perceptionAt(tokens, s, i);
      const content = seen && contentAfter(doc, seen.after ? seen.from + (tokens[seen.from]?.lower === 'that' ? 1 : 0) : seen.from, e, inQuote);
      if (seen && content) {
        out.push({ content: content.range, attribution: { speaker: null, cue: [tokens[seen.cueFrom].start, tokens[seen.cueTo - 1].end], how: 'none' } });
        i = content.end;
        continue;
      }
    }
    if (inQuote.of[i] < 0 && CLAIM_NOUNS.has(tokens[i].lower)) {
      const noun = nounCueAt(tokens, s, i);
      const content = noun && contentAfter(doc, noun.from, e, inQuote);
      if (noun && content) {
        const p = noun.possessor;
        const speaker: Phrase | null = p ? (phraseLeft(tokens, p[1], Math.max(s, p[0] - 6), doc.text) ?? { from: p[0], to: p[1], kind: 'pronoun', nameFrom: p[1], nameTo: p[1] }) : null;
        out.push({ content: content.range, attribution: { speaker, cue: [tokens[i].start, tokens[i].end], how: speaker ? 'before' : 'none' } });
        i = content.end;
        continue;
      }
    }
    if (tokens[i].lower === 'asked' && inQuote.of[i] < 0) {
      const question = askedQuestion(tokens, s, e, i, doc.text);
      const range = question && contentRange(tokens, question.from, question.to);
      if (question && range) {
        out.push({ content: range, attribution: { speaker: question.asker, cue: [tokens[i].start, tokens[i].end], how: question.asker ? 'after' : 'none' } });
        i = question.to;
        continue;
      }
    }
    if (inQuote.of[i] >= 0 || directCues.has(tokens[i].start) || isNounAfter(tokens, i) || VERB_AFTER_NOUN.has(tokens[i + 1]?.lower ?? '') || (!isCue(tokens, i) && !EXPRESS_CUES.has(tokens[i].lower) && !verbBeforeThat(tokens, i) && !OBJECT_CONTENT_CUES.has(tokens[i].lower))) {
      i++;
      continue;
    }
    const t = tokens[i];
    // "X said A and warned B": the second cue shares the subject of the report just found
    const shared: Phrase | null = last && coordinatedCue(tokens, last.next, e) === i ? last.reported.attribution.speaker : null;
    const found: Found | null = t.lower === 'according' ? according(doc, s, e, i, inQuote) : PARTICIPLES.has(t.lower) && PARTICIPLE_LEADS.has(tokens[i - 1]?.lower ?? '') ? participle(doc, s, e, i, inQuote, direct) : clause(doc, s, e, i, inQuote, fullQuote, shared);
    if (found) {
      out.push(found.reported);
      i = found.next;
      last = found;
    } else i++;
  }
}

/** At "and"/"but" (after an optional comma) opening a second reporting verb of the same subject: the cue's index,
 * else -1. Only finite forms ("and warned", "but also said"): "and saying" is a participle, "and claims" a noun. */
function coordinatedCue(tokens: DocToken[], i: number, e: number): number {
  let k = i;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.lower !== 'and' && tokens[k]?.lower !== 'but') return -1;
  k++;
  while (k < e && k - i < 5 && CUE_PREFIX.has(tokens[k].lower)) k++;
  const w = tokens[k]?.lower ?? '';
  if (k >= e || tokens[k].cap) return -1;
  // "but argues that …", "and says he …": a present-tense cue only with its content right after it
  const next = tokens[k + 1]?.lower ?? '';
  if (w.endsWith('s') && CLAUSE_CUES.has(w) && (next === 'that' || SUBJECT_PRONOUNS.has(next))) return k;
  if (!(w.endsWith('ed') || IRREGULAR_PAST_CUES.has(w))) return -1;
  return CLAUSE_CUES.has(w) || OBJECT_CONTENT_CUES.has(w) || INFINITIVE_CUES.has(w) ? k : -1;
}
const IRREGULAR_PAST_CUES = new Set(['said', 'told', 'wrote', 'thought', 'found', 'sought', 'spoke', 'shown', 'written']);


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
  return !!next && next.lower === 'that' && t.word && !t.cap && (t.lower.endsWith('ed') || CUE_VERBS.has(t.lower)) && t.lower.length > 3 && !NOT_VERBS.has(t.lower);
}
const NOT_VERBS = new Set(['is', 'was', 'has', 'does', 'this', 'thus', 'unless', 'perhaps', 'always', 'sometimes', 'towards', 'besides', 'means', 'news', 'reasons', 'ways', 'times', 'days', 'years', 'months', 'weeks', 'things', 'fact', 'odds', 'chances', 'hopes', 'fears', 'claims', 'reports', 'concerns', 'ensured', 'ensures', 'needs', 'proceeds']);

interface Found {
  reported: Reported;
  next: number;
}

/** Content from `from` to the sentence end, stopping before a full direct quote or a participial report. */
function contentAfter(doc: Doc, from: number, e: number, inQuote: QuoteMap): { range: [number, number]; end: number } | null {
  const { tokens } = doc;
  let end = from;
  while (end < e) {
    const t = tokens[end];
    if (t.text === ',' && PARTICIPLES.has(tokens[end + 1]?.lower ?? '')) break;
    // ', "…': a quote opening after the comma is its own; '“peanuts,” compared …': a comma inside a fragment is not
    if (t.text === ',' && tokens[end + 1] && isQuoteToken(tokens[end + 1]) && inQuote.of[end + 1] >= 0 && inQuote.of[end + 1] !== inQuote.of[end]) break;
    // a full direct quote is its own attribution, never part of reported content; a semicolon opens a new clause
    if (inQuote.full[end] || (t.text === ';' && inQuote.of[end] < 0)) break;
    // ", but …": the writer's contrast, no longer the report
    if (t.text === ',' && end > from + 2 && CONTRAST.has(tokens[end + 1]?.lower ?? '') && tokens[end + 2]?.lower !== 'that') break;
    // "said A and warned B": a second report of the same speaker
    if (end > from + 2 && coordinatedCue(tokens, end, e) >= 0) break;
    if (inQuote.of[end] < 0 && endsContent(tokens, from, end)) break;
    end++;
  }
  const range = contentRange(tokens, from, end);
  return range ? { range, end } : null;
}

const ACCORDING_REACH = 30;

function according(doc: Doc, s: number, e: number, c: number, inQuote: QuoteMap): Found | null {
  const { tokens } = doc;
  const text = doc.text;
  const cue = cueRange(tokens, c, e);
  // "…, according to X." → content before; "According to X, …" → content after the comma
  let comma = c + 2;
  // "According to exit polls conducted by X for Y, …": a source may run long before its comma
  while (comma < e && tokens[comma].text !== ',' && comma - c < ACCORDING_REACH) comma++;
  const speakerEnd = comma < e && tokens[comma].text === ',' ? comma : e;
  const speaker = phraseRight(tokens, c + 2, speakerEnd, text);
  if (c - s >= MIN_CONTENT_WORDS) {
    const range = contentRange(tokens, s, c);
    if (range) return { reported: { content: range, attribution: { speaker, cue, how: 'after' } }, next: e };
  }
  if (speakerEnd < e) {
    const content = contentAfter(doc, speakerEnd + 1, e, inQuote);
    if (content) return { reported: { content: content.range, attribution: { speaker, cue, how: 'before' } }, next: content.end };
  }
  return null;
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
const MAIN_CLAUSE_REACH = 60;

const INTRO_WORDS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'speaking', 'earlier', 'later', 'meanwhile', 'but', 'and', 'still', 'instead']);

/** The subject opening the sentence ("[In a speech,] Trump defended his tweets, saying …"): a name, a pronoun
 * or a description of a speaker, followed by its verb. */
function clauseSubject(doc: Doc, s: number, c: number): Phrase | null {
  const { tokens, text } = doc;
  let from = s;
  if (INTRO_WORDS.has(tokens[s].lower)) {
    let j = s;
    while (j < c && j - s < 12 && tokens[j].text !== ',') j++;
    if (tokens[j]?.text === ',' && j < c) from = j + 1;
    else if (tokens[s].lower === 'but' || tokens[s].lower === 'and') from = s + 1;
  }
  if (from >= c) return null;
  const p = phraseRight(tokens, from, c, text);
  if (!p || p.to >= c) return null;
  const verb = tokens[p.to];
  if (!verb.word || verb.cap) return null;
  if (p.kind === 'description' && !isSpeakerNoun(tokens[p.to - 1].lower)) return null;
  return p;
}

function participle(doc: Doc, s: number, e: number, c: number, inQuote: QuoteMap, direct: AttributedQuote[]): Found | null {
  const { tokens } = doc;
  // "…, saying …" after a clause whose subject we cannot read still reports, with an unknown speaker, when its
  // content opens plainly (a "that" or a clause subject)
  const speaker = mainSpeaker(doc, s, c, direct, inQuote);
  const plain = tokens[c + 1]?.lower === 'that' || SUBJECT_PRONOUNS.has(tokens[c + 1]?.lower ?? '') || CONTENT_DETERMINERS.has(tokens[c + 1]?.lower ?? '');
  if (!speaker && !(tokens[c].lower === 'saying' && plain)) return null;
  let k = c + 1;
  if (tokens[k]?.lower === 'that') k++;
  else if (['to', 'for', 'on', 'out', 'about'].includes(tokens[k]?.lower ?? '') && ['referring', 'calling', 'pointing', 'asking'].includes(tokens[c].lower)) k++;
  // a quoted fragment may open the content ('adding that "some of the things … are ridiculous"'), a full quote not
  if (k >= e || (NOT_CONTENT_START.has(tokens[k].lower) && tokens[k].lower !== 'him' && tokens[k].lower !== 'her' && tokens[k].lower !== 'them') || (isQuoteToken(tokens[k]) && (inQuote.of[k] < 0 || inQuote.full[k]))) return null;
  const content = contentAfter(doc, k, e, inQuote);
  if (!content) return null;
  return { reported: { content: content.range, attribution: { speaker, cue: cueRange(tokens, c, e), how: speaker ? 'before' : 'none' } }, next: content.end };
}
/** Words a participial report may follow: "…, saying", "while saying", "after saying". */
const PARTICIPLE_LEADS = new Set([',', 'while', 'after', 'before', 'by', 'and']);

/** "X said (that) …", "X told reporters …", "…, X said.", "X expressed optimism over …". */
function clause(doc: Doc, s: number, e: number, c: number, inQuote: QuoteMap, fullQuote: boolean, shared: Phrase | null = null): Found | null {
  const { tokens, text } = doc;
  const t = tokens[c];
  // "is demanding", "he’s claiming": the progressive reports like the simple form
  const w = cueForm(t.lower);
  const lead = skipAuxLeft(tokens, c, s, CUE_PREFIX);
  // "…, said Democratic strategist Hank Sheinkopf.": the content before, the speaker after
  const own = shared ?? phraseLeft(tokens, lead, s, text);
  if (!own && lead === c && (tokens[c - 1]?.text === ',' || closesFragment(tokens, c - 1, inQuote)) && c - s > MIN_CONTENT_WORDS + 1) {
    const found = inverted(doc, s, e, c, inQuote);
    if (found) return found;
  }
  const relative = own ? null : relativeAntecedent(doc, s, lead);
  let speaker = own && !shared ? quantifiedSubject(tokens, s, own) : own ?? relative;
  // a shared or relative subject is already known to govern the cue; "Still, even Mr. X says": a focus adverb
  // stands before the subject
  let b = speaker ? speaker.from - 1 : -1;
  if (FOCUS_ADVERBS.has(tokens[b]?.lower ?? '') && b > s) b--;
  let before = shared || relative || !speaker ? undefined : tokens[b];
  const opensClause =
    !!speaker &&
    (!before ||
      speaker.from === s ||
      before.text === ',' ||
      closesFragment(tokens, speaker.from - 1, inQuote) ||
      before.text === ';' ||
      before.text === '—' ||
      CLAUSE_JOINERS.has(before.lower) ||
      // "he", "she", "they" are always subjects ("in which he said …")
      (speaker.kind === 'pronoun' && tokens[speaker.from].lower !== 'it') ||
      (speaker.kind === 'name' && (before.word || before.text === "'") && !DESCRIPTION_STOP.has(before.lower) && !CUE_VERBS.has(before.lower)));
  if (!opensClause || !speaker) {
    // "New polls released Sunday showed …": a document with a modifier the phrase scanner does not cross
    const document = shared ? null : documentSubject(tokens, s, lead, c);
    if (!document) return unreadSubject(doc, s, e, c, lead, inQuote, own);
    speaker = document;
    before = undefined;
  }
  if (before && before.lower === 'and' && tokens[speaker.from - 2]?.text !== ',') {
    // joint subjects ("Mr. Grassley and Mr. Leahy say", "federal and state officials said") speak together
    const joint = jointSubject(doc, s, speaker);
    if (!joint) return null;
    speaker = joint;
  } else if (!shared && lead === c && speaker.kind === 'name' && singularName(tokens, speaker) && isBaseForm(t.lower)) {
    // one name agrees with "says", not "say": "Battleground state Florida", "Apple Music show" are nouns
    return null;
  }
  const cue = cueRange(tokens, c, e);

  if (EXPRESS_CUES.has(w)) {
    const noun = tokens[c + 1];
    if (!noun || !EXPRESSED_NOUNS.has(noun.lower)) return null;
    const content = contentAfter(doc, c + 1, e, inQuote);
    if (!content) return null;
    return { reported: { content: content.range, attribution: { speaker, cue: [t.start, noun.end], how: 'before' } }, next: content.end };
  }
  const generic = !CUE_VERBS.has(w) && !OBJECT_CONTENT_CUES.has(w);
  if (!CLAUSE_CUES.has(w) && !generic && !INFINITIVE_CUES.has(w) && OBJECT_CONTENT_CUES.has(w) && tokens[c + 1]?.lower !== 'that') {
    // "attacked Trump over his taxes", "called for an inquiry": the object is the content
    let k = c + 1;
    let cueEnd = t.end;
    if (CUE_PARTICLES.has(tokens[k]?.lower ?? '')) {
      cueEnd = tokens[k].end;
      k++;
    }
    if (k >= e || !tokens[k].word && !isQuoteToken(tokens[k])) return null;
    // "spoke to the Ledger about …", "talked with reporters": whom they talked to, not what they said
    if (/^(?:spoke|speaks|speak|speaking|talked|talks|talk|talking)$/.test(w) && (tokens[c + 1]?.lower === 'to' || tokens[c + 1]?.lower === 'with')) return null;
    // "spoke in a cottage", "called into a radio show": a place or manner, not what was said
    if (PLACE_OR_TIME.has(tokens[k].lower)) return null;
    // "endorsed Cruz last week", "supported Sanders, …": the chosen name alone is the content
    const chosen = STANCE_CUES.has(t.lower) ? chosenName(tokens, k, e) : -1;
    if (chosen > k) return { reported: { content: [tokens[k].start, tokens[chosen - 1].end], attribution: { speaker, cue: [t.start, cueEnd], how: 'before' } }, next: chosen };
    const content = contentAfter(doc, k, e, inQuote);
    if (!content) return null;
    return { reported: { content: content.range, attribution: { speaker, cue: [t.start, cueEnd], how: 'before' } }, next: content.end };
  }
  if (!CLAUSE_CUES.has(w) && !generic && !INFINITIVE_CUES.has(w)) return null;
  if (generic && speaker.kind === 'description' && tokens[speaker.from].lower !== 'the' && speaker.to - speaker.from === 1 && !speaker) return null;

  // mid-sentence attribution: "The museum, Mr. Obama said, would make visitors …"
  if (before && before.text === ',' && tokens[c + 1]?.text === ',' && !PARTICIPLES.has(tokens[c + 2]?.lower ?? '') && speaker.from - s >= 2 && !(fullQuote && hasFull(inQuote, s, speaker.from))) {
    const tail = contentAfter(doc, c + 2, e, inQuote);
    if (tail) {
      const head = contentRange(tokens, s, speaker.from - 1) ?? [tokens[s].start, tokens[speaker.from - 2].end];
      return { reported: { content: [head[0], tail.range[1]], attribution: { speaker, cue, how: 'before' } }, next: tail.end };
    }
  }

  // trailing attribution: "Tokyo is interested, Lavrov said (on Friday)."
  // not when the cue opens its own content ("…, officials said that …", "…, officials said they …")
  const opensContent = tokens[c + 1]?.lower === 'that' || SUBJECT_PRONOUNS.has(tokens[c + 1]?.lower ?? '');
  // '[The media are "framing this campaign,"] Gilmore said.': a quoted fragment closes the content
  const fragmentEnd = closesFragment(tokens, speaker.from - 1, inQuote);
  if (!generic && before && (before.text === ',' || fragmentEnd) && speaker.from - s > MIN_CONTENT_WORDS && !opensContent) {
    let k = c + 1;
    let aside = false;
    let stop = e;
    while (k < e && (tokens[k].word ? TIME_WORDS.has(tokens[k].lower) || PREPOSITIONS.has(tokens[k].lower) || tokens[k].lower === 'a' || tokens[k].lower === 'an' || tokens[k].lower === 'the' || k - c <= 6 : true)) {
      if (SENTENCE_END.has(tokens[k].text)) break;
      // "…, officials said Friday, as they …": a comment on the report follows its attribution
      if (tokens[k].text === ',' && k > c && !tokens[k + 1]?.cap && tokens[k + 1]?.lower !== 'that') {
        aside = adverbialsOnly(tokens, c + 1, k);
        // "…, Ruiz said, adding that …": the participle is a report of its own
        if (PARTICIPLES.has(tokens[k + 1]?.lower ?? '')) stop = k;
        break;
      }
      k++;
    }
    if (aside || k >= e - 1 || SENTENCE_END.has(tokens[k]?.text ?? '.')) {
      const range = contentRange(tokens, s, fragmentEnd ? speaker.from : speaker.from - 1);
      if (range && !tokensInQuoteOnly(inQuote, s, speaker.from - 1) && !hasFull(inQuote, s, speaker.from)) return { reported: { content: range, attribution: { speaker, cue, how: 'after' } }, next: aside ? stop : e };
    }
  }

  // the content follows: skip the addressee and short adverbials up to "that"
  let k = c + 1;
  if (OBJECT_CUES.has(w)) {
    const o = tokens[k];
    if (!o) return null;
    const alwaysObject = /^(?:tell|tells|told|telling|inform|informs|informed|remind|reminds|reminded|assure|assures|assured)$/.test(w) || t.lower === 'telling';
    if (OBJECT_WORDS.has(o.lower)) k++;
    else if (!alwaysObject) {
      // "warned the forecast was …": no addressee
    } else if (o.lower === 'the' || o.lower === 'a') k += tokens[k + 2]?.word && !tokens[k + 2].cap ? 2 : 3;
    else if (o.cap) while (k < e && tokens[k].cap) k++;
    else if (!POSSESSIVES.has(o.lower)) return null;
    if (alwaysObject) {
      // a longer addressee: "told a meeting of Pacific Island leaders that …", "told his advisers to …"
      for (let j = c + 1; j < e && j - c <= 12 && inQuote.of[j] < 0 && !SENTENCE_END.has(tokens[j].text); j++) {
        if (tokens[j].lower === 'that' && j >= k) {
          k = j;
          break;
        }
        if (tokens[j].lower === 'to' && j > c + 1 && !tokens[j + 1]?.cap && tokens[j + 1]?.word) {
          // the instruction with its addressee is the content
          k = c + 1;
          break;
        }
      }
    }
  }
  if (QUESTION_CUES.has(w)) {
    // "asked (Sanders) whether …", "wondered how …": the indirect question is the content
    let q = k;
    if (OBJECT_WORDS.has(tokens[q]?.lower ?? '') || ['him', 'her', 'them'].includes(tokens[q]?.lower ?? '')) q++;
    else while (q < e && q - k < 4 && tokens[q].cap && tokens[q].word) q++;
    if (WH_WORDS.has(tokens[q]?.lower ?? '')) {
      const content = contentAfter(doc, q, e, inQuote);
      if (content) return { reported: { content: content.range, attribution: { speaker, cue, how: 'before' } }, next: content.end };
    }
  }
  let that = -1;
  for (let j = k; j < e && j - k <= 10; j++) {
    if (tokens[j].lower === 'that' && inQuote.of[j] < 0) {
      that = j;
      break;
    }
    if (inQuote.of[j] >= 0 || SENTENCE_END.has(tokens[j].text)) break;
  }
  // "said on Friday that …": only adverbials may stand before the "that" that opens the content
  if (that >= 0) {
    // "said at a campaign stop in Toledo, Ohio, that …"
    for (let j = k; j < that; j++) if (!(TIME_WORDS.has(tokens[j].lower) || PREPOSITIONS.has(tokens[j].lower) || ADVERBIAL_WORDS.has(tokens[j].lower) || tokens[j].text === ',' || (tokens[j].cap && j > k && PREPOSITIONS.has(tokens[k].lower)))) that = -1;
  }
  if (that >= 0) {
    k = that + 1;
  } else if (INFINITIVE_CUES.has(w) && !CLAUSE_CUES.has(w) || (INFINITIVE_CUES.has(w) && tokens[k]?.lower === 'to')) {
    // "vowed to fight", "urged Congress to act": the content is the infinitive
    let j = k;
    while (j < e && j - k <= 4 && tokens[j].lower !== 'to' && tokens[j].word) j++;
    if (tokens[j]?.lower !== 'to') return null;
    k = j;
  } else if (generic) {
    return null;
  } else if (tokens[k]?.lower === 'to' && OBJECT_CUES.has(w) && k > c + 1) {
    // "told his advisers to find a way": the instruction is the content
  } else {
    const first = tokens[k];
    if (!first || (NOT_CONTENT_START.has(first.lower) && !possessiveHer(tokens, k)) || !first.word && !isQuoteToken(first) || TIME_WORDS.has(first.lower)) return null;
    if (inQuote.of[k] >= 0 && !(inQuote.of[k] >= 0 && doc.tokens[k] && false)) {
      // "said "…"" with a full quote is a direct quote, handled elsewhere
    }
  }
  const content = contentAfter(doc, k, e, inQuote);
  if (!content) return null;
  return { reported: { content: content.range, attribution: { speaker, cue, how: 'before' } }, next: content.end };
}

const STANCE_CUES = new Set(['endorsed', 'endorses', 'endorse', 'supported', 'supports', 'support', 'backed', 'backs', 'opposed', 'opposes', 'oppose']);
const MAX_CHOSEN = 4;

/** The end of a name run at `k` that ends the cue's object ("Cruz", "Hillary Clinton"), before a time, a place, a
 * comma or the sentence end; else -1. */
function chosenName(tokens: DocToken[], k: number, e: number): number {
  let r = k;
  while (r < e && r - k < MAX_CHOSEN && tokens[r].cap && tokens[r].word && !CALENDAR_LIKE.has(tokens[r].lower)) r++;
  if (r === k || r - k >= MAX_CHOSEN) return -1;
  const next = tokens[r];
  return !next || r >= e || SENTENCE_END.has(next.text) || next.text === ',' || TIME_WORDS.has(next.lower) || PLACE_OR_TIME.has(next.lower) || next.lower === 'last' || next.lower === 'for' ? r : -1;
}
const CALENDAR_LIKE = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

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
  if (!speaker || speaker.kind !== 'name' || speaker.from !== s) return null;
  const range = contentRange(tokens, colon + 1, e);
  return range ? { content: range, attribution: { speaker, cue: [tokens[colon].start, tokens[colon].end], how: 'colon' } } : null;
}

/** Finite speech verbs whose content is plain even when their subject is not: "…, and said that …". */
const PLAIN_SPEECH_CUES = new Set(['said', 'says', 'say', 'added', 'adds', 'argued', 'argues', 'noted', 'notes', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'wrote', 'writes', 'stressed', 'explained', 'acknowledged', 'conceded', 'predicted', 'suggested', 'suggests', 'announced', 'declared', 'admitted', 'maintained', 'contended', 'asserted', 'confirmed', 'denied', 'reported', 'revealed', 'stated', 'testified', 'indicated', 'emphasized', 'reiterated', 'recalled', 'complained', 'charged', 'alleged', 'believes', 'believed', 'thinks', 'thought', 'hopes', 'feared', 'fears', 'agreed', 'promised', 'vowed', 'pledged', 'replied', 'responded', 'countered', 'observed', 'concluded']);
const PASSIVE_AUX = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', "'s", '’s', 'it']);
const CONTENT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these', 'those', 'there', 'no', 'some', 'many', 'most', 'all']);

/** "Mr. Ortega, who chairs the panel and has long opposed the toll, said that …": a speech verb whose subject
 * the phrase scanner cannot read still reports, with an unknown speaker, when its content opens plainly. */
function unreadSubject(doc: Doc, s: number, e: number, c: number, lead: number, inQuote: QuoteMap, near: Phrase | null): Found | null {
  const { tokens } = doc;
  if (!PLAIN_SPEECH_CUES.has(tokens[c].lower) || lead - 1 < s || PASSIVE_AUX.has(tokens[lead - 1].lower) || isNounAfter(tokens, c)) return null;
  let k = c + 1;
  if (tokens[k]?.lower === 'that') k++;
  const first = tokens[k];
  if (!first || k >= e || inQuote.of[k] >= 0) return null;
  const plain = k > c + 1 || SUBJECT_PRONOUNS.has(first.lower) || CONTENT_DETERMINERS.has(first.lower) || (first.cap && first.word && !TIME_WORDS.has(first.lower));
  if (!plain || NOT_CONTENT_START.has(first.lower)) return null;
  const content = contentAfter(doc, k, e, inQuote);
  if (!content) return null;
  // a known person's name right before the cue ('on “Meet the Press,” Senator Ortega said'), else the sentence's
  // subject ("ProPublica obtained the video and said …"), when it is a speaker we can name
  const subject = [near, c - s <= MAIN_CLAUSE_REACH ? clauseSubject(doc, s, c) : null].find((p) => p && knownSpeaker(doc, p)) ?? null;
  return { reported: { content: content.range, attribution: { speaker: subject, cue: cueRange(tokens, c, e), how: subject ? 'inherited' : 'none' } }, next: content.end };
}

/** A pronoun, a speaker description, or a name the entity scan found as a person or an organization. */
function knownSpeaker(doc: Doc, p: Phrase): boolean {
  if (p.kind === 'pronoun') return true;
  const { tokens } = doc;
  if (p.kind === 'description') return isSpeakerNoun(tokens[p.to - 1].lower);
  const from = tokens[p.nameFrom].start;
  const to = tokens[p.nameTo - 1].end;
  let index = entityIndex.get(doc);
  if (!index) entityIndex.set(doc, (index = new SpanIndex([...doc.people, ...doc.organizations])));
  return index.covers(from, to);
}
/** People and organizations by document, built once: a lookup per cue stays O(log n). */
const entityIndex = new WeakMap<Doc, SpanIndex>();

const TITLE_LINK_WORDS = new Set(['at', 'of', 'to', 'on', 'in', 'for', 'and', "'s", '’s', '-', 'about']);
/** Labels of a title that name no source: "Update: …", "Watch: …". */
const TITLE_LABELS = new Set(['update', 'updated', 'watch', 'video', 'photos', 'photo', 'related', 'note', 'editor', 'breaking', 'exclusive', 'read', 'listen', 'live', 'opinion', 'transcript', 'full', 'abstract', 'correction', 'quiz', 'analysis', 'review', 'recap', 'explainer', 'timeline', 'factbox', 'q&a']);

/** "Poll: Mayor Leads By Six", "Union to Council: Strike Is Coming": a title opening the document whose source,
 * a name or a noun, stands before a colon. The source is read from the left ("Union to Council": the union). */
function titleColon(doc: Doc, e: number, inQuote: QuoteMap): Reported | null {
  const { tokens, text } = doc;
  let colon = 0;
  while (colon < e && colon <= 8 && (tokens[colon].cap || TITLE_LINK_WORDS.has(tokens[colon].lower))) colon++;
  if (colon === 0 || colon >= e || tokens[colon].text !== ':' || !tokens[0].cap || TITLE_LABELS.has(tokens[0].lower) || inQuote.of[colon + 1] >= 0) return null;
  const range = contentRange(tokens, colon + 1, e);
  if (!range) return null;
  // only a source: a known name or a speaker noun ("Poll", "Insiders"), not a column's title ("The Latest")
  const speaker = phraseRight(tokens, 0, colon, text);
  if (!speaker || !knownSpeaker(doc, speaker) || !(speaker.to === colon || TITLE_LINK_WORDS.has(tokens[speaker.to].lower))) return null;
  return { content: range, attribution: { speaker, cue: [tokens[colon].start, tokens[colon].end], how: 'colon' } };
}

/** "Mayor Ortega Says Bridge Will Reopen": a title-case headline's claim. */
function titleCaseReport(doc: Doc, s: number, e: number, inQuote: QuoteMap): Reported | null {
  const { tokens } = doc;
  const claim = headlineSays(tokens, s, e, doc.text);
  if (!claim || inQuote.quotedUpTo[claim.to] - inQuote.quotedUpTo[s] > 0) return null;
  const range = contentRange(tokens, claim.from, claim.to);
  const cue = tokens[claim.cue];
  return range ? { content: range, attribution: { speaker: claim.speaker, cue: [cue.start, cue.end], how: claim.speaker ? 'before' : 'none' } } : null;
}

/** "…, said X." / "…, says a report by Y.": the whole clause before the comma is the content. */
function inverted(doc: Doc, s: number, e: number, c: number, inQuote: QuoteMap): Found | null {
  const { tokens, text } = doc;
  if (!CLAUSE_CUES.has(tokens[c].lower) || /ing$/.test(tokens[c].lower)) return null;
  const speaker = phraseRight(tokens, c + 1, e, text);
  if (!speaker || speaker.kind === 'pronoun' || OBJECT_WORDS.has(tokens[speaker.from].lower)) return null;
  if (speaker.kind === 'description') {
    // a source, not a clause: "said the ministry", never "said the cuts would hurt schools"
    if (!isSpeakerNoun(tokens[speaker.to - 1].lower)) return null;
    for (let i = speaker.from; i < speaker.to; i++) if (VERB_AFTER_NOUN.has(tokens[i].lower)) return null;
  }
  // the speaker ends the sentence, or an appositive or relative clause follows it
  let k = speaker.to;
  while (k < e && (TIME_WORDS.has(tokens[k].lower) || (PREPOSITIONS.has(tokens[k].lower) && k === speaker.to))) k++;
  const after = tokens[k];
  if (!(k >= e || SENTENCE_END.has(after.text) || after.text === ',' || after.text === '(' || after.text === ';')) return null;
  // quoted words before the cue belong to the direct quote's attribution, unless they are a fragment of the content
  if (hasFull(inQuote, s, c) || tokensInQuoteOnly(inQuote, s, c - 1)) return null;
  const range = contentRange(tokens, s, closesFragment(tokens, c - 1, inQuote) ? c : c - 1);
  if (!range) return null;
  return { reported: { content: range, attribution: { speaker, cue: cueRange(tokens, c, e), how: 'after' } }, next: e };
}

/** "an architect who said …", "Fowler, who said …": the speaker is the noun phrase before "who". */
function relativeAntecedent(doc: Doc, s: number, lead: number): Phrase | null {
  const { tokens, text } = doc;
  // only a speech verb: ", who spoke on condition of anonymity," describes the source, it does not quote it
  if (tokens[lead - 1]?.lower !== 'who' || !CLAUSE_CUES.has(tokens[lead].lower)) return null;
  let end = lead - 1;
  if (tokens[end - 1]?.text === ',') end--;
  const p = phraseLeft(tokens, end, Math.max(s, end - 10), text);
  return p && p.kind !== 'pronoun' ? p : null;
}

/** "X and Y" before a cue: one phrase spanning both when "X" opens the clause; a pair of names keeps the first
 * as the one the speaker table resolves. */
function jointSubject(doc: Doc, s: number, second: Phrase): Phrase | null {
  const { tokens, text } = doc;
  const and = second.from - 1;
  const first = phraseLeft(tokens, and, Math.max(s, and - 8), text);
  if (!first || first.kind === 'pronoun' || second.kind === 'pronoun') return null;
  const prev = tokens[first.from - 1];
  if (!(first.from === s || prev.text === ',' || prev.text === ';' || CLAUSE_JOINERS.has(prev.lower))) return null;
  if (first.kind === 'name' && second.kind === 'name') return { ...first, to: second.to, role: undefined };
  return { from: first.from, to: second.to, kind: 'description', nameFrom: second.to, nameTo: second.to };
}

const FOCUS_ADVERBS = new Set(['even', 'only', 'just']);
/** Words a quantity opens a subject with: "Some of …", "Six in 10 …", "47 percent of …". */
const QUANTIFIERS = new Set(['some', 'many', 'most', 'all', 'none', 'half', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'few', 'both', 'majority', 'minority', 'third', 'thirds', 'quarter', 'quarters', 'three-quarters', 'two-thirds', 'percent', 'each', 'plurality', 'number', 'members', 'dozens', 'hundreds', 'thousands']);
/** Words before a quantity: "more than half", "nearly a third", "only 7 percent". */
const QUANTITY_LEADS = new Set(['a', 'the', 'about', 'nearly', 'almost', 'roughly', 'around', 'more', 'less', 'fewer', 'than', 'only', 'just', 'over', 'under', 'at', 'least', 'most', 'some', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/** "Some of Clinton's allies say", "Six in 10 voters say": the quantity opens the subject the phrase ends. */
function quantifiedSubject(tokens: DocToken[], s: number, p: Phrase): Phrase {
  const of = p.from - 1;
  let q = of - 1;
  if (q >= s && (tokens[of].lower === 'of' || tokens[of].lower === 'in')) {
    const w = tokens[q];
    // "six in 10", "6 in 10": a ratio only with "in"
    const quantity = tokens[of].lower === 'in' ? /^\d+$/.test(tokens[p.from].text) && (/^\d+$/.test(w.text) || QUANTIFIERS.has(w.lower)) : QUANTIFIERS.has(w.lower) || /^\d[\d,.]*%?$/.test(w.text);
    if (!quantity) return p;
  } else if (QUANTIFIERS.has(tokens[p.from].lower)) q = p.from;
  else return p;
  let from = q;
  while (from - 1 >= s && q - from < 4 && (QUANTITY_LEADS.has(tokens[from - 1].lower) || /^\d[\d,.]*$/.test(tokens[from - 1].text))) from--;
  return { from, to: p.to, kind: 'description', nameFrom: p.to, nameTo: p.to };
}

/** A name that is one singular subject: not "Republicans", "Some", nor the complement of "data from …". */
function singularName(tokens: DocToken[], p: Phrase): boolean {
  const prev = tokens[p.from - 1]?.lower ?? '';
  if (PLURAL_OPENERS.has(tokens[p.from].lower) || tokens[p.to - 1].lower.endsWith('s')) return false;
  return !['of', 'from', 'like', 'in', 'at', 'for', 'by', 'with'].includes(prev);
}
const PLURAL_OPENERS = new Set(['some', 'many', 'both', 'all', 'most', 'few', 'several', 'others', 'these', 'those']);

const CONTRAST = new Set(['but']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'this']);

/** Only time words, prepositions, articles and names ("Friday afternoon", "in a statement to CNN"). */
function adverbialsOnly(tokens: DocToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.cap || !t.word || TIME_WORDS.has(t.lower) || PREPOSITIONS.has(t.lower) || ADVERBIAL_WORDS.has(t.lower) || OBJECT_WORDS.has(t.lower)) continue;
    return false;
  }
  return true;
}

/** "said her group will …": "her" as a possessive opening the content's subject, not the object of the cue. */
function possessiveHer(tokens: DocToken[], k: number): boolean {
  const next = tokens[k + 1];
  return tokens[k].lower === 'her' && !!next && next.word && !NOT_CONTENT_START.has(next.lower) && !TIME_WORDS.has(next.lower) && !PLACE_OR_TIME.has(next.lower);
}

/** A verb's base form: "say", "support" (not "says", "said", "saying"). */
function isBaseForm(word: string): boolean {
  return !/(?:s|ed|ing)$/.test(word) && !IRREGULAR_PAST_CUES.has(word);
}

/** A finite verb right after the cue word makes it a noun: "Health worries have dogged …". */
const VERB_AFTER_NOUN = new Set(['have', 'has', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should']);

/** '… "framing this campaign,"': the closing mark, after a comma, of a quoted fragment of the writer's sentence. */
function closesFragment(tokens: DocToken[], i: number, inQuote: QuoteMap): boolean {
  return i > 0 && isQuoteToken(tokens[i]) && tokens[i - 1].text === ',' && inQuote.of[i] >= 0 && !inQuote.full[i];
}

function tokensInQuoteOnly(inQuote: QuoteMap, from: number, to: number): boolean {
  return inQuote.quotedUpTo[to] - inQuote.quotedUpTo[from] === to - from;
}

function hasFull(inQuote: QuoteMap, from: number, to: number): boolean {
  return inQuote.fullUpTo[to] - inQuote.fullUpTo[from] > 0;
}

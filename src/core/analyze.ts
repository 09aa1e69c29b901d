/**
 * The analysis pipeline: cached per-line scans, then cheap document passes: quote pairing (multi-paragraph
 * quotes), attribution, reported speech, speaker coreference and the speaker table.
 */
import { attributeQuotes } from './attribution/attribution';
import type { AttributedQuote, Attribution } from './attribution/cues';
import { NO_CACHE, type AnalysisCache } from './text/cache';
import { buildDoc, type Doc } from './text/document';
import { withoutNamesInForeignSpans, withoutQuotedTitles } from './quotes/foreignSpans';
import { lookupPlace } from './entities/gazetteer';
import { findQuoteSpans } from './quotes/quoteSpans';
import { withTranscriptTurns, withoutTurnLabels } from './quotes/transcriptTurns';
import { harmonizeEntities } from './entities/index';
import { findReportedSpeech } from './reported/reported';
import { quotesAfterParaphrase } from './reported/quoteAfterParaphrase';
import { liftedFragmentReport } from './reported/liftedFragment';
import { attributeTags, inTag } from './text/spanningTags';
import type { Reported } from './reported/quoteMap';
import { addTitledPeople, titledNames } from './attribution/titledNames';
import { SpeakerTable, type Resolution } from './speakers/speakers';
import type { AntecedentChoice } from './speakers/antecedents';
import type { Analysis, Quote, QuoteKind, Span } from './types';
import { SpanIndex } from './text/spanIndex';
import { WINDOWED_FROM, analyzeInWindows } from './text/windows';
import { describedSubjects } from './speakers/describedSubject';
import { attributeRepeatedWords } from './speakers/repeatedWords';

/** The passes of one analysis, in the order they run (per window, for an article long enough to be windowed). */
export const ANALYSIS_PASSES = [
  'scan',
  'titles',
  'entities',
  'quotes',
  'attribution',
  'foreign',
  'reported',
  'speakers',
  'assemble',
] as const;
export type AnalysisPass = (typeof ANALYSIS_PASSES)[number];

export interface AnalyzeOptions {
  cache?: AnalysisCache;
  /**
   * For tests only (fault injection; no setting or command reaches it): called as each pass starts, with the text
   * it analyses. Whatever it throws leaves `analyze` unchanged, so a test can prove that a failing pass turns the
   * property suite red and shows in the editor as an error: `onPass: (p) => { if (p === 'reported') throw … }`.
   */
  onPass?: (pass: AnalysisPass, text: string) => void;
  /** For training only (scripts/speakers/train-antecedents.ts): every learned antecedent choice, with its features. */
  onAntecedents?: (choice: AntecedentChoice) => void;
  /**
   * For training only: offsets of pronouns to resolve as if each were a speaker ("he said"), traced through
   * `onAntecedents` without attributing anything (GAP's pronouns, which are not speakers).
   */
  probePronouns?: number[];
  /** For training only: the final resolution of each probed pronoun (null: nobody), with the reason it gives. */
  onProbed?: (at: number, speaker: { name: string; basis?: string } | null) => void;
}

type PassHook = (pass: AnalysisPass) => void;
const NO_HOOK: PassHook = () => undefined;

interface Pending {
  kind: QuoteKind;
  parts: Array<[number, number]>;
  unclosed: boolean;
  attribution: Attribution;
  resolution?: Resolution;
}

const HOW_WEIGHT: Record<Attribution['how'], number> = {
  after: 1,
  before: 0.95,
  colon: 0.85,
  inherited: 0.7,
  introduced: 0.7,
  // no cue at all: the person the sentence or paragraph right before is about, a reader's guess (shown as uncertain)
  adjacent: 0.55,
  // the introduction names the guest, the labels do not: a reader checks who "A:" is once
  interview: 0.8,
  // the same words quoted elsewhere with a speaker (a headline repeating the body): the resolution is discounted there
  repeated: 1,
  // "Reyes said he would leave. '…'": a paraphrase handing over to the speaker's own words, the commonest such layout
  paraphrased: 0.7,
  none: 0,
};

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

interface Training {
  trace?: AnalyzeOptions['onAntecedents'];
  probes?: number[];
  probed?: AnalyzeOptions['onProbed'];
}

function analyzeDoc(doc: Doc, enter: PassHook = NO_HOOK, training: Training = {}): Analysis {
  const { text } = doc;
  // entities come paragraph by paragraph from the cache; surnames and titles are settled across the article here
  enter('titles');
  addTitledPeople(doc, titledNames(doc));
  enter('entities');
  harmonizeDocEntities(doc);
  enter('quotes');
  const spans = withTranscriptTurns(doc, findQuoteSpans(doc));
  doc.people = withoutTurnLabels(text, spans, withoutQuotedTitles(text, spans, doc.people));
  enter('attribution');
  const direct = attributeQuotes(doc, spans);
  enter('foreign');
  withoutNamesInForeignQuotes(doc, direct);
  enter('reported');
  const pending = pendingQuotes(doc, direct);
  enter('speakers');
  const table = resolveSpeakers(doc, pending, direct, training);
  attributeRepeatedWords(text, pending);
  enter('assemble');
  return assemble(doc, pending, table);
}

/** People and places settled across the whole article: a bare "Bell" is the Ann Bell named in full elsewhere. */
function harmonizeDocEntities(doc: Doc): void {
  const harmonized = harmonizeEntities(
    doc.text,
    { people: doc.people, places: doc.places, organizations: doc.organizations },
    doc.tokens,
  );
  doc.people = harmonized.people;
  doc.places = harmonized.places;
  doc.organizations = harmonized.organizations;
}

/** Capitalized nouns of a quote in another language are not people or places ("„… dieser Vertrag …“"). */
function withoutNamesInForeignQuotes(doc: Doc, direct: AttributedQuote[]): void {
  const { tokens } = doc;
  const quoted = direct.map((q): [number, number] => [q.from, q.to]).sort((a, b) => a[0] - b[0]);
  doc.people = withoutNamesInForeignSpans(tokens, quoted, doc.people);
  doc.places = withoutNamesInForeignSpans(tokens, quoted, doc.places, (p) => lookupPlace(p.text) !== undefined);
}

/** Reported speech and the direct quotes that stand beside it, in text order, their speakers not yet resolved. */
function pendingQuotes(doc: Doc, direct: AttributedQuote[]): Pending[] {
  // a transcript or interview turn has no marks: what its speaker reports inside it is read as any sentence is
  const turnWords = latestTurnWordsByLine(doc, direct);
  // '<a title="the mayor said it was fine">': words inside a markup tag report nothing
  const tags = attributeTags(doc.text);
  const reported = withoutOverlaps(
    findReportedSpeech(
      doc,
      direct.filter((q) => !q.turn),
    ).filter((r) => !spokenByTurnLabel(doc, r, turnWords) && !inTag(tags, r.content[0])),
  );
  quotesAfterParaphrase(doc.text, doc.tokens, direct, reported);
  const reportedIndex = new SpanIndex(reported.map((r) => ({ start: r.content[0], end: r.content[1] })));
  const pending: Pending[] = [];
  for (const r of reported)
    pending.push({ kind: 'indirect', parts: [r.content], unclosed: false, attribution: r.attribution });
  // quoted fragments inside reported speech belong to it; elsewhere only longer fragments stand as quotes
  for (let qi = 0; qi < direct.length; qi++) {
    const q = direct[qi];
    const [a] = q.parts[0];
    const b = q.parts[q.parts.length - 1][1];
    if (!q.turn && reportedIndex.overlaps(a, b)) continue;
    // an interview turn whose asker or guest the article never names stays text: a label ("Q:") is no one
    if (q.turn && !q.attribution.speaker) continue;
    if (q.fragment && !keepFragment(doc, q)) {
      // 'an announcer saying Dunmore "never saw a toll he would not raise"': a report the scan missed, ending on the words
      const lifted = liftedFragmentReport(doc, q);
      if (lifted && !overlapsAny(lifted, reportedIndex, direct[qi - 1]))
        pending.push({ kind: 'indirect', parts: [lifted], unclosed: false, attribution: q.attribution });
      continue;
    }
    // a transcript turn has no marks: reported as its label's words, as annotated news counts it (cue ":")
    const kind = q.turn ? 'indirect' : 'direct';
    pending.push({ kind, parts: q.parts, unclosed: q.unclosed, attribution: q.attribution });
  }
  pending.sort((a, b) => a.parts[0][0] - b.parts[0][0]);
  return pending;
}

/**
 * A report lifted around a fragment would cover a reported statement or the quote before the fragment (quotes never
 * overlap; direct quotes come in text order, so no earlier one reaches further than the one right before).
 */
function overlapsAny([a, b]: [number, number], reported: SpanIndex, before: AttributedQuote | undefined): boolean {
  return reported.overlaps(a, b) || (before !== undefined && before.parts[before.parts.length - 1][1] > a);
}

/** "Q: Will the terminal open?" read as a report by "Q": the turn's label is its speaker, not a reporter's subject. */
function spokenByTurnLabel(doc: Doc, r: Reported, turnWords: ReadonlyMap<number, number>): boolean {
  const speaker = r.attribution.speaker;
  if (!speaker || turnWords.size === 0) return false;
  const at = doc.tokens[speaker.from];
  return at.start < (turnWords.get(at.line) ?? -Infinity);
}

/** Per line, where the last transcript turn on it starts its words: one lookup per report, not a scan of all turns. */
function latestTurnWordsByLine(doc: Doc, direct: AttributedQuote[]): Map<number, number> {
  const byLine = new Map<number, number>();
  for (const q of direct) {
    if (!q.turn) continue;
    const line = doc.tokens[q.from].line;
    byLine.set(line, Math.max(byLine.get(line) ?? -Infinity, q.parts[0][0]));
  }
  return byLine;
}

/** Coreference walks the text once: person names (introductions, titles) and speaker phrases in order. */
function resolveSpeakers(doc: Doc, pending: Pending[], direct: AttributedQuote[], training: Training): SpeakerTable {
  const { tokens } = doc;
  const table = new SpeakerTable(doc, training.trace);
  table.setQuoted(direct.flatMap((q) => q.parts.map(([start, end]) => ({ start, end }))));
  type Event = { at: number; order: number; run: () => void };
  const events: Event[] = [];
  // by position: an inherited phrase may be a copy of the one it continues, and must not resolve anew ("she" after
  // her own quote would skip her, who has just spoken there)
  const resolved = new Map<string, Resolution>();
  for (const p of pending) {
    const phrase = p.attribution.speaker;
    if (!phrase) continue;
    const at = tokens[phrase.from].start;
    events.push({
      at,
      order: 0,
      run: () => {
        // an inherited or shared phrase is resolved once
        const key = `${phrase.from}:${phrase.to}`;
        const prior = resolved.get(key);
        if (prior) {
          p.resolution = prior;
          return;
        }
        p.resolution = table.resolve(phrase, true);
        resolved.set(key, p.resolution);
      },
    });
  }
  for (const p of pending) {
    // a quote that goes on with an earlier quote's speaker: that speaker has spoken again here
    if (p.attribution.how !== 'inherited' || !p.attribution.speaker) continue;
    const at = p.parts[0][0];
    const first = doc.tokenAt(at);
    events.push({
      at,
      order: 0,
      run: () => {
        if (p.resolution?.entry && tokens[first]) table.continued(p.resolution.entry, at, tokens[first].line);
      },
    });
  }
  for (const person of doc.people) events.push({ at: person.start, order: 1, run: () => void table.seePerson(person) });
  for (const d of describedSubjects(doc))
    events.push({ at: tokens[d.from].start, order: 1, run: () => table.seeDescribedSubject(d) });
  for (const at of training.probes ?? [])
    events.push({
      at,
      order: 0,
      run: () => {
        const r = table.probePronoun(at);
        training.probed?.(at, r?.entry ? { name: r.entry.name, basis: r.basis } : null);
      },
    });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const e of events) e.run();
  table.settlePendingRoles();
  return table;
}

/** The Analysis: each quote with its speaker and confidence, and the speakers, people and places. */
function assemble(doc: Doc, pending: Pending[], table: SpeakerTable): Analysis {
  const quotes: Quote[] = [];
  const speakerCount = new Map<string, number>();
  for (const p of pending) quotes.push(assembleQuote(doc, p, speakerCount));
  const speakers = table
    .speakers()
    .map(({ speaker }) => ({ ...speaker, quoteCount: speakerCount.get(speaker.id) ?? 0 }))
    .filter((s) => s.quoteCount > 0);
  const people: Span[] = doc.people.map((p) => ({ start: p.start, end: p.end, text: p.text }));
  const places = doc.places.map((p) => ({ ...p }));
  return { quotes, speakers, people, places };
}

/** One quote of the Analysis, counting it for each of its speakers. */
function assembleQuote(doc: Doc, p: Pending, speakerCount: Map<string, number>): Quote {
  const { text, tokens } = doc;
  const first = p.parts[0][0];
  const last = p.parts[p.parts.length - 1][1];
  const entry = p.resolution?.entry ?? null;
  const phrase = p.attribution.speaker;
  let confidence: number;
  if (entry) confidence = (p.resolution?.certainty ?? 0.5) * HOW_WEIGHT[p.attribution.how];
  else confidence = p.attribution.cue ? 0.25 : 0.15;
  if (p.unclosed) confidence *= 0.8;
  if (p.kind === 'indirect') confidence *= 0.9;
  const others = entry ? (p.resolution?.others ?? []) : [];
  const quote: Quote = {
    // the span's fields written out: spreading span() here cloned through V8's slow path, ~5× this function's cost
    start: first,
    end: last,
    text: text.slice(first, last),
    kind: p.kind,
    speaker: entry ? [entry, ...others].map((e) => e.name).join(' and ') : null,
    speakerId: entry ? entry.key : null,
    speakerMention: phrase && entry ? span(text, tokens[phrase.from].start, tokens[phrase.to - 1].end) : null,
    cue: p.attribution.cue ? span(text, p.attribution.cue[0], p.attribution.cue[1]) : null,
    confidence: Math.round(confidence * 100) / 100,
    origin: 'machine',
  };
  if (quote.confidence < CONFIDENT) quote.confidenceReason = confidenceReason(p, entry !== null);
  if (p.parts.length > 1) quote.parts = p.parts.map(([a, b]) => span(text, a, b));
  if (others.length > 0) quote.speakerIds = [entry, ...others].map((e) => e!.key);
  for (const e of entry ? [entry, ...others] : []) speakerCount.set(e.key, (speakerCount.get(e.key) ?? 0) + 1);
  return quote;
}

/** From here on a speaker is right about 19 times in 20 on the training articles (`npm run eval`'s calibration table). */
const CONFIDENT = 0.8;

/** Why a quote's speaker is uncertain, in a few words for the hover: "pronoun: the latest person named; unclosed quote". */
function confidenceReason(p: Pending, found: boolean): string {
  const reasons: string[] = [];
  // worded as the hover words them when the core gives no reason (src/shared/confidenceReason.ts)
  if (!found)
    reasons.push(
      p.attribution.cue
        ? 'a reporting verb but no speaker was found'
        : 'no reporting verb and no speaker near the quote',
    );
  else if (p.resolution?.basis) reasons.push(p.resolution.basis);
  if (found && p.attribution.how === 'inherited') reasons.push("continues the previous quote's speaker");
  if (found && p.attribution.how === 'colon') reasons.push('speaker named before a colon');
  if (found && p.attribution.how === 'adjacent')
    reasons.push('no reporting verb: the person the sentence before is about');
  if (found && p.attribution.how === 'introduced')
    reasons.push('the sentence before the colon names no reporting verb');
  if (found && p.attribution.how === 'paraphrased')
    reasons.push('no reporting verb: the speaker of the paraphrase just before');
  if (found && p.attribution.how === 'interview')
    reasons.push("an interview's turn: the person its introduction presents, or the byline's interviewer");
  if (p.unclosed) reasons.push('quote not closed');
  return reasons.join('; ');
}

/** A quoted fragment with no report around it is kept when it is long enough to be someone's words. */
function keepFragment(doc: Doc, q: AttributedQuote): boolean {
  const { from, to } = q;
  let words = 0;
  for (let i = from; i < to; i++) if (doc.tokens[i].word) words++;
  if (words < FRAGMENT_MIN_WORDS) return false;
  // '"… broadening the base,'' said Mr. Kamin': a quote that opens its sentence and hands over to its attribution
  // is someone's words even when it starts mid-sentence or after an ellipsis
  if (q.attribution.how === 'after' && opensSentence(doc, from) && endsWithComma(doc, to)) return true;
  // a lower-case start is a phrase lifted into the writer's sentence, not a statement of its own
  const first = doc.tokens.slice(from, to).find((t) => t.word);
  return first !== undefined && first.cap;
}

/** Nothing of the writer's sentence before the quote: it starts its line or follows a full stop. */
function opensSentence(doc: Doc, from: number): boolean {
  const prev = doc.tokens[from - 1];
  return !prev || prev.line !== doc.tokens[from].line || prev.text === '.';
}

/** The quote's last word is followed by a comma before the closing mark ('…the base,"'). */
function endsWithComma(doc: Doc, to: number): boolean {
  let i = to - 1;
  while (i > 0 && !doc.tokens[i].word && doc.tokens[i].text !== ',') i--;
  return doc.tokens[i]?.text === ',';
}
const FRAGMENT_MIN_WORDS = 4;

/**
 * Analyses an article. Throws on an internal error (a bug): the caller decides what the user sees (the worker
 * reports it and the editor keeps the last good highlights; the CLI names the file and exits non-zero). Anything
 * that is not a non-empty string is an empty article.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string' || text.length === 0) return { quotes: [], speakers: [], people: [], places: [] };
  const cache = options.cache ?? NO_CACHE;
  const { onPass } = options;
  const training: Training = {
    trace: options.onAntecedents,
    probes: options.probePronouns,
    probed: options.onProbed,
  };
  const analyzePart = (part: string): Analysis => {
    if (!onPass) return analyzeDoc(buildDoc(part, cache), NO_HOOK, training);
    onPass('scan', part);
    return analyzeDoc(buildDoc(part, cache), (pass) => onPass(pass, part), training);
  };
  if (text.length >= WINDOWED_FROM) return analyzeInWindows(text, analyzePart); // bounded memory
  return analyzePart(text);
}

/**
 * Reported-speech spans may compete for the same words ("X said …" inside what "According to Y, …" reaches back
 * over); quotes must never overlap, so keep the most specific: greedy by end offset, which prefers the shorter span
 * and keeps as many as possible. Found by the property tests.
 */
function withoutOverlaps<T extends { content: [number, number] }>(spans: T[]): T[] {
  const byEnd = [...spans].sort((a, b) => a.content[1] - b.content[1] || b.content[0] - a.content[0]);
  const kept = new Set<T>();
  let end = -1;
  for (const s of byEnd) {
    if (s.content[0] >= end) {
      kept.add(s);
      end = s.content[1];
    }
  }
  return spans.filter((s) => kept.has(s));
}

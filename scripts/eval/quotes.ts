/**
 * Attribution scoring on PolNeAR-style documents (see ../shared/data/README.md):
 * quotes match and speakers agree by the rules of src/shared/agreement/quoteMatch.ts (character Jaccard ≥ 0.5;
 * a speaker is right when its mention overlaps the annotated source or its name shares a capitalized word).
 * Baselines on the same documents: compromise's quotations() and the nearest person.
 * Beside it: "speaker right by resolved name" (rule in speakerMatch.ts), "speaker mention right" (our speakerMention
 * overlaps an annotated speaker span) and the calibration table (confidence band → share right by resolved name).
 */
import nlp from 'compromise';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/core/index';
import type { Analysis, Quote } from '../../src/core/types';
import {
  matchItem,
  matchQuotes,
  sameSpeaker,
  type MatchItem,
  type Ranges,
} from '../../src/shared/agreement/quoteMatch';
import { newTally, printTally, reportErrors, type ErrorGold } from './errors';
import { resolvedVerdict, type OurSpeaker } from './speakerMatch';

interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  speaker_spans: Array<[number, number]>;
  kind_detail: string;
  content_spans: Array<[number, number]>;
  has_source: boolean;
  cue: string | null;
  speaker_canonical?: string;
  speaker_canonical_type?: string;
}

type Item = MatchItem;

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const item = matchItem;
const match = matchQuotes;

function prf(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function speakerRight(mention: { start: number; end: number } | null, name: string | null, gold: GoldQuote): boolean {
  return sameSpeaker(mention, name, gold.has_source ? gold.speaker_spans : [], gold.speaker);
}

/** The speakers the panel shows for a quote: every speaker of a joint quote, else its one speaker. */
export function ourSpeakers(q: Quote, analysis: Analysis): OurSpeaker[] {
  const ids = q.speakerIds ?? (q.speakerId ? [q.speakerId] : []);
  const out: OurSpeaker[] = [];
  for (const id of ids) {
    const s = analysis.speakers.find((x) => x.id === id);
    if (s) out.push({ name: s.name, type: s.type });
  }
  if (out.length === 0 && q.speaker) out.push({ name: q.speaker, type: 'person' });
  return out;
}

/**
 * A matched reported attribution whose gold has a source: is our speaker mention on it? ("Ruiz called for [a
 * recount]": right when our mention overlaps the annotated "Ruiz"). A report with no mention counts as wrong.
 */
function scoreReportedSpeaker(t: { right: number; none: number; n: number }, q: Quote, g: GoldQuote): void {
  if (q.kind !== 'indirect' || !g.has_source || g.speaker_spans.length === 0) return;
  t.n++;
  const m = q.speakerMention;
  if (!m) t.none++;
  else if (g.speaker_spans.some(([s, e]) => m.start < e && m.end > s)) t.right++;
}

/** Confidence bands of the calibration table: lower bounds, ascending. */
const BANDS = [0, 0.5, 0.65, 0.8, 0.9];

interface ResolvedTally {
  right: number;
  n: number;
  groupAll: number;
  byType: Map<string, { right: number; n: number }>;
  mentionRight: number;
  mentionN: number;
  bands: Array<{ right: number; n: number }>;
  /** By the quote's confidenceReason, when it has one. */
  byReason: Map<string, { right: number; n: number }>;
  /** Where resolved-name errors come from: "mention right/wrong/none × resolved right/wrong". */
  split: Map<string, number>;
}

function newResolvedTally(): ResolvedTally {
  return {
    right: 0,
    n: 0,
    groupAll: 0,
    byType: new Map(),
    mentionRight: 0,
    mentionN: 0,
    bands: BANDS.map(() => ({ right: 0, n: 0 })),
    byReason: new Map(),
    split: new Map(),
  };
}

/** Scores one matched direct quote by resolved name, by mention, and into its confidence band; the verdict, or null when excluded. */
function scoreResolved(t: ResolvedTally, q: Quote, analysis: Analysis, g: GoldQuote): boolean | null {
  const m = q.speakerMention;
  const mentionOk = !!m && g.speaker_spans.some(([s, e]) => m.start < e && m.end > s);
  if (g.speaker_spans.length > 0) {
    t.mentionN++;
    if (mentionOk) t.mentionRight++;
  }
  const v = resolvedVerdict(ourSpeakers(q, analysis), g.speaker_canonical, g.speaker_canonical_type);
  if (!v) return null;
  const splitKey = `mention ${m ? (mentionOk ? 'right' : 'wrong') : 'none '} · name ${v.right ? 'right' : 'wrong'}`;
  t.split.set(splitKey, (t.split.get(splitKey) ?? 0) + 1);
  const type = g.speaker_canonical_type ?? '?';
  const bt = t.byType.get(type) ?? { right: 0, n: 0 };
  t.byType.set(type, bt);
  t.n++;
  bt.n++;
  if (v.right) {
    t.right++;
    bt.right++;
  }
  if (v.all && type === 'group') t.groupAll++;
  let band = 0;
  while (band + 1 < BANDS.length && q.confidence >= BANDS[band + 1]) band++;
  t.bands[band].n++;
  if (v.right) t.bands[band].right++;
  if (q.confidenceReason) {
    const r = t.byReason.get(q.confidenceReason) ?? { right: 0, n: 0 };
    t.byReason.set(q.confidenceReason, r);
    r.n++;
    if (v.right) r.right++;
  }
  return v.right;
}

function printResolved(t: ResolvedTally): void {
  const pct = (a: number, n: number): string => `${((100 * a) / Math.max(1, n)).toFixed(1)}% (${a}/${n})`;
  console.log(`speaker right by resolved name ${pct(t.right, t.n)}`);
  for (const [type, c] of [...t.byType.entries()].sort((a, b) => b[1].n - a[1].n)) {
    console.log(
      `  ${type.padEnd(13)} ${pct(c.right, c.n)}${type === 'group' ? `, all members named ${t.groupAll}` : ''}`,
    );
  }
  console.log(`speaker mention right   ${pct(t.mentionRight, t.mentionN)}`);
  for (const [k, c] of [...t.split.entries()].sort()) console.log(`  ${k}  ${c}`);
  console.log('calibration (confidence → quotes, right by resolved name)');
  BANDS.forEach((lo, i) => {
    const hi = BANDS[i + 1];
    const label = hi === undefined ? `≥ ${lo}` : i === 0 ? `< ${hi}` : `${lo}–${hi}`;
    console.log(`  ${label.padEnd(10)} ${String(t.bands[i].n).padStart(5)}  ${pct(t.bands[i].right, t.bands[i].n)}`);
  });
  const hiN = t.bands.slice(3).reduce((n, b) => n + b.n, 0);
  const hiR = t.bands.slice(3).reduce((n, b) => n + b.right, 0);
  console.log(`  ≥ 0.8 all  ${String(hiN).padStart(5)}  ${pct(hiR, hiN)}`);
  if (t.byReason.size > 0) console.log('by confidence reason (quotes, right by resolved name)');
  for (const [reason, c] of [...t.byReason.entries()].sort((a, b) => b[1].n - a[1].n))
    console.log(`  ${pct(c.right, c.n).padEnd(20)} ${reason}`);
}

function quoteItem(text: string, q: Quote): Item | null {
  const spans: Ranges = q.parts ? q.parts.map((p) => [p.start, p.end]) : [[q.start, q.end]];
  return item(text, spans, q.text);
}

interface CompromiseSpan {
  text: string;
  offset: { start: number; length: number };
}

function compromiseRun(text: string): { quotes: CompromiseSpan[]; people: CompromiseSpan[] } {
  const doc = nlp(text);
  doc.places();
  const quotes = doc.quotations().json({ offset: true }) as CompromiseSpan[];
  const people = doc.people().json({ offset: true }) as CompromiseSpan[];
  return { quotes, people };
}

export interface EvalQuoteOptions {
  verbose?: boolean;
  /** Print every missed and every made-up attribution with context, and tally the misses by cue and reason. */
  errors?: boolean;
  /** Skip compromise's baseline (it costs most of the run). */
  baseline?: boolean;
  /** Print every matched direct quote whose speaker is wrong by resolved name, with its context (train only). */
  speakerErrors?: boolean;
}

export function evalQuotes(
  docs: Array<Record<string, unknown>>,
  { verbose = false, errors = false, baseline = true, speakerErrors = false }: EvalQuoteOptions = {},
): void {
  const tally = newTally();
  const direct: Counts = { tp: 0, fp: 0, fn: 0 };
  const all: Counts = { tp: 0, fp: 0, fn: 0 };
  const baseDirect: Counts = { tp: 0, fp: 0, fn: 0 };
  const baseAll: Counts = { tp: 0, fp: 0, fn: 0 };
  let speakerOk = 0;
  let speakerN = 0;
  const resolved = newResolvedTally();
  const reportedSpeakers = { right: 0, none: 0, n: 0 };
  let baseSpeakerOk = 0;
  let baseSpeakerN = 0;
  let ours = 0;
  let theirs = 0;
  const textOf = (d: Record<string, unknown>): string => (typeof d.text === 'string' ? d.text : '');
  // warm both up so load costs are not counted per article
  analyze('Warm up, "he said," she said.');
  nlp('Warm up.').quotations();
  for (const d of docs) {
    const text = textOf(d);
    const gold = (d.quotes as GoldQuote[]) ?? [];
    let t0 = performance.now();
    const analysis = analyze(text);
    ours += performance.now() - t0;
    t0 = performance.now();
    const base = baseline ? compromiseRun(text) : { quotes: [], people: [] };
    theirs += performance.now() - t0;

    const goldItems = gold.map((g) => item(text, g.content_spans, text.slice(g.start, g.end)));
    const goldDirectIdx = gold.map((g, i) => (g.kind_detail === 'direct' ? i : -1)).filter((i) => i >= 0);
    const predDirect = analysis.quotes.filter((q) => q.kind === 'direct');

    // direct quotes
    const dPred = predDirect.map((q) => quoteItem(text, q));
    const dGold = goldDirectIdx.map((i) => goldItems[i]);
    const dm = match(dPred, dGold);
    direct.tp += dm.length;
    direct.fp += dPred.filter(Boolean).length - dm.length;
    direct.fn += dGold.filter(Boolean).length - dm.length;
    for (const [i, j] of dm) {
      const g = gold[goldDirectIdx[j]];
      const q = predDirect[i];
      speakerN++;
      const ok = speakerRight(q.speakerMention, q.speaker, g);
      if (ok) speakerOk++;
      const byName = scoreResolved(resolved, q, analysis, g);
      if (byName === false && speakerErrors) {
        console.log(
          `RESOLVED ${d.id} conf=${q.confidence} ours=${JSON.stringify(q.speaker)} [${q.speakerMention?.text ?? ''}] gold=${JSON.stringify(g.speaker_canonical)} (${g.speaker_canonical_type}) [${g.speaker ?? ''}] {${q.confidenceReason ?? ''}}\n   ${JSON.stringify(text.slice(Math.max(0, g.start - 160), g.end + 80).replace(/\s+/g, ' '))}`,
        );
      }
      if (!ok && speakerErrors)
        console.log(
          `MENTION ${d.id} conf=${q.confidence} ours=${JSON.stringify(q.speaker)} [${q.speakerMention?.text ?? ''}] gold [${g.speaker ?? ''}]\n   ${JSON.stringify(text.slice(Math.max(0, g.start - 200), g.end + 120).replace(/\s+/g, ' '))}`,
        );
      if (!ok && verbose)
        console.log(
          `  SPEAKER ${d.id}: ${JSON.stringify(q.text.slice(0, 60))} → ${q.speaker} [${q.speakerMention?.text ?? ''}]; gold ${g.speaker}`,
        );
    }
    if (verbose) {
      const mp = new Set(dm.map(([i]) => i));
      const mg = new Set(dm.map(([, j]) => j));
      dPred.forEach(
        (p, i) => p && !mp.has(i) && console.log(`  FP-DIRECT ${d.id}: ${JSON.stringify(p.label.slice(0, 100))}`),
      );
      dGold.forEach(
        (g, j) => g && !mg.has(j) && console.log(`  FN-DIRECT ${d.id}: ${JSON.stringify(g.label.slice(0, 100))}`),
      );
    }

    // all attributions
    const aPred = analysis.quotes.map((q) => quoteItem(text, q));
    const am = match(aPred, goldItems);
    all.tp += am.length;
    all.fp += aPred.filter(Boolean).length - am.length;
    all.fn += goldItems.filter(Boolean).length - am.length;
    for (const [i, j] of am) scoreReportedSpeaker(reportedSpeakers, analysis.quotes[i], gold[j]);
    if (errors) {
      const mp = new Set(am.map(([i]) => i));
      const mg = new Set(am.map(([, j]) => j));
      const preds = analysis.quotes.map((q) => ({
        start: q.start,
        end: q.end,
        kind: q.kind,
        speaker: q.speaker,
        cue: q.cue?.text ?? null,
      }));
      const missed = gold.map((_, j) => j).filter((j) => goldItems[j] && !mg.has(j));
      const wrong = preds.map((_, i) => i).filter((i) => aPred[i] && !mp.has(i));
      reportErrors(String(d.id), text, gold as ErrorGold[], missed, preds, wrong, tally);
    }
    if (verbose) {
      const mp = new Set(am.map(([i]) => i));
      const mg = new Set(am.map(([, j]) => j));
      analysis.quotes.forEach(
        (q, i) =>
          aPred[i] &&
          !mp.has(i) &&
          q.kind === 'indirect' &&
          console.log(`  FP-REPORTED ${d.id}: ${JSON.stringify(q.text.slice(0, 100))} (${q.speaker})`),
      );
      gold.forEach(
        (g, j) =>
          goldItems[j] &&
          !mg.has(j) &&
          g.kind_detail !== 'direct' &&
          console.log(
            `  FN-ALL ${d.id} [${g.kind_detail}]: ${JSON.stringify(text.slice(g.start, g.end).slice(0, 100))} (${g.speaker})`,
          ),
      );
    }

    // baselines
    const bItems = base.quotes.map((q) => item(text, [[q.offset.start, q.offset.start + q.offset.length]], q.text));
    const bm = match(bItems, dGold);
    baseDirect.tp += bm.length;
    baseDirect.fp += bItems.filter(Boolean).length - bm.length;
    baseDirect.fn += dGold.filter(Boolean).length - bm.length;
    for (const [i, j] of bm) {
      const q = base.quotes[i];
      const qs = q.offset.start;
      const qe = qs + q.offset.length;
      let best: CompromiseSpan | null = null;
      let bestDist = Infinity;
      for (const p of base.people) {
        const ps = p.offset.start;
        const pe = ps + p.offset.length;
        if (ps < qe && pe > qs) continue; // inside the quote
        const dist = pe <= qs ? qs - pe : ps - qe;
        if (dist < bestDist) {
          bestDist = dist;
          best = p;
        }
      }
      baseSpeakerN++;
      const mention = best ? { start: best.offset.start, end: best.offset.start + best.offset.length } : null;
      if (speakerRight(mention, best?.text ?? null, gold[goldDirectIdx[j]])) baseSpeakerOk++;
    }
    const bam = match(bItems, goldItems);
    baseAll.tp += bam.length;
    baseAll.fp += bItems.filter(Boolean).length - bam.length;
    baseAll.fn += goldItems.filter(Boolean).length - bam.length;
  }
  if (errors) printTally(tally);
  const pct = (a: number, n: number): string => `${((100 * a) / Math.max(1, n)).toFixed(1)}% (${a}/${n})`;
  console.log(`direct quotes          ${prf(direct)}`);
  if (baseline) console.log(`  baseline quotations  ${prf(baseDirect)}`);
  console.log(`speaker right (direct) ${pct(speakerOk, speakerN)}`);
  if (baseline) console.log(`  baseline nearest     ${pct(baseSpeakerOk, baseSpeakerN)}`);
  printResolved(resolved);
  console.log(`all attributions       ${prf(all)}`);
  console.log(
    `reported speaker mention right ${pct(reportedSpeakers.right, reportedSpeakers.n)}, none ${reportedSpeakers.none}`,
  );
  if (baseline) console.log(`  baseline quotations  ${prf(baseAll)}`);
  console.log(
    `time per article       analyze ${(ours / Math.max(1, docs.length)).toFixed(2)} ms${baseline ? `, compromise ${(theirs / Math.max(1, docs.length)).toFixed(2)} ms` : ''}`,
  );
}

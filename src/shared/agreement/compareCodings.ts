/**
 * Where the machine and a person disagree on one article: quotes only one of them holds, and matched quotes whose
 * speakers differ, with agreement figures. Quotes are paired and speakers judged by the project's evaluation rules
 * (quoteMatch.ts), so `--compare` on a coded article says what `npm run eval` would say about it.
 *
 *   machine: “We will not sign,” Okafor said   person: same quote, Source "Brandt"  → one "different speaker"
 */
import type { Analysis, Quote } from '../../core/types';
import { matchItem, matchQuotes, sameSpeaker, type MatchItem, type Ranges } from './quoteMatch';

/** One attribution as a person coded it: content ranges, and the source's ranges and words when there is one. */
export interface HumanQuote {
  content: Ranges;
  source: Ranges | null;
  sourceText: string | null;
}

export type DisagreementKind = 'missing' | 'extra' | 'speaker';

export interface Disagreement {
  /** missing: the person's quote the machine lacks; extra: the machine's the person lacks; speaker: both, speakers differ. */
  kind: DisagreementKind;
  start: number;
  end: number;
  machineSpeaker: string | null;
  humanSpeaker: string | null;
}

export interface Comparison {
  machineQuotes: number;
  humanQuotes: number;
  matched: number;
  speakersAgree: number;
  /** In text order. */
  disagreements: Disagreement[];
}

function machineItem(text: string, q: Quote): MatchItem | null {
  const spans: Ranges = q.parts?.length ? q.parts.map((p) => [p.start, p.end]) : [[q.start, q.end]];
  return matchItem(text, spans, q.text);
}

const hull = (ranges: Ranges): [number, number] => [ranges[0][0], ranges[ranges.length - 1][1]];

export function compareCodings(text: string, machine: Analysis, human: HumanQuote[]): Comparison {
  const mItems = machine.quotes.map((q) => machineItem(text, q));
  const hItems = human.map((h) => matchItem(text, h.content, ''));
  const pairs = matchQuotes(mItems, hItems);
  const disagreements: Disagreement[] = [];
  let speakersAgree = 0;
  for (const [i, j] of pairs) {
    const q = machine.quotes[i];
    const h = human[j];
    if (sameSpeaker(q.speakerMention, q.speaker, h.source ?? [], h.sourceText)) speakersAgree++;
    else
      disagreements.push({
        kind: 'speaker',
        start: q.start,
        end: q.end,
        machineSpeaker: q.speaker,
        humanSpeaker: h.sourceText,
      });
  }
  const pairedM = new Set(pairs.map(([i]) => i));
  const pairedH = new Set(pairs.map(([, j]) => j));
  human.forEach((h, j) => {
    if (pairedH.has(j) || !hItems[j]) return;
    const [start, end] = hull(h.content);
    disagreements.push({ kind: 'missing', start, end, machineSpeaker: null, humanSpeaker: h.sourceText });
  });
  machine.quotes.forEach((q, i) => {
    if (pairedM.has(i) || !mItems[i]) return;
    disagreements.push({ kind: 'extra', start: q.start, end: q.end, machineSpeaker: q.speaker, humanSpeaker: null });
  });
  disagreements.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    machineQuotes: mItems.filter(Boolean).length,
    humanQuotes: hItems.filter(Boolean).length,
    matched: pairs.length,
    speakersAgree,
    disagreements,
  };
}

export interface AgreementFigures {
  /** Matched quotes among the machine's (precision), among the person's (recall), and their harmonic mean (F1). */
  precision: number;
  recall: number;
  f1: number;
  /** Matched quotes whose speakers agree. */
  speakerAgreement: number;
}

export function agreementFigures(c: Comparison): AgreementFigures {
  const precision = c.machineQuotes === 0 ? (c.humanQuotes === 0 ? 1 : 0) : c.matched / c.machineQuotes;
  const recall = c.humanQuotes === 0 ? (c.machineQuotes === 0 ? 1 : 0) : c.matched / c.humanQuotes;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, speakerAgreement: c.matched === 0 ? 1 : c.speakersAgree / c.matched };
}

/**
 * A comparison as text for a terminal (`--compare`) or a Markdown document (the editor's command): figures first,
 * then one line per disagreement with its line:column, like a compiler's messages, so editors can jump to them.
 *
 *   story.txt:7:1: different speaker: “We will not sign…” machine Clara Okafor, person Tomas Brandt
 */
import { LineIndex } from '../analysisQueries';
import { agreementFigures, type Comparison, type Disagreement } from './compareCodings';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

export function excerpt(text: string, start: number, end: number, max = 60): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return JSON.stringify(words.length > max ? `${words.slice(0, max - 1)}…` : words);
}

export function describeDisagreement(text: string, d: Disagreement): string {
  const quote = excerpt(text, d.start, d.end);
  const who = (name: string | null): string => name ?? 'no speaker';
  switch (d.kind) {
    case 'missing':
      return `missing: ${quote} (person: ${who(d.humanSpeaker)}) — the machine has no such quote`;
    case 'extra':
      return `extra: ${quote} (machine: ${who(d.machineSpeaker)}) — the person did not code it`;
    case 'speaker':
      return `different speaker: ${quote} machine ${who(d.machineSpeaker)}, person ${who(d.humanSpeaker)}`;
  }
}

export function figureLines(c: Comparison): string[] {
  const f = agreementFigures(c);
  return [
    `quotes: ${c.humanQuotes} coded by the person, ${c.machineQuotes} found by the machine, ${c.matched} matched (Jaccard ≥ 0.5)`,
    `  precision ${pct(f.precision)}, recall ${pct(f.recall)}, F1 ${pct(f.f1)}`,
    `speakers: agree on ${c.speakersAgree} of ${c.matched} matched quotes (${pct(f.speakerAgreement)})`,
  ];
}

export function formatComparison(name: string, text: string, c: Comparison): string {
  const lines = new LineIndex(text);
  const out = [`${name}:`, ...figureLines(c).map((l) => `  ${l}`)];
  if (c.disagreements.length === 0) out.push('  no disagreements');
  for (const d of c.disagreements) {
    const { line, column } = lines.position(d.start);
    out.push(`${name}:${line}:${column}: ${describeDisagreement(text, d)}`);
  }
  return out.join('\n') + '\n';
}

/**
 * A comparison as a Markdown document (the editor's Compare with Annotations (brat)…): figures, then a table of
 * disagreements with their line:column. Quoted words are escaped so an article cannot inject Markdown or links.
 *
 *   | 7:1 | different speaker | “We will not sign…” | Clara Okafor | Tomas Brandt |
 */
import { LineIndex } from '../analysisQueries';
import type { Comparison, DisagreementKind } from './compareCodings';
import { excerpt, figureLines } from './formatComparison';

const KIND: Record<DisagreementKind, string> = {
  missing: 'missing (person only)',
  extra: 'extra (machine only)',
  speaker: 'different speaker',
};

/** Escapes what Markdown or a table would read as syntax: `|`, `*`, `[`, `<`, backquotes … */
function cell(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export function comparisonMarkdown(article: string, coding: string, text: string, c: Comparison): string {
  const lines = new LineIndex(text);
  const out = [
    `# ${cell(article)} compared with ${cell(coding)}`,
    '',
    ...figureLines(c).map((l) => `- ${l.trim()}`),
    '',
  ];
  if (c.disagreements.length === 0) {
    out.push('The machine and the coding agree on every quote.');
    return out.join('\n') + '\n';
  }
  out.push('| Where | What | Quote | Machine says | Person says |', '|---|---|---|---|---|');
  for (const d of c.disagreements) {
    const { line, column } = lines.position(d.start);
    const who = (name: string | null, side: boolean): string => (side ? cell(name ?? 'no speaker') : '—');
    out.push(
      `| ${line}:${column} | ${KIND[d.kind]} | ${cell(excerpt(text, d.start, d.end))} | ${who(d.machineSpeaker, d.kind !== 'missing')} | ${who(d.humanSpeaker, d.kind !== 'extra')} |`,
    );
  }
  return out.join('\n') + '\n';
}

/**
 * `unattributed-quote`: a direct quote with no speaker ("“The fund is empty.”" standing alone). A quote whose only
 * speaker is an unresolved "he"/"she" is left to `pronoun-only-speaker`, so one quote never gets two findings.
 */
import type { CheckRule, RawFinding } from './types';
import { cuePronoun } from './pronouns';
import { clip } from './text';

export const unattributedQuote: CheckRule = {
  id: 'unattributed-quote',
  description: 'A direct quote with no speaker',
  defaultSeverity: 'warning',
  run({ text, analysis }) {
    const out: RawFinding[] = [];
    for (const q of analysis.quotes) {
      if (q.kind !== 'direct' || q.speaker !== null || cuePronoun(text, q)) continue;
      const first = q.parts?.[0] ?? q;
      out.push({
        message: `Quote with no speaker (${clip(q.text)}): say who said it.`,
        start: first.start,
        end: first.end,
        quoteStart: q.start,
      });
    }
    return out;
  },
};

/**
 * `unbalanced-quotes`: an opening quotation mark that never closes in its paragraph, or a closing mark with
 * nothing open. The marks are classified by the core's own scanner (findUnbalancedMarks), so a quote that runs
 * on over paragraphs in news style (no closer, the next paragraph opens again) is not flagged.
 */
import { findUnbalancedMarks } from '../../core/quotes/unbalancedMarks';
import type { CheckRule } from './types';

export const unbalancedQuotes: CheckRule = {
  id: 'unbalanced-quotes',
  description: 'A quotation mark that never closes in its paragraph, or closes nothing',
  defaultSeverity: 'warning',
  run({ text }) {
    return findUnbalancedMarks(text).map((m) => ({
      message:
        m.side === 'open'
          ? `Quotation mark ${text.slice(m.start, m.end)} opens a quote that never closes in this paragraph.`
          : `Quotation mark ${text.slice(m.start, m.end)} closes a quote that was never opened in this paragraph.`,
      start: m.start,
      end: m.end,
    }));
  },
};

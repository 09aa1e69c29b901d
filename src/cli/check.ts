/**
 * `news-annotate --check`: the attribution checks in the shape linters and CI understand.
 * Text: `FILE:LINE:COL: severity: message [rule-id]`, one finding a line (LINE and COL 1-based, COL counted in
 * UTF-16 units as editors do). JSON: one array of findings over all files, with end positions for tools.
 */
import type { Analysis } from '../core/types';
import { runChecks, type CheckOptions, type Finding, type RuleId, type Severity } from '../shared/checks/index';
import { lineStarts } from '../shared/paintData';

export interface CliFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: RuleId;
  message: string;
}

/** Index of the last line start ≤ offset. */
function lineAt(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The findings of one file with 1-based positions. */
export function checkFile(file: string, text: string, analysis: Analysis, options: CheckOptions): CliFinding[] {
  const starts = lineStarts(text);
  return runChecks(text, analysis, options).map((f: Finding) => {
    const a = lineAt(starts, f.start);
    const b = lineAt(starts, f.end);
    return {
      file,
      line: a + 1,
      column: f.start - starts[a] + 1,
      endLine: b + 1,
      endColumn: f.end - starts[b] + 1,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
    };
  });
}

export function formatFinding(f: CliFinding): string {
  // one finding, one line: a message never carries a line break into the output
  return `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message.replace(/\s+/g, ' ')} [${f.rule}]`;
}

/**
 * Attribution checks: a linter for sourcing. Each rule reads one article's Analysis (and its text) and reports
 * findings; the editor shows them in the Problems panel, the CLI prints them (`news-annotate --check`).
 * Vscode-free: run in the analysis worker and in the CLI alike.
 */
import type { Analysis } from '../../core/types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

export type RuleId =
  | 'unattributed-quote'
  | 'anonymous-source'
  | 'unbalanced-quotes'
  | 'pronoun-only-speaker'
  | 'loaded-verb'
  | 'speaker-name-mismatch';

/** A text edit a finding proposes (replace [start, end) by `text`); applied only when the user picks it. */
export interface FindingFix {
  title: string;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  rule: RuleId;
  message: string;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  severity: Severity;
  fix?: FindingFix;
  /** For `unattributed-quote`: the quote's start, to hand to "Set Speaker…". */
  quoteStart?: number;
}

export interface CheckOptions {
  /** Per-rule severity; a rule set to 'off' is not run. Unlisted rules keep their default. */
  severities?: Partial<Record<RuleId, SeveritySetting>>;
  /** Words the `loaded-verb` check flags (lower case, every form listed); default DEFAULT_LOADED_VERBS. */
  loadedVerbs?: readonly string[];
}

export interface CheckContext {
  text: string;
  analysis: Analysis;
  options: CheckOptions;
}

/** A finding as a rule makes it: the registry stamps rule id and severity. */
export type RawFinding = Omit<Finding, 'rule' | 'severity'>;

export interface CheckRule {
  id: RuleId;
  /** One line for the settings and the README. */
  description: string;
  defaultSeverity: Severity;
  run(context: CheckContext): RawFinding[];
}

export function isSeveritySetting(value: unknown): value is SeveritySetting {
  return value === 'off' || SEVERITIES.includes(value as Severity);
}

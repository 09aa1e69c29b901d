/**
 * Every attribution check, in the order the README lists them, and `runChecks`, which runs those not turned off
 * and stamps each finding with its rule id and severity (the setting's, else the rule's default).
 */
import { anonymousSource } from './anonymousSource';
import { loadedVerb } from './loadedVerb';
import { pronounOnlySpeaker } from './pronounOnlySpeaker';
import { speakerNameMismatch } from './speakerNameMismatch';
import type { CheckContext, CheckOptions, CheckRule, Finding } from './types';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuotes } from './unbalancedQuotes';
import type { Analysis } from '../../core/types';

export const CHECK_RULES: readonly CheckRule[] = [
  unattributedQuote,
  anonymousSource,
  unbalancedQuotes,
  pronounOnlySpeaker,
  loadedVerb,
  speakerNameMismatch,
];

export { CHECKS_DOC_ANCHOR } from './ruleIds';

/** Findings of every rule that is not off, ordered by position. */
export function runChecks(text: string, analysis: Analysis, options: CheckOptions = {}): Finding[] {
  const context: CheckContext = { text, analysis, options };
  const out: Finding[] = [];
  for (const rule of CHECK_RULES) {
    const setting = options.severities?.[rule.id] ?? rule.defaultSeverity;
    if (setting === 'off') continue;
    for (const f of rule.run(context)) out.push({ ...f, rule: rule.id, severity: setting });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The rule ids alone, with no rule code: the CLI's option parser, the settings and the diagnostics read them without
 * loading the analysis core (`news-annotate --help` stays instant, the extension host starts ~10 ms sooner). registry.ts lists the rules in this same order (a unit test
 * holds them together).
 */
import type { RuleId } from './types';

export const RULE_IDS: readonly RuleId[] = [
  'unattributed-quote',
  'anonymous-source',
  'unbalanced-quotes',
  'pronoun-only-speaker',
  'loaded-verb',
  'speaker-name-mismatch',
];

export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}

/** The README heading that explains the rules ("## Attribution checks"): the diagnostics' codes link there. */
export const CHECKS_DOC_ANCHOR = 'attribution-checks';

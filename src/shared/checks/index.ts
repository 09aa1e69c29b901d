/** Attribution checks (see types.ts): the registry and the types renderers need. */
export { CHECK_RULES, CHECKS_DOC_ANCHOR, runChecks } from './registry';
export { RULE_IDS, isRuleId } from './ruleIds';
export {
  SEVERITIES,
  isSeveritySetting,
  type CheckOptions,
  type Finding,
  type FindingFix,
  type RuleId,
  type Severity,
  type SeveritySetting,
} from './types';

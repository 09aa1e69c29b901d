// `newsAnnotator.checks.*`: each rule's severity (or off) and the loaded-verb list, as the checks' options.
import * as vscode from 'vscode';
import { RULE_IDS } from '../shared/checks/ruleIds';
import { isSeveritySetting, type CheckOptions, type RuleId, type SeveritySetting } from '../shared/checks/types';

export function readCheckOptions(): CheckOptions {
  const c = vscode.workspace.getConfiguration('newsAnnotator.checks');
  const severities: Partial<Record<RuleId, SeveritySetting>> = {};
  for (const id of RULE_IDS) {
    const value = c.get<unknown>(id);
    if (isSeveritySetting(value)) severities[id] = value; // a bad value keeps the rule's default
  }
  const verbs = c.get<unknown>('loadedVerbs');
  const loadedVerbs = Array.isArray(verbs) ? verbs.filter((v): v is string => typeof v === 'string') : undefined;
  return { severities, loadedVerbs };
}

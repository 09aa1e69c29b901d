// The attribution checks in the Problems panel: one DiagnosticCollection, refreshed with each analysis. The
// findings are computed by the worker (a 'checks' command query), so the host only turns them into Diagnostics.
// Rules the user ignored for a file (a code action) are remembered in the workspace state.
import * as vscode from 'vscode';
import type { AnalysisController } from './analysisController';
import { readCheckOptions } from './checkSettings';
import { CHECKS_DOC_ANCHOR } from '../shared/checks/ruleIds';
import type { CheckOptions, Finding, RuleId, Severity } from '../shared/checks/types';

export const DIAGNOSTIC_SOURCE = 'News Annotator';
const IGNORED_KEY = 'newsAnnotator.ignoredChecks';
/** Files with ignored rules kept in the workspace state, newest last: it is not meant for unbounded lists. */
const IGNORED_MAX = 500;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** A diagnostic with the finding it shows (the code actions read the fix and the quote from it). */
export interface CheckDiagnostic {
  diagnostic: vscode.Diagnostic;
  finding: Finding;
}

export class CheckDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly shown = new Map<string, CheckDiagnostic[]>();
  private options: CheckOptions = readCheckOptions();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly controller: AnalysisController,
    private readonly memory: vscode.Memento,
    /** The README, where each rule is explained (the diagnostic's code links there). */
    private readonly docs: vscode.Uri,
  ) {
    this.disposables.push(controller.onDidChangeState((uri) => void this.refresh(uri)));
  }

  /** Settings changed: every article's findings again, with the new severities. */
  reloadSettings(): void {
    this.options = readCheckOptions();
    for (const doc of vscode.workspace.textDocuments) void this.refresh(doc.uri);
  }

  /** The diagnostics shown for `uri`, with their findings. */
  findingsAt(uri: vscode.Uri): readonly CheckDiagnostic[] {
    return this.shown.get(uri.toString()) ?? [];
  }

  ignored(uri: vscode.Uri): RuleId[] {
    const all = this.memory.get<Record<string, RuleId[]>>(IGNORED_KEY) ?? {};
    return Array.isArray(all[uri.toString()]) ? all[uri.toString()] : [];
  }

  async ignore(uri: vscode.Uri, rule: RuleId): Promise<void> {
    const all = { ...(this.memory.get<Record<string, RuleId[]>>(IGNORED_KEY) ?? {}) };
    const key = uri.toString();
    const rules = [...new Set([...(all[key] ?? []), rule])];
    delete all[key];
    all[key] = rules;
    const keys = Object.keys(all);
    for (const old of keys.slice(0, Math.max(0, keys.length - IGNORED_MAX))) delete all[old];
    await this.memory.update(IGNORED_KEY, all);
    await this.refresh(uri);
  }

  async resetIgnored(): Promise<void> {
    await this.memory.update(IGNORED_KEY, undefined);
    for (const doc of vscode.workspace.textDocuments) await this.refresh(doc.uri);
  }

  private async refresh(uri: vscode.Uri): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc || doc.isClosed || !this.controller.isAnnotated(doc)) return this.clear(uri);
    const result = this.controller.currentResult(doc);
    if (!result) {
      // still pending: the old diagnostics stay until the new analysis replaces them; gone when it cannot come
      if (this.controller.state(uri)?.status !== 'pending') this.clear(uri);
      return;
    }
    const version = doc.version;
    const findings = await result.command(
      { what: 'checks', options: this.options },
      () => doc.getText(),
      () => doc.version === version,
    );
    if (!findings || doc.isClosed || doc.version !== version) return;
    const ignored = new Set(this.ignored(uri));
    const shown = findings
      .filter((f) => !ignored.has(f.rule))
      .map((finding) => ({ finding, diagnostic: this.diagnostic(doc, finding) }));
    this.shown.set(uri.toString(), shown);
    this.collection.set(
      uri,
      shown.map((s) => s.diagnostic),
    );
  }

  private diagnostic(doc: vscode.TextDocument, f: Finding): vscode.Diagnostic {
    const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end));
    const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = { value: f.rule, target: this.docs.with({ fragment: CHECKS_DOC_ANCHOR }) };
    return d;
  }

  private clear(uri: vscode.Uri): void {
    this.shown.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

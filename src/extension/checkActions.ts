// Quick fixes on the attribution checks' diagnostics: replace a loaded verb with "said" (a WorkspaceEdit, applied
// only when picked), ignore the rule for this file, and "Set Speaker…" on a quote without a named speaker when
// the corrections command `newsAnnotator.setSpeaker` exists (looked up, so this works whichever lands first).
import * as vscode from 'vscode';
import type { CheckDiagnostics } from './checkDiagnostics';
import * as notify from './notify';
import { isRuleId } from '../shared/checks/ruleIds';
import type { RuleId } from '../shared/checks/types';
import { CORRECTION_COMMAND_IDS, FEATURE_COMMAND_IDS } from '../shared/commandIds';

export const SET_SPEAKER_COMMAND = CORRECTION_COMMAND_IDS.setSpeaker;
export const IGNORE_COMMAND = FEATURE_COMMAND_IDS.ignoreCheckInFile;
export const SET_SPEAKER_AT_COMMAND = FEATURE_COMMAND_IDS.setSpeakerForQuote;
export const RESET_IGNORED_COMMAND = FEATURE_COMMAND_IDS.resetIgnoredChecks;

const RECHECK_MS = 5000;
const SPEAKER_RULES: ReadonlySet<RuleId> = new Set(['unattributed-quote', 'pronoun-only-speaker']);

export class CheckActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];
  private setSpeakerKnown = false;
  private setSpeakerCheckedAt = -Infinity;

  constructor(private readonly diagnostics: CheckDiagnostics) {}

  async provideCodeActions(
    doc: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const wanted = new Set(context.diagnostics);
    const shown = this.diagnostics
      .findingsAt(doc.uri)
      .filter((s) => wanted.has(s.diagnostic) || s.diagnostic.range.intersection(range) !== undefined);
    const actions: vscode.CodeAction[] = [];
    const rules = new Set<RuleId>();
    for (const { diagnostic, finding } of shown) {
      const fix = finding.fix;
      // only while the text still is what was checked (an edit since may have moved it)
      if (fix && doc.getText(diagnostic.range) === doc.getText().slice(fix.start, fix.end)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(doc.uri, new vscode.Range(doc.positionAt(fix.start), doc.positionAt(fix.end)), fix.text);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      if (SPEAKER_RULES.has(finding.rule) && finding.quoteStart !== undefined && (await this.hasSetSpeaker())) {
        const action = new vscode.CodeAction('Set Speaker…', vscode.CodeActionKind.QuickFix);
        action.command = {
          command: SET_SPEAKER_AT_COMMAND,
          title: 'Set Speaker…',
          arguments: [doc.uri, finding.quoteStart],
        };
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      rules.add(finding.rule);
    }
    for (const rule of rules) {
      const action = new vscode.CodeAction(`Ignore “${rule}” in this file`, vscode.CodeActionKind.QuickFix);
      action.command = { command: IGNORE_COMMAND, title: action.title, arguments: [doc.uri, rule] };
      action.diagnostics = shown.filter((s) => s.finding.rule === rule).map((s) => s.diagnostic);
      actions.push(action);
    }
    return actions;
  }

  /**
   * Whether the corrections command is registered. Once found it stays; while missing, the (long) command list is
   * asked again at most every few seconds, since code actions are asked for at every cursor move.
   */
  private async hasSetSpeaker(): Promise<boolean> {
    if (this.setSpeakerKnown === true) return true;
    if (Date.now() - this.setSpeakerCheckedAt < RECHECK_MS) return false;
    this.setSpeakerCheckedAt = Date.now();
    this.setSpeakerKnown = (await vscode.commands.getCommands(true)).includes(SET_SPEAKER_COMMAND);
    return this.setSpeakerKnown;
  }
}

/** The commands behind the actions (and the palette's Reset Ignored Checks). */
export function registerCheckCommands(diagnostics: CheckDiagnostics): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(IGNORE_COMMAND, (uri: unknown, rule: unknown) => {
      if (uri instanceof vscode.Uri && typeof rule === 'string' && isRuleId(rule)) return diagnostics.ignore(uri, rule);
      return undefined;
    }),
    vscode.commands.registerCommand(RESET_IGNORED_COMMAND, async () => {
      await diagnostics.resetIgnored();
      void notify.info('News Annotator: every check is shown again in every file.');
    }),
    vscode.commands.registerCommand(SET_SPEAKER_AT_COMMAND, async (uri: unknown, offset: unknown) => {
      if (!(uri instanceof vscode.Uri) || typeof offset !== 'number') return;
      // the corrections command acts on the active editor, at the offset it is given ({ offset }: h-corrections'
      // CorrectionArgs); the cursor is put there too, for a version that reads the selection
      const editor = await vscode.window.showTextDocument(uri);
      const at = editor.document.positionAt(offset);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand(SET_SPEAKER_COMMAND, { offset });
    }),
  ];
}

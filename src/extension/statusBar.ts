// The status bar item of the active article: its counts ("12 quotes · 9 checked"), a spinner while a long article is
// re-analysed, the error state when the current version failed. What it says comes from statusView.ts.
import * as vscode from 'vscode';
import { COMMAND_IDS } from '../shared/commandIds';
import type { AnalysisController } from './analysisController';
import { statusView } from './statusView';

/** A spinner shows only if a re-analysis takes a while (big files), so ordinary edits do not flicker. */
const SPIN_AFTER_MS = 300;

export class ArticleStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('newsAnnotator.summary', vscode.StatusBarAlignment.Right, 100);
  /** Since when the active article is being re-analysed. */
  private pendingSince: { uri: string; at: number; timer: NodeJS.Timeout } | undefined;

  constructor(
    private readonly controller: AnalysisController,
    private readonly highlightsOn: () => boolean,
  ) {
    this.item.name = 'News Annotator';
    this.item.command = { command: COMMAND_IDS.showPanel, title: 'Show Who Said What' };
  }

  /** Also sets the `newsAnnotator.articleActive` context the menus and keys depend on. */
  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const annotated = doc !== undefined && this.controller.isAnnotated(doc);
    void vscode.commands.executeCommand('setContext', 'newsAnnotator.articleActive', annotated);
    if (!doc || !annotated || !this.controller.settings.statusBar) {
      this.stopTimer();
      this.item.hide();
      return;
    }
    const s = this.controller.state(doc.uri);
    const key = doc.uri.toString();
    if (s?.status !== 'pending' || this.pendingSince?.uri !== key) {
      this.stopTimer();
      this.pendingSince =
        s?.status === 'pending'
          ? { uri: key, at: Date.now(), timer: setTimeout(() => this.update(), SPIN_AFTER_MS) }
          : undefined;
    }
    const slow = this.pendingSince !== undefined && Date.now() - this.pendingSince.at >= SPIN_AFTER_MS;
    const shown = statusView(s, { slow, highlightsOn: this.highlightsOn() });
    this.item.text = shown.text;
    this.item.tooltip = shown.tooltip;
    this.item.accessibilityInformation = { label: shown.label, role: 'button' };
    this.item.backgroundColor = shown.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.show();
  }

  private stopTimer(): void {
    if (this.pendingSince) clearTimeout(this.pendingSince.timer);
    this.pendingSince = undefined;
  }

  dispose(): void {
    this.stopTimer();
    this.item.dispose();
  }
}

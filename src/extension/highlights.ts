// Whether highlights are shown (remembered per workspace, and a `when` context for the menus) and painting the
// controller's latest results into the visible editors.
import * as vscode from 'vscode';
import type { AnalysisController } from './analysisController';
import type { DecorationPainter } from './decorations';

export const HIGHLIGHTS_KEY = 'newsAnnotator.highlightsOn';

export class Highlights {
  private on: boolean;

  constructor(
    private readonly controller: AnalysisController,
    private readonly painter: DecorationPainter,
    private readonly memento: vscode.Memento,
    /** Called after highlights were switched on or off (the status bar says which). */
    private readonly switched: () => void,
  ) {
    this.on = memento.get<boolean>(HIGHLIGHTS_KEY, true);
    void vscode.commands.executeCommand('setContext', HIGHLIGHTS_KEY, this.on);
  }

  get isOn(): boolean {
    return this.on;
  }

  /** Flips highlights; returns whether they are now on. */
  toggle(): boolean {
    this.on = !this.on;
    void this.memento.update(HIGHLIGHTS_KEY, this.on);
    void vscode.commands.executeCommand('setContext', HIGHLIGHTS_KEY, this.on);
    this.paintAll();
    this.switched();
    return this.on;
  }

  paint(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!this.on || !this.controller.isAnnotated(doc)) {
      this.painter.clear(editor);
      return;
    }
    const s = this.controller.state(doc.uri);
    if (s?.result && s.result.version === doc.version)
      void this.painter.paint(editor, s.result.paint, this.controller.settings.highlight, s.result.version);
    else if (!s?.result) this.painter.clear(editor);
    // else: an older result; VS Code has moved its marks along with the edits, the new result repaints them.
  }

  paintAll(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.paint(e));
  }

  /** Repaints the visible editors of one document (its analysis changed). */
  paintDocument(uri: vscode.Uri): void {
    for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === uri.toString()) this.paint(e);
  }
}

// Paints the analysis into editors: one decoration type per kind, theme colours from `contributes.colors`,
// overview-ruler marks, and a tint per speaker. Only results for the editor's current document version are
// painted; while a newer analysis runs, VS Code keeps the old marks aligned with the edits.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { planDecorations, TINT_COUNT, type HighlightOptions, type OffsetRange } from './decorationPlan';

type Kind = 'speaker' | 'directQuote' | 'reportedQuote' | 'place';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`newsAnnotator.${id}`);

function createTypes(): { kinds: Record<Kind, vscode.TextEditorDecorationType>; tints: vscode.TextEditorDecorationType[] } {
  const kind = (name: Kind, lane: vscode.OverviewRulerLane, extra: vscode.DecorationRenderOptions = {}): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      backgroundColor: color(`${name}Background`),
      border: '1px solid',
      borderColor: color(`${name}Border`),
      borderRadius: '2px',
      overviewRulerColor: color(`${name}Ruler`),
      overviewRulerLane: lane,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      ...extra,
    });
  return {
    kinds: {
      speaker: kind('speaker', vscode.OverviewRulerLane.Left, { fontWeight: '600' }),
      directQuote: kind('directQuote', vscode.OverviewRulerLane.Right),
      reportedQuote: kind('reportedQuote', vscode.OverviewRulerLane.Right, { fontStyle: 'italic' }),
      place: kind('place', vscode.OverviewRulerLane.Center),
    },
    tints: Array.from({ length: TINT_COUNT }, (_, i) =>
      vscode.window.createTextEditorDecorationType({
        // An underline in the speaker's colour, drawn as a bottom border so it composes with the kind's background.
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        borderColor: color(`speakerTint${i + 1}`),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    ),
  };
}

export class DecorationPainter implements vscode.Disposable {
  private readonly types = createTypes();

  paint(editor: vscode.TextEditor, analysis: Analysis | undefined, options: HighlightOptions | undefined): void {
    if (!analysis || !options) {
      this.clear(editor);
      return;
    }
    const plan = planDecorations(analysis, options);
    const doc = editor.document;
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const toRanges = (list: OffsetRange[]): vscode.Range[] =>
      list.filter((r) => r.end <= length).map((r) => new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end)));
    editor.setDecorations(this.types.kinds.speaker, toRanges(plan.speaker));
    editor.setDecorations(this.types.kinds.directQuote, toRanges(plan.directQuote));
    editor.setDecorations(this.types.kinds.reportedQuote, toRanges(plan.reportedQuote));
    editor.setDecorations(this.types.kinds.place, toRanges(plan.place));
    plan.tints.forEach((list, i) => editor.setDecorations(this.types.tints[i], toRanges(list)));
  }

  clear(editor: vscode.TextEditor): void {
    for (const t of [...Object.values(this.types.kinds), ...this.types.tints]) editor.setDecorations(t, []);
  }

  dispose(): void {
    for (const t of [...Object.values(this.types.kinds), ...this.types.tints]) t.dispose();
  }
}

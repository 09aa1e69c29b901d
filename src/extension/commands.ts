// The palette commands. Each one says clearly when there is nothing to do instead of failing silently.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import { fileName, type AnalysisController } from './analysisController';
import { shortSummary, stepQuote, quotesInOrder, LineIndex } from './analysisQueries';
import { fileExists, writeFileAtomic } from './atomicWrite';
import { render, toSummary, type ExportFormat } from './exporters';
import { truncate } from './hoverContent';
import type { WhoSaidWhatView } from './panelView';

export interface ExportArgs {
  target?: 'editor' | 'file';
  uri?: vscode.Uri;
  /** For a target file that exists: true replaces it, false leaves it, undefined asks. */
  overwrite?: boolean;
}

export interface ExportResult {
  target: 'editor' | 'file';
  uri: vscode.Uri;
  text: string;
}

export interface StepArgs {
  speakerId?: string;
  /** Offset to search from (hover links pass the hovered mention); default: the cursor. */
  after?: number;
}

const EXPORT_LANGUAGE: Record<ExportFormat, string> = { json: 'json', csv: 'plaintext', markdown: 'markdown' };
const EXPORT_EXTENSION: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };
const EXPORT_FILTER: Record<ExportFormat, Record<string, string[]>> = {
  json: { JSON: ['json'] },
  csv: { CSV: ['csv'] },
  markdown: { Markdown: ['md'] },
};

export class Commands {
  constructor(
    private readonly controller: AnalysisController,
    private readonly panel: WhoSaidWhatView,
    private readonly highlights: { toggle(): boolean },
  ) {}

  register(): vscode.Disposable[] {
    const reg = (id: string, fn: (...args: never[]) => unknown): vscode.Disposable =>
      vscode.commands.registerCommand(id, fn as (...args: unknown[]) => unknown);
    return [
      reg('newsAnnotator.annotate', () => this.annotate()),
      reg('newsAnnotator.toggleHighlights', () => this.toggleHighlights()),
      reg('newsAnnotator.showPanel', (arg?: { speakerId?: unknown }) =>
        this.panel.reveal(typeof arg?.speakerId === 'string' ? arg.speakerId : undefined),
      ),
      reg('newsAnnotator.nextQuote', (arg?: StepArgs) => this.step(1, arg)),
      reg('newsAnnotator.previousQuote', (arg?: StepArgs) => this.step(-1, arg)),
      reg('newsAnnotator.goToSpeaker', () => this.goToSpeaker()),
      reg('newsAnnotator.exportJson', (arg?: ExportArgs) => this.export('json', arg)),
      reg('newsAnnotator.exportCsv', (arg?: ExportArgs) => this.export('csv', arg)),
      reg('newsAnnotator.exportMarkdown', (arg?: ExportArgs) => this.export('markdown', arg)),
      reg('newsAnnotator.copySummary', () => this.copySummary()),
    ];
  }

  async annotate(): Promise<Analysis | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('News Annotator: open a text file to annotate it.');
      return undefined;
    }
    const doc = editor.document;
    const state = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Annotating ${fileName(doc.uri)}` },
      () => this.controller.annotate(doc),
    );
    const analysis = this.controller.currentAnalysis(doc);
    if (state?.status === 'ready' && analysis) {
      const summary = shortSummary(analysis);
      if (analysis.quotes.length === 0) void vscode.window.showInformationMessage(`No quotes found in ${fileName(doc.uri)}.`);
      else vscode.window.setStatusBarMessage(`$(check) News Annotator: ${summary}`, 4000);
    }
    return analysis;
  }

  toggleHighlights(): boolean {
    const on = this.highlights.toggle();
    vscode.window.setStatusBarMessage(`News Annotator: highlights ${on ? 'on' : 'off'}`, 3000);
    return on;
  }

  /** The active article and its up-to-date analysis, or a message saying why there is none. */
  private async current(): Promise<{ doc: vscode.TextDocument; analysis: Analysis } | undefined> {
    const doc = vscode.window.activeTextEditor?.document ?? this.panel.document;
    if (!doc || doc.isClosed) {
      void vscode.window.showInformationMessage('News Annotator: open a news article first.');
      return undefined;
    }
    if (!this.controller.isAnnotated(doc)) {
      const annotate = 'Annotate Current File';
      const answer = await vscode.window.showInformationMessage(`${fileName(doc.uri)} is not annotated.`, annotate);
      if (answer === annotate) await this.annotate();
      return undefined;
    }
    const state = await this.controller.analyseNow(doc);
    const analysis = this.controller.currentAnalysis(doc);
    if (!analysis) {
      const why = state?.message ? `: ${state.message}` : '.';
      void vscode.window.showInformationMessage(`${fileName(doc.uri)} has no analysis${why}`);
      return undefined;
    }
    return { doc, analysis };
  }

  private async editorFor(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
    const active = vscode.window.activeTextEditor;
    if (active?.document === doc) return active;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    return vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn });
  }

  private select(editor: vscode.TextEditor, span: { start: number; end: number }): void {
    const doc = editor.document;
    const range = new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  async step(direction: 1 | -1, arg?: StepArgs): Promise<{ start: number; end: number } | undefined> {
    const cur = await this.current();
    if (!cur) return undefined;
    const speakerId = typeof arg?.speakerId === 'string' ? arg.speakerId : undefined;
    const editor = await this.editorFor(cur.doc);
    const from =
      typeof arg?.after === 'number' && Number.isInteger(arg.after)
        ? arg.after
        : cur.doc.offsetAt(editor.selection.start);
    const found = stepQuote(cur.analysis, from, direction, speakerId);
    if (!found) {
      const whose = speakerId ? ` by ${cur.analysis.speakers.find((s) => s.id === speakerId)?.name ?? 'this speaker'}` : '';
      void vscode.window.showInformationMessage(`No quotes${whose} in ${fileName(cur.doc.uri)}.`);
      return undefined;
    }
    this.select(editor, found.quote);
    if (found.wrapped) {
      vscode.window.setStatusBarMessage(direction === 1 ? 'News Annotator: wrapped to the first quote' : 'News Annotator: wrapped to the last quote', 3000);
    }
    return { start: found.quote.start, end: found.quote.end };
  }

  async goToSpeaker(): Promise<void> {
    const cur = await this.current();
    if (!cur) return;
    const { doc, analysis } = cur;
    if (analysis.speakers.length === 0) {
      void vscode.window.showInformationMessage(`No speakers found in ${fileName(doc.uri)}.`);
      return;
    }
    const quotes = quotesInOrder(analysis);
    type SpeakerItem = vscode.QuickPickItem & { id: string };
    const items: SpeakerItem[] = [...analysis.speakers]
      .map((s) => {
        const n = quotes.filter((q) => q.speakerId === s.id).length;
        return {
          id: s.id,
          label: `$(${s.type === 'person' ? 'person' : s.type === 'organization' ? 'organization' : 'eye-closed'}) ${s.name}`,
          description: [s.role, s.type === 'anonymous' ? 'anonymous source' : s.type].filter(Boolean).join(' · '),
          detail: `${n} ${n === 1 ? 'quote' : 'quotes'} · ${s.mentions.length} ${s.mentions.length === 1 ? 'mention' : 'mentions'}`,
          n,
        };
      })
      .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
    const speaker = await vscode.window.showQuickPick(items, { title: 'Go to Speaker', placeHolder: 'Choose a speaker', matchOnDescription: true });
    if (!speaker) return;
    const editor = await this.editorFor(doc);
    const own = quotes.filter((q) => q.speakerId === speaker.id);
    if (own.length === 0) {
      const first = analysis.speakers.find((s) => s.id === speaker.id)?.mentions[0];
      if (first) this.select(editor, first);
      void vscode.window.showInformationMessage(`${speaker.label.replace(/^\$\([^)]*\) /, '')} has no quotes; showing the first mention.`);
      return;
    }
    const lines = new LineIndex(doc.getText());
    type QuoteItem = vscode.QuickPickItem & { start: number; end: number };
    const quoteItems: QuoteItem[] = own.map((q) => ({
      label: `$(${q.kind === 'direct' ? 'quote' : 'comment'}) ${truncate(q.text, 100)}`,
      description: `${q.kind === 'direct' ? 'direct' : 'reported'}${q.cue ? ` · ${q.cue.text}` : ''} · line ${lines.lineOf(q.start)}`,
      start: q.start,
      end: q.end,
    }));
    const pick = vscode.window.createQuickPick<QuoteItem>();
    pick.title = `Quotes by ${speaker.label.replace(/^\$\([^)]*\) /, '')}`;
    pick.placeholder = 'Choose a quote (the editor previews the highlighted one)';
    pick.items = quoteItems;
    pick.matchOnDescription = true;
    const original = editor.selection;
    let accepted = false;
    pick.onDidChangeActive((active) => active[0] && this.select(editor, active[0]));
    pick.onDidAccept(() => {
      accepted = true;
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      if (chosen) this.select(editor, chosen);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!accepted) {
        editor.selection = original;
        editor.revealRange(original, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      pick.dispose();
    });
    pick.show();
  }

  async export(format: ExportFormat, arg?: ExportArgs): Promise<ExportResult | undefined> {
    const cur = await this.current();
    if (!cur) return undefined;
    const { doc, analysis } = cur;
    if (analysis.quotes.length === 0 && analysis.speakers.length === 0 && analysis.places.length === 0) {
      void vscode.window.showInformationMessage(`Nothing to export: no quotes, speakers or places found in ${fileName(doc.uri)}.`);
      return undefined;
    }
    const text = render(format, { analysis, text: doc.getText(), source: fileName(doc.uri) });
    let target = arg?.target;
    if (target !== 'editor' && target !== 'file') {
      const choice = await vscode.window.showQuickPick(
        [
          { label: '$(new-file) Open in a new editor', target: 'editor' as const },
          { label: '$(save-as) Save to a file…', target: 'file' as const },
        ],
        { title: `Export Who Said What as ${format === 'markdown' ? 'Markdown' : format.toUpperCase()}` },
      );
      if (!choice) return undefined;
      target = choice.target;
    }
    if (target === 'editor') {
      const out = await vscode.workspace.openTextDocument({ language: EXPORT_LANGUAGE[format], content: text });
      await vscode.window.showTextDocument(out, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      return { target, uri: out.uri, text };
    }
    let uri = arg?.uri;
    let askIfExists = true;
    if (!uri) {
      const base = fileName(doc.uri).replace(/\.[^.]+$/, '') || 'article';
      const folder = doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
      uri = await vscode.window.showSaveDialog({
        title: 'Export Who Said What',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `${base}.who-said-what.${EXPORT_EXTENSION[format]}`) : undefined,
        filters: EXPORT_FILTER[format],
      });
      if (!uri) return undefined;
      askIfExists = false; // the save dialog has already asked about replacing
    }
    if (!(await this.mayWrite(uri, arg?.overwrite, askIfExists))) return undefined;
    try {
      if (uri.scheme === 'file') await writeFileAtomic(uri.fsPath, text);
      else await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    } catch (err) {
      void vscode.window.showErrorMessage(err instanceof Error ? err.message : `Could not write ${uri.toString(true)}.`);
      return undefined;
    }
    const open = 'Open';
    void vscode.window.showInformationMessage(`Exported who said what to ${fileName(uri)}.`, open).then((a) => {
      if (a === open) void vscode.window.showTextDocument(uri);
    });
    return { target: 'file', uri, text };
  }

  private async mayWrite(uri: vscode.Uri, overwrite: boolean | undefined, ask: boolean): Promise<boolean> {
    const exists =
      uri.scheme === 'file'
        ? await fileExists(uri.fsPath)
        : await vscode.workspace.fs.stat(uri).then(
            () => true,
            () => false,
          );
    if (!exists || overwrite === true) return true;
    if (overwrite === false) {
      void vscode.window.showInformationMessage(`${fileName(uri)} exists already: not replaced.`);
      return false;
    }
    if (!ask) return true;
    const replace = 'Replace';
    const answer = await vscode.window.showWarningMessage(`${fileName(uri)} already exists. Replace it?`, { modal: true }, replace);
    return answer === replace;
  }

  async copySummary(): Promise<string | undefined> {
    const cur = await this.current();
    if (!cur) return undefined;
    const summary = toSummary({ analysis: cur.analysis, text: cur.doc.getText(), source: fileName(cur.doc.uri) });
    await vscode.env.clipboard.writeText(summary);
    vscode.window.setStatusBarMessage(`$(copy) Copied: ${shortSummary(cur.analysis)}`, 3000);
    return summary;
  }
}

// The palette commands. Each one says clearly when there is nothing to do instead of failing silently.
import { COMMAND_IDS, type CommandName } from '../shared/commandIds';
import * as vscode from 'vscode';
import * as notify from './notify';
import { fileName, type AnalysisController } from './analysisController';
import { summaryOf, type Counts } from '../shared/analysisQueries';
import { plural, speakerDetails } from '../shared/labels';
import { fileExists, writeFileAtomic } from '../shared/atomicWrite';
import { pickText, type CommandAnswer, type CommandKind, type CommandQuery } from '../shared/commandQueries';
import type { ExportFormat } from '../shared/exporters';
import type { WhoSaidWhatView } from './panelView';
import type { AnalysisResult } from '../shared/protocol';

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

/** The active article at the version of its ready result. */
interface Current {
  doc: vscode.TextDocument;
  result: AnalysisResult;
}

type Answered<K extends CommandKind> = Current & { answer: CommandAnswer<K> };

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
    // One handler per entry of COMMAND_IDS: the Record type makes a missing or unknown command a compile error.
    const handlers: Record<CommandName, (...args: never[]) => unknown> = {
      annotate: () => this.annotate(),
      toggleHighlights: () => this.toggleHighlights(),
      showPanel: (arg?: { speakerId?: unknown }) =>
        this.panel.reveal(typeof arg?.speakerId === 'string' ? arg.speakerId : undefined),
      nextQuote: (arg?: StepArgs) => this.step(1, arg),
      previousQuote: (arg?: StepArgs) => this.step(-1, arg),
      goToSpeaker: () => this.goToSpeaker(),
      exportJson: (arg?: ExportArgs) => this.export('json', arg),
      exportCsv: (arg?: ExportArgs) => this.export('csv', arg),
      exportMarkdown: (arg?: ExportArgs) => this.export('markdown', arg),
      copySummary: () => this.copySummary(),
    };
    return (Object.keys(COMMAND_IDS) as CommandName[]).map((name) =>
      vscode.commands.registerCommand(COMMAND_IDS[name], handlers[name] as (...args: unknown[]) => unknown),
    );
  }

  async annotate(): Promise<Counts | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void notify.info('News Annotator: open a text file to annotate it.');
      return undefined;
    }
    const doc = editor.document;
    const state = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: `Annotating ${pickText(fileName(doc.uri))}` },
      () => this.controller.annotate(doc),
    );
    // The counts came with the result: no need to parse the analysis to report them.
    const counts = this.controller.currentResult(doc)?.counts;
    if (state?.status === 'ready' && counts) {
      if (counts.quotes === 0) void notify.info(`No quotes found in ${fileName(doc.uri)}.`);
      else vscode.window.setStatusBarMessage(`$(check) News Annotator: ${summaryOf(counts)}`, 4000);
    }
    return counts;
  }

  toggleHighlights(): boolean {
    const on = this.highlights.toggle();
    vscode.window.setStatusBarMessage(`News Annotator: highlights ${on ? 'on' : 'off'}`, 3000);
    return on;
  }

  /** The active article and its up-to-date result, or a message saying why there is none. */
  private async current(): Promise<Current | undefined> {
    const doc = vscode.window.activeTextEditor?.document ?? this.panel.document;
    if (!doc || doc.isClosed) {
      void notify.info('News Annotator: open a news article first.');
      return undefined;
    }
    if (!this.controller.isAnnotated(doc)) {
      const annotate = 'Annotate Current File';
      const answer = await notify.info(`${fileName(doc.uri)} is not annotated.`, annotate);
      if (answer === annotate) await this.annotate();
      return undefined;
    }
    const state = await this.controller.analyseNow(doc);
    const result = this.controller.currentResult(doc);
    if (!result) {
      const why = state?.message
        ? `: ${state.message}`
        : state?.status === 'pending'
          ? ': it is still being analysed.'
          : '.';
      void notify.info(`${fileName(doc.uri)} has no analysis${why}`);
      return undefined;
    }
    return { doc, result };
  }

  /**
   * Asks the worker a question about the active article (computed on the host only if the worker cannot answer).
   * An answer for a version the document has left is dropped and the question made again (`make` reads the cursor
   * anew) about the new version, so nothing is ever applied to text it was not computed for.
   */
  private async ask<K extends CommandKind>(
    make: (cur: Current) => CommandQuery<K>,
    from?: Current,
  ): Promise<Answered<K> | undefined> {
    let cur = from;
    for (let attempt = 0; attempt < 3; attempt++) {
      cur ??= await this.current();
      if (!cur) return undefined;
      const { doc, result } = cur;
      const answer = await result.command(
        make(cur),
        () => doc.getText(),
        () => isAt(doc, result.version),
      );
      if (answer !== undefined) return { ...cur, answer };
      cur = undefined;
    }
    void notify.info('News Annotator: the article kept changing; try again once the edits settle.');
    return undefined;
  }

  private async editorFor(doc: vscode.TextDocument): Promise<vscode.TextEditor> {
    const active = vscode.window.activeTextEditor;
    if (active?.document === doc) return active;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    return vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn });
  }

  /** Selects `span`, computed for version `version`; false (nothing selected) when the document has left it. */
  private select(editor: vscode.TextEditor, span: { start: number; end: number }, version: number): boolean {
    const doc = editor.document;
    if (!isAt(doc, version)) return false;
    const range = new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  private changed(doc: vscode.TextDocument): void {
    void notify.info(`${fileName(doc.uri)} changed meanwhile: run the command again.`);
  }

  async step(direction: 1 | -1, arg?: StepArgs): Promise<{ start: number; end: number } | undefined> {
    const cur = await this.current();
    if (!cur) return undefined;
    const speakerId = typeof arg?.speakerId === 'string' ? arg.speakerId : undefined;
    const editor = await this.editorFor(cur.doc);
    const after = typeof arg?.after === 'number' && Number.isInteger(arg.after) ? arg.after : undefined;
    const found = await this.ask(
      (c) => ({ what: 'step', from: after ?? c.doc.offsetAt(editor.selection.start), direction, speakerId }),
      cur,
    );
    if (!found) return undefined;
    const { answer, doc, result } = found;
    if (!answer.quote) {
      const whose = speakerId ? ` by ${answer.speakerName ?? 'this speaker'}` : '';
      void notify.info(`No quotes${whose} in ${fileName(doc.uri)}.`);
      return undefined;
    }
    if (editor.document !== doc || !this.select(editor, answer.quote, result.version)) {
      this.changed(doc);
      return undefined;
    }
    if (answer.wrapped) {
      vscode.window.setStatusBarMessage(
        direction === 1 ? 'News Annotator: wrapped to the first quote' : 'News Annotator: wrapped to the last quote',
        3000,
      );
    }
    return answer.quote;
  }

  async goToSpeaker(): Promise<void> {
    const picked = await this.ask(() => ({ what: 'speakers' }));
    if (!picked) return;
    const { doc, answer: speakers } = picked;
    if (speakers.length === 0) {
      void notify.info(`No speakers found in ${fileName(doc.uri)}.`);
      return;
    }
    type SpeakerItem = vscode.QuickPickItem & { id: string; name: string };
    const items: SpeakerItem[] = speakers.map((s) => ({
      id: s.id,
      name: s.name,
      label: `$(${s.type === 'person' ? 'person' : s.type === 'organization' ? 'organization' : 'eye-closed'}) ${pickText(s.name)}`,
      description: pickText(speakerDetails(s).join(' · ')),
      detail: `${plural(s.quotes, 'quote', 'quotes')} · ${plural(s.mentions, 'mention', 'mentions')}`,
    }));
    const speaker = await vscode.window.showQuickPick(items, {
      title: 'Go to Speaker',
      placeHolder: 'Choose a speaker',
      matchOnDescription: true,
    });
    if (!speaker) return;
    // Asked about the document as it is now: it may have been edited while the pick was open.
    const own = await this.ask(() => ({ what: 'speakerQuotes', speakerId: speaker.id }));
    if (!own) return;
    if (!own.answer || own.doc !== doc) {
      void notify.info(`${speaker.name} is no longer a speaker in ${fileName(doc.uri)}.`);
      return;
    }
    const { answer, result } = own;
    const editor = await this.editorFor(doc);
    if (answer.quotes.length === 0) {
      if (answer.firstMention) this.select(editor, answer.firstMention, result.version);
      void notify.info(`${answer.name} has no quotes; showing the first mention.`);
      return;
    }
    type QuoteItem = vscode.QuickPickItem & { start: number; end: number };
    const quoteItems: QuoteItem[] = answer.quotes.map((q) => ({
      label: `$(${q.kind === 'direct' ? 'quote' : 'comment'}) ${pickText(q.text)}`,
      description: `${q.kind}${q.cue ? ` · ${pickText(q.cue)}` : ''} · line ${q.line}`,
      start: q.start,
      end: q.end,
    }));
    const pick = vscode.window.createQuickPick<QuoteItem>();
    pick.title = `Quotes by ${pickText(answer.name)}`;
    pick.placeholder = 'Choose a quote (the editor previews the highlighted one)';
    pick.items = quoteItems;
    pick.matchOnDescription = true;
    const original = editor.selection;
    let accepted = false;
    // The offsets belong to `result.version`: once the article is edited, the preview stops rather than mis-selecting.
    pick.onDidChangeActive((active) => active[0] && this.select(editor, active[0], result.version));
    pick.onDidAccept(() => {
      accepted = true;
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      if (chosen && !this.select(editor, chosen, result.version)) this.changed(doc);
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!accepted && isAt(doc, result.version)) {
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
    const { doc, result } = cur;
    const c = result.counts; // known without parsing the analysis
    if (c.quotes === 0 && c.speakers === 0 && c.places === 0) {
      void notify.info(`Nothing to export: no quotes, speakers or places found in ${fileName(doc.uri)}.`);
      return undefined;
    }
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
    // Rendered by the worker after the choice, so an edit made while the pick was open is in the export.
    const source = fileName(doc.uri);
    const rendered = await this.ask(
      () => ({ what: 'export', format, source }),
      isAt(doc, result.version) ? cur : undefined,
    );
    if (!rendered) return undefined;
    const { text, bytes } = rendered.answer;
    if (target === 'editor') {
      const out = await vscode.workspace.openTextDocument({ language: EXPORT_LANGUAGE[format], content: text });
      this.controller.markGenerated(out.uri); // an export is not an article: never annotated, never in the panel
      await vscode.window.showTextDocument(out, { preview: false, viewColumn: vscode.ViewColumn.Beside });
      return { target, uri: out.uri, text };
    }
    let uri = arg?.uri;
    let askIfExists = true;
    if (!uri) {
      const base = fileName(doc.uri).replace(/\.[^.]+$/, '') || 'article';
      const folder =
        doc.uri.scheme === 'file' ? vscode.Uri.joinPath(doc.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
      uri = await vscode.window.showSaveDialog({
        title: 'Export Who Said What',
        defaultUri: folder
          ? vscode.Uri.joinPath(folder, `${base}.who-said-what.${EXPORT_EXTENSION[format]}`)
          : undefined,
        filters: EXPORT_FILTER[format],
      });
      if (!uri) return undefined;
      askIfExists = false; // the save dialog has already asked about replacing
    }
    if (!(await this.mayWrite(uri, arg?.overwrite, askIfExists))) return undefined;
    try {
      // The worker's UTF-8 bytes when it sent them: encoding megabytes again here would stall the main thread.
      if (uri.scheme === 'file') await writeFileAtomic(uri.fsPath, bytes ?? text);
      else await vscode.workspace.fs.writeFile(uri, bytes ?? Buffer.from(text, 'utf8'));
    } catch (err) {
      void notify.error(err instanceof Error ? err.message : `Could not write ${uri.toString(true)}.`);
      return undefined;
    }
    const open = 'Open';
    void notify.info(`Exported who said what to ${fileName(uri)}.`, open).then((a) => {
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
      void notify.info(`${fileName(uri)} exists already: not replaced.`);
      return false;
    }
    if (!ask) return true;
    const replace = 'Replace';
    const answer = await notify.warnModal(`${fileName(uri)} already exists. Replace it?`, replace);
    return answer === replace;
  }

  async copySummary(): Promise<string | undefined> {
    const cur = await this.current();
    if (!cur) return undefined;
    const c = cur.result.counts;
    if (c.quotes === 0 && c.speakers === 0 && c.places === 0) {
      void notify.info(`Nothing to copy: no quotes, speakers or places found in ${fileName(cur.doc.uri)}.`);
      return undefined;
    }
    const summary = await this.ask((at) => ({ what: 'summary', source: fileName(at.doc.uri) }), cur);
    if (!summary) return undefined;
    await vscode.env.clipboard.writeText(summary.answer.text);
    vscode.window.setStatusBarMessage(`$(copy) Copied: ${summary.answer.short}`, 3000);
    return summary.answer.text;
  }
}

/** True while `doc` is open at `version`. */
function isAt(doc: vscode.TextDocument, version: number): boolean {
  return !doc.isClosed && doc.version === version;
}

// The "Who Said What" webview view: follows the active article and shows its speakers, quotes and places.
// Security: strict CSP (nothing remote, scripts only with a per-load nonce, styles and fonts only from the
// extension), article text is sent as data and inserted with textContent by the webview, and every message coming
// back is validated before use.
import { COMMAND_IDS } from '../shared/commandIds';
import * as vscode from 'vscode';
import { webviewHtml } from './webviewHtml';
import type { AnalysisController } from './analysisController';
import { fileName } from './analysisController';
import { isStale } from './analysisState';
import { parseWebviewMessage, type ToWebview } from '../shared/panelProtocol';
import type { AnalysisResult } from '../shared/protocol';

export const VIEW_ID = 'newsAnnotator.whoSaidWhat';

export class WhoSaidWhatView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  /** The document the panel shows: the active editor's, kept while focus is in a non-editor part. */
  private doc: vscode.TextDocument | undefined;
  private pendingFocus: string | undefined;
  private lastPosted:
    | { key: unknown; updating: boolean; tints?: boolean; lowConfidence?: number; stale?: string; gender?: boolean }
    | undefined;
  /** The document whose state was posted last. */
  private postedFor: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** Messages posted to the webview, newest last (the in-host tests read it). */
  readonly posted: ToWebview[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly controller: AnalysisController,
  ) {
    this.doc = vscode.window.activeTextEditor?.document;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) {
          this.doc = editor.document;
          this.update();
        }
      }),
      controller.onDidChangeState((uri) => {
        if (this.doc && uri.toString() === this.doc.uri.toString()) this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.doc) {
          this.doc = vscode.window.activeTextEditor?.document;
          this.update();
        }
      }),
    );
  }

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.lastPosted = undefined;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    view.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media, dist] };
    view.webview.html = this.html(view.webview);
    view.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw), undefined, this.disposables);
    view.onDidChangeVisibility(
      () => {
        if (view.visible) {
          this.lastPosted = undefined;
          this.update();
        }
      },
      undefined,
      this.disposables,
    );
    view.onDidDispose(
      () => {
        if (this.view === view) this.view = undefined;
      },
      undefined,
      this.disposables,
    );
  }

  /** Shows the panel, optionally scrolled to one speaker. */
  async reveal(speakerId?: string): Promise<void> {
    this.pendingFocus = speakerId;
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
    this.update();
  }

  update(): void {
    if (!this.view?.visible) return; // drawn again when it becomes visible
    const message = this.stateMessage();
    if (message) this.post(message);
    if (this.pendingFocus) {
      this.post({ type: 'focusSpeaker', speakerId: this.pendingFocus });
      this.pendingFocus = undefined;
    }
  }

  /**
   * The message that brings the webview up to date with the shown document; undefined while the model of a new
   * result is being fetched from the worker and something is already on screen (it is posted once it arrives).
   */
  stateMessage(): ToWebview | undefined {
    const doc = this.doc;
    if (!doc || doc.isClosed)
      return { type: 'state', state: { status: 'idle', message: 'Open a news article to see who said what.' } };
    const name = fileName(doc.uri);
    if (!this.controller.isAnnotated(doc)) {
      return {
        type: 'state',
        state: { status: 'idle', message: `${name} is not annotated. Run "Annotate Current File" to analyse it.` },
      };
    }
    const s = this.controller.state(doc.uri);
    // Judged by the result's own version: after a failed run the state holds the previous result under the new one.
    if (s?.result && s.result.version === doc.version) return this.model(s.result, false, name);
    // The current version failed: the last good result stays on screen, marked stale (never "No quotes found").
    if (s?.result && isStale(s)) return this.model(s.result, false, name, s.message ?? 'the analysis failed');
    if (s?.status === 'skipped' || s?.status === 'declined' || s?.status === 'error') {
      return { type: 'state', state: { status: 'skipped', fileName: name, message: s.message ?? 'Not analysed.' } };
    }
    if (s?.result && s.version !== undefined) {
      // Re-analysing after an edit: keep the previous result on screen (no flicker on every keystroke), marked as
      // updating; its offsets carry the old version, so a click on it is refused rather than mis-selecting.
      return this.model(s.result, true, name);
    }
    return { type: 'state', state: { status: 'loading', fileName: name } };
  }

  private model(result: AnalysisResult, updating: boolean, name: string, stale?: string): ToWebview | undefined {
    const bytes = result.panelBytesIfReady;
    // The worker's model always carries tints; the webview drops them when the setting is off (the bytes stay as is).
    const settings = this.controller.settings;
    if (bytes !== undefined)
      return {
        type: 'model',
        bytes,
        updating,
        tints: settings.highlight.speakerTints,
        lowConfidence: settings.highlight.lowConfidence,
        stale,
        gender: settings.auditGender,
      };
    void result.panelBytes().then((fetched) => {
      if (fetched !== undefined) this.update(); // posts it if this result is still the one to show
    });
    // Meanwhile this document's previous model stays on screen; another document's does not.
    const showingThisDoc = this.lastPosted !== undefined && this.postedFor === this.doc?.uri.toString();
    return showingThisDoc ? undefined : { type: 'state', state: { status: 'loading', fileName: name } };
  }

  private post(message: ToWebview): void {
    if (!this.view) return;
    if (message.type === 'model') {
      // The same model again (a state event that changed nothing on screen, or only the updating mark): no repost.
      const last = this.lastPosted;
      if (
        last?.key === message.bytes &&
        last.tints === message.tints &&
        last.lowConfidence === message.lowConfidence &&
        last.stale === message.stale &&
        last.gender === message.gender
      ) {
        if (last.updating === message.updating) return;
        this.lastPosted = { ...last, updating: message.updating };
        message = { type: 'updating', updating: message.updating };
      } else {
        this.lastPosted = {
          key: message.bytes,
          updating: message.updating,
          tints: message.tints,
          lowConfidence: message.lowConfidence,
          stale: message.stale,
          gender: message.gender,
        };
      }
    } else if (message.type === 'state') {
      const key = JSON.stringify(message.state);
      if (this.lastPosted?.key === key) return;
      this.lastPosted = { key, updating: false };
    }
    this.postedFor = this.doc?.uri.toString();
    this.posted.push(message);
    if (this.posted.length > 10) this.posted.splice(0, this.posted.length - 10);
    void this.view.webview.postMessage(message);
  }

  /** Handles a (validated) message from the webview. Public so tests can drive it like the webview does. */
  async onMessage(raw: unknown): Promise<boolean> {
    const doc = this.doc;
    const length = doc && !doc.isClosed ? doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end) : undefined;
    const message = parseWebviewMessage(raw, length);
    if (!message) return false;
    switch (message.type) {
      case 'ready':
        this.lastPosted = undefined;
        this.update();
        return true;
      case 'annotate':
        await vscode.commands.executeCommand(COMMAND_IDS.annotate);
        return true;
      case 'reveal': {
        if (!doc || doc.version !== message.version) {
          // The article changed since the panel was drawn: its offsets may point elsewhere now.
          this.update();
          return false;
        }
        const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
        const editor = await vscode.window.showTextDocument(doc, {
          viewColumn: visible?.viewColumn,
          preserveFocus: false,
        });
        const range = new vscode.Range(doc.positionAt(message.start), doc.positionAt(message.end));
        editor.selection = new vscode.Selection(range.start, range.end);
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return true;
      }
      case 'correct': {
        // The panel's keyboard: the same commands as its context menu, about the focused row.
        const { command, offset, speakerId, annotationId } = message;
        return (await vscode.commands.executeCommand<boolean>(command, { offset, speakerId, annotationId })) === true;
      }
    }
  }

  private html(webview: vscode.Webview): string {
    return webviewHtml(webview, this.extensionUri, {
      title: 'Who Said What',
      css: 'panel.css',
      script: 'webview.js',
      body: '<div id="app" role="main"></div>',
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

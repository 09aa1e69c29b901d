// Decides which documents are analysed and when, and keeps the newest valid result per document.
// - Documents in `newsAnnotator.languages` are analysed when shown and again (debounced) after each edit; any
//   other document only after "Annotate Current File".
// - A result is kept only if it was computed for the document's current version: stale results are dropped.
// - Files over `newsAnnotator.maxFileSizeKB` are analysed only after the user agrees.
import * as vscode from 'vscode';
import * as notify from './notify';
import type { AnalysisPass } from '../core/analyze';
import type { Analysis } from '../core/types';
import { AnalysisClient } from './analysisClient';
import type { AnalysisResult } from '../shared/protocol';
import type { DocState } from './analysisState';
import { readSettings, type Settings } from './settings';
import type { Sidecar } from '../shared/annotations/types';

/** Where the controller gets a document's human annotations (the AnnotationStore; none in some tests). */
export interface AnnotationSource {
  /** The sidecar to apply, undefined when there is none (or it is broken: then the machine's analysis shows). */
  get(uri: vscode.Uri): Promise<Sidecar | undefined>;
  /** Changes whenever the document's annotations change, so a result made with older ones is re-made. */
  stamp(uri: vscode.Uri): number;
}

export type { DocState, DocStatus } from './analysisState';

/** Schemes whose documents are VS Code's own panes (output, debug console, diffs of git objects …), never articles. */
const IGNORED_SCHEMES = new Set([
  'output',
  'debug',
  'vscode-scm',
  'git',
  'vscode-terminal',
  'comment',
  'vscode-notebook-cell',
]);

/**
 * Not articles, though their language may be annotated: exports (opened in an editor, or saved as
 * `name.who-said-what.md`), and untitled plain-text and Markdown documents, which other tools open for their
 * output (logs, diffs, chat answers). An untitled *News Article* is the user's choice and is annotated.
 */
function isGenerated(doc: vscode.TextDocument, madeHere: boolean): boolean {
  if (madeHere || /\.who-said-what\.[a-z]+$/i.test(doc.uri.path)) return true;
  return doc.uri.scheme === 'untitled' && doc.languageId !== 'news-article';
}

const NEVER_ASK_KEY = 'newsAnnotator.sizeNeverAsk';
const NEVER_ASK_MAX = 200;

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

export class AnalysisController implements vscode.Disposable {
  private client: AnalysisClient | undefined;
  private readonly states = new Map<string, DocState>();
  /** Documents the user annotated on demand although their language is not in the settings. */
  private readonly forced = new Set<string>();
  /** Documents this extension generated (exports opened in an editor). */
  private readonly generated = new Set<string>();
  /** Documents over the size limit the user agreed to analyse (true) or declined (false). */
  private readonly sizeConsent = new Map<string, boolean>();
  private readonly asking = new Set<string>();
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; done: Deferred }>();
  private readonly running = new Map<string, Promise<void>>();
  /** Documents whose analysis failure the user was already told about: shown once, until an analysis succeeds. */
  private readonly failureShown = new Set<string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [];
  settings: Settings = readSettings();

  /** Fires when a document's state changes (new result, pending, skipped …). */
  readonly onDidChangeState = this.changed.event;

  constructor(
    private readonly workerPath: string,
    private readonly log: vscode.LogOutputChannel,
    /** Where "Don't Ask Again for This File" is remembered (the workspace state: it outlives the session). */
    private readonly memory?: vscode.Memento,
    private readonly annotations?: AnnotationSource,
  ) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isAnnotated(e.document)) return;
        this.markPending(e.document);
        this.schedule(e.document, this.settings.debounceMs);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.analyseVisible(editors)),
    );
  }

  /** True when this document is (to be) annotated. */
  isAnnotated(doc: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(doc.uri.scheme)) return false;
    const key = doc.uri.toString();
    if (this.forced.has(key)) return true;
    if (!this.settings.languages.includes(doc.languageId)) return false;
    return !isGenerated(doc, this.generated.has(key));
  }

  /**
   * A document this extension made (an export opened in a new editor): never analysed on its own, or the panel
   * would switch to it and list its lines as quotes. "Annotate Current File" still works on it.
   */
  markGenerated(uri: vscode.Uri): void {
    this.generated.add(uri.toString());
  }

  state(uri: vscode.Uri): DocState | undefined {
    return this.states.get(uri.toString());
  }

  /**
   * The prepared result for the document's current version, if one is ready (no parsing). Judged by the result's
   * own version: after a failed run the state keeps the previous result under the new version number.
   */
  currentResult(doc: vscode.TextDocument): AnalysisResult | undefined {
    const result = this.states.get(doc.uri.toString())?.result;
    return result?.version === doc.version ? result : undefined;
  }

  /** True when `s` holds the analysis of the document's current text with its current annotations. */
  private upToDate(s: DocState | undefined, doc: vscode.TextDocument): boolean {
    return s !== undefined && s.version === doc.version && (s.stamp ?? 0) === (this.annotations?.stamp(doc.uri) ?? 0);
  }

  /** The document's annotations changed (a correction, undo, a `git pull`): analyse it again with them. */
  annotationsChanged(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc || !this.isAnnotated(doc) || !this.states.has(uri.toString())) return;
    this.schedule(doc, 0);
  }

  /** The newest valid analysis of a URI (any version). */
  latestAnalysis(uri: vscode.Uri): Analysis | undefined {
    return this.states.get(uri.toString())?.result?.analysis;
  }

  /** Analyses visible annotated documents that have no up-to-date result yet. */
  analyseVisible(editors: readonly vscode.TextEditor[] = vscode.window.visibleTextEditors): void {
    for (const e of editors) {
      const doc = e.document;
      if (!this.isAnnotated(doc)) continue;
      const s = this.states.get(doc.uri.toString());
      if (s && (this.upToDate(s, doc) || s.status === 'declined' || s.status === 'skipped') && s.status !== 'pending')
        continue;
      if (this.timers.has(doc.uri.toString()) || this.running.has(doc.uri.toString())) continue;
      this.schedule(doc, 0);
    }
  }

  /** Settings changed: forget documents no longer annotated, analyse newly annotated ones. */
  reloadSettings(): void {
    const before = this.settings;
    this.settings = readSettings();
    if (before.maxFileSizeKB !== this.settings.maxFileSizeKB) {
      for (const [key, s] of this.states) if (s.status === 'declined') this.states.delete(key);
    }
    for (const doc of vscode.workspace.textDocuments) {
      if (!this.isAnnotated(doc) && this.states.has(doc.uri.toString())) this.forget(doc.uri);
    }
    this.analyseVisible();
  }

  /**
   * "Annotate Current File": annotates any document, now, and explains problems (binary, empty, declined size)
   * instead of staying quiet.
   */
  async annotate(doc: vscode.TextDocument): Promise<DocState | undefined> {
    const key = doc.uri.toString();
    this.forced.add(key);
    if (this.sizeConsent.get(key) === false) this.sizeConsent.delete(key); // asking explicitly: ask again
    const state = await this.analyseNow(doc, true);
    return state;
  }

  /**
   * Makes sure the document's current version is analysed (skipping the debounce) and returns its state.
   * `explicit`: the user asked for it, so problems are reported in a message.
   */
  async analyseNow(doc: vscode.TextDocument, explicit = false): Promise<DocState | undefined> {
    if (!this.isAnnotated(doc)) return undefined;
    const key = doc.uri.toString();
    for (let attempt = 0; attempt < 5; attempt++) {
      const s = this.states.get(key);
      const retryDeclined = explicit && attempt === 0 && (s?.status === 'declined' || s?.status === 'error');
      if (s && this.upToDate(s, doc) && s.status !== 'pending' && !retryDeclined) break;
      const timer = this.timers.get(key);
      if (timer) {
        clearTimeout(timer.timer);
        this.timers.delete(key);
        timer.done.resolve();
      }
      const running = this.running.get(key);
      if (running) {
        await running;
        continue;
      }
      await this.run(doc, explicit);
      if (doc.isClosed) return undefined;
    }
    const s = this.states.get(key);
    if (explicit && s) this.explain(doc, s);
    return s;
  }

  /** Resolves once no analysis is scheduled or running. */
  async whenIdle(): Promise<void> {
    for (;;) {
      const pending = [...[...this.timers.values()].map((t) => t.done.promise), ...this.running.values()];
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  }

  private markPending(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const s = this.states.get(key);
    if (s && s.status !== 'pending' && s.status !== 'declined') {
      this.states.set(key, { ...s, status: 'pending' });
      this.changed.fire(doc.uri);
    }
  }

  private schedule(doc: vscode.TextDocument, delayMs: number): void {
    const key = doc.uri.toString();
    const previous = this.timers.get(key);
    if (previous) {
      clearTimeout(previous.timer);
      previous.done.resolve();
    }
    const done = deferred();
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (doc.isClosed) {
        done.resolve();
        return;
      }
      void this.run(doc, false).finally(done.resolve);
    }, delayMs);
    this.timers.set(key, { timer, done });
  }

  private run(doc: vscode.TextDocument, explicit: boolean): Promise<void> {
    const key = doc.uri.toString();
    const existing = this.running.get(key);
    if (existing) {
      // One run per document at a time; the change that arrives meanwhile schedules the next one.
      return existing.then(() => (this.upToDate(this.states.get(key), doc) ? undefined : this.run(doc, explicit)));
    }
    const job = this.runOnce(doc, explicit).finally(() => {
      if (this.running.get(key) === job) this.running.delete(key);
    });
    this.running.set(key, job);
    return job;
  }

  private async runOnce(doc: vscode.TextDocument, explicit: boolean): Promise<void> {
    const key = doc.uri.toString();
    const version = doc.version;
    const text = doc.getText();
    const limit = this.settings.maxFileSizeKB * 1024;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limit && this.sizeConsent.get(key) !== true) {
      const declined: DocState = {
        status: 'declined',
        version,
        stamp: this.annotations?.stamp(doc.uri) ?? 0,
        reason: 'too-large',
        message: `${describeSize(bytes)}: over the ${describeSize(limit)} limit (newsAnnotator.maxFileSizeKB). Run "Annotate Current File" to analyse it anyway.`,
      };
      if (!explicit) {
        this.setState(doc.uri, declined);
        // Not awaited: a pending question must not hold up whenIdle() or later edits.
        if (this.sizeConsent.get(key) !== false && !this.neverAsk().includes(key))
          void this.askAboutSize(doc, bytes, limit, false);
        return;
      }
      if (!(await this.askAboutSize(doc, bytes, limit, true))) {
        this.setState(doc.uri, declined);
        return;
      }
      if (doc.version !== version) return; // edited while the question was open: the change schedules a new run
    }
    const previous = this.states.get(key);
    this.setState(doc.uri, { ...previous, status: 'pending' });
    const stamp = this.annotations?.stamp(doc.uri) ?? 0;
    const sidecar = await this.annotations?.get(doc.uri);
    const outcome = await this.getClient().analyze(key, version, text, fileName(doc.uri), sidecar);
    if (doc.isClosed || !this.states.has(key)) return;
    if (outcome.version !== doc.version) {
      // The document changed while the worker was busy: this result is stale and is never shown.
      return;
    }
    switch (outcome.status) {
      case 'ok':
        this.log.debug(`analysed ${doc.uri.toString(true)} v${version} in ${outcome.ms.toFixed(1)} ms`);
        this.failureShown.delete(key);
        this.setState(doc.uri, { status: 'ready', result: outcome.result, version, stamp });
        break;
      case 'skipped':
        this.log.info(`not analysed ${doc.uri.toString(true)}: ${outcome.message}`);
        this.setState(doc.uri, { status: 'skipped', version, stamp, reason: outcome.reason, message: outcome.message });
        break;
      case 'error':
        // The last good result stays, marked stale by the status bar and the panel: a failure never clears them.
        this.setState(doc.uri, { status: 'error', version, stamp, message: outcome.message, result: previous?.result });
        this.reportFailure(doc, outcome.message, outcome.stack, explicit);
        break;
      case 'superseded':
        break;
    }
  }

  /**
   * Logs a failed analysis with its stack and, when the analysis itself threw (`stack`), tells the user once per
   * document (again only after a success, or when they ask with "Annotate Current File"). A worker that died is
   * reported by onFailure instead, once for all documents.
   */
  private reportFailure(doc: vscode.TextDocument, message: string, stack: string | undefined, explicit: boolean): void {
    const key = doc.uri.toString();
    this.log.error(`analysis of ${doc.uri.toString(true)} v${doc.version} failed: ${stack ?? message}`);
    if (stack === undefined && !explicit) return;
    if (this.failureShown.has(key) && !explicit) return;
    this.failureShown.add(key);
    this.failureEvents.shown++;
    const kept = this.states.get(key)?.result ? ' The highlights are from the last analysis that worked.' : '';
    const showLog = 'Show Log';
    void notify
      .error(`News Annotator could not analyse ${fileName(doc.uri)}: ${message.replace(/\.$/, '')}.${kept}`, showLog)
      .then((answer) => {
        if (answer === showLog) this.log.show(true);
      });
  }

  /** Analysis failures shown to the user (for the in-host tests). */
  readonly failureEvents = { shown: 0 };

  /** Asks once at a time per document; `modal` when the user explicitly asked for this file. */
  private async askAboutSize(doc: vscode.TextDocument, bytes: number, limit: number, modal: boolean): Promise<boolean> {
    const key = doc.uri.toString();
    if (this.asking.has(key)) return false;
    this.asking.add(key);
    try {
      const analyse = 'Analyse Anyway';
      const never = "Don't Ask Again for This File";
      const question = `${fileName(doc.uri)} is ${describeSize(bytes)}, over the News Annotator limit of ${describeSize(limit)}. Analyse it anyway?`;
      const answer = modal ? await notify.warnModal(question, analyse) : await notify.warn(question, analyse, never);
      const agreed = answer === analyse;
      this.sizeConsent.set(key, agreed);
      if (answer === never) await this.rememberNeverAsk(key);
      if (agreed && !modal && !doc.isClosed) this.schedule(doc, 0);
      return agreed;
    } finally {
      this.asking.delete(key);
    }
  }

  /** Files whose size question the user asked never to see again; "Annotate Current File" still asks. */
  private neverAsk(): string[] {
    const list = this.memory?.get<unknown>(NEVER_ASK_KEY);
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  }

  private async rememberNeverAsk(key: string): Promise<void> {
    // Newest last, bounded: the workspace state is not meant for unbounded lists.
    const list = [...this.neverAsk().filter((k) => k !== key), key].slice(-NEVER_ASK_MAX);
    await this.memory?.update(NEVER_ASK_KEY, list);
  }

  private explain(doc: vscode.TextDocument, s: DocState): void {
    const name = fileName(doc.uri);
    if (s.status === 'skipped') {
      if (s.reason === 'empty') void notify.info(`${name} is empty: nothing to annotate.`);
      else void notify.warn(`${name} was not annotated: ${s.message ?? 'it does not look like text'}`);
    }
    // an error was shown by reportFailure, with its "Show Log" button
  }

  private setState(uri: vscode.Uri, state: DocState): void {
    this.states.set(uri.toString(), state);
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const timer = this.timers.get(key);
    if (timer) {
      clearTimeout(timer.timer);
      this.timers.delete(key);
      timer.done.resolve();
    }
    this.states.delete(key);
    this.failureShown.delete(key);
    this.forced.delete(key);
    this.generated.delete(key);
    this.sizeConsent.delete(key);
    this.client?.forget(key);
    this.changed.fire(uri);
  }

  private getClient(): AnalysisClient {
    if (!this.client) {
      this.client = new AnalysisClient({
        workerPath: this.workerPath,
        resourceLimits: { maxOldGenerationSizeMb: 2048 },
        onRestart: (reason) => {
          this.workerEvents.restarts++;
          this.log.warn(`analysis worker crashed (${reason}); restarted it`);
        },
        onFailure: (reason) => {
          this.workerEvents.failures++;
          this.log.error(reason);
          const restart = 'Restart Analysis';
          void notify
            .error(`News Annotator: ${reason} Analysis is off until you restart it.`, restart)
            .then((answer) => {
              if (answer === restart) this.restartAnalysis();
            });
        },
      });
      this.client.injectFaultForTests(this.faultForTests);
    }
    return this.client;
  }

  /** How often the worker was restarted after a crash, and how often it failed for good (reported to the user). */
  readonly workerEvents = { restarts: 0, failures: 0 };

  /** True once the worker failed for good (until restartAnalysis). */
  get analysisFailed(): boolean {
    return this.client?.failed === true;
  }

  /** After a final worker failure: a fresh worker, and the visible articles analysed again. */
  restartAnalysis(): void {
    this.client?.dispose();
    this.client = undefined;
    for (const [key, s] of this.states)
      if (s.status === 'error') this.states.set(key, { ...s, status: 'pending', version: undefined });
    this.analyseVisible();
  }

  /** For the in-host tests only: makes pass `fault` of every later analysis throw (undefined: no more faults). */
  injectFaultForTests(fault: AnalysisPass | undefined): void {
    this.faultForTests = fault;
    this.client?.injectFaultForTests(fault);
  }
  private faultForTests: AnalysisPass | undefined;

  /** For the in-host tests only: crashes the analysis worker (see AnalysisClient.crashWorkerForTests). */
  crashWorkerForTests(): boolean {
    return this.client?.crashWorkerForTests() ?? false;
  }

  dispose(): void {
    for (const t of this.timers.values()) {
      clearTimeout(t.timer);
      t.done.resolve();
    }
    this.timers.clear();
    this.client?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function fileName(uri: vscode.Uri): string {
  const base = uri.path.split('/').pop();
  return base && base.length > 0 ? base : uri.toString(true);
}

export function describeSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

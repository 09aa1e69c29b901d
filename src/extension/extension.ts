// Entry point. Activation only wires things up: no NLP is loaded here (the worker loads the core on first use),
// so activating costs a few milliseconds.
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { AnalysisPass } from '../core/analyze';
import { AnalysisController, type DocStatus } from './analysisController';
import { CheckActionProvider, registerCheckCommands } from './checkActions';
import { CheckDiagnostics } from './checkDiagnostics';
import { ArticleWrap } from './articleWrap';
import { AnnotationStore } from './corrections/annotationStore';
import { registerBratCommands } from './brat/registerBrat';
import { CorrectionActionProvider } from './corrections/codeActions';
import { registerCorrections } from './corrections/index';
import { Commands } from './commands';
import { DecorationPainter } from './decorations';
import { WhoSaidWhatView, VIEW_ID } from './panelView';
import { ArticleHoverProvider, ArticleSymbolProvider } from './providers';
import { ArticleStatusBar } from './statusBar';
import { readSettings, type AnnotationsStorage } from './settings';
import { Highlights } from './highlights';
import { FEATURE_COMMAND_IDS } from '../shared/commandIds';
import { features } from './lazyFeatures';

/** What `activate()` returns: the in-host tests use it (contract: getAnalysis, whenIdle). */
export interface NewsAnnotatorApi {
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  whenIdle(): Promise<void>;
  /** For tests: the analysis status of a document (pending, ready, skipped, declined, error). */
  getStatus(uri: vscode.Uri): DocStatus | undefined;
  /** For tests: the panel (its posted messages, and its message handler to drive like the webview does). */
  readonly panel: WhoSaidWhatView;
  /** For tests only (nothing in the UI reaches these). */
  readonly testHooks: {
    /** Ends the analysis worker as a crash would; false when none runs. */
    crashWorker(): boolean;
    /** Worker restarts after crashes, and final failures reported to the user. */
    workerEvents(): { restarts: number; failures: number };
    /** The highlights an editor shows: the document version they belong to and how many ranges. */
    highlights(editor: vscode.TextEditor): { version: number; ranges: number } | undefined;
    /** What the "Restart Analysis" button of the failure message does. */
    restartAnalysis(): void;
    /** Whether the extension wrapped this plain-text article's editor (newsAnnotator.wrapArticles). */
    wrapped(doc: vscode.TextDocument): boolean;
    /** Makes pass `fault` of every later analysis throw, as a bug there would (undefined: no more faults). */
    injectFault(fault: AnalysisPass | undefined): void;
    /** Analysis failures shown to the user in a notification. */
    failuresShown(): number;
    /** What the status bar item shows, and whether it is in its error state. */
    statusBar(): { text: string; tooltip: string; error: boolean };
    /** The ids of the document's orphaned corrections (their text is gone). */
    orphans(uri: vscode.Uri): string[];
    /** Drops the corrections held in memory and reads them again from storage, as a new session would. */
    reloadAnnotations(): void;
    /** The ids of the document's orphaned corrections (their text is gone). */
    orphans(uri: vscode.Uri): string[];
    /** Drops the corrections held in memory and reads them again from storage, as a new session would. */
    reloadAnnotations(): void;
  };
}

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = vscode.window.createOutputChannel('News Annotator', { log: true });
  let storage = readSettings().annotationsStorage;
  const annotations = new AnnotationStore(() => storage, context.workspaceState, log);
  const controller = new AnalysisController(
    vscode.Uri.joinPath(context.extensionUri, 'dist', 'worker.js').fsPath,
    log,
    context.workspaceState,
    annotations,
  );
  const painter = new DecorationPainter();
  const panel = new WhoSaidWhatView(context.extensionUri, controller);
  // the status bar says whether highlights are on; switching them updates it (called only after both exist)
  const highlights = new Highlights(controller, painter, context.workspaceState, () => statusBar.update());
  const statusBar = new ArticleStatusBar(controller, () => highlights.isOn);
  const status = statusBar.item;
  const updateStatus = (): void => statusBar.update();
  const symbols = new SymbolRegistration(new ArticleSymbolProvider(controller));
  const wrap = new ArticleWrap(controller);
  const checks = new CheckDiagnostics(
    controller,
    context.workspaceState,
    vscode.Uri.joinPath(context.extensionUri, 'README.md'),
  );
  const commands = new Commands(controller, panel, { toggle: () => highlights.toggle() });

  context.subscriptions.push(
    log,
    controller,
    annotations,
    annotations.onDidChange((uri) => controller.annotationsChanged(uri)),
    vscode.workspace.onDidCloseTextDocument((doc) => annotations.forget(doc.uri)),
    painter,
    panel,
    statusBar,
    vscode.window.registerWebviewViewProvider(VIEW_ID, panel),
    vscode.languages.registerHoverProvider('*', new ArticleHoverProvider(controller)),
    symbols,
    ...commands.register(),
    checks,
    wrap,
    ...registerFeatures({ extensionUri: context.extensionUri, controller, annotations, log, panel, checks }),
    controller.onDidChangeState((uri) => {
      highlights.paintDocument(uri);
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) updateStatus();
    }),
    vscode.window.onDidChangeVisibleTextEditors(() => highlights.paintAll()),
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsAnnotator')) return;
      storage = applySettings(e, { controller, annotations, storage, symbols, checks });
      highlights.paintAll();
      updateStatus();
      panel.update();
    }),
  );

  controller.analyseVisible();
  updateStatus();

  return {
    getAnalysis: (uri) => controller.latestAnalysis(uri),
    whenIdle: () => controller.whenIdle(),
    getStatus: (uri) => controller.state(uri)?.status,
    panel,
    testHooks: testHooks({ controller, painter, status, wrap, annotations }),
  };
}

/** The outline's provider, registered again when its settings change. */
class SymbolRegistration implements vscode.Disposable {
  private registration: vscode.Disposable;
  constructor(private readonly provider: ArticleSymbolProvider) {
    this.registration = this.register();
  }
  /** Registering the provider again is what makes VS Code drop its cached symbols and ask again at once. */
  refresh(): void {
    this.registration.dispose();
    this.registration = this.register();
  }
  dispose(): void {
    this.registration.dispose();
  }
  private register(): vscode.Disposable {
    return vscode.languages.registerDocumentSymbolProvider('*', this.provider, { label: 'Who said what' });
  }
}

/** A change of `newsAnnotator.*` settings: reload them, and move the annotations if their storage changed. */
function applySettings(
  e: vscode.ConfigurationChangeEvent,
  parts: {
    controller: AnalysisController;
    annotations: AnnotationStore;
    storage: AnnotationsStorage;
    symbols: SymbolRegistration;
    checks: CheckDiagnostics;
  },
): AnnotationsStorage {
  const { controller, annotations, symbols, checks } = parts;
  controller.reloadSettings();
  const storage = controller.settings.annotationsStorage;
  if (storage !== parts.storage) {
    annotations.reset();
    for (const doc of vscode.workspace.textDocuments) controller.annotationsChanged(doc.uri);
  }
  if (e.affectsConfiguration('newsAnnotator.outline') || e.affectsConfiguration('newsAnnotator.languages'))
    symbols.refresh();
  if (e.affectsConfiguration('newsAnnotator.checks')) checks.reloadSettings();
  return storage;
}

/** The in-host tests' hooks (NewsAnnotatorApi.testHooks): nothing in the UI or the settings reaches them. */
interface FeatureParts {
  extensionUri: vscode.Uri;
  controller: AnalysisController;
  annotations: AnnotationStore;
  log: vscode.LogOutputChannel;
  panel: WhoSaidWhatView;
  checks: CheckDiagnostics;
}

/** The commands and code actions of the features built on the analysis: checks, folder reports, brat, corrections. */
function registerFeatures({
  extensionUri,
  controller,
  annotations,
  log,
  panel,
  checks,
}: FeatureParts): vscode.Disposable[] {
  const workerPath = vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath;
  return [
    vscode.languages.registerCodeActionsProvider('*', new CheckActionProvider(checks), {
      providedCodeActionKinds: CheckActionProvider.kinds,
    }),
    ...registerCheckCommands(checks),
    // Loaded on first use from its own bundle, as the brat commands are (lazyFeatures.ts).
    vscode.commands.registerCommand(FEATURE_COMMAND_IDS.reportOnFolder, (uri?: vscode.Uri, uris?: vscode.Uri[]) =>
      features().reportOnFolder({ extensionUri, log, stored: () => annotations.storedByPath() }, uri, uris),
    ),
    ...registerBratCommands({ controller, store: annotations, log, workerPath }),
    ...registerCorrections({ controller, store: annotations, panelDocument: () => panel.document }),
    vscode.languages.registerCodeActionsProvider(
      '*',
      new CorrectionActionProvider(controller),
      CorrectionActionProvider.metadata,
    ),
  ];
}

interface HookedParts {
  controller: AnalysisController;
  painter: DecorationPainter;
  status: vscode.StatusBarItem;
  wrap: ArticleWrap;
  annotations: AnnotationStore;
}

function testHooks({ controller, painter, status, wrap, annotations }: HookedParts): NewsAnnotatorApi['testHooks'] {
  return {
    crashWorker: () => controller.crashWorkerForTests(),
    workerEvents: () => ({ ...controller.workerEvents }),
    highlights: (editor) => painter.shownIn(editor),
    restartAnalysis: () => controller.restartAnalysis(),
    wrapped: (doc) => wrap.wrapped(doc),
    injectFault: (fault) => controller.injectFaultForTests(fault),
    failuresShown: () => controller.failureEvents.shown,
    statusBar: () => ({
      text: status.text,
      tooltip: typeof status.tooltip === 'string' ? status.tooltip : (status.tooltip?.value ?? ''),
      error: status.backgroundColor !== undefined,
    }),
    orphans: (uri) => controller.state(uri)?.result?.data.orphans.map((o) => o.annotation.id) ?? [],
    reloadAnnotations: () => {
      annotations.reset();
      for (const doc of vscode.workspace.textDocuments) controller.annotationsChanged(doc.uri);
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions (the worker is terminated by the controller).
}

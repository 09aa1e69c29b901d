/**
 * Just enough of the `vscode` API to activate dist/extension.js in plain Node for the benchmark: events, URIs,
 * ranges, a configuration that returns defaults, and a fake editor whose setDecorations calls are observed.
 * Anything not modelled here is a harmless no-op proxy, so a new API call in the extension does not break the bench.
 */
import { pathToFileURL } from 'node:url';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(e: T): void {
    // Like VS Code: a failing listener is logged and does not stop the others.
    for (const l of [...this.listeners]) {
      try {
        l(e);
      } catch (error) {
        console.error('listener failed:', error);
      }
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly fsPath: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.fsPath, ...parts].join('/'));
  }
  static parse(value: string): Uri {
    return new Uri(value.split(':')[0], value.replace(/^file:\/\//, ''));
  }
  get path(): string {
    return this.fsPath;
  }
  toString(): string {
    return this.scheme === 'file' ? pathToFileURL(this.fsPath).href : `${this.scheme}:${this.fsPath}`;
  }
  with(): Uri {
    return this;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === 'number' ? new Position(a, b as number) : a;
    this.end = typeof a === 'number' ? new Position(c as number, d as number) : (b as Position);
  }
}

export class Selection extends Range {}

/** A text document over a string, with VS Code's offset/position mapping. */
export class FakeDocument {
  version = 1;
  isClosed = false;
  readonly languageId = 'news-article';
  private lineStarts: number[] = [0];
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {
    this.index();
  }
  get fileName(): string {
    return this.uri.fsPath;
  }
  get lineCount(): number {
    return this.lineStarts.length;
  }
  setText(text: string): void {
    this.text = text;
    this.version++;
    this.index();
  }
  getText(range?: Range): string {
    return range ? this.text.slice(this.offsetAt(range.start), this.offsetAt(range.end)) : this.text;
  }
  lineAt(line: number): { text: string; range: Range } {
    const start = this.lineStarts[line];
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    const end = next > start && this.text.charCodeAt(next - 1) === 0x0d ? next - 1 : next;
    return { text: this.text.slice(start, end), range: new Range(line, 0, line, end - start) };
  }
  positionAt(offset: number): Position {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return new Position(lo, offset - this.lineStarts[lo]);
  }
  offsetAt(p: Position): number {
    return (this.lineStarts[p.line] ?? this.text.length) + p.character;
  }
  private index(): void {
    this.lineStarts = [0];
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }
}

export class FakeEditor {
  /** Called with the number of ranges of each setDecorations call and the decoration type's creation index. */
  onDecorate: (count: number, typeIndex: number) => void = () => undefined;
  selection: Selection = new Selection(0, 0, 0, 0);
  constructor(readonly document: FakeDocument) {}
  setDecorations(type: { index?: number }, ranges: unknown[]): void {
    this.onDecorate(ranges.length, type.index ?? -1);
  }
  revealRange(): void {}
  get visibleRanges(): Range[] {
    return [new Range(0, 0, this.document.lineCount, 0)];
  }
}

/** A proxy that absorbs any property access, call or construction (never thenable, never iterable). */
function noop(): unknown {
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get: (_t, key) =>
      key === 'then' || typeof key === 'symbol' ? undefined : key === 'dispose' ? () => undefined : noop(),
    apply: () => noop(),
    construct: () => noop() as object,
  });
}

function withFallback<T extends object>(known: T): T {
  return new Proxy(known, {
    get: (t, key) =>
      key in t ? (t as Record<string | symbol, unknown>)[key] : typeof key === 'symbol' ? undefined : noop(),
  });
}

export interface StubbedVscode {
  api: unknown;
  editors: FakeEditor[];
  changeDocument: EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>;
  changeActiveEditor: EventEmitter<FakeEditor>;
  /** What the extension posted to the panel's webview. */
  posted: { bytes: number; messages: number };
  /** Decoration types created so far (the painter sets them in creation order). */
  decorationTypes(): number;
  /** The commands the extension registered, to run them as the palette would. */
  commands: Map<string, (...args: unknown[]) => unknown>;
  /** Documents the extension opened (exports into a new editor). */
  opened: FakeDocument[];
}

/**
 * What VS Code's extension host does to a message for a webview (serializeWebviewMessage, engines ≥ 1.57): JSON,
 * except that ArrayBuffers and typed arrays are replaced by a reference and travel as raw bytes beside it.
 * Example: { type: 'model', bytes: <2 MB Uint8Array> } costs a ~60-character JSON plus a copy of the 2 MB.
 */
function serializedSize(message: unknown): number {
  let buffers = 0;
  const json = JSON.stringify(message, (_key, value: unknown) => {
    if (!ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) return value;
    buffers += value.byteLength;
    return { $$vscode_array_buffer_reference$$: true, index: 0 };
  });
  return json.length + buffers;
}

function fakeWebviewView(posted: { bytes: number; messages: number }): unknown {
  const event = new EventEmitter<unknown>().event;
  return withFallback({
    visible: true,
    webview: withFallback({
      options: {},
      html: '',
      cspSource: 'stub:',
      asWebviewUri: (uri: Uri) => uri,
      onDidReceiveMessage: event,
      postMessage: (message: unknown) => {
        posted.bytes += serializedSize(message);
        posted.messages++;
        return Promise.resolve(true);
      },
    }),
    onDidChangeVisibility: event,
    onDidDispose: event,
  });
}

export function createVscodeStub(): StubbedVscode {
  const editors: FakeEditor[] = [];
  const posted = { bytes: 0, messages: 0 };
  let decorationTypes = 0;
  const changeActiveEditor = new EventEmitter<FakeEditor>();
  const changeDocument = new EventEmitter<{ document: FakeDocument; contentChanges: unknown[] }>();
  const disposable = { dispose: () => undefined };
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const opened: FakeDocument[] = [];
  const window = withFallback({
    get visibleTextEditors() {
      return editors;
    },
    get activeTextEditor() {
      return editors[0];
    },
    onDidChangeVisibleTextEditors: new EventEmitter<unknown>().event,
    onDidChangeActiveTextEditor: changeActiveEditor.event,
    showTextDocument: (doc: FakeDocument) =>
      Promise.resolve(editors.find((e) => e.document === doc) ?? new FakeEditor(doc)),
    createOutputChannel: () => withFallback({ dispose: () => undefined }),
    createStatusBarItem: () => withFallback({ show: () => undefined, hide: () => undefined, dispose: () => undefined }),
    createTextEditorDecorationType: () => withFallback({ index: decorationTypes++, dispose: () => undefined }),
    // The panel is open, as in a user's window: its model is built and posted on every result. Messages are
    // serialised the way VS Code's extension host does it (JSON), since that cost lands on the main thread too.
    registerWebviewViewProvider: (_id: string, provider: { resolveWebviewView(view: unknown): void }) => {
      provider.resolveWebviewView(fakeWebviewView(posted));
      return disposable;
    },
  });
  const workspace = withFallback({
    getConfiguration: () => ({ get: <T>(_key: string, fallback?: T) => fallback }),
    get textDocuments() {
      return editors.map((e) => e.document);
    },
    onDidChangeTextDocument: changeDocument.event,
    onDidCloseTextDocument: new EventEmitter<unknown>().event,
    onDidChangeConfiguration: new EventEmitter<unknown>().event,
    onDidOpenTextDocument: new EventEmitter<unknown>().event,
    openTextDocument: (init: { content?: string }) => {
      const doc = new FakeDocument(Uri.parse(`untitled:Untitled-${opened.length + 1}`), init.content ?? '');
      opened.push(doc);
      return Promise.resolve(doc);
    },
    workspaceFolders: undefined,
    isTrusted: true,
  });
  const api = withFallback({
    EventEmitter,
    Uri,
    Position,
    Range,
    Selection,
    Disposable: class {
      static from(...items: Array<{ dispose(): unknown }>) {
        return { dispose: () => items.forEach((i) => i.dispose()) };
      }
      constructor(private readonly fn: () => void) {}
      dispose(): void {
        this.fn();
      }
    },
    window,
    workspace,
    // esbuild's ESM interop copies only own properties of the module, so every name the extension uses must exist.
    ...Object.fromEntries(
      [
        'SymbolKind',
        'TextEditorRevealType',
        'OverviewRulerLane',
        'DecorationRangeBehavior',
        'ViewColumn',
        'StatusBarAlignment',
        'ProgressLocation',
        'ThemeColor',
        'MarkdownString',
        'Hover',
        'DocumentSymbol',
        'ThemeIcon',
        'TreeItem',
        'CancellationTokenSource',
        'FileType',
        'ConfigurationTarget',
        'CodeAction',
        'CodeActionKind',
        'Diagnostic',
        'DiagnosticSeverity',
        'RelativePattern',
        'WorkspaceEdit',
        'env',
        'extensions',
        'l10n',
      ].map((name) => [name, noop()]),
    ),
    commands: withFallback({
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
        commands.set(id, fn);
        return { dispose: () => commands.delete(id) };
      },
      executeCommand: () => Promise.resolve(undefined),
    }),
    languages: withFallback({
      registerHoverProvider: () => disposable,
      registerDocumentSymbolProvider: () => disposable,
    }),
  });
  return {
    api,
    editors,
    changeDocument,
    changeActiveEditor,
    posted,
    decorationTypes: () => decorationTypes,
    commands,
    opened,
  };
}

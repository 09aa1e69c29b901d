// Messages between the extension host (AnalysisClient) and the analysis worker (analysisWorker.ts).
// Plain data only: both sides must stay free of `vscode` so the pipeline runs (and is benchmarked) without VS Code.
import type { AnalysisPass } from '../core/analyze';
import type { Analysis } from '../core/types';
import type { Orphan, Sidecar } from './annotations';
import type { Counts } from './analysisQueries';
import type { CommandAnswer, CommandKind, CommandQuery } from './commandQueries';
import type { PaintData } from './paintData';
import { hoverAt, type HoverAt } from './hoverContent';
import type { SymbolNode } from './symbolModel';
import { fromJsonBytes } from './jsonBytes';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  /** Identifies the document (its URI string): the worker keeps one paragraph cache per key. */
  key: string;
  version: number;
  text: string;
  /** The file name the panel shows (the worker builds the panel's model). */
  fileName: string;
  /** For the in-host tests only (AnalysisClient.injectFaultForTests): this pass of the analysis throws. */
  faultForTests?: AnalysisPass;
  /** The person's corrections, applied to the machine's analysis in the worker (see annotations/apply.ts). */
  annotations?: Sidecar;
}

export interface ForgetRequest {
  type: 'forget';
  key: string;
}

/** What the host may ask about a document's latest analysis when it needs it (not on every keystroke). */
export type QueryKind = 'panel' | 'symbols' | 'hover';

/** Asks for the panel model or the symbol tree of version `version` (answered with null if the worker has moved on). */
export interface QueryRequest {
  type: 'query';
  id: number;
  key: string;
  version: number;
  what: QueryKind;
  /** For 'hover': the offset under the pointer. */
  offset?: number;
}

/** A palette command's question about version `version` (answered with null if the worker has moved on). */
export interface CommandRequest {
  type: 'command';
  id: number;
  key: string;
  version: number;
  query: CommandQuery;
}

export type WorkerRequest = AnalyzeRequest | ForgetRequest | QueryRequest | CommandRequest;

export type SkipReason = 'binary' | 'empty' | 'too-large';

export type WorkerResponse =
  /**
   * The analysis travels as transferred JSON bytes (see jsonBytes.ts): structured-clone deserialisation of thousands
   * of small objects, or even of one 5.7 MB string (a 1 MB article), would stall the host's main thread; the bytes
   * are decoded and parsed only when the worker cannot answer a hover or command itself (restarted, crashed).
   */
  | ({ type: 'result'; id: number; key: string; version: number; ms: number } & WorkerResult)
  | { type: 'skipped'; id: number; key: string; version: number; reason: SkipReason; message: string }
  /** The analysis threw (a bug in the core): its message and stack, for the log. */
  | { type: 'error'; id: number; key: string; version: number; message: string; stack?: string }
  /** A query's answer as transferred JSON bytes (the panel model of a long article is megabytes). */
  | { type: 'answer'; id: number; bytes: Uint8Array | null }
  /**
   * A command's answer as plain data (null if the worker holds another version). A long `text` (an export) goes
   * as transferred UTF-8 bytes in `textBytes`, with `text` blanked, for the host to decode in slices (longText.ts).
   */
  | { type: 'commandAnswer'; id: number; answer: CommandAnswer<CommandKind> | null; textBytes?: Uint8Array };

/**
 * What every result brings, prepared in the worker so that applying it never stalls the host: highlight positions
 * (transferred typed arrays), the counts for the status bar, and the analysis as JSON bytes, parsed only when a
 * hover or command needs it. The panel model and the symbol tree are asked for separately, only when shown.
 */
export interface WorkerResult {
  /** The Analysis as UTF-8 JSON (toJsonBytes), transferred. */
  analysisBytes: Uint8Array;
  paint: PaintData;
  counts: Counts;
  /** Annotations whose text or quote is gone (listed in the panel to re-anchor or delete). */
  orphans: Orphan[];
}

/** One analysis as the host keeps it: prepared data at once, the rest on first use. */
export class AnalysisResult {
  private parsed: Analysis | undefined;
  private panel: Uint8Array | undefined;
  /** The panel query in flight: callers while it runs share it (each answer is megabytes for a long article). */
  private panelPending: Promise<Uint8Array | undefined> | undefined;
  private symbolTree: SymbolNode[] | undefined;

  constructor(
    readonly data: WorkerResult,
    /** The document version this analysis was computed for. */
    readonly version: number,
    /** Asks the worker for more about this very analysis; undefined when it cannot answer (moved on, crashed). */
    private readonly query: (what: QueryKind, offset?: number) => Promise<Uint8Array | undefined> = () =>
      Promise.resolve(undefined),
    /** Asks the worker a command's question about this analysis: null if it has moved on, undefined if unavailable. */
    private readonly ask: (query: CommandQuery) => Promise<CommandAnswer<CommandKind> | null | undefined> = () =>
      Promise.resolve(undefined),
  ) {}

  get counts(): Counts {
    return this.data.counts;
  }

  get paint(): PaintData {
    return this.data.paint;
  }

  /** The panel model (a ReadyState as JSON bytes) once fetched, else undefined. */
  get panelBytesIfReady(): Uint8Array | undefined {
    return this.panel;
  }

  /** The panel model, fetched from the worker on first use (posted to the webview as is, never parsed here). */
  async panelBytes(): Promise<Uint8Array | undefined> {
    if (this.panel) return this.panel;
    // One query, however many state events ask meanwhile: each would build and send the model again, and the
    // webview would be posted each copy (they are not the same bytes), e.g. 14 × 1.9 MB for one 1 MB article.
    this.panelPending ??= this.query('panel').finally(() => (this.panelPending = undefined));
    this.panel = await this.panelPending;
    return this.panel;
  }

  /** The document-symbol tree, fetched from the worker on first use. */
  async symbols(): Promise<SymbolNode[] | undefined> {
    if (!this.symbolTree) {
      const bytes = await this.query('symbols');
      if (bytes !== undefined) this.symbolTree = fromJsonBytes<SymbolNode[]>(bytes);
    }
    return this.symbolTree;
  }

  /** The hover at `offset`, found by the worker; undefined when there is none (or the worker cannot answer). */
  async hover(offset: number): Promise<HoverAt | undefined> {
    if (this.parsed) return hoverAt(this.parsed, offset); // already parsed for a command: no round trip
    const bytes = await this.query('hover', offset);
    // No answer (a restarted worker no longer holds this analysis): find it here, as a fallback.
    if (bytes === undefined) return hoverAt(this.analysis, offset);
    return fromJsonBytes<HoverAt | null>(bytes) ?? undefined;
  }

  /**
   * A command's answer, computed by the worker. When the worker cannot answer (crashed, restarting, or it no longer
   * holds this analysis) and `isCurrent()` says the document still is at this version, it is computed here from
   * `text()` instead (parsing the analysis once); when the document has moved on, undefined: never a stale answer.
   */
  async command<K extends CommandKind>(
    query: CommandQuery<K>,
    text: () => string,
    isCurrent: () => boolean,
  ): Promise<CommandAnswer<K> | undefined> {
    // The worker even when parsed here already: an export of a long article is too slow for the main thread.
    const answer = await this.ask(query);
    if (!isCurrent()) return undefined;
    // The worker answers the query it was sent, so its answer has the type that query asks for.
    if (answer !== null && answer !== undefined) return answer as CommandAnswer<K>;
    // Loaded on first use: the host rarely needs it, and it brings the core's word lists (~10 ms to load).
    const { answerCommand } = await import('./answerCommand');
    return isCurrent() ? answerCommand(this.analysis, text(), query) : undefined;
  }

  /** Parsed on first use (tens of milliseconds for a 1 MB article, so not on every result). */
  get analysis(): Analysis {
    this.parsed ??= fromJsonBytes<Analysis>(this.data.analysisBytes);
    return this.parsed;
  }
}

/** What a caller of `AnalysisClient.analyze` gets back. */
export type AnalysisOutcome =
  | { status: 'ok'; version: number; result: AnalysisResult; ms: number }
  | { status: 'skipped'; version: number; reason: SkipReason; message: string }
  /** A newer request for the same document replaced this one before it ran. */
  | { status: 'superseded'; version: number }
  /** `stack` when the analysis itself threw (a bug worth logging in full); none when the worker died or is off. */
  | { status: 'error'; version: number; message: string; stack?: string };

// Messages between the extension host (AnalysisClient) and the analysis worker (analysisWorker.ts).
// Plain data only: both sides must stay free of `vscode` so the pipeline runs (and is benchmarked) without VS Code.
import type { AnalysisPass } from '../core/analyze';
import type { Analysis } from '../core/types';
import type { Orphan, Sidecar } from './annotations';
import type { Counts } from './analysisQueries';
import { answerCommand, type CommandAnswer, type CommandKind, type CommandQuery } from './commandQueries';
import type { PaintData } from './paintData';
import { hoverAt, type HoverAt } from './hoverContent';
import type { SymbolNode } from './symbolModel';

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
   * The analysis travels as a JSON string: structured-clone deserialisation of thousands of small objects (a 1 MB
   * article's result is ~2.5 MB) would stall the host's main thread; a string is copied in one go and parsed only
   * when the worker cannot answer a hover or command itself (restarted, crashed).
   */
  | ({ type: 'result'; id: number; key: string; version: number; ms: number } & WorkerResult)
  | { type: 'skipped'; id: number; key: string; version: number; reason: SkipReason; message: string }
  /** The analysis threw (a bug in the core): its message and stack, for the log. */
  | { type: 'error'; id: number; key: string; version: number; message: string; stack?: string }
  | { type: 'answer'; id: number; json: string | null }
  /**
   * A command's answer as plain data (null if the worker holds another version): small, or one long string (an
   * export), which structured clone copies in one go where JSON would cost the host a parse of megabytes.
   */
  | { type: 'commandAnswer'; id: number; answer: CommandAnswer<CommandKind> | null };

/**
 * What every result brings, prepared in the worker so that applying it never stalls the host: highlight positions
 * (transferred typed arrays), the counts for the status bar, and the analysis as JSON, parsed only when a hover or
 * command needs it. The panel model and the symbol tree are asked for separately, only when shown.
 */
export interface WorkerResult {
  analysisJson: string;
  paint: PaintData;
  counts: Counts;
  /** Annotations whose text or quote is gone (listed in the panel to re-anchor or delete). */
  orphans: Orphan[];
}

/** One analysis as the host keeps it: prepared data at once, the rest on first use. */
export class AnalysisResult {
  private parsed: Analysis | undefined;
  private panel: string | undefined;
  private symbolTree: SymbolNode[] | undefined;

  constructor(
    readonly data: WorkerResult,
    /** The document version this analysis was computed for. */
    readonly version: number,
    /** Asks the worker for more about this very analysis; undefined when it cannot answer (moved on, crashed). */
    private readonly query: (what: QueryKind, offset?: number) => Promise<string | undefined> = () =>
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

  /** The panel model (a ReadyState as JSON) once fetched, else undefined. */
  get panelJsonIfReady(): string | undefined {
    return this.panel;
  }

  /** The panel model, fetched from the worker on first use (posted to the webview as is). */
  async panelJson(): Promise<string | undefined> {
    this.panel ??= await this.query('panel');
    return this.panel;
  }

  /** The document-symbol tree, fetched from the worker on first use. */
  async symbols(): Promise<SymbolNode[] | undefined> {
    if (!this.symbolTree) {
      const json = await this.query('symbols');
      if (json !== undefined) this.symbolTree = JSON.parse(json) as SymbolNode[];
    }
    return this.symbolTree;
  }

  /** The hover at `offset`, found by the worker; undefined when there is none (or the worker cannot answer). */
  async hover(offset: number): Promise<HoverAt | undefined> {
    if (this.parsed) return hoverAt(this.parsed, offset); // already parsed for a command: no round trip
    const json = await this.query('hover', offset);
    // No answer (a restarted worker no longer holds this analysis): find it here, as a fallback.
    if (json === undefined) return hoverAt(this.analysis, offset);
    return (JSON.parse(json) as HoverAt | null) ?? undefined;
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
    return answerCommand(this.analysis, text(), query);
  }

  /** Parsed on first use (tens of milliseconds for a 1 MB article, so not on every result). */
  get analysis(): Analysis {
    this.parsed ??= JSON.parse(this.data.analysisJson) as Analysis;
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

// Messages between the extension host (AnalysisClient) and the analysis worker (analysisWorker.ts).
// Plain data only: both sides must stay free of `vscode` so the pipeline runs (and is benchmarked) without VS Code.
import type { Analysis } from '../core/types';
import type { Counts } from './analysisQueries';
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

export type WorkerRequest = AnalyzeRequest | ForgetRequest | QueryRequest;

export type SkipReason = 'binary' | 'empty' | 'too-large';

export type WorkerResponse =
  /**
   * The analysis travels as a JSON string: structured-clone deserialisation of thousands of small objects (a 1 MB
   * article's result is ~2.5 MB) would stall the host's main thread; a string is copied in one go and parsed only
   * if a hover or command needs the objects.
   */
  | ({ type: 'result'; id: number; key: string; version: number; ms: number } & WorkerResult)
  | { type: 'skipped'; id: number; key: string; version: number; reason: SkipReason; message: string }
  | { type: 'error'; id: number; key: string; version: number; message: string }
  | { type: 'answer'; id: number; json: string | null };

/**
 * What every result brings, prepared in the worker so that applying it never stalls the host: highlight positions
 * (transferred typed arrays), the counts for the status bar, and the analysis as JSON, parsed only when a hover or
 * command needs it. The panel model and the symbol tree are asked for separately, only when shown.
 */
export interface WorkerResult {
  analysisJson: string;
  paint: PaintData;
  counts: Counts;
}

/** One analysis as the host keeps it: prepared data at once, the rest on first use. */
export class AnalysisResult {
  private parsed: Analysis | undefined;
  private panel: string | undefined;
  private symbolTree: SymbolNode[] | undefined;

  constructor(
    readonly data: WorkerResult,
    /** Asks the worker for more about this very analysis; undefined when it cannot answer (moved on, crashed). */
    private readonly query: (what: QueryKind, offset?: number) => Promise<string | undefined> = () => Promise.resolve(undefined),
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
  | { status: 'error'; version: number; message: string };

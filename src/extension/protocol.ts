// Messages between the extension host (AnalysisClient) and the analysis worker (analysisWorker.ts).
// Plain data only: both sides must stay free of `vscode` so the pipeline runs (and is benchmarked) without VS Code.
import type { Analysis } from '../core/types';
import type { Counts } from './analysisQueries';
import type { PaintData } from './paintData';
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

export type WorkerRequest = AnalyzeRequest | ForgetRequest;

export type SkipReason = 'binary' | 'empty' | 'too-large';

export type WorkerResponse =
  /**
   * The analysis travels as a JSON string: structured-clone deserialisation of thousands of small objects (a 1 MB
   * article's result is ~2.5 MB) would stall the host's main thread; a string is copied in one go and parsed only
   * if a hover or command needs the objects.
   */
  | ({ type: 'result'; id: number; key: string; version: number; ms: number } & WorkerResult)
  | { type: 'skipped'; id: number; key: string; version: number; reason: SkipReason; message: string }
  | { type: 'error'; id: number; key: string; version: number; message: string };

/**
 * Everything the host needs from one analysis, prepared in the worker so that applying it never stalls the host:
 * highlight positions (transferred typed arrays), the panel's model as JSON (posted to the webview as is), the
 * counts for the status bar, and the analysis itself as JSON, parsed only when a hover or command needs it.
 */
export interface WorkerResult {
  analysisJson: string;
  paint: PaintData;
  panelJson: string;
  /** The document-symbol tree as JSON (parsed when VS Code first asks for symbols). */
  symbolsJson: string;
  counts: Counts;
}

/** One analysis as the host keeps it: prepared data at once, the `Analysis` object on first use. */
export class AnalysisResult {
  private parsed: Analysis | undefined;
  private parsedSymbols: SymbolNode[] | undefined;
  constructor(readonly data: WorkerResult) {}

  get counts(): Counts {
    return this.data.counts;
  }

  get paint(): PaintData {
    return this.data.paint;
  }

  get panelJson(): string {
    return this.data.panelJson;
  }

  get symbols(): SymbolNode[] {
    this.parsedSymbols ??= JSON.parse(this.data.symbolsJson) as SymbolNode[];
    return this.parsedSymbols;
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

// Messages between the extension host (AnalysisClient) and the analysis worker (analysisWorker.ts).
// Plain data only: both sides must stay free of `vscode` so the pipeline runs (and is benchmarked) without VS Code.
import type { Analysis } from '../core/types';

export interface AnalyzeRequest {
  type: 'analyze';
  id: number;
  /** Identifies the document (its URI string): the worker keeps one paragraph cache per key. */
  key: string;
  version: number;
  text: string;
}

export interface ForgetRequest {
  type: 'forget';
  key: string;
}

export type WorkerRequest = AnalyzeRequest | ForgetRequest;

export type SkipReason = 'binary' | 'empty' | 'too-large';

export type WorkerResponse =
  /**
   * The analysis travels as a JSON string: JSON.parse on the extension host is several times cheaper than
   * structured-clone deserialisation of thousands of small objects (a 1 MB article's result is ~2.5 MB), and
   * the host's main thread is the one that must not stall.
   */
  | { type: 'result'; id: number; key: string; version: number; analysisJson: string; ms: number }
  | { type: 'skipped'; id: number; key: string; version: number; reason: SkipReason; message: string }
  | { type: 'error'; id: number; key: string; version: number; message: string };

/** What a caller of `AnalysisClient.analyze` gets back. */
export type AnalysisOutcome =
  | { status: 'ok'; version: number; analysis: Analysis; ms: number }
  | { status: 'skipped'; version: number; reason: SkipReason; message: string }
  /** A newer request for the same document replaced this one before it ran. */
  | { status: 'superseded'; version: number }
  | { status: 'error'; version: number; message: string };

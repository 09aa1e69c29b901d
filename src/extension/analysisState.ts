// A document's analysis state as the controller keeps it. No `vscode` import: the status bar's text is derived from
// it in statusView.ts, which the unit tests read directly.
import type { AnalysisResult, SkipReason } from '../shared/protocol';

export type DocStatus = 'pending' | 'ready' | 'skipped' | 'declined' | 'error';

export interface DocState {
  status: DocStatus;
  /** Last valid result, kept while a newer one is computed so the panel does not flicker. */
  result?: AnalysisResult;
  /** Document version `result` was computed for. */
  version?: number;
  /** The annotations' stamp `result` was computed with (see AnnotationSource). */
  stamp?: number;
  reason?: SkipReason | 'too-large';
  message?: string;
}

/** The last good result is on screen although the document's current version failed to analyse. */
export function isStale(s: DocState | undefined): boolean {
  return s?.status === 'error' && s.result !== undefined;
}

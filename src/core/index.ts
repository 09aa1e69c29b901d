/** The analysis core: text in, quotes, speakers, people and places out (UTF-16 offsets). No `vscode` import. */
export { analyze, ANALYSIS_PASSES, type AnalysisPass, type AnalyzeOptions } from './analyze';
export { createAnalysisCache, type AnalysisCache } from './text/cache';
export type { Analysis, Place, Quote, QuoteKind, Span, Speaker, SpeakerType } from './types';

/** Reported speech (placeholder until the scanner lands). */
import type { AttributedQuote, Attribution } from './attribution';
import type { Doc } from './document';

export interface Reported {
  content: [number, number];
  attribution: Attribution;
}

export function findReportedSpeech(_doc: Doc, _direct: AttributedQuote[]): Reported[] {
  return [];
}

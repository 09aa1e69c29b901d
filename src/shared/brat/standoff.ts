/**
 * The brat standoff model (https://brat.nlplab.org/standoff.html), as far as News Annotator reads and writes it.
 * A `.ann` file holds one annotation per line, tab-separated, pointing into the article by character offsets:
 *
 *   T1	Source 120 131	Clara Okafor          text-bound: label, fragments "start end;start end", the text
 *   E1	Attribution:T4 Content:T3 Cue:T2 Source:T1   event: label:trigger, then role:id arguments
 *
 * A, M, R, N, # and * lines (attributes, relations, normalizations, notes, equivalences) are valid brat but carry
 * nothing News Annotator uses: they are counted and skipped, never rejected.
 */

/** A half-open character range [start, end) in the article, as UTF-16 offsets once parsed. */
export type Fragment = [start: number, end: number];

export interface BratTextBound {
  id: string;
  label: string;
  /** In file order; more than one for a discontinuous span. */
  fragments: Fragment[];
  text: string;
  /** 1-based line of the `.ann` file, for messages. */
  line: number;
}

export interface BratArgument {
  role: string;
  ref: string;
}

export interface BratEvent {
  id: string;
  label: string;
  /** Id of the text-bound annotation that triggers the event (same label). */
  trigger: string;
  args: BratArgument[];
  line: number;
}

/** How the file's offsets were counted, when they were not plain UTF-16 indexes (see offsetCounting.ts). */
export type OffsetCounting = 'utf16' | 'code points' | 'universal newlines';

export interface BratDocument {
  textBounds: BratTextBound[];
  events: BratEvent[];
  /** Lines of kinds News Annotator does not use (A, M, R, N, #, *). */
  skipped: number;
  counting: OffsetCounting;
}

/** A problem in the `.ann` file, with its 1-based line (0: the file as a whole). */
export interface BratIssue {
  line: number;
  message: string;
}

export type BratParse = { ok: true; document: BratDocument } | { ok: false; errors: BratIssue[] };

export function issueText(file: string, issue: BratIssue): string {
  return issue.line > 0 ? `${file}:${issue.line}: ${issue.message}` : `${file}: ${issue.message}`;
}

// Whether a plain-text file looks like a news article: prose in long paragraph lines (one paragraph per line, as
// wire copy and most saved articles are), not a log, a list or code. Decides whether its editor is wrapped.

/** Lines read to decide (an article shows its shape in its first paragraphs). */
export const SAMPLE_LINES = 200;
/** A prose paragraph line: this long, ending a sentence or with one ending inside ("… on Thursday. Talks …"). */
const LONG_LINE = 120;
const MIN_PARAGRAPHS = 3;
const SENTENCE_INSIDE = /[a-z][.!?]["”’»)]?\s+["“‘«]?[A-Z]/;
const SENTENCE_END = /[\p{Ll}\d][.!?]["”’»)]?\s*$/u;

export function looksLikeArticle(lines: readonly string[]): boolean {
  let prose = 0;
  for (const line of lines.slice(0, SAMPLE_LINES)) {
    if (line.length >= LONG_LINE && (SENTENCE_END.test(line) || SENTENCE_INSIDE.test(line))) prose++;
    if (prose >= MIN_PARAGRAPHS) return true;
  }
  return false;
}

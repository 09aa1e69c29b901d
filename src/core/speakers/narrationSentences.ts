/**
 * The writer's sentences, numbered once per document: how many sentences back a person was last named, counted in
 * the narration so that a long quote of many sentences stays one step ("Hale spoke first. '… . … . …,' she said"
 * has Hale one sentence back, not four). A full stop inside quotation marks and a new line both count only outside
 * the marks; built in one pass over the tokens.
 */
import type { DocToken } from '../text/document';
import { QUOTE_CHARS, SENTENCE_END } from '../lexicon/functionWords';

export class NarrationSentences {
  private numbers: Int32Array | null = null;

  constructor(
    private readonly tokens: readonly DocToken[],
    private readonly inQuote: (start: number, end: number) => boolean,
  ) {}

  /** The number of the narration sentence holding token `i` (0 for the first). */
  of(i: number): number {
    const n = (this.numbers ??= this.build());
    return n[Math.max(0, Math.min(i, n.length - 1))] ?? 0;
  }

  private build(): Int32Array {
    const n = new Int32Array(this.tokens.length);
    let sentence = 0;
    let ended = false;
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      if (i > 0 && t.line !== this.tokens[i - 1].line && !ended) sentence++;
      ended = false;
      n[i] = sentence;
      if ((SENTENCE_END.has(t.text) && !this.inQuote(t.start, t.end)) || this.closesQuotedSentence(i)) {
        sentence++;
        ended = true;
      }
    }
    return n;
  }

  /**
   * 'His words were the talk of a "showman," but also a "web reporter." Mosman saw them differently': the quote's own
   * full stop ends the writer's sentence too when a capitalised word opens the narration after the closing mark.
   */
  private closesQuotedSentence(i: number): boolean {
    const t = this.tokens[i];
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    return (
      !t.word &&
      QUOTE_CHARS.has(t.text) &&
      before !== undefined &&
      SENTENCE_END.has(before.text) &&
      after !== undefined &&
      after.line === t.line &&
      after.cap &&
      !this.inQuote(after.start, after.end)
    );
  }
}

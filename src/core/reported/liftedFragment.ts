/**
 * A quoted fragment lifted into a reporting clause whose cue and speaker come before it in the same sentence, where
 * the reported-speech scan found no report: "Lund said it was naive to think that if the port closed, 'the jobs
 * would simply move inland.'" The words are the speaker's, but only part of a statement the writer completes, so
 * they stand as reported speech (annotated news codes them so: a report with quoted words), running from the cue to
 * the fragment's end, with the attribution the quote pass found.
 */
import type { AttributedQuote } from '../attribution/cues';
import type { Doc } from '../text/document';
import { SENTENCE_END } from '../lexicon/functionWords';

/**
 * The character range of the report that holds fragment `q`: from after its cue (and a "that" or comma after it) to
 * the fragment's closing mark; null when no cue and speaker stand before it on its line, in its sentence.
 */
export function liftedFragmentReport(doc: Doc, q: AttributedQuote): [number, number] | null {
  const { speaker, cue, how } = q.attribution;
  if (!speaker || !cue || how !== 'before') return null;
  const { tokens } = doc;
  const afterCue = doc.tokenAt(cue[1] - 1) + 1;
  if (afterCue > q.from || tokens[afterCue - 1].line !== tokens[q.from].line) return null;
  // 'Ruiz said so. Later, "a mistake" …': a sentence end between the cue and the fragment ends the cue's clause
  for (let i = afterCue; i < q.from; i++) if (SENTENCE_END.has(tokens[i].text)) return null;
  let k = afterCue;
  while (k < q.from && (tokens[k].text === ',' || tokens[k].lower === 'that')) k++;
  return [tokens[k].start, q.parts[q.parts.length - 1][1]];
}

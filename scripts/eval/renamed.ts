/**
 * `npm run eval -- FILE.jsonl --renamed`: the same articles with every quoted person's surname swapped for one the
 * project has never seen ("Brafman" → "Okonkwo-Lindqvist"), so that "speaker right" measures what news from another
 * country or year asks of the analysis — recognizing a name from how the sentence uses it, not from having met it.
 * The gap between a file's figures and its renamed figures is the part of the score that rests on known names.
 *
 * Only surnames (the last word of a two-word-or-longer resolved person name) are swapped, everywhere they occur as a
 * whole capitalized word (also in capitals: "BRAFMAN:"), so first names keep their gender for pronouns. Annotated
 * offsets are moved with the text. Deterministic: the same file gives the same renamed file.
 */

import { editedDoc, applied, wholeWordEdits, type EditableDoc, type EditableQuote } from './textEdits';
import { newSurname } from './namePools';

export type RenamableDoc = EditableDoc;

/** The surnames to swap: last words of resolved person names ("Dinesh D'Souza" → "D'Souza"), longest first. */
function surnamesOf(quotes: EditableQuote[]): string[] {
  const found = new Set<string>();
  for (const q of quotes) {
    if (q.speaker_canonical_type !== 'person' || !q.speaker_canonical) continue;
    const words = q.speaker_canonical.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    const last = words[words.length - 1]?.replace(/[.,]$/, '');
    if (words.length >= 2 && last && last.length >= 3 && !/^(?:Jr|Sr|II|III|IV)$/.test(last)) found.add(last);
  }
  return [...found].sort((a, b) => b.length - a.length);
}

/** A copy of a PolNeAR-style document with its people's surnames swapped and every annotated offset moved. */
export function renamed<D extends RenamableDoc>(doc: D): D {
  const surnames = surnamesOf(doc.quotes);
  const map = new Map(surnames.map((s, i) => [s, newSurname(`${String(doc.id ?? '')}#${i}`)]));
  return editedDoc(doc, wholeWordEdits(doc.text, map), (name) => applied(name, wholeWordEdits(name, map)));
}

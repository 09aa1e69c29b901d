/**
 * A line may open on a label and a colon: 'Sarah Mackay: "The wind took the roof off."', 'Putin: "…"', 'MWANGI: …'
 * name who speaks; 'Road Closures: the A9 is shut …' or 'School Closures: "…"' is a heading, though the recognizer,
 * seeing two capitals, may take it for a person. A label names someone when it is written in capitals (a
 * transcript's), opens on a known first name or a title, or when its last word names a person elsewhere in the
 * article (not as another label). Only a label the recognizer read whole as a person's name is in doubt.
 */
import type { Doc } from '../text/document';
import type { Phrase } from './phrases';
import { firstNameGender } from '../speakers/gender';

/** Whether the name phrase before a colon is a heading rather than a person's label. */
export function isHeadingLabel(doc: Doc, p: Phrase): boolean {
  if (p.kind !== 'name' || p.nameFrom > p.from) return false;
  const words = doc.tokens.slice(p.nameFrom, p.nameTo).filter((t) => t.word);
  if (words.length < 2 || words.every((t) => t.text === t.text.toUpperCase())) return false;
  if (firstNameGender(words[0].text) !== undefined) return false;
  // only a label the recognizer took whole for a person: "Trump Addresses Munich Attack: '…'" is a headline of Trump's
  const from = doc.tokens[p.nameFrom].start;
  const to = doc.tokens[p.nameTo - 1].end;
  if (!doc.people.some((m) => m.start === from && m.end === to)) return false;
  return !namedElsewhere(doc, words[words.length - 1].lower, doc.tokens[p.nameFrom].start);
}

/** A person the recognizer found away from the label at `at`, ending on the label's last word, and not a label. */
function namedElsewhere(doc: Doc, last: string, at: number): boolean {
  const { text } = doc;
  return doc.people.some((m) => {
    if (m.start === at || !m.text.toLowerCase().endsWith(last)) return false;
    return !/^\s*:/.test(text.slice(m.end, m.end + 3));
  });
}

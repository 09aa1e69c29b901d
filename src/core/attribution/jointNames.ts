/**
 * Two people named as one speaker: '"…," Voss and Hale said', 'said Ann Voss and Tom Hale', 'Voss and Hale said: "…"'.
 * The phrase spans both names; the speaker table splits it at "and" and gives the quote to both (a joint quote).
 */
import type { Doc } from '../text/document';
import { phraseLeft, phraseRight, type Phrase } from './phrases';
import { isPersonAt, overlapsOrganization } from './recognizedEntities';

/** The name before "and" joined to `second`, when both are people and "and" is inside no organization's name. */
export function jointLeft(doc: Doc, second: Phrase, floor: number): Phrase | null {
  const { tokens, text } = doc;
  const and = second.from - 1;
  if (second.kind !== 'name' || and <= floor || tokens[and].lower !== 'and') return null;
  const first = phraseLeft(tokens, and, floor, text);
  return first && bothPeople(doc, first, second, and) ? { ...first, to: second.to, role: undefined } : null;
}

/** `first` joined to the name after "and" that follows it ('said Voss and Hale'), on the same terms. */
export function jointRight(doc: Doc, first: Phrase, ceil: number): Phrase | null {
  const { tokens, text } = doc;
  const and = first.to;
  if (first.kind !== 'name' || and + 1 >= ceil || tokens[and]?.lower !== 'and') return null;
  const second = phraseRight(tokens, and + 1, ceil, text);
  return second && second.from === and + 1 && bothPeople(doc, first, second, and)
    ? { ...first, to: second.to, role: undefined }
    : null;
}

function bothPeople(doc: Doc, first: Phrase, second: Phrase, and: number): boolean {
  const t = doc.tokens[and];
  return (
    first.kind === 'name' &&
    second.kind === 'name' &&
    first.to === and &&
    !overlapsOrganization(doc, t.start, t.end) &&
    isKnownPerson(doc, first) &&
    isKnownPerson(doc, second)
  );
}

/** A person the recognizer found here, or a surname of one it found elsewhere ("Voss" after "Mayor Ann Voss"). */
function isKnownPerson(doc: Doc, p: Phrase): boolean {
  if (isPersonAt(doc, p)) return true;
  const surname = doc.tokens[p.nameTo - 1]?.text;
  return !!surname && doc.people.some((m) => m.text.endsWith(` ${surname}`));
}

/**
 * People, place and organization mentions in a text. Owned by the entity recognizer.
 * PLACEHOLDER IMPLEMENTATION (compromise baseline) — to be replaced by the real recognizer; the signature stays.
 */
import nlp from 'compromise';
import type { Place, Span } from '../types';

export interface PersonMention extends Span {
  /** Title or honorific directly before the name, outside the span ("President", "Dr."). */
  title?: string;
}

export interface EntityMentions {
  people: PersonMention[];
  places: Place[];
  organizations: Span[];
}

function spansOf(text: string, matches: { offset: { start: number; length: number } }[]): Span[] {
  return matches.map(({ offset }) => {
    let start = offset.start;
    let end = offset.start + offset.length;
    while (end > start && /[\s.,;:!?'"’”)]/.test(text[end - 1])) end--;
    while (start < end && /[\s'"‘“(]/.test(text[start])) start++;
    return { start, end, text: text.slice(start, end) };
  });
}

export function findEntities(text: string): EntityMentions {
  const doc = nlp(text);
  type J = { offset: { start: number; length: number } };
  const people = spansOf(text, doc.people().json({ offset: true }) as J[]);
  const places = spansOf(text, doc.places().json({ offset: true }) as J[]).map((s) => ({ ...s, name: s.text }));
  const organizations = spansOf(text, doc.organizations().json({ offset: true }) as J[]);
  return { people, places, organizations };
}

/**
 * Whether a speaker phrase is a person or an organization the entity recognizer found: 'Reese disagreed: "…"' names
 * a person, "Each election cycle, …" names no one.
 */
import type { Doc } from '../text/document';
import type { Phrase } from './phrases';
import { SpanIndex } from '../text/spanIndex';

/** Whether a name phrase is a person or an organization the entity recognizer found. */
export function isEntityAt(doc: Doc, p: Phrase): boolean {
  const from = doc.tokens[p.nameFrom].start;
  const to = doc.tokens[p.nameTo - 1].end;
  return overlapsPerson(doc, from, to) || overlapsOrganization(doc, from, to);
}

/** Whether characters [from, to) overlap an organization the entity recognizer found (indexed once per document). */
export function overlapsOrganization(doc: Doc, from: number, to: number): boolean {
  let index = ORG_INDEX.get(doc);
  if (!index) ORG_INDEX.set(doc, (index = new SpanIndex(doc.organizations)));
  return index.overlaps(from, to);
}
const ORG_INDEX = new WeakMap<Doc, SpanIndex>();

/** Whether a name phrase is one the entity recognizer found as a person. */
export function isPersonAt(doc: Doc, phrase: Phrase): boolean {
  return overlapsPerson(doc, doc.tokens[phrase.nameFrom].start, doc.tokens[phrase.nameTo - 1].end);
}

/** Whether characters [from, to) overlap a person the entity recognizer found. */
export function overlapsPerson(doc: Doc, from: number, to: number): boolean {
  let lo = 0;
  let hi = doc.people.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.people[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < doc.people.length && doc.people[lo].start < to && doc.people[lo].end > from;
}

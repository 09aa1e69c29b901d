// The corrections a person can make, each as a pure step from one sidecar to the next (the old one is kept for
// undo). Quote and entity corrections anchor themselves in the current text; speaker-level ones name speakers by
// their canonical name, which re-analysis keeps. Example: setSpeaker(s, text, quote, { name: 'Maria Lopez',
// type: 'person' }) appends { kind: 'setSpeaker', target: <the quote's anchor>, speaker: … }.
import type { QuoteKind, SpeakerType } from '../../core/types';
import { anchorFor } from './anchor';
import type { Range } from './matchSpans';
import type { Annotation, Coding, Sidecar, SpeakerRef } from './types';

type NewAnnotation = Annotation extends infer A ? (A extends Annotation ? Omit<A, 'id' | 'created'> : never) : never;

/** The next free id: "a1", "a2", … after the highest one used. */
export function nextId(sidecar: Sidecar): string {
  let max = 0;
  for (const a of sidecar.annotations) {
    const n = /^a(\d+)$/.exec(a.id);
    if (n) max = Math.max(max, Number(n[1]));
  }
  return `a${max + 1}`;
}

/** A new sidecar with `annotation` appended (id and time filled in). */
export function withAnnotation(sidecar: Sidecar, annotation: NewAnnotation, now = new Date()): Sidecar {
  const full = { ...annotation, id: nextId(sidecar), created: now.toISOString() } as Annotation;
  return { ...sidecar, annotations: [...sidecar.annotations, full] };
}

export function setSpeaker(s: Sidecar, text: string, quote: Range, speaker: SpeakerRef, mention?: Range): Sidecar {
  return withAnnotation(s, {
    kind: 'setSpeaker',
    target: anchorFor(text, quote.start, quote.end),
    speaker,
    ...(mention ? { mention: anchorFor(text, mention.start, mention.end) } : {}),
  });
}

export function mergeSpeakers(s: Sidecar, names: string[], into: string): Sidecar {
  return withAnnotation(s, { kind: 'mergeSpeakers', names, into });
}

export function renameSpeaker(s: Sidecar, name: string, newName: string): Sidecar {
  return withAnnotation(s, { kind: 'renameSpeaker', name, newName });
}

export function setRole(s: Sidecar, name: string, role: string): Sidecar {
  return withAnnotation(s, { kind: 'setRole', name, role });
}

export function notQuote(s: Sidecar, text: string, quote: Range): Sidecar {
  return withAnnotation(s, { kind: 'notQuote', target: anchorFor(text, quote.start, quote.end) });
}

export function confirm(s: Sidecar, text: string, quote: Range): Sidecar {
  return withAnnotation(s, { kind: 'confirm', target: anchorFor(text, quote.start, quote.end) });
}

export interface NewQuote {
  range: Range;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  mention?: Range;
  cue?: Range;
  /** The pieces of a quote interrupted by its attribution. */
  parts?: Range[];
}

export function addQuote(s: Sidecar, text: string, q: NewQuote): Sidecar {
  const anchor = (r: Range): ReturnType<typeof anchorFor> => anchorFor(text, r.start, r.end);
  return withAnnotation(s, {
    kind: 'addQuote',
    target: anchor(q.range),
    quoteKind: q.kind,
    speaker: q.speaker,
    ...(q.mention ? { mention: anchor(q.mention) } : {}),
    ...(q.cue ? { cue: anchor(q.cue) } : {}),
    ...(q.parts && q.parts.length > 0 ? { parts: q.parts.map(anchor) } : {}),
  });
}

export function changeExtent(s: Sidecar, text: string, quote: Range, extent: Range): Sidecar {
  return withAnnotation(s, {
    kind: 'changeExtent',
    target: anchorFor(text, quote.start, quote.end),
    extent: anchorFor(text, extent.start, extent.end),
  });
}

export type EntityKind = 'place' | 'person';

export function markEntity(s: Sidecar, text: string, kind: EntityKind, range: Range, name?: string): Sidecar {
  return withAnnotation(s, {
    kind: kind === 'place' ? 'markPlace' : 'markPerson',
    target: anchorFor(text, range.start, range.end),
    ...(name ? { name } : {}),
  });
}

export function notEntity(s: Sidecar, text: string, kind: EntityKind, range: Range): Sidecar {
  return withAnnotation(s, {
    kind: kind === 'place' ? 'notPlace' : 'notPerson',
    target: anchorFor(text, range.start, range.end),
  });
}

/** Marks (or, with undefined, unmarks) the file as a person's complete coding of the article. */
export function setCoding(s: Sidecar, coding: Coding | undefined): Sidecar {
  const next: Sidecar = { ...s };
  if (coding) next.coding = coding;
  else delete next.coding;
  return next;
}

/** Removes one annotation (an orphan the person gave up on). */
export function removeAnnotation(s: Sidecar, id: string): Sidecar {
  return { ...s, annotations: s.annotations.filter((a) => a.id !== id) };
}

/** Moves an anchored annotation to `range` of the current text (re-anchoring an orphan to the selection). */
export function reanchor(s: Sidecar, text: string, id: string, range: Range): Sidecar {
  return {
    ...s,
    annotations: s.annotations.map((a) =>
      a.id === id && 'target' in a ? { ...a, target: anchorFor(text, range.start, range.end) } : a,
    ),
  };
}

export type { SpeakerType };

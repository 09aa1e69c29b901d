// Applies a person's annotations (the sidecar) to the machine's analysis: the one place where "human wins" is
// decided, used by the worker, the host's fallback and the CLI alike. Annotations apply in file order (the order
// they were made), each to the analysis as the previous ones left it, so "change the extent, then set the
// speaker of the changed quote" works. Nothing is dropped: an annotation whose text is gone, or whose quote the
// machine no longer finds, is returned in `orphans`.
import type { Analysis, Place, Quote, Span } from '../../core/types';
import { resolveAnchor } from './anchor';
import { deriveSpeakers, type SpeakerEdits } from './deriveSpeakers';
import { matchIndex, overlaps, type Range } from './matchSpans';
import type { AddQuote, Anchor, AnchoredAnnotation, Annotation, Sidecar } from './types';

export type OrphanReason = 'text-gone' | 'no-quote';

export interface Orphan {
  annotation: AnchoredAnnotation;
  /** text-gone: the anchored text is no longer in the article; no-quote: it is, but no quote is there any more. */
  reason: OrphanReason;
}

export interface Applied {
  analysis: Analysis;
  orphans: Orphan[];
}

interface Work {
  text: string;
  quotes: Quote[];
  people: Span[];
  places: Place[];
  edits: SpeakerEdits;
  orphans: Orphan[];
}

const spanOf = (text: string, r: Range): Span => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });

function resolveSpan(text: string, anchor: Anchor | undefined): Span | null {
  const r = anchor && resolveAnchor(text, anchor);
  return r ? spanOf(text, r) : null;
}

function addedQuote(w: Work, a: AddQuote, at: Range): Quote {
  const parts = (a.parts ?? []).map((p) => resolveSpan(w.text, p)).filter((p): p is Span => p !== null);
  const quote: Quote = {
    ...spanOf(w.text, at),
    kind: a.quoteKind,
    speaker: a.speaker?.name ?? null,
    speakerId: null,
    speakerMention: resolveSpan(w.text, a.mention),
    cue: resolveSpan(w.text, a.cue),
    confidence: 1,
    origin: 'human',
    check: 'added',
  };
  if (parts.length > 1) quote.parts = parts.sort((x, y) => x.start - y.start);
  if (a.speaker) w.edits.types.set(a.speaker.name, a.speaker.type);
  return quote;
}

/** Applies an annotation about a quote; false when the quote it is about is not there (an orphan). */
function applyToQuote(w: Work, a: AnchoredAnnotation, at: Range): boolean {
  if (a.kind === 'addQuote') {
    // A person's quote replaces the machine's overlapping ones (a different extent of the same words).
    w.quotes = w.quotes.filter((q) => !overlaps(q, at));
    w.quotes.push(addedQuote(w, a, at));
    return true;
  }
  const i = matchIndex(w.quotes, at);
  if (a.kind === 'notQuote') {
    if (i >= 0) w.quotes.splice(i, 1);
    return true; // no quote there any more is what the person asked for
  }
  if (i < 0) return false;
  const q = w.quotes[i];
  if (a.kind === 'setSpeaker') {
    markChecked(q, a.speaker.name === q.speaker ? 'confirmed' : 'corrected');
    q.speaker = a.speaker.name;
    q.speakerMention = resolveSpan(w.text, a.mention);
    w.edits.types.set(a.speaker.name, a.speaker.type);
  } else if (a.kind === 'changeExtent') {
    const extent = resolveAnchor(w.text, a.extent);
    if (!extent) return false;
    markChecked(q, 'corrected');
    Object.assign(q, spanOf(w.text, extent));
    delete q.parts; // the pieces of the old extent no longer describe the new one
  } else {
    markChecked(q, 'confirmed');
  }
  return true;
}

/**
 * Records that a person checked the quote, and how. The strongest action wins (added > corrected > confirmed: a
 * confirmation after a correction confirms the correction), and the machine's speaker is kept from before the first
 * correction, so the hover can say "the machine said Bell".
 */
function markChecked(q: Quote, check: 'confirmed' | 'corrected'): void {
  if (q.origin !== 'human') {
    q.origin = 'human';
    if (check === 'corrected') q.machineSpeaker = q.speaker;
    q.check = check;
  } else if (check === 'corrected' && q.check === 'confirmed') {
    q.machineSpeaker = q.speaker; // a confirmation leaves the machine's speaker in place
    q.check = 'corrected';
  }
  q.confidence = 1;
}

function applyToEntities(w: Work, a: AnchoredAnnotation, at: Range): void {
  switch (a.kind) {
    case 'markPlace':
      w.places = w.places.filter((p) => !overlaps(p, at));
      w.places.push({ ...spanOf(w.text, at), name: a.name ?? w.text.slice(at.start, at.end) });
      break;
    case 'markPerson':
      w.people = w.people.filter((p) => !overlaps(p, at));
      w.people.push(spanOf(w.text, at));
      break;
    case 'notPlace':
      w.places = w.places.filter((p) => !overlaps(p, at));
      break;
    case 'notPerson':
      w.people = w.people.filter((p) => !overlaps(p, at));
      break;
  }
}

const ENTITY_KINDS = new Set<Annotation['kind']>(['markPlace', 'markPerson', 'notPlace', 'notPerson']);

function applyOne(w: Work, a: Annotation): void {
  switch (a.kind) {
    case 'renameSpeaker':
      if (a.newName !== a.name) w.edits.alias.set(a.name, a.newName);
      return;
    case 'mergeSpeakers':
      for (const name of a.names) if (name !== a.into) w.edits.alias.set(name, a.into);
      return;
    case 'setRole':
      w.edits.roles.set(a.name, a.role);
      return;
  }
  const at = resolveAnchor(w.text, a.target);
  if (!at) {
    w.orphans.push({ annotation: a, reason: 'text-gone' });
    return;
  }
  if (ENTITY_KINDS.has(a.kind)) applyToEntities(w, a, at);
  else if (!applyToQuote(w, a, at)) w.orphans.push({ annotation: a, reason: 'no-quote' });
}

/**
 * The analysis with the person's annotations applied. Every quote gets `origin`: 'human' when a person
 * corrected, added or confirmed it. With `coding.complete`, machine quotes no annotation touched are hidden.
 * The input analysis is not modified.
 */
export function applyAnnotations(analysis: Analysis, text: string, sidecar: Sidecar | undefined): Applied {
  // Nothing to apply (most articles): the machine's analysis as it is, without copying thousands of quotes.
  if (!sidecar || (sidecar.annotations.length === 0 && !sidecar.coding?.complete)) return { analysis, orphans: [] };
  const w: Work = {
    text,
    quotes: analysis.quotes.map((q) => ({ ...q, origin: q.origin ?? 'machine' })),
    people: analysis.people.map((p) => ({ ...p })),
    places: analysis.places.map((p) => ({ ...p })),
    edits: { alias: new Map(), types: new Map(), roles: new Map() },
    orphans: [],
  };
  for (const a of sidecar.annotations) applyOne(w, a);
  let quotes = w.quotes.sort((a, b) => a.start - b.start || a.end - b.end);
  if (sidecar.coding?.complete) quotes = quotes.filter((q) => q.origin === 'human');
  const speakers = deriveSpeakers(analysis.speakers, quotes, w.edits);
  const byStart = (a: Range, b: Range): number => a.start - b.start;
  return {
    analysis: { quotes, speakers, people: w.people.sort(byStart), places: w.places.sort(byStart) },
    orphans: w.orphans,
  };
}

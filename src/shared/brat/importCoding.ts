/**
 * A brat coding as the article's human annotations: each attribution becomes an `addQuote` (content, parts, Source as
 * the mention, Cue), each Place and Person a `markPlace` / `markPerson`, and the sidecar is flagged as a person's
 * complete coding, so machine quotes the file does not hold are hidden (not deleted).
 *
 * Imported annotations carry ids "brat-E1", "brat-T21" (the brat ids): a later import replaces them, and undoing
 * the import removes them and the flag, which brings the machine's quotes back. Corrections the person made before
 * stay, and apply first: where they overlap an imported quote, the import wins (addQuote replaces the quote).
 *
 *   E1	Attribution:T4 Content:T3 Cue:T2 Source:T1  →  { id: "brat-E1", kind: "addQuote", target: <T3>, mention: <T1>, … }
 */
import type { Analysis, Span, SpeakerType } from '../../core/types';
import { anchorFor } from '../annotations/anchor';
import type { AddQuote, Annotation, Anchor, MarkEntity, Sidecar, SpeakerRef } from '../annotations/types';
import type { BratAttribution, BratAttributions } from './attributions';
import { attributionToQuote } from './bratQuotes';
import type { Fragment } from './standoff';

export const IMPORT_ID_PREFIX = 'brat-';

const isImported = (a: Annotation): boolean => a.id.startsWith(IMPORT_ID_PREFIX);

export function hasImport(sidecar: Sidecar): boolean {
  return sidecar.coding?.source?.startsWith('brat:') === true || sidecar.annotations.some(isImported);
}

/** The sidecar as it was before any brat import: imported annotations and the complete-coding flag removed. */
export function undoImport(sidecar: Sidecar): Sidecar {
  const next: Sidecar = { ...sidecar, annotations: sidecar.annotations.filter((a) => !isImported(a)) };
  if (next.coding?.source?.startsWith('brat:')) delete next.coding;
  return next;
}

/**
 * Who the Source names: the machine's speaker with a mention there (its canonical name and type: "she" → "Clara
 * Okafor"), else the Source's own words as a person's name.
 */
function speakerAt(machine: Analysis, source: Span | null): SpeakerRef | null {
  if (!source) return null;
  const speaker = machine.speakers.find((s) => s.mentions.some((m) => m.start < source.end && m.end > source.start));
  const type: SpeakerType = speaker?.type ?? 'person';
  return { name: speaker?.name ?? source.text, type };
}

function quoteAnnotation(text: string, machine: Analysis, a: BratAttribution, created: string): AddQuote {
  const quote = attributionToQuote(text, a);
  const anchor = (s: Span): Anchor => anchorFor(text, s.start, s.end);
  return {
    id: `${IMPORT_ID_PREFIX}${a.id}`,
    created,
    kind: 'addQuote',
    target: anchor(quote),
    quoteKind: quote.kind,
    speaker: speakerAt(machine, quote.speakerMention),
    ...(quote.speakerMention ? { mention: anchor(quote.speakerMention) } : {}),
    ...(quote.cue ? { cue: anchor(quote.cue) } : {}),
    ...(quote.parts ? { parts: quote.parts.map(anchor) } : {}),
  };
}

function entityAnnotation(
  text: string,
  kind: MarkEntity['kind'],
  [start, end]: Fragment,
  index: number,
  created: string,
): MarkEntity {
  return {
    id: `${IMPORT_ID_PREFIX}${kind === 'markPlace' ? 'place' : 'person'}${index + 1}`,
    created,
    kind,
    target: anchorFor(text, start, end),
  };
}

/** The sidecar after importing `coding` (from the file named `source`) over `previous`; `machine` names speakers. */
export function importCoding(
  previous: Sidecar,
  text: string,
  machine: Analysis,
  coding: BratAttributions,
  source: string,
  now = new Date(),
): Sidecar {
  const created = now.toISOString();
  const kept = undoImport(previous);
  const imported: Annotation[] = [
    ...coding.attributions.map((a) => quoteAnnotation(text, machine, a, created)),
    ...coding.places.map((p, i) => entityAnnotation(text, 'markPlace', p, i, created)),
    ...coding.people.map((p, i) => entityAnnotation(text, 'markPerson', p, i, created)),
  ];
  return {
    version: kept.version,
    coding: { complete: true, source: `brat:${source}` },
    annotations: [...kept.annotations, ...imported],
  };
}

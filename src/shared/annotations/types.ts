// The sidecar file (`story.txt.annotations.json` beside `story.txt`) holds what a person decided about an
// article's analysis. Its shape is documented in schemas/annotations.schema.json; this file is its TypeScript
// twin (keep both in step: test/unit/annotations-schema.test.ts checks them against each other).
import type { QuoteKind, SpeakerType } from '../../core/types';

export const SIDECAR_VERSION = 1;
export const SIDECAR_SUFFIX = '.annotations.json';

/**
 * Where an annotation sits in the article: offsets (a W3C TextPositionSelector) and the text itself with up to
 * 32 characters before and after (a TextQuoteSelector), so it can be found again after the article changed.
 * Example: { start: 120, end: 141, exact: '"We will not resign,"', prefix: 'the meeting. ', suffix: ' Hale said.' }
 */
export interface Anchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A speaker named by a person: an existing one of the article, or a new name with its type. */
export interface SpeakerRef {
  name: string;
  type: SpeakerType;
}

interface Base {
  /** Unique within the file ("a1", "a2", … or any string). */
  id: string;
  /** ISO 8601 time the person made it. */
  created?: string;
}

/** "This quote is Maria Lopez's": `target` is the quote; `mention` the words naming her, when marked. */
export interface SetSpeaker extends Base {
  kind: 'setSpeaker';
  target: Anchor;
  speaker: SpeakerRef;
  mention?: Anchor;
}

/** "These are one person": every quote of the speakers named in `names` goes to `into`. */
export interface MergeSpeakers extends Base {
  kind: 'mergeSpeakers';
  names: string[];
  into: string;
}

export interface RenameSpeaker extends Base {
  kind: 'renameSpeaker';
  name: string;
  newName: string;
}

export interface SetRole extends Base {
  kind: 'setRole';
  name: string;
  role: string;
}

export interface NotQuote extends Base {
  kind: 'notQuote';
  target: Anchor;
}

/**
 * A quote a person marked (or imported): its content `target`, optional `parts` when the content is interrupted
 * by the attribution, its speaker, the words naming the speaker and the reporting cue.
 */
export interface AddQuote extends Base {
  kind: 'addQuote';
  target: Anchor;
  quoteKind: QuoteKind;
  speaker: SpeakerRef | null;
  mention?: Anchor;
  cue?: Anchor;
  parts?: Anchor[];
}

export interface ChangeExtent extends Base {
  kind: 'changeExtent';
  /** The quote as it was. */
  target: Anchor;
  /** Its new extent. */
  extent: Anchor;
}

export interface MarkEntity extends Base {
  kind: 'markPlace' | 'markPerson';
  target: Anchor;
  /** Canonical name, when it differs from the text ("Kuril Islands" for "the Kurils"). */
  name?: string;
}

export interface RemoveEntity extends Base {
  kind: 'notPlace' | 'notPerson';
  target: Anchor;
}

/** A person checked a machine quote and agrees with it. */
export interface Confirm extends Base {
  kind: 'confirm';
  target: Anchor;
}

export type Annotation =
  | SetSpeaker
  | MergeSpeakers
  | RenameSpeaker
  | SetRole
  | NotQuote
  | AddQuote
  | ChangeExtent
  | MarkEntity
  | RemoveEntity
  | Confirm;
export type AnnotationKind = Annotation['kind'];
/** Annotations anchored in the text (all but the speaker-level ones). */
export type AnchoredAnnotation = Exclude<Annotation, MergeSpeakers | RenameSpeaker | SetRole>;

/**
 * "This file is a person's complete coding of the article" (e.g. imported from brat): machine quotes that no
 * human annotation matches are hidden (not deleted: they come back when `coding` is removed).
 */
export interface Coding {
  complete: boolean;
  /** Where the coding came from: "brat:story.ann", a coder's name … */
  source?: string;
}

export interface Sidecar {
  version: typeof SIDECAR_VERSION;
  coding?: Coding;
  annotations: Annotation[];
}

export function emptySidecar(): Sidecar {
  return { version: SIDECAR_VERSION, annotations: [] };
}

export function isAnchored(a: Annotation): a is AnchoredAnnotation {
  return 'target' in a;
}

/** `story.txt` → `story.txt.annotations.json`. */
export function sidecarPathFor(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

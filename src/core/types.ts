/**
 * The analysis result. Every offset is a UTF-16 index into the analysed text; `end` is exclusive.
 * This file is the contract between the analysis core and everything that renders it (editor, panel, CLI, exports).
 */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type QuoteKind = 'direct' | 'indirect';

export interface Quote extends Span {
  /**
   * direct: words in quotation marks; indirect: reported speech (its content), or a transcript turn's words after
   * its speaker's label ("MWANGI: Because …"), which carry no marks.
   */
  kind: QuoteKind;
  /** The pieces of a quote interrupted by its attribution ("A," he said, "B."). */
  parts?: Span[];
  /** Canonical speaker: "Vladimir Putin", "the Foreign Ministry", "a senior official". */
  speaker: string | null;
  /** Key into `Analysis.speakers`. */
  speakerId: string | null;
  /** A joint quote ("Putin and Abe agreed …"): every speaker's key, `speakerId` first. Absent for one speaker. */
  speakerIds?: string[];
  /** The words that attribute the quote here: "he", "the Russian president", "Lavrov". */
  speakerMention: Span | null;
  /** The reporting cue: "said", "told reporters", "according to". */
  cue: Span | null;
  /** 0..1, calibrated on annotated news: at ≥ 0.8 the speaker is right about 19 times in 20. */
  confidence: number;
  /** 'human' when a person corrected, added or confirmed it (see src/shared/annotations/), else 'machine'. */
  origin: QuoteOrigin;
  /**
   * What the person did, when `origin` is 'human': a fact-checker must tell "I checked the machine's answer" from
   * "I fixed it". A correction after a confirmation is 'corrected'; setting the speaker the machine had is 'confirmed'.
   */
  check?: HumanCheck;
  /** Who the machine named before a person set another speaker (null: it named nobody). Only with 'corrected'. */
  machineSpeaker?: string | null;
  /** Why the confidence is low, in a few words ("pronoun far from its antecedent", "no speaker found"). */
  confidenceReason?: string;
}

export type QuoteOrigin = 'machine' | 'human';

export type HumanCheck = 'confirmed' | 'corrected' | 'added';

export type SpeakerType = 'person' | 'organization' | 'anonymous' | 'document';

export interface Speaker {
  id: string;
  name: string;
  type: SpeakerType;
  role?: string;
  mentions: Span[];
  quoteCount: number;
}

export interface Place extends Span {
  /** Canonical name ("Kuril Islands" for "the Kuril islands"). */
  name: string;
  /** country, city, region, island, sea, … when known. */
  kind?: string;
  /** The country it lies in, when known. */
  country?: string;
}

export interface Analysis {
  quotes: Quote[];
  speakers: Speaker[];
  people: Span[];
  places: Place[];
}

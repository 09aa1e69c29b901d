/**
 * The speaker table's records: an entity as coreference knows it (Entry: its names, roles, gender, when it last spoke),
 * a resolved speaker phrase (Resolution) and the pieces a description is taken apart into.
 */
import type { DocToken } from '../text/document';
import type { Span, SpeakerType } from '../types';
import type { Gender } from './gender';
import type { Phrase } from '../attribution/phrases';

/** A speaker description taken apart (describe in descriptions.ts). */
export interface Description {
  words: DocToken[];
  headIndex: number;
  head: string;
  singular: string;
  determiner: string;
  definite: boolean;
  plural: boolean;
  text: string;
  /** A person's noun that names a body after its modifier: "the coast guard", "the national guard". */
  body?: boolean;
}

export interface Entry {
  key: string;
  name: string;
  type: SpeakerType;
  role?: string;
  /** lower-case name words (persons) */
  words: string[];
  roleWords: Set<string>;
  countries: Set<string>;
  gender?: Gender;
  /**
   * Where the gender came from: an honorific outranks a gendered noun by the name ("Councilwoman", "a father of
   * three"), which outranks a first name (but is only taken over one when it is a noun of sex or kin: "spokesman" is
   * said of women too), which outranks the pronoun taking the name up in the text ('context'), which outranks a
   * guess from a first name both sexes bear ('sharedName': "Lindsey", "Leslie"), which outranks a guess from the
   * pronoun a speaker was resolved from.
   */
  genderFrom?: 'honorific' | 'noun' | 'name' | 'context' | 'sharedName' | 'pronoun';
  plural: boolean;
  lastSeen: number;
  /** Offset of its latest attribution, -1 if it has not spoken. */
  lastSpoke: number;
  /** Line of its latest attribution. */
  lastSpokeLine: number;
  mentions: Span[];
  quoteCount: number;
  isSpeaker: boolean;
  /** An unnamed speaker described as a person ("the woman", "a spokesman"), not a text or a thing ("the book"). */
  someone?: boolean;
  /** The named writer of a first-person piece ("By Walter Hale" … "I asked him"): only ever "I", never "he". */
  firstPerson?: boolean;
  /** The age the article gives ("Asante, 19,"), for "the 19-year-old" and "the teenager" (epithets.ts). */
  age?: number;
  /**
   * A relative the article first names by a given name alone ("his brother, Freddy") and in full only later: it
   * keeps calling them by the given name, so a bare shared surname ("Mr. Trump said") means a namesake.
   */
  knownByGivenName?: boolean;
}

export interface Resolution {
  entry: Entry | null;
  /**
   * 0..1: how sure the speaker is. Each way of finding a speaker has the share it got right on the training articles
   * (PolNeAR train, by resolved name): a named person 0.97, "he" after the paragraph's speaker 0.88, the person
   * named last 0.5 (`npm run eval` prints the table by reason).
   */
  certainty: number;
  /** The other speakers of a joint phrase ("Putin and Abe agreed"): `entry` is the first. */
  others?: Entry[];
  /** How the speaker was found, in a few words ("pronoun: the latest speaker"): the reason a confidence is low. */
  basis?: string;
}

export interface SpeakerRequest {
  phrase: Phrase;
  /** Called with the resolution, in text order. */
  done(r: Resolution): void;
}

export interface PendingRole {
  head: string;
  modifiers: string[];
  mention: Span;
  attributes: boolean;
  resolution: Resolution;
  /** Deferred from the lede ("its leader"), not the headline: left unfilled, it is its own unnamed speaker. */
  lede?: boolean;
}

/**
 * A US party tag right after a name: "Sen. Rand Paul (R-Ky.)", "Rep. Jane Roe, D-N.Y., said". It says the person's
 * party and state, so that "the Kentucky Republican" later finds them.
 */
import { PARTY_LETTERS, US_STATE_TAGS } from '../lexicon/speakerWords';

const TAG = /^(?:,[ \t]*|[ \t]*\()([RDI])-([A-Z](?:[A-Za-z]*\.?){1,3})(?=[),\s])/;

export interface PartyTag {
  party: string;
  /** lower case: "new york" */
  state: string;
}

/** The party tag starting at `end` (just after a name), if any. */
export function partyTagAt(text: string, end: number): PartyTag | null {
  const m = TAG.exec(text.slice(end, end + 16));
  if (!m) return null;
  const party = PARTY_LETTERS.get(m[1]);
  const state = US_STATE_TAGS.get(m[2].replace(/\.$/, ''));
  return party && state ? { party, state } : null;
}

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

/** Every US state's name as the party tags' table writes it, lower case ("idaho", "new-york"). */
const STATE_NAMES: ReadonlySet<string> = new Set(US_STATE_TAGS.values());
const OF_STATE = /^[ \t]+(?:of|from)[ \t]+((?:[A-Z][a-z]+[ \t]?){1,2})/;

/**
 * "Governor Brigham Stott of Utah", "Senator Diane Marchetti of Idaho": the state after a name says whom "the Utah
 * governor" denotes later, as a party tag does; the party stays unknown (empty).
 */
export function stateAfterName(text: string, end: number): PartyTag | null {
  const m = OF_STATE.exec(text.slice(end, end + 30));
  if (!m) return null;
  const words = m[1].trim().split(/[ \t]+/);
  // "of New Mexico" before "of Utah": the longest state name that matches
  for (let n = words.length; n >= 1; n--) {
    const state = words.slice(0, n).join('-').toLowerCase();
    if (STATE_NAMES.has(state)) return { party: '', state };
  }
  return null;
}

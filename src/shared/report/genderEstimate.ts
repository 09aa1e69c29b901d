/**
 * A speaker's likely gender, estimated the way the Gender Gap Tracker does: from a title in one of their mentions
 * ("Mrs. Okafor" → female, "Sir Tomas Brandt" → male), else from their first name ("Clara Okafor" → female, via the
 * generated first-name list). Anything else — unisex or unknown names, conflicting evidence — is "unknown", counted
 * as its own share rather than guessed. Only people get an estimate: organizations and anonymous sources get none.
 */
import { firstNameGender } from '../../core/speakers/gender';
import { FEMALE_HONORIFICS, MALE_HONORIFICS } from '../../core/lexicon/lexicon';
import type { Speaker } from '../../core/types';

export { GENDER_METHOD } from './genderMethod';

export type GenderEstimate = 'female' | 'male' | 'unknown';

function titleGender(mentions: ReadonlyArray<{ text: string }>): GenderEstimate | undefined {
  let found: GenderEstimate | undefined;
  for (const m of mentions) {
    const first = m.text.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    const g = MALE_HONORIFICS.has(first) ? 'male' : FEMALE_HONORIFICS.has(first) ? 'female' : undefined;
    if (!g) continue;
    if (found && found !== g) return 'unknown'; // "Mr." and "Mrs." for one speaker: the coreference merged two people
    found = g;
  }
  return found;
}

/** Female, male or unknown for a named person; undefined for organizations and anonymous sources. */
export function estimateGender(speaker: Pick<Speaker, 'name' | 'type' | 'mentions'>): GenderEstimate | undefined {
  if (speaker.type !== 'person') return undefined;
  const byTitle = titleGender(speaker.mentions);
  if (byTitle) return byTitle;
  const words = speaker.name.trim().split(/\s+/);
  // "Clara Okafor": the first word; a single word is a surname or a mononym and says nothing
  if (words.length < 2) return 'unknown';
  const first = words[0].replace(/[.,]$/, '');
  const initial = /^\p{Lu}\.?$/u.test(first); // "J. Smith"
  return (!initial && firstNameGender(first)) || 'unknown';
}

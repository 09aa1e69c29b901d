/**
 * "The National Basketball Association fined the Knicks. '…,' the league said": a sport's association, federation
 * or conference is its league, though its name lacks the word. Only a body named for a sport: "the league said"
 * after "the National Rifle Association" is no such body, nor is "the National Basketball Players Association" (the
 * players' union facing the league).
 */
import { SPORT_NAMES, SPORTS_BODY_ENDS, SPORTS_MEMBER_WORDS } from '../lexicon/speakerWords';

/** Whether "the league" (`head`) may denote the organization whose lower-case name words are `names`. */
export function leagueOfSport(head: string, names: readonly string[]): boolean {
  if (head !== 'league' || names.length < 2) return false;
  // a players' or referees' association is a union of members, not the league
  if (names.some((w) => SPORTS_MEMBER_WORDS.has(w))) return false;
  return SPORTS_BODY_ENDS.has(names[names.length - 1]) && names.some((w) => SPORT_NAMES.has(w));
}

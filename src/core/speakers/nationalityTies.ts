/**
 * Where the text ties a person to a country as it names them: "Sweden's Henrik Lind", "Swedish skier Henrik Lind",
 * "Carla Ruiz of Spain", "Henrik Lind (Sweden)". A later "the Swede said" may take that person up however many
 * paragraphs lie between, as a sports report's "the Norwegian" does after the results.
 */
import type { Span } from '../types';
import { demonymCountry, lookupPlace } from '../entities/gazetteer';

/** "Sweden's", "Swedish", then up to three lower-case words of role ("Sweden's world champion"), right before the name. */
const TIE_BEFORE = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:['’]s)?(?: [\p{Ll}-]+){0,3} $/u;
/** " of Spain", " from Spain", " (Spain)", ", a Spaniard", right after the name. */
const TIE_AFTER = /^(?: (?:of|from) | \(|, an? )(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/u;
/** How far back in the recognizer's people a tie is looked for. */
const MAX_PEOPLE_BACK = 40;

/** The country, lower-case, a country's name or a demonym stands for ("Sweden", "Swedish", "Swede" → "sweden"). */
function countryNamed(word: string): string | undefined {
  const place = lookupPlace(word);
  const country = place?.kind === 'country' ? place.country : demonymCountry(word);
  return country?.toLowerCase();
}

/** The country the words right around a person's name tie them to, if any. */
export function countryBeside(text: string, person: Span): string | undefined {
  const before = TIE_BEFORE.exec(text.slice(Math.max(0, person.start - 48), person.start));
  const after = TIE_AFTER.exec(text.slice(person.end, person.end + 40));
  return (before && countryNamed(before[1])) ?? (after ? countryNamed(after[1]) : undefined);
}

/** The latest person named before `at` whom the text ties to `country` beside their name. */
export function latestTiedTo(text: string, people: Span[], country: string, at: number): Span | null {
  let seen = 0;
  for (let i = people.length - 1; i >= 0 && seen < MAX_PEOPLE_BACK; i--) {
    const p = people[i];
    if (p.end > at) continue;
    seen++;
    if (countryBeside(text, p) === country) return p;
  }
  return null;
}

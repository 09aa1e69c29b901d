/**
 * Storms are named like people but are neither people nor places: "Hurricane Laura made landfall", "Typhoon Hagibis",
 * "Tropical Storm Cristobal". The name keeps that sense for the whole block: "Hurricane Beryl made landfall near
 * Matagorda … Beryl's winds toppled trees" (the tagger reads the bare "Beryl" as a woman).
 */
import { STORM_WORDS } from '../../lexicon/entityWords';
import { isCapitalized } from '../features';
import type { Token } from '../tokenize';
import type { EntityRule } from './context';

/**
 * The words that name a storm in `tokens`: a capitalized word right after a capitalized storm word ("Typhoon
 * Yinxing", "Tropical Storm Debby"). `lower`, when given, holds the tokens' lower-case forms.
 */
export function namesOfStorms(tokens: readonly Token[], lower?: readonly string[]): Set<string> {
  const names = new Set<string>();
  const low = (k: number) => lower?.[k] ?? tokens[k].text.toLowerCase();
  for (let k = 1; k < tokens.length; k++)
    if (
      isCapitalized(tokens[k - 1].text) &&
      isCapitalized(tokens[k].text) &&
      STORM_WORDS.has(low(k - 1)) &&
      !STORM_WORDS.has(low(k))
    )
      names.add(tokens[k].text);
  return names;
}

export const stormNames: EntityRule = {
  name: 'storm names',
  apply(ctx) {
    const { tokens, lower, ents } = ctx;
    if (!ctx.holds(STORM_WORDS)) return;
    const names = namesOfStorms(tokens, lower);
    for (const e of ents.list) {
      if (e.type !== 'PER' && e.type !== 'LOC') continue;
      const opens = STORM_WORDS.has(lower[e.from]) && e.to - e.from >= 2;
      const after = e.from > 0 && STORM_WORDS.has(lower[e.from - 1]) && isCapitalized(tokens[e.from - 1].text);
      // a later bare mention ("Yinxing had torn the roofs off"); a full name ("Beryl Okafor") is somebody's
      const again = e.to - e.from === 1 && names.has(tokens[e.from].text);
      if (opens || after || again) e.type = 'MISC';
    }
  },
};

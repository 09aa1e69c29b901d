/**
 * A name of two or three words that no list and no model weight knows, after a preposition of where or whither, is a
 * place the gazetteer lacks, not a person: "positions near Chasiv Yar", "forests toward Birnin Gwari", "20 km north
 * of Kafr Dahab" (the tagger reads two unknown capitalized words as a given name and a surname). A known given name
 * keeps the person ("sat near Sean Baker"), and so do one word alone ("hostility toward Trump") and a word of another
 * person's name in the block.
 */
import { UNKNOWN_WORD } from '../features';
import { lexiconTags } from '../gazetteer';
import { COMPASS_POINTS, WHERE_PREPOSITIONS } from '../../lexicon/entityWords';
import type { Entity, EntityRule, RuleContext } from './context';

/** The words before `from` put what follows somewhere: "near X", "towards X", "north of X". */
function whereBefore({ tokens, lower }: RuleContext, from: number): boolean {
  const before = lower[from - 1] ?? '';
  if (tokens[from - 1]?.text !== before) return false; // lower case only: "Near" opens a headline's name
  if (WHERE_PREPOSITIONS.has(before)) return true;
  return before === 'of' && COMPASS_POINTS.has(lower[from - 2] ?? '') && tokens[from - 2].text === lower[from - 2];
}

/** Every word of the entity is unknown to the model and to the lexicons (no given name, surname or place). */
function allUnknown({ p, lower }: RuleContext, e: Entity): boolean {
  for (let k = e.from; k < e.to; k++)
    if (p.identity[k] !== UNKNOWN_WORD || p.gaz[k] !== 0 || lexiconTags(lower[k], p.wordHash[k]) !== '') return false;
  return true;
}

/** The words of the block's other people: "Debbie Wasserman Schultz" keeps "toward Wasserman Schultz" hers. */
function otherPeoplesWords({ tokens, ents }: RuleContext, except: Entity): Set<string> {
  const out = new Set<string>();
  for (const e of ents.list)
    if (e.type === 'PER' && e !== except) for (let k = e.from; k < e.to; k++) out.add(tokens[k].text);
  return out;
}

export const unknownNamesOfPlaces: EntityRule = {
  name: 'unknown names after a preposition of place',
  apply(ctx) {
    if (!ctx.holds(WHERE_PREPOSITIONS) && !ctx.holds(COMPASS_POINTS)) return;
    for (const e of ctx.ents.list) {
      const size = e.to - e.from;
      if (e.type !== 'PER' || size < 2 || size > 3 || e.from < 1) continue;
      if (!whereBefore(ctx, e.from) || !allUnknown(ctx, e)) continue;
      const named = otherPeoplesWords(ctx, e);
      if (!ctx.tokens.slice(e.from, e.to).some((t) => named.has(t.text))) e.type = 'LOC';
    }
  },
};

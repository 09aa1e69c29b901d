/**
 * A name word before "bin", "binti" or "ibn" and a person is the person's given name: "Abdulla bin Touq al-Marri",
 * "Siti binti Aziz". The particles occur only inside a person's name, so whatever the tagger made of the word before
 * them (an organization, for an unknown spelling such as "Abdulla"), it opens the name.
 */
import { NOT_TITLE_WORDS } from '../../lexicon/entityWords';
import { PERSON_ONLY_PARTICLES } from '../../lexicon/speakerWords';
import { lexiconTags } from '../gazetteer';
import { adjacent, isNameWord, type EntityRule, type RuleContext } from './context';

/**
 * Token k is a lower-case person-only particle with a name word before it on its line, not a common word that is no
 * given name ("the Recycling bin").
 */
function particleAfterName({ text, p, tokens, lower }: RuleContext, k: number): boolean {
  if (k < 1 || !PERSON_ONLY_PARTICLES.has(tokens[k].text) || !isNameWord(tokens[k - 1].text)) return false;
  const tags = lexiconTags(lower[k - 1], p.wordHash[k - 1]);
  return (
    (tags.includes('f') || !tags.includes('w')) &&
    !NOT_TITLE_WORDS.has(lower[k - 1]) &&
    adjacent(text, tokens, k - 1, k)
  );
}

export const patronymicNames: EntityRule = {
  name: 'a name word before "bin" and a person opens the name',
  apply(ctx) {
    const { ents } = ctx;
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to === e.from) continue;
      // "Mohammed bin Rashid bin Saeed": one step back for each particle
      while (particleAfterName(ctx, e.from - 1)) {
        const before = ents.at(e.from - 2);
        if (before && (before.to !== e.from - 1 || before.to - before.from !== 1)) break;
        if (before) ents.remove(before);
        ents.resize(e, e.from - 2, e.to);
      }
    }
  },
};

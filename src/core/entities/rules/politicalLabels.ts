/**
 * A word for a person's politics opening a sentence is no part of the name after it: "Hardliner Ebrahim Raisi said",
 * "Peronist Alberto Fernández won". The tagger, meeting a capitalized word it never saw before a name, takes it in.
 * The name left must have two words or more ("Reformist Khatami" may be one's name as well as a label's).
 */
import { POLITICAL_LABELS } from '../../lexicon/entityWords';
import type { EntityRule } from './context';
import { opensSentence } from './people';

/** Fewest tokens of the person with the label: the label and a name of two words. */
const LEAST = 3;

export const politicalLabels: EntityRule = {
  name: 'a political label opening a sentence is no part of the name',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < LEAST || !POLITICAL_LABELS.has(lower[e.from])) continue;
      if (opensSentence(ctx, e.from)) ents.resize(e, e.from + 1, e.to);
    }
  },
};

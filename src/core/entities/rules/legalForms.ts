/**
 * A company's legal form closes its name, and the whole run of capitalized words before it is that name: "Kenyan
 * operator Savanna Grid Ltd said" is one organization, though the tagger, meeting a given name ("Savanna"), may read
 * "Savanna" alone, or "Grid Ltd" as a person. The run stops at a function word ("The", "In"), a possessive ("Kenya's
 * Savanna Grid Ltd" leaves Kenya out), punctuation or a line break.
 *
 * Left alone: a form after a comma ("Apple, Inc.": the name is already whole before it), a form alone, and a hyphened
 * modifier before the name ("Coimbatore-based Sundaram Textiles Ltd" is "Sundaram Textiles Ltd").
 */
import { BRACKETED_FORM_QUALIFIERS, LEGAL_FORMS } from '../../lexicon/entityWords';
import { adjacent, nameRunStart, organizationOver, type EntityRule, type RuleContext } from './context';

/** Capitalized words a company's name may hold before its form: "Pan African Solar Energy Holdings Ltd". */
const COMPANY_NAME_WORDS = 5;

/** "Coimbatore-based", "London-listed": a hyphened modifier before the name is no part of it. */
const HYPHENED_MODIFIER = /-\p{Ll}/u;

/** The first token of the name within [from, k): past the last hyphened modifier. */
function afterModifiers({ tokens }: RuleContext, from: number, k: number): number {
  for (let i = k - 1; i >= from; i--) if (HYPHENED_MODIFIER.test(tokens[i].text)) return i + 1;
  return from;
}

/** The token the name runs back from before the form at k: past a bracketed qualifier ("Apparels (Pvt) Ltd"). */
function nameEndBeforeForm({ lower }: RuleContext, k: number): number {
  const bracketed = k >= 4 && lower[k - 1] === ')' && lower[k - 3] === '(';
  return bracketed && BRACKETED_FORM_QUALIFIERS.has(lower[k - 2]) ? k - 3 : k;
}

export const companiesByLegalForm: EntityRule = {
  name: 'companies by their legal form',
  apply(ctx) {
    if (!ctx.holds(LEGAL_FORMS)) return;
    const { text, tokens, lower, n, ents } = ctx;
    for (let k = 1; k < n; k++) {
      if (!LEGAL_FORMS.has(lower[k]) || !/^\p{Lu}/u.test(tokens[k].text) || !adjacent(text, tokens, k - 1, k)) continue;
      const end = nameEndBeforeForm(ctx, k);
      let from = nameRunStart(ctx, end, COMPANY_NAME_WORDS, true);
      if (from === end) continue;
      // an entity crossing the left edge is part of the name ("the [Bank of Ireland] Group Ltd" stays whole)
      const first = ents.at(from);
      if (first && first.from < from) from = first.from;
      from = afterModifiers(ctx, from, end);
      if (from === end) continue;
      const owner = ents.at(k) ?? ents.at(k - 1) ?? first;
      if (owner && owner.type === 'ORG' && owner.from === from && owner.to === k + 1) continue;
      organizationOver(ents, owner, from, k + 1);
    }
  },
};

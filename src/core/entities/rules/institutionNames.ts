/**
 * Institutions named for a person or a saint and set in a town: "St Thomas' Hospital in London", "Guy's Hospital",
 * "St Mary's College". The tagger, taught by 1996 wire copy, splits them at the possessive ("St Thomas" a body,
 * "Guy" a person) and runs the body over "in" into the town ("Hospital in London").
 */
import { lookupPlaceTokens } from '../gazetteer';
import { BODY_WORDS, EPONYMOUS_INSTITUTION_WORDS } from '../../lexicon/entityWords';
import { isNameWord, type Entity, type EntityRule, type RuleContext } from './context';

/** A body's own word heading an institution's name: "Hospital", "College", "School", "Museum". */
const isInstitutionWord = (w: string): boolean => EPONYMOUS_INSTITUTION_WORDS.has(w);
const isPossessive = (w: string): boolean => w === "'s" || w === '’s' || w === "'" || w === '’';

/**
 * "Hospital in London" read as one body: an institution's word, "in" and a place the gazetteer knows are the body,
 * then the place it stands in. Only after an institution's word: "the Organisation for Security and Cooperation in
 * Europe" is one name.
 */
function splitPlaceAfterIn(ctx: RuleContext, e: Entity): void {
  const { lower, ents } = ctx;
  for (let k = e.from + 1; k < e.to - 1; k++) {
    if (lower[k] !== 'in' || !isInstitutionWord(lower[k - 1]) || !lookupPlaceTokens(lower, k + 1, e.to)) continue;
    const to = e.to;
    ents.resize(e, e.from, k);
    ents.add({ from: k + 1, to, type: 'LOC' });
    return;
  }
}

/** Capitalised words a name before an institution's possessive may hold: "St Thomas", "King", "Great Ormond". */
const MAX_OWNER_WORDS = 3;

/**
 * "St Thomas' Hospital", "Guy's Hospital", "King's College London": a name, its possessive and an institution's word
 * are one body, whatever the tagger made of the name (a person, a body, nothing).
 */
function joinPossessiveInstitution(ctx: RuleContext, mark: number): void {
  const { tokens, lower, ents, n } = ctx;
  const head = mark + 1;
  if (head >= n || mark < 1 || !isNameWord(tokens[head].text) || !isInstitutionWord(lower[head])) return;
  // "the University's Institute for …": one body's part of another, each its own name
  if (!isNameWord(tokens[mark - 1].text) || BODY_WORDS.has(lower[mark - 1]) || isInstitutionWord(lower[mark - 1]))
    return;
  const owner = ents.at(mark - 1);
  let from = owner ? owner.from : mark - 1;
  while (!owner && from > 0 && mark - from < MAX_OWNER_WORDS && isNameWord(tokens[from - 1].text) && !ents.at(from - 1))
    from--;
  const body = ents.at(head);
  const to = body && body.from === head ? body.to : head + 1;
  const kept = owner ?? body;
  if (kept) {
    kept.type = 'ORG';
    ents.resize(kept, from, to);
  } else ents.add({ from, to, type: 'ORG' });
}

export const institutionsNamedForPeople: EntityRule = {
  name: 'institutions named for people, in their towns',
  apply(ctx) {
    for (const e of [...ctx.ents.list]) if (e.type === 'ORG') splitPlaceAfterIn(ctx, e);
    for (let k = 1; k < ctx.n; k++) if (isPossessive(ctx.lower[k])) joinPossessiveInstitution(ctx, k);
  },
};

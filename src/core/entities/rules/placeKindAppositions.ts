/**
 * A name set off by a comma and a kind of place is that place: "Tungan Maje, a village in Zamfara state", "Vanua
 * Levu, Fiji's second-largest island,", "Nyala, the state capital,". The tagger, meeting two unknown words, reads a
 * person. The kind's noun must close the apposition ("a city official" describes a person) and the name hold no
 * organization's word.
 */
import { BODY_WORDS, COMPANY_WORDS, KIND_OF, NOT_TITLE_WORDS, ORG_WORDS } from '../../lexicon/entityWords';
import { isNameWord, type Entity, type EntityRule, type RuleContext } from './context';

/** Name words such a place may have: "Tungan Maje", "Sefwi Wiawso", "San Pedro Sula". */
const MOST_WORDS = 3;
/** Plain words between the determiner and the kind's noun: "second-largest", "small fishing". */
const REACH = 3;
/** What may follow the kind's noun, closing the apposition or placing it: ", a village in X", "the capital." */
const CLOSERS = new Set([
  ',',
  '.',
  ';',
  'in',
  'on',
  'near',
  'of',
  'outside',
  'along',
  'north',
  'south',
  'east',
  'west',
]);

/** Where the apposition's words start after the comma at `comma`: past "a", "an", "the" or a place's "X's". */
function appositionStart({ tokens, lower, n, ents }: RuleContext, comma: number): number {
  const k = comma + 1;
  if (k >= n) return -1;
  if (lower[k] === 'a' || lower[k] === 'an' || lower[k] === 'the') return k + 1;
  const place = ents.at(k);
  if (!place || place.type !== 'LOC' || place.from !== k || place.to >= n) return -1;
  const s = tokens[place.to].text;
  return s === "'s" || s === '’s' ? place.to + 1 : -1;
}

/** A kind of place closing the apposition from `from`: "second-largest island,", "village in". */
function kindCloses({ tokens, lower, n }: RuleContext, from: number): boolean {
  for (let k = from; k < n && k < from + REACH + 1; k++) {
    if (tokens[k].text !== lower[k]) return false;
    if (KIND_OF.has(lower[k])) return k + 1 >= n || CLOSERS.has(lower[k + 1]);
    // "a native of the city of Lagos" describes a person: only modifiers before the noun
    if (NOT_TITLE_WORDS.has(lower[k]) || !/^[a-z]/.test(lower[k])) return false;
  }
  return false;
}

/** Every word a name word, none an organization's or a company's. */
function bareName({ tokens, lower }: RuleContext, e: Entity): boolean {
  for (let k = e.from; k < e.to; k++) {
    const w = lower[k];
    if (!isNameWord(tokens[k].text) || ORG_WORDS.has(w) || COMPANY_WORDS.has(w) || BODY_WORDS.has(w)) return false;
  }
  return true;
}

export const placeKindAppositions: EntityRule = {
  name: 'a name given a kind of place in apposition is that place',
  apply(ctx) {
    const { tokens, n } = ctx;
    for (const e of ctx.ents.list) {
      if (e.type === 'LOC' || e.to === e.from || e.to - e.from > MOST_WORDS || e.to >= n) continue;
      if (tokens[e.to].text !== ',' || !bareName(ctx, e)) continue;
      const from = appositionStart(ctx, e.to);
      if (from < 0 || !kindCloses(ctx, from)) continue;
      e.type = 'LOC';
    }
  },
};

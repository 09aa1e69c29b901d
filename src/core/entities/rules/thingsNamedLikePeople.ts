/**
 * Names that look like people's but that the words around them give to a thing: a brand, a product, a law, a prize,
 * a team, a listed company. The tagger, taught by 1996 wire news, reads an unknown capitalized pair or word as a
 * person; each rule here reads one kind of evidence no person's name has beside it.
 */
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  INSTITUTION_HEADS,
  NAMED_THING_HEADS,
  OWNER_NOUNS_BEFORE_NAME,
  OWNERSHIP_PARTICIPLES,
  PLURAL_AGREEMENT_VERBS,
  PRICE_MOVES,
  RESULT_VERBS,
  SECURITY_NOUNS,
  SPEECH_NEIGHBOURS,
  WEEKDAYS,
  WEATHER_DAMAGE_VERBS,
} from '../../lexicon/entityWords';
import { adjacent, isNameWord, type Entity, type EntityRule, type EntityType, type RuleContext } from './context';
import { isBrandShaped } from './people';

/**
 * No one is owned by "its": "its Tusker lager", "its Alpine sports cars", "its Johan Sverdrup oilfield" name a
 * company's brand, product or asset (a person it has comes after a noun: "its chairman Ana Ruiz"). A "person" right
 * after "its", or opening with a sentence's "Its" ("Its Telcel unit"), is such a thing.
 */
export const namesAfterIts: EntityRule = {
  name: 'names after "its"',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type === 'LOC') continue;
      if (tokens[e.from].text === 'Its' && e.to - e.from >= 2 && e.type !== 'MISC') {
        ents.resize(e, e.from + 1, e.to); // "Its Telcel unit": the determiner is no part of the name
        e.type = 'MISC';
      } else if (e.from > 0 && lower[e.from - 1] === 'its') {
        if (e.type === 'PER') e.type = 'MISC';
        // "its Smashburger and Tim Ho Wan units": the second name of the pair, before its noun, is its too
        const next = lower[e.to] === 'and' ? ents.at(e.to + 1) : null;
        if (next?.type === 'PER' && next.from === e.to + 1 && tokens[next.to]?.text === lower[next.to])
          next.type = 'MISC';
      }
    }
  },
};

/**
 * A name closed by the head of a law, a prize, a cup, a building or an institution names that thing, not a person:
 * "the Magnitsky Act", "the Dylan Thomas Prize", "the Davis Cup", "the Sheikh Zayed Grand Mosque", "the James Webb
 * Space Telescope", "the Brookings Institution" (an institution stays an organization, which may speak). The head may
 * be inside the tagger's span or right after it; the whole becomes one name.
 */
export const namedThingHeads: EntityRule = {
  name: 'laws, prizes and cups named for people',
  apply(ctx) {
    const { text, tokens, n, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to === e.from) continue;
      if (isHead(ctx, e.to - 1) && e.to - e.from >= 2) {
        e.type = headType(ctx, e.to - 1);
        continue;
      }
      if (e.to >= n || !isHead(ctx, e.to) || !adjacent(text, tokens, e.from, e.to) || ents.at(e.to)) continue;
      ents.resize(e, e.from, e.to + 1);
      e.type = headType(ctx, e.to - 1);
    }
  },
};

/** A capitalized head of a thing's name at token k ("Act", "Prize", "Cup", "Institution"). */
function isHead({ tokens, lower }: RuleContext, k: number): boolean {
  const head = NAMED_THING_HEADS.has(lower[k]) || INSTITUTION_HEADS.has(lower[k]);
  return head && tokens[k].text !== lower[k] && isNameWord(tokens[k].text);
}

function headType({ lower }: RuleContext, k: number): EntityType {
  return INSTITUTION_HEADS.has(lower[k]) ? 'ORG' : 'MISC';
}

/** Token k is where a price move of securities is told: "shares rose", "stock fell". */
function sharesMoveAt(lower: string[], k: number): boolean {
  return SECURITY_NOUNS.has(lower[k] ?? '') && PRICE_MOVES.has(lower[k + 1] ?? '');
}

/** The entity ending right before token k (over an "'s" written onto it: "Sainsbury's and"), or null. */
function nameEndingAt({ tokens, lower, ents }: RuleContext, k: number): Entity | null {
  let end = k;
  if (end > 0 && (lower[end - 1] === "'s" || lower[end - 1] === '’s') && tokens[end - 1].start === tokens[end - 2]?.end)
    end--;
  const e = end > 0 ? ents.at(end - 1) : null;
  return e && e.to === end ? e : null;
}

/**
 * Every name listed before "shares" and a price move is a company whose shares moved: "Petronas and Genting shares
 * fell", "Sainsbury's and Tesco shares rose", "Bank Central Asia, Astra and Telkom shares rose" (the rule for the
 * name right before "shares" reads only the last of them). A place the gazetteer knows stays one ("Europe and Asia
 * shares fell").
 */
export const companiesListedBeforeShares: EntityRule = {
  name: 'companies listed before their shares',
  apply(ctx) {
    const { lower, n, holds } = ctx;
    if (!holds(SECURITY_NOUNS)) return;
    for (let k = 1; k + 1 < n; k++) {
      if (!sharesMoveAt(lower, k)) continue;
      let e = nameEndingAt(ctx, k);
      while (e) {
        if (e.type === 'LOC' && lookupPlaceTokens(lower, e.from, e.to)) break;
        if (e.type !== 'MISC') e.type = 'ORG';
        let j = e.from;
        if (lower[j - 1] === 'and') j--;
        if (lower[j - 1] === ',') j--;
        e = j < e.from ? nameEndingAt(ctx, j) : null;
      }
    }
  },
};

/**
 * A name before "owner" or "parent" and another name is a company or a brand the other owns: "Aer Lingus owner IAG",
 * "Tim Hortons owner Restaurant Brands International", "Tinder parent Match Group" (a person owns, and is not owned:
 * "restaurant owner Ana Ruiz" has no name before the noun). A place the gazetteer knows stays one.
 */
export const namesBeforeOwnerNoun: EntityRule = {
  name: 'names before an owner noun',
  apply(ctx) {
    const { text, tokens, lower, n, ents } = ctx;
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to + 1 >= n || !OWNER_NOUNS_BEFORE_NAME.has(lower[e.to])) continue;
      if (tokens[e.to].text !== lower[e.to] || !adjacent(text, tokens, e.from, e.to + 1)) continue;
      const owner = ents.at(e.to + 1);
      if (!owner || owner.from !== e.to + 1 || owner.type === 'LOC') continue;
      if (!lookupPlaceTokens(lower, e.from, e.to)) e.type = 'ORG';
    }
  },
};

/**
 * A one-word name that ", which" takes up is a thing, not a person (people take "who"): "Femsa, which runs the Oxxo
 * chain", "Ecovia, which makes buses". Not before a speech word: "said Okafor, which means" reads the clause.
 */
export const oneWordNameBeforeWhich: EntityRule = {
  name: 'a one-word name before ", which"',
  apply({ lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from !== 1 || e.to + 2 >= n) continue;
      if (lower[e.to] !== ',' || lower[e.to + 1] !== 'which') continue;
      if (e.from > 0 && SPEECH_NEIGHBOURS.has(lower[e.from - 1])) continue;
      e.type = 'ORG';
    }
  },
};

/**
 * A name of two or more words ending in an ocean's or a continent's name is a company's, never a person's: "Cathay
 * Pacific cut jobs", "Air Pacific", "Standard Atlantic" (the tagger, or the rule for unknown given names, read a
 * person opening a sentence).
 */
export const namesEndingInAnOcean: EntityRule = {
  name: "names ending in an ocean's name",
  apply({ tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 2) continue;
      const kind = lookupPlaceTokens(lower, e.to - 1, e.to)?.kind;
      if ((kind === 'ocean' || kind === 'continent') && tokens[e.to - 1].text !== lower[e.to - 1]) e.type = 'ORG';
    }
  },
};

/**
 * Single names before a comma that lead to a firm of names joined by "&" are that firm's first names: "Clayton,
 * Dubilier & Rice", "Wachtell, Lipton, Rosen & Katz" (the tagger reads the first word as a person's surname). One
 * name word each, the first not after another name word ("Smith of Clayton, Dubilier & Rice").
 */
export const namesListedIntoAFirm: EntityRule = {
  name: 'names listed into a firm joined by "&"',
  apply(ctx) {
    const { text, tokens, n, ents } = ctx;
    for (const firm of ents.list.slice()) {
      if (firm.type !== 'ORG' || firm.to - firm.from !== 3 || tokens[firm.from + 1].text !== '&') continue;
      let from = firm.from;
      while (from >= 2 && tokens[from - 1].text === ',' && singleName(ctx, from - 2)) from -= 2;
      if (from === firm.from || (from > 0 && isNameWord(tokens[from - 1].text))) continue;
      if (!adjacent(text, tokens, from, firm.from) || firm.to > n) continue;
      ents.resize(firm, from, firm.to);
    }
  },
};

/** Token k is one capitalized name word, alone or as a one-word entity. */
function singleName({ tokens, ents }: RuleContext, k: number): boolean {
  const e = ents.at(k);
  return isNameWord(tokens[k].text) && (!e || (e.from === k && e.to === k + 1 && e.type !== 'LOC'));
}

/** A plural noun closing a name: "Chiefs", "Pirates", "Sundowns" (not "Texas", "Memphis", "Tsitsipas"). */
const PLURAL_END = /^\p{Lu}\p{Ll}+[^aisu]s$/u;

/** A final score: "2-1", "112-108". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/**
 * A "person" of two or three words shaped as a team: its last word a plural no surname or given-name list knows, its
 * first no given name unless also a town's ("Orlando Pirates"). "Kaizer Chiefs", "Mamelodi Sundowns".
 */
function teamShaped({ p, lower }: RuleContext, e: Entity): boolean {
  if (e.type !== 'PER' || e.to - e.from < 2 || e.to - e.from > 3) return false;
  const last = e.to - 1;
  if (!PLURAL_END.test(p.tokens[last].text) || /[lf]/.test(lexiconTags(lower[last], p.wordHash[last]))) return false;
  if (!lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) return true;
  return lookupPlaceTokens(lower, e.from, e.from + 1)?.kind === 'city';
}

/** The two sides of "X beat Y 2-1" at result verb k, when both are entities touching it; else null. */
function resultSidesAt({ tokens, lower, n, ents }: RuleContext, k: number): [Entity, Entity] | null {
  if (!RESULT_VERBS.has(lower[k]) || tokens[k].text !== lower[k]) return null;
  const left = ents.at(k - 1);
  const from = lower[k + 1] === 'with' ? k + 2 : k + 1;
  const right = ents.at(from);
  if (!left || left.to !== k || !right || right.from !== from || right.to >= n) return null;
  return SCORE.test(tokens[right.to].text) ? [left, right] : null;
}

/**
 * A side of two or three words opening with no known given name, facing an organization: "Gor Mahia beat AFC
 * Leopards 1-0", "Al Ahly beat Zamalek 2-1" (a player beats a player, whom the tagger reads as a person too).
 */
function facesATeam({ p, lower }: RuleContext, sides: [Entity, Entity]): boolean {
  return sides.some((e, i) => {
    const other = sides[1 - i];
    if (e.type !== 'PER' || other.type !== 'ORG' || e.to - e.from < 2 || e.to - e.from > 3) return false;
    return !lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f');
  });
}

/**
 * Teams named in the plural, in a match's result: "Kaizer Chiefs beat Orlando Pirates 2-1" (no one is surnamed
 * "Chiefs"; the tagger, meeting unknown words, reads people). Once a result names such a team, the block's other
 * team-shaped names are teams too ("the final against Mamelodi Sundowns"). A player's surname ending in "s" is in
 * the surname list or lacks the shape ("Stefanos Tsitsipas beat ... 6-4").
 */
export const pluralTeamsInResults: EntityRule = {
  name: 'plural teams in results',
  apply(ctx) {
    if (!ctx.holds(RESULT_VERBS)) return;
    let teams = false;
    for (let k = 1; k + 2 < ctx.n; k++) {
      const sides = resultSidesAt(ctx, k);
      if (!sides || !(sides.some((e) => teamShaped(ctx, e)) || facesATeam(ctx, sides))) continue;
      for (const e of sides) if (e.type === 'PER' && (teamShaped(ctx, e) || e.to - e.from >= 2)) e.type = 'ORG';
      teams = true;
    }
    if (teams) for (const e of ctx.ents.list) if (teamShaped(ctx, e)) e.type = 'ORG';
  },
};

/**
 * A name of two words or more whose last word is shaped like a brand ("MotoCorp", "WhiteHat": a capital inside it
 * after lower-case letters, not a surname prefix's "McBee") is a company's: "Hero MotoCorp", "Dubai PetroGas". A
 * given name may be written so ("MaliVai Washington"); a Gaelic surname's prefix ("NicIomhair") is no brand's.
 */
export const brandShapedLastWords: EntityRule = {
  name: 'names ending in a brand-shaped word',
  apply({ p, tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 2 || !isBrandShaped(tokens[e.to - 1].text)) continue;
      // a known given name keeps the person: surnames so shaped are rare (a Gaelic "NicIomhair" is a prefix's)
      if (!lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) e.type = 'ORG';
    }
  },
};

/**
 * A one-word "person" written as a bank's compound ("Techcombank", "Vietcombank", "Sberbank") is that bank. A
 * surname so ending ("Eubank") is taken up again by the article's full name of the person.
 */
export const compoundBankNames: EntityRule = {
  name: 'one-word bank names',
  apply({ lower, ents }) {
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from === 1 && lower[e.from].length > 6 && lower[e.from].endsWith('bank'))
        e.type = 'ORG';
  },
};

/**
 * A name opening its sentence that a plural verb agrees with is a team's or a company's, as British usage writes
 * them: "Asante Kotoko were fined", "Kelso Rovers are top" (one person takes "was", "is"). Only as the sentence's
 * whole subject, and not after a known given name: "Lock Ian Jones and wing Jeff Wilson have" joins two people.
 */
export const namesWithPluralVerbs: EntityRule = {
  name: 'names a plural verb agrees with',
  apply({ p, tokens, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 2 || e.to >= n || !PLURAL_AGREEMENT_VERBS.has(lower[e.to])) continue;
      if (!opensSentence(p, tokens, e.from) || lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) continue;
      e.type = 'ORG';
    }
  },
};

/** Token k opens a sentence, or the story after a dateline's dash: "ACCRA (Reuters) - Asante Kotoko were". */
function opensSentence(p: RuleContext['p'], tokens: RuleContext['tokens'], k: number): boolean {
  return p.sentenceStart[k] === k || (k > 0 && /^[-–—]$/.test(tokens[k - 1].text));
}

/**
 * A name that is owned or controlled is a company's: "Grameenphone, partly owned by Telenor, said", "Crown Resorts,
 * controlled by James Packer," (a person is backed or employed, never owned). Between commas, with at most one adverb
 * before the participle.
 */
export const ownedNames: EntityRule = {
  name: 'owned or controlled names',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to + 2 >= n || lower[e.to] !== ',') continue;
      let k = e.to + 1;
      if (!OWNERSHIP_PARTICIPLES.has(lower[k]) && /ly$/.test(lower[k]) && tokens[k].text === lower[k]) k++;
      if (OWNERSHIP_PARTICIPLES.has(lower[k]) && lower[k + 1] === 'by') e.type = 'ORG';
    }
  },
};

/** The token after "on Monday" or "in a statement" at token k, or k: what a speaker's "said" may be followed by. */
function afterSpeechAdjunct(lower: string[], k: number): number {
  if (lower[k] === 'on' && WEEKDAYS.has(lower[k + 1] ?? '')) return k + 2;
  if (lower[k] === 'in' && lower[k + 1] === 'a' && lower[k + 2] === 'statement') return k + 3;
  return k;
}

/**
 * A name that says something about "its" own is a company: "Zydus Cadila said on Friday its vaccine was approved",
 * "Ecovia said in a statement its buses were safe" (the rule for "X said its" reads only the adjacent words). A name
 * of one or two words, no known given name opening two.
 */
export const namesSayingIts: EntityRule = {
  name: 'names saying "its" after an adjunct',
  apply({ p, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from > 2 || e.to + 3 >= n || (lower[e.to] !== 'said' && lower[e.to] !== 'says'))
        continue;
      const k = afterSpeechAdjunct(lower, e.to + 1);
      if (k === e.to + 1 || lower[k] !== 'its') continue;
      if (e.to - e.from === 2 && lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) continue;
      e.type = 'ORG';
    }
  },
};

/**
 * What floods and storms lash is a place, not a person: "Typhoon Vamco flooded Marikina", "heavy rain lashed Kilifi"
 * (the tagger reads an unknown town as a person). One name word right after such a verb, no known given name.
 */
export const placesStruckByWeather: EntityRule = {
  name: 'places struck by weather',
  apply({ p, tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from !== 1 || e.from === 0) continue;
      const verb = lower[e.from - 1];
      if (!WEATHER_DAMAGE_VERBS.has(verb) || tokens[e.from - 1].text !== verb) continue;
      if (!lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) e.type = 'LOC';
    }
  },
};

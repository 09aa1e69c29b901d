/**
 * Rules that read a company from the shape of its name or the words around it, where the tagger (taught by 1996 news)
 * saw a person or a place: "Mahindra & Mahindra", "Sotheby's said", "Cantor Fitzgerald chief Howard Lutnick",
 * "the acquisition of VMware".
 */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlace, lookupPlaceTokens } from '../gazetteer';
import {
  APPOSITIVE_CLOSERS,
  APPOSITIVE_COMPANY_NOUNS,
  BODY_WORDS,
  COMPANY_KIND_NOUNS,
  COMPANIES_NAMED_FOR_PEOPLE,
  COMPANY_NAMES,
  COMPANY_WORDS,
  NAME_WITH_S_VERBS,
  ORG_WORDS,
  ORGANIZATION_ROLES_BEFORE_NAME,
  PLACE_PREPOSITIONS,
  PRICE_MOVES,
  PRODUCT_NOUNS_AFTER,
  SECURITY_NOUNS,
  SECURITY_PREPOSITIONS,
  SPEECH_NEIGHBOURS,
  STAFF_NOUNS,
  HOLDING_WORDS,
  PERSON_HONORIFICS,
  TITLES,
} from '../../lexicon/entityWords';
import { ROLE_NOUNS } from '../../lexicon/lexicon';
import { adjacent, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';
import { PERSONAL_VERBS, isBrandShaped, personCueBefore } from './people';

/** The first token after an "'s" written onto token k - 1, or k itself. */
function afterPossessive({ tokens, lower, n }: RuleContext, k: number): number {
  const s = k < n && (lower[k] === "'s" || lower[k] === '’s') && tokens[k].start === tokens[k - 1].end;
  return s ? k + 1 : k;
}

/** The name on one side of an "&" at token k: an entity ending or starting there, or the capitalized word alone. */
function ampersandSide(ctx: RuleContext, k: number, left: boolean): number | undefined {
  const j = left ? k - 1 : k + 1;
  if (j < 0 || j >= ctx.n || !isCapitalized(ctx.tokens[j].text) || !adjacent(ctx.text, ctx.tokens, k - 1, k + 1))
    return undefined;
  const e = ctx.ents.at(j);
  if (!e) return left ? j : afterPossessive(ctx, j + 1);
  if ((left && e.to !== k) || (!left && e.from !== k + 1)) return undefined;
  return left ? e.from : afterPossessive(ctx, e.to);
}

/**
 * Two names joined by "&" are one firm: "Mahindra & Mahindra", "Marks & Spencer", "Ben & Jerry's", "Dolce &
 * Gabbana" (news prose joins people and places with "and"). Two places stay places ("Bosnia & Herzegovina").
 */
export const ampersandNames: EntityRule = {
  name: 'names joined by an ampersand',
  apply(ctx) {
    const { tokens, n, ents } = ctx;
    for (let k = 1; k + 1 < n; k++) {
      if (tokens[k].text !== '&') continue;
      const from = ampersandSide(ctx, k, true);
      const to = ampersandSide(ctx, k, false);
      if (from === undefined || to === undefined) continue;
      if (tokens[k - 1].text.length < 2 && tokens[k + 1].text.length < 2) continue; // "Q & A"
      if (ents.at(k - 1)?.type === 'LOC' && ents.at(k + 1)?.type === 'LOC') continue;
      for (let j = from; j < to; j++) {
        const e = ents.at(j);
        if (e) ents.remove(e);
      }
      ents.add({ from, to, type: 'ORG' });
    }
  },
};

/**
 * A name whose "'s" a verb follows is a company named with its "'s", not someone's possessive: "Sotheby's said",
 * "Moody's cut the rating", "McDonald's reported" (no possessive is followed by "said").
 */
export const namesWithTheirS: EntityRule = {
  name: "names written with their 's",
  apply(ctx) {
    const { lower, n, ents } = ctx;
    for (const e of ents.list) {
      if (e.to === e.from || e.type === 'ORG') continue;
      const next = afterPossessive(ctx, e.to);
      if (next === e.to || next >= n || !NAME_WITH_S_VERBS.has(lower[next])) continue;
      if (lookupPlaceTokens(lower, e.from, e.to)) continue;
      ents.resize(e, e.from, next);
      e.type = 'ORG';
    }
  },
};

/**
 * A name before a role only an organization has, and then a person, is that organization: "Cantor Fitzgerald chief
 * Howard Lutnick", "Akasa Air's founder Rakesh Jhunjhunwala", "Citi Chief Executive Jane Fraser" (the tagger reads
 * an unknown firm's name as a person's). A place the gazetteer knows stays one; "chief of staff" has no name next.
 */
export const organizationBeforeItsRole: EntityRule = {
  name: 'organization before its role',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    for (const e of ents.list) {
      if (e.to === e.from || e.to - e.from > 3 || e.type === 'ORG' || e.type === 'MISC') continue;
      if (e.type === 'LOC' && lookupPlaceTokens(lower, e.from, e.to)) continue;
      const role = afterPossessive(ctx, e.to);
      if (role >= n || !ORGANIZATION_ROLES_BEFORE_NAME.has(lower[role])) continue;
      let name = role + 1;
      if (lower[role] === 'chief' && lower[name] === 'executive') name++; // "chief executive Brian Niccol"
      name = afterOfficer(ctx, role, name);
      if (name >= n || !isNameWord(tokens[name].text) || !adjacent(ctx.text, tokens, e.from, name)) continue;
      if (ents.at(name)?.type !== 'PER') continue;
      e.type = 'ORG';
    }
  },
};

/** How many lower-case words may stand between "chief" and "officer": "chief scientific officer". */
const OFFICER_WORDS = 2;

/** The token after "officer" closing a chief's title from `role` ("chief scientific officer X"), or `name`. */
function afterOfficer({ tokens, lower, n }: RuleContext, role: number, name: number): number {
  if (lower[name] === 'officer') return name + 1;
  if (lower[role] !== 'chief') return name;
  let j = name;
  while (j < n && j - name < OFFICER_WORDS && tokens[j].text === lower[j] && lower[j] !== 'officer') j++;
  return lower[j] === 'officer' ? j + 1 : name;
}

/** "VMware": two capitals opening a word with lower case after them, a brand's shape, never a place's. */
const CAPITALS_OPENING = /^\p{Lu}{2}\p{Ll}{2,}$/u;

/**
 * A one-word "place" or "person" shaped like a brand is a company, unless the gazetteer knows the place: "the
 * acquisition of VMware", "Shares of CoreWeave" (the tagger guessed a town for an unknown word after "of").
 */
export const brandShapedNames: EntityRule = {
  name: 'brand-shaped names',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.to - e.from !== 1 || (e.type !== 'LOC' && e.type !== 'PER')) continue;
      const w = tokens[e.from].text;
      if (!CAPITALS_OPENING.test(w) && !(e.type === 'LOC' && isBrandShaped(w))) continue;
      if (!lookupPlaceTokens(lower, e.from, e.to)) e.type = 'ORG';
    }
  },
};

/** The token after the joint ("," "and" ", and") from token k, or -1. */
function afterListJoint(lower: string[], k: number, n: number): number {
  let j = k;
  if (j < n && lower[j] === ',') j++;
  if (j < n && lower[j] === 'and') j++;
  return j > k ? j : -1;
}

/**
 * What is traded is a company: "Shares of Estee Lauder, Ralph Lauren and Tapestry fell" names three firms, two of
 * them named after people. Every name in the list after "shares of" (or "stock of", "shares in") is an organization,
 * unless the gazetteer knows it as a place.
 */
export const tradedCompanies: EntityRule = {
  name: 'traded companies',
  apply({ lower, n, ents, holds }) {
    if (!holds(SECURITY_NOUNS)) return;
    for (let k = 0; k + 2 < n; k++) {
      if (!SECURITY_NOUNS.has(lower[k]) || !SECURITY_PREPOSITIONS.has(lower[k + 1])) continue;
      let e = ents.at(k + 2);
      if (e?.from !== k + 2) continue;
      while (e) {
        if (e.type !== 'ORG' && !lookupPlaceTokens(lower, e.from, e.to)) e.type = 'ORG';
        const j = afterListJoint(lower, e.to, n);
        const next = j >= 0 && j < n ? ents.at(j) : null;
        e = next && next.from === j ? next : null;
      }
    }
  },
};

/**
 * A name whose shares moved is a company: "Kia shares rose 3%", "Adani Green Energy shares slumped" (the tagger reads
 * a one-word firm as a person). A person's name never owns "shares" with a price move after it ("Musk shares a post"
 * is a verb, and no move follows). The block's other one-word mentions of it are the company too ("Kia said").
 */
export const namesWhoseSharesMoved: EntityRule = {
  name: 'names whose shares moved',
  apply({ lower, n, ents, holds }) {
    if (!holds(SECURITY_NOUNS)) return;
    const companies = new Set<string>();
    for (const e of ents.list) {
      if (e.type === 'ORG' || e.type === 'MISC' || e.to + 1 >= n || lookupPlaceTokens(lower, e.from, e.to)) continue;
      if (!SECURITY_NOUNS.has(lower[e.to]) || !PRICE_MOVES.has(lower[e.to + 1])) continue;
      e.type = 'ORG';
      if (e.to - e.from === 1) companies.add(lower[e.from]);
    }
    if (companies.size === 0) return;
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from === 1 && companies.has(lower[e.from])) e.type = 'ORG';
  },
};

/**
 * A "person" whose last word is a known company is that company's full name: "Reliance Jio", "Bharti Airtel" (the
 * tagger reads an unknown word before it as a given name). A known given name keeps the person ("Nikola Tesla"), and
 * so does speech or an act of a person after it ("Manpreet Bayer told reporters").
 */
export const namesEndingInACompany: EntityRule = {
  name: 'names ending in a company',
  apply({ p, tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 2 || e.to - e.from > 3 || !COMPANY_NAMES.has(lower[e.to - 1])) continue;
      // "Manpreet Bayer told reporters": a person speaking or doing what people do keeps the name
      const next = lower[e.to] ?? '';
      if (SPEECH_NEIGHBOURS.has(next) || PERSONAL_VERBS.has(next) || next === ',') continue;
      // "another Twitter user, Oluwaseun Bayer": a person noun set before it in apposition keeps it too
      if (personCueBefore(tokens, lower, e.from)) continue;
      if (!lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) e.type = 'ORG';
    }
  },
};

/** How many capitalized words a product's name after its maker may hold: "Vision Pro", "Threads". */
const PRODUCT_NAME_WORDS = 2;

/**
 * A maker owns its product: "Meta's Threads app", "Google's Gemini model" name a company, though "Meta" is also a
 * Colombian region. A one-word name, its "'s", a capitalized product name and a product noun; countries and cities
 * stay places.
 */
export const makersOfProducts: EntityRule = {
  name: 'makers of products',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    for (const e of ents.list) {
      if (e.to - e.from !== 1 || e.type === 'ORG' || e.type === 'MISC') continue;
      const from = afterPossessive(ctx, e.to);
      if (from === e.to) continue;
      let k = from;
      while (k < n && k - from < PRODUCT_NAME_WORDS && isCapitalized(tokens[k].text)) k++;
      if (k === from || k >= n || tokens[k].text !== lower[k] || !PRODUCT_NOUNS_AFTER.has(lower[k])) continue;
      const kind = lookupPlaceTokens(lower, e.from, e.to)?.kind;
      if (kind !== 'country' && kind !== 'city') e.type = 'ORG';
    }
  },
};

/** Token k opens a name of two or three words that is no organization's: no organization word, common word or place. */
function personShapedName({ p, tokens, lower }: RuleContext, e: Entity): boolean {
  if (e.to - e.from < 2 || e.to - e.from > 3) return false;
  for (let k = e.from; k < e.to; k++) {
    const w = lower[k];
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || ORG_WORDS.has(w) || COMPANY_WORDS.has(w) || BODY_WORDS.has(w))
      return false;
    if (COMPANY_NAMES.has(w) || lookupPlace(tokens[k].text) || lexiconTags(w, p.wordHash[k]).includes('w'))
      return false;
  }
  return !PRODUCT_NOUNS_AFTER.has(lower[e.to] ?? '');
}

/**
 * "Elon Musk and Google" tagged one organization: a known company joined by "and" at its end is one of two names.
 */
function splitBeforeKnownCompany({ lower, ents }: RuleContext, e: Entity): void {
  const last = e.to - 1;
  if (last - e.from < 2 || lower[last - 1] !== 'and' || !COMPANY_NAMES.has(lower[last])) return;
  ents.resize(e, e.from, last - 1);
  ents.add({ from: last, to: last + 1, type: 'ORG' });
}

/**
 * A company's person is a person: "Tesla's Elon Musk", "Google's Sundar Pichai" (the tagger, taught subsidiaries
 * written so in 1996 news, reads the whole as an organization). After an organization's "'s", a name of two or three
 * plain name words, none of them a common word, an organization word or a place, and no product noun after it
 * ("Google's Gemini Ultra model" stays a product).
 */
export const companysPerson: EntityRule = {
  name: "a company's person",
  apply(ctx) {
    const { ents } = ctx;
    for (const e of ents.list) {
      if (e.to - e.from !== 1 || e.type !== 'ORG') continue;
      const k = afterPossessive(ctx, e.to);
      const name = k > e.to ? ents.at(k) : null;
      if (name?.type === 'ORG' && name.from === k) splitBeforeKnownCompany(ctx, name);
      if (name?.type === 'ORG' && name.from === k && personShapedName(ctx, name)) name.type = 'PER';
    }
  },
};

/** The block refers to a company: "the company", "the retailer" ("Amazon's Andy Jassy said the company would ..."). */
function mentionsACompany(lower: string[]): boolean {
  for (let k = 1; k < lower.length; k++)
    if (lower[k - 1] === 'the' && (APPOSITIVE_COMPANY_NOUNS.has(lower[k]) || COMPANY_KIND_NOUNS.has(lower[k])))
      return true;
  return false;
}

/**
 * A natural region takes "the" ("the Amazon's rainforest", "the Sahel's juntas"); one without it, owning a person or
 * speaking, in a block that refers to "the company", is a company named after it: "Amazon's Andy Jassy said the
 * company would ...", "Amazon said ... the retailer". A one-word place the gazetteer knows as a region of no country
 * ("Kashmir's Omar Abdullah" with no company in sight stays a place).
 */
export const companyNamedForARegion: EntityRule = {
  name: 'company named for a natural region',
  apply(ctx) {
    const { tokens, lower, ents } = ctx;
    let company: boolean | undefined;
    for (const e of ents.list) {
      if (e.to - e.from !== 1 || e.type !== 'LOC' || (e.from > 0 && lower[e.from - 1] === 'the')) continue;
      const k = afterPossessive(ctx, e.to);
      const owns = k > e.to && ents.at(k)?.type === 'PER' && ents.at(k)?.from === k;
      // "officials in Gaza said": the speakers' place
      const speaks = SAYS.has(lower[e.to] ?? '') && !PLACE_PREPOSITIONS.has(lower[e.from - 1] ?? '');
      if (!owns && !speaks) continue;
      const info = lookupPlace(tokens[e.from].text);
      if (info?.kind !== 'region' || info.country) continue;
      company ??= mentionsACompany(lower);
      if (company) e.type = 'ORG';
    }
  },
};

/** How many modifiers may stand between "the" and a company noun: "the world's biggest listed drugmaker". */
const APPOSITIVE_MODIFIERS = 4;

/** The company noun's token in an apposition opening at token k ("the biggest U.S. brokerage,"), or -1. */
function appositiveCompanyNoun({ tokens, lower, n }: RuleContext, k: number): number {
  if (lower[k] !== 'the' && lower[k] !== 'a') return -1;
  for (let j = k + 1; j < n && j - k <= APPOSITIVE_MODIFIERS + 1; j++) {
    const w = lower[j];
    if (APPOSITIVE_COMPANY_NOUNS.has(w) || COMPANY_KIND_NOUNS.has(w))
      return tokens[j].text === w && APPOSITIVE_CLOSERS.has(lower[j + 1] ?? '') ? j : -1;
    if (!/^[\p{L}'’.-]+$/u.test(tokens[j].text) || SPEECH_NEIGHBOURS.has(w)) return -1;
  }
  return -1;
}

/** Words a company's possessed noun may reach back to its determiner: "the vaccine's new maker". */
const POSSESSED_NOUN_REACH = 5;

/**
 * How a company noun closes the phrase right before the comma at token `comma`: 'direct' after its determiner ("The
 * company,", "its lender,"), 'possessed' after a possessor that opens the clause ("The vaccine's maker,"), else null.
 */
function companyNounBeforeComma({ tokens, lower }: RuleContext, comma: number): 'direct' | 'possessed' | null {
  const w = lower[comma - 1] ?? '';
  if (!(APPOSITIVE_COMPANY_NOUNS.has(w) || COMPANY_KIND_NOUNS.has(w)) || tokens[comma - 1].text !== w) return null;
  if (DETERMINERS_OF_COMPANY.has(lower[comma - 2] ?? '')) return 'direct';
  for (let j = comma - 3; j >= 0 && comma - j <= POSSESSED_NOUN_REACH + 1; j--) {
    if (!DETERMINERS_OF_COMPANY.has(lower[j])) continue;
    return j === 0 || !/^[\p{L}]/u.test(tokens[j - 1].text) ? 'possessed' : null;
  }
  return null;
}
const DETERMINERS_OF_COMPANY = new Set(['the', 'its', 'their']);

/**
 * The name set after a company noun in apposition is a company: "The company, Harlan Steel, said", "its lender,
 * Dunmore Trust, declined", "The vaccine's maker, Aerovax, said" (the tagger reads such names as people's). After a
 * possessor a known given name stays a person ("The bank's developer, Tom Hale," may be an architect).
 */
export const companyAfterItsNoun: EntityRule = {
  name: 'company after its noun in apposition',
  apply(ctx) {
    const { lower, n, ents, p } = ctx;
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.from < 2 || lower[e.from - 1] !== ',' || e.to >= n) continue;
      if (lower[e.to] !== ',' && !SPEECH_NEIGHBOURS.has(lower[e.to])) continue;
      const how = companyNounBeforeComma(ctx, e.from - 1);
      if (how === 'possessed' && lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) continue;
      if (how) e.type = 'ORG';
    }
  },
};

/**
 * A name set beside a company noun in apposition is a company: "Novo Nordisk, the Danish maker of Ozempic, said",
 * "Charles Schwab, the brokerage, said" (the tagger reads names shaped like people's or towns' as such). A person or a
 * place the gazetteer does not know; "Maria Lopez, the bank's manager" has a possessive, so no closer, after "bank".
 */
export const companyInApposition: EntityRule = {
  name: 'company in apposition',
  apply(ctx) {
    const { lower, n, ents } = ctx;
    for (const e of ents.list) {
      if (e.to === e.from || e.to + 2 >= n || lower[e.to] !== ',') continue;
      if (e.type !== 'PER' && (e.type !== 'LOC' || lookupPlaceTokens(lower, e.from, e.to))) continue;
      if (appositiveCompanyNoun(ctx, e.to + 1) >= 0) e.type = 'ORG';
    }
  },
};

/**
 * What a maker makes is a product, not a place: "the maker of Ozempic", "makers of Wegovy" (the tagger guessed a town
 * for an unknown word after "of"). A one-word place the gazetteer does not know.
 */
export const productsOfMakers: EntityRule = {
  name: 'products of makers',
  apply({ lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to - e.from !== 1 || e.from < 2 || lower[e.from - 1] !== 'of') continue;
      const maker = lower[e.from - 2];
      if (
        (maker === 'maker' || maker === 'makers' || COMPANY_KIND_NOUNS.has(maker)) &&
        !lookupPlaceTokens(lower, e.from, e.to)
      )
        e.type = 'MISC';
    }
  },
};

const SAYS = new Set(['said', 'says']);

/** How far back "stake" may stand before "in X": "a stake of about 1.5% in Disney". */
const STAKE_REACH = 7;

/** Token k ("in") closes a holding: "stake" or "invested" shortly before it, in the same clause. */
function holdingBefore(lower: string[], k: number): boolean {
  for (let j = k - 1; j >= 0 && k - j <= STAKE_REACH; j--) {
    if (HOLDING_WORDS.has(lower[j])) return true;
    if (lower[j] === '.' || lower[j] === ';' || lower[j] === ',') return false;
  }
  return false;
}

/**
 * Who holds a stake in it, or works for it, names a company: "a stake of about 1.5% in Disney", "Analyst Stacy
 * Rasgon of Bernstein said" (the tagger guessed a town for the unknown word after "in" or "of"). A name no gazetteer
 * knows as a place, after "in" closing a holding, or after "of" closing a person whose staff noun comes before him.
 */
export const heldOrEmployingCompanies: EntityRule = {
  name: 'held or employing companies',
  apply({ lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.from < 2 || lookupPlaceTokens(lower, e.from, e.to)) continue;
      const b = e.from - 1;
      const held = lower[b] === 'in' && holdingBefore(lower, b);
      const person = lower[b] === 'of' ? ents.at(b - 1) : null;
      const employs = person?.type === 'PER' && person.to === b && STAFF_NOUNS.has(lower[person.from - 1] ?? '');
      if (held || employs) e.type = 'ORG';
    }
  },
};

/**
 * A company named for a person, read by the tagger as one: "Charles Schwab said it would close branches", "Eli Lilly
 * and Novo Nordisk cut prices" (COMPANIES_NAMED_FOR_PEOPLE), and the block's one-word short names of it read as people
 * ("Lilly said", "Schwab chief executive"). Not a name beside what only a person has: a title or role before it
 * ("Founder Charles Schwab", "designer Michael Kors") or an age after it ("Charles Schwab, 87,").
 */
export const companiesNamedForPeople: EntityRule = {
  name: 'companies named for people',
  apply(ctx) {
    const { p, lower, ents } = ctx;
    const shortNames = new Set<string>();
    const founders = new Set<string>();
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 2) continue;
      if (!COMPANIES_NAMED_FOR_PEOPLE.has(lower.slice(e.from, e.to).join('_'))) continue;
      const words = lower.slice(e.from, e.to);
      if (personBeside(ctx, e)) {
        for (const w of words) founders.add(w);
        continue;
      }
      e.type = 'ORG';
      // its short name: "Lilly" and "Disney" after a given name ("Eli Lilly"), else its first word ("Goldman")
      shortNames.add(lower[lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f') ? e.to - 1 : e.from]);
    }
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from === 1 && shortNames.has(lower[e.from]) && !founders.has(lower[e.from]))
        e.type = 'ORG';
  },
};

/** A title, role or honorific right before the name, or an age in commas after it: "Founder Charles Schwab, 87". */
function personBeside({ tokens, lower, n }: RuleContext, e: Entity): boolean {
  const before = e.from > 0 ? lower[e.from - 1] : '';
  if (TITLES.has(before) || ROLE_NOUNS.has(before) || PERSON_HONORIFICS.has(before)) return true;
  return e.to + 1 < n && tokens[e.to].text === ',' && /^\d{1,3}$/.test(tokens[e.to + 1].text);
}

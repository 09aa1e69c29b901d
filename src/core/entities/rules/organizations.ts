/** Rules that find organizations hidden in places and people: "Iran Press TV", "the Harbour Workers' Union". */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  BODY_WORDS,
  COMPANY_KIND_NOUNS,
  COMPANY_ONLY_NOUNS,
  COMPANY_NAMES,
  COMPANY_WORDS,
  GEO_PREFIX,
  GROUP_NAMES,
  GROUP_NOUNS,
  MARKET_NAMES,
  MAX_NAME_TOKENS,
  NOT_TITLE_WORDS,
  ORG_WORDS,
  PLACE_PREPOSITIONS,
  SPEECH_NEIGHBOURS,
  STAFF_NOUNS,
  WEB_SUFFIXES,
} from '../../lexicon/entityWords';
import { adjacent, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';

/**
 * A place directly followed by organization words is part of that organization's name: "Iran Press TV"; so is a
 * "place" that ends with one ("The New York Times"), or with a company word the gazetteer does not know in a place's
 * name ("Rystad Energy in Oslo", "Allianz Global Investors": modern firms the tagger reads as towns).
 */
export const placeWithOrganizationWords: EntityRule = {
  name: 'place with organization words',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to - e.from < 2) continue;
      for (let k = e.from + 1; k < e.to; k++)
        if ((ORG_WORDS.has(lower[k]) || BODY_WORDS.has(lower[k])) && isCapitalized(tokens[k].text)) e.type = 'ORG';
      const last = e.to - 1;
      if (COMPANY_WORDS.has(lower[last]) && isCapitalized(tokens[last].text) && !lookupPlaceTokens(lower, e.from, e.to))
        e.type = 'ORG';
    }
  },
};

/**
 * "Fort" + "McMurray", "Port" + "Hedland": a lone word that opens geographic names, then one name word the tagger
 * took for a body (no organization word: "Port" + "Authority" stays a body), is one place.
 */
function geographicPrefixPair(lower: string[], e: Entity, next: Entity): boolean {
  if (e.to - e.from !== 1 || !GEO_PREFIX.has(lower[e.from]) || next.to - next.from !== 1) return false;
  const w = lower[next.from];
  return !ORG_WORDS.has(w) && !BODY_WORDS.has(w) && !COMPANY_WORDS.has(w);
}

/** A place or misc name right before an organization or an organization word opens it: "Texas" + "Rangers Club". */
export const placeOpeningOrganization: EntityRule = {
  name: 'place opening an organization',
  apply({ text, tokens, lower, n, ents, free }) {
    for (const e of ents.list.slice()) {
      if ((e.type !== 'LOC' && e.type !== 'MISC') || e.to === e.from) continue;
      const next = e.to;
      if (next >= n || !adjacent(text, tokens, e.to - 1, next) || !isCapitalized(tokens[next].text)) continue;
      const nextOwner = ents.at(next);
      if (
        nextOwner &&
        nextOwner.type === 'ORG' &&
        nextOwner.from === next &&
        geographicPrefixPair(lower, e, nextOwner)
      ) {
        ents.resize(e, e.from, nextOwner.to);
        e.type = 'LOC';
        continue;
      }
      if (nextOwner && nextOwner.type === 'ORG' && nextOwner.from === next) {
        ents.resize(e, e.from, nextOwner.to);
        e.type = 'ORG';
        continue;
      }
      if (nextOwner || !ORG_WORDS.has(lower[next])) continue;
      let end = next + 1;
      while (
        free(end) &&
        adjacent(text, tokens, end - 1, end) &&
        (ORG_WORDS.has(lower[end]) || BODY_WORDS.has(lower[end])) &&
        isCapitalized(tokens[end].text)
      )
        end++;
      ents.resize(e, e.from, end);
      e.type = 'ORG';
    }
  },
};

/** Two organizations joined by "and": "the Los Angeles Times and New York Post". */
export const organizationsJoinedByAnd: EntityRule = {
  name: 'organizations joined by and',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG') continue;
      for (let k = e.from + 1; k < e.to - 1; k++) {
        if (lower[k] !== 'and' || !ORG_WORDS.has(lower[k - 1]) || !isCapitalized(tokens[k + 1].text)) continue;
        const to = e.to;
        ents.resize(e, e.from, k);
        ents.add({ from: k + 1, to, type: 'ORG' });
        break;
      }
    }
  },
};

/**
 * An organization word tagged alone ("Union", a US city, as a place in "the Harbour Workers' Union"; "the Council
 * said") names an organization, with the capitalized words before it ("Workers'" included).
 */
export const organizationWordAlone: EntityRule = {
  name: 'organization word alone',
  apply(ctx) {
    const { tokens, lower, n, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.to - e.from !== 1 || !isCapitalized(tokens[e.from].text)) continue;
      if (!ORG_WORDS.has(lower[e.from]) && !BODY_WORDS.has(lower[e.from])) continue;
      const from = nameStartBefore(ctx, e);
      if (from < e.from) {
        ents.resize(e, from, e.to);
        e.type = 'ORG';
        continue;
      }
      // alone, still a place where the sentence says so: "in Union, New Jersey"
      const qualified = e.to + 1 < n && tokens[e.to].text === ',' && ents.at(e.to + 1)?.type === 'LOC';
      if (e.type === 'LOC' && (qualified || (e.from > 0 && PLACE_PREPOSITIONS.has(lower[e.from - 1])))) continue;
      e.type = 'ORG';
    }
  },
};

/**
 * Where the capitalized words before a lone organization word start ("Workers'" in "the Harbour Workers' Union", a
 * possessive's mark skipped, a tagged name taken whole): `e.from` when none does; a person's name stops the walk.
 */
export function nameStartBefore(ctx: RuleContext, e: Entity): number {
  const { text, tokens, lower, ents } = ctx;
  let from = e.from;
  for (let k = e.from - 1; k >= 0 && e.from - k <= MAX_NAME_TOKENS && adjacent(text, tokens, k, k + 1); k--) {
    const possessive =
      (lower[k] === "'" || lower[k] === '’' || lower[k] === "'s" || lower[k] === '’s') &&
      k > 0 &&
      tokens[k].start === tokens[k - 1].end;
    if (possessive) continue;
    if (!isNameWord(tokens[k].text) || NOT_TITLE_WORDS.has(lower[k])) break;
    const other = ents.at(k);
    if (other && other !== e && (personStops(ctx, other) || other.from < k - MAX_NAME_TOKENS)) break;
    from = other && other !== e ? other.from : k;
    k = from;
  }
  return from;
}

/**
 * A person's name before an organization word stops its name ("Ngozi Adeyemi Foundation" keeps the person apart),
 * but not one word the tagger read as a person inside a longer run of capitalized words: "the Rural Power Access
 * Authority" (the tagger's "Power") is one body.
 */
function personStops({ text, tokens, lower }: RuleContext, person: Entity): boolean {
  if (person.type !== 'PER') return false;
  const before = person.from - 1;
  if (person.to - person.from > 1 || before < 0 || !adjacent(text, tokens, before, person.from)) return true;
  return !isNameWord(tokens[before].text) || NOT_TITLE_WORDS.has(lower[before]);
}

/**
 * An organization name ending in an organization word takes the place after "of": "Transport Workers Union of
 * America", "Federal Reserve Bank of New York" (as "Bank of England" is tagged whole); so does such a word the tagger
 * left untagged ("Times of India").
 */
export const organizationOfPlace: EntityRule = {
  name: 'organization of a place',
  apply(ctx) {
    const { text, tokens, lower, n, ents } = ctx;
    untaggedOrganizationWordOfPlace(ctx);
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG' || e.to === e.from || e.to + 1 >= n || lower[e.to] !== 'of') continue;
      if (!ORG_WORDS.has(lower[e.to - 1]) && !BODY_WORDS.has(lower[e.to - 1])) continue;
      const place = ents.at(e.to + 1);
      if (!place || place.type !== 'LOC' || place.from !== e.to + 1 || !adjacent(text, tokens, e.from, place.to - 1))
        continue;
      const to = place.to;
      ents.remove(place);
      ents.resize(e, e.from, to);
    }
  },
};

/** "(Times of India)": an organization word the tagger left alone, "of" and a place make one organization. */
function untaggedOrganizationWordOfPlace({ text, tokens, lower, ents, free }: RuleContext): void {
  for (const e of ents.list.slice()) {
    const word = e.from - 2;
    if (e.type !== 'LOC' || word < 0 || lower[e.from - 1] !== 'of' || !free(word)) continue;
    if (!ORG_WORDS.has(lower[word]) || !isCapitalized(tokens[word].text) || !adjacent(text, tokens, word, e.to - 1))
      continue;
    ents.resize(e, word, e.to);
    e.type = 'ORG';
  }
}

/**
 * A known company or brand taken for a person or a place is an organization: "Huawei said", "Uber's drivers"
 * (COMPANY_NAMES; the 1996 training news never named them), as is an armed or political group ("Hamas said"); a
 * market index or benchmark ("Brent") is neither. A person named so elsewhere in the article ("Michael Dell" ...
 * "Dell") is made a person again by surname coreference.
 */
export const knownCompanies: EntityRule = {
  name: 'known companies',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (const e of ents.list) {
      if (e.to - e.from !== 1 || e.type === 'ORG') continue;
      if (COMPANY_NAMES.has(lower[e.from]) || GROUP_NAMES.has(lower[e.from])) e.type = 'ORG';
      else if (MARKET_NAMES.has(lower[e.from])) e.type = 'MISC';
    }
    untaggedCompanySubjects(ctx);
  },
};

/**
 * "Facebook did not respond. Twitter said it was looking into the matter.": a known company the tagger left untagged
 * (its name is also a platform's: "on Twitter") is an organization where it does something, before a verb of speech,
 * a past tense or its possessive; "posted on Twitter", "a Facebook post" stay untagged.
 */
function untaggedCompanySubjects(ctx: RuleContext): void {
  if (!ctx.holds(COMPANY_NAMES)) return;
  const { tokens, lower, n, ents, free } = ctx;
  for (let k = 0; k + 1 < n; k++) {
    if (!COMPANY_NAMES.has(lower[k]) || !free(k) || !isCapitalized(tokens[k].text)) continue;
    if (k > 0 && PLACE_PREPOSITIONS.has(lower[k - 1])) continue;
    const next = lower[k + 1];
    if (SPEECH_NEIGHBOURS.has(next) || next === "'s" || next === '’s' || /^[a-z]{3,}ed$/.test(next))
      ents.add({ from: k, to: k + 1, type: 'ORG' });
  }
}

/** "amazon.com" -> "amazon"; undefined for a word that is not a web name. */
function webName(word: string): string | undefined {
  const dot = word.indexOf('.');
  return dot > 0 && WEB_SUFFIXES.has(word.slice(dot)) ? word.slice(0, dot) : undefined;
}

/**
 * A company's full name settles its short name in the same text: after "Huawei Technologies" or "Amazon.com Inc", a
 * bare "Huawei" or "Amazon" is the company, not a person nor the river. Full names are organizations ending in a
 * company word, or web names; one opening with a place ("China Construction Bank Corp") settles nothing.
 */
export const companyShortNames: EntityRule = {
  name: 'company short names',
  apply({ lower, ents }) {
    const short = new Set<string>();
    for (const e of ents.list) {
      if (e.type !== 'ORG' || e.to === e.from) continue;
      const web = webName(lower[e.from]);
      if (web) short.add(web);
      else if (
        e.to - e.from >= 2 &&
        COMPANY_WORDS.has(lower[e.to - 1]) &&
        !lookupPlaceTokens(lower, e.from, e.from + 1)
      )
        short.add(lower[e.from]);
    }
    if (short.size === 0) return;
    for (const e of ents.list) if (e.to - e.from === 1 && e.type !== 'ORG' && short.has(lower[e.from])) e.type = 'ORG';
  },
};

/** Tokens between two items of a list: ",", "and", "or", ", and". */
function isListJoint(lower: string[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let k = from; k < to; k++) if (lower[k] !== ',' && lower[k] !== 'and' && lower[k] !== 'or') return false;
  return true;
}

/** A company the lexicon knows, or a name ending in a company word ("Apple", "Rystad Energy"). */
function isKnownCompany(lower: string[], e: Entity): boolean {
  return (
    e.type === 'ORG' && (e.to - e.from === 1 ? COMPANY_NAMES.has(lower[e.from]) : COMPANY_WORDS.has(lower[e.to - 1]))
  );
}

/**
 * One-word names listed with known companies are companies too: "Amazon, Apple and Alphabet reported record
 * profits" (Amazon, also a river, was read as a place), "shares of Moderna and Zoom". A country or city stays a place
 * ("Apple and China"): only names the gazetteer does not know as one change.
 */
export const companiesInList: EntityRule = {
  name: 'companies in a list',
  apply({ lower, ents }) {
    const list = ents.list.filter((e) => e.to > e.from).sort((x, y) => x.from - y.from);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && isListJoint(lower, list[i - 1].to, list[i].from)) continue;
      const items = list.slice(start, i);
      start = i;
      if (items.length < 2 || !items.some((e) => isKnownCompany(lower, e))) continue;
      for (const e of items) if (e.type !== 'ORG' && e.to - e.from === 1 && !isCountryOrCity(lower, e)) e.type = 'ORG';
    }
  },
};

function isCountryOrCity(lower: string[], e: Entity): boolean {
  const kind = lookupPlaceTokens(lower, e.from, e.to)?.kind;
  return kind === 'country' || kind === 'city';
}

/**
 * A one-word name followed by what only a business has is a company: "Amazon founder Jeff Bezos", "Telegram's
 * founder", "the Zoom app" (not a country or city). Once a word is a company so, its other one-word mentions in the
 * block that were read as places are the company too ("Amazon founder" ... "Amazon's cloud").
 */
export const companyByBusinessNoun: EntityRule = {
  name: 'company by a business noun',
  apply({ lower, n, ents }) {
    const companies = new Set<string>();
    for (const e of ents.list) {
      if (e.to - e.from !== 1 || e.type === 'PER' || isCountryOrCity(lower, e)) continue;
      let next = e.to;
      if (next < n && (lower[next] === "'s" || lower[next] === '’s')) next++;
      if (next < n && COMPANY_ONLY_NOUNS.has(lower[next])) {
        e.type = 'ORG';
        companies.add(lower[e.from]);
      } else if (e.type === 'ORG' && COMPANY_NAMES.has(lower[e.from])) companies.add(lower[e.from]);
    }
    if (companies.size === 0) return;
    for (const e of ents.list)
      if (e.type === 'LOC' && e.to - e.from === 1 && companies.has(lower[e.from]) && !isCountryOrCity(lower, e))
        e.type = 'ORG';
  },
};

/**
 * A name followed by a lower-case group noun names that party or group, not a person or a place: "a spokesman for the
 * Shiv Sena party" (Shiv is a given name), "the Wagner group". A place the gazetteer knows stays one ("Tigray
 * militia" is a militia of Tigray).
 */
export const groupByNounAfter: EntityRule = {
  name: 'group by a noun after it',
  apply({ lower, n, ents }) {
    for (const e of ents.list) {
      if (e.to === e.from || e.to >= n || !GROUP_NOUNS.has(lower[e.to])) continue;
      if (e.type === 'PER' || (e.type === 'LOC' && !lookupPlaceTokens(lower, e.from, e.to))) e.type = 'ORG';
    }
  },
};

/**
 * A company named like a person: a one- or two-word "person" after a lower-case business noun ("Swiss drugmaker
 * Roche", "the carmaker Tata") or saying something about "its" own ("Merck said its antiviral pill") is a company,
 * and so are the block's other one-word mentions of it ("Roche chief medical officer").
 */
export const companiesNamedLikePeople: EntityRule = {
  name: 'companies named like people',
  apply({ p, tokens, lower, n, ents }) {
    const companies = new Set<string>();
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from > 2 || e.to === e.from) continue;
      const b = e.from - 1;
      // "insurer Thierry Dehaan": a known given name opening two words is a person's
      const given = e.to - e.from === 2 && lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f');
      const noun = b >= 0 && !given && tokens[b].text === lower[b] && COMPANY_KIND_NOUNS.has(lower[b]);
      const its = e.to + 1 < n && SAYS.has(lower[e.to]) && lower[e.to + 1] === 'its';
      if (!noun && !its) continue;
      e.type = 'ORG';
      if (e.to - e.from === 1) companies.add(lower[e.from]);
    }
    if (companies.size === 0) return;
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from === 1 && companies.has(lower[e.from])) e.type = 'ORG';
  },
};

const SAYS = new Set(['said', 'says']);

/**
 * "executives at SNC-Lavalin", "an analyst at Rystad Energy": after people who work somewhere and "at", a name the
 * tagger read as a place is their employer, unless the gazetteer knows it as a place ("workers at Halifax"). One it
 * read as a person is the employer too: nobody works "at" a person, so "an analyst at D.A. Davidson" and "traders at
 * Deniz Yatirim" name firms called after people or in words 1996 news never printed.
 */
export const employerAfterStaff: EntityRule = {
  name: 'employer after its staff',
  apply({ lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' && e.type !== 'PER') continue;
      if (e.from < 2 || lower[e.from - 1] !== 'at' || !STAFF_NOUNS.has(lower[e.from - 2])) continue;
      if (e.type === 'PER' || !lookupPlaceTokens(lower, e.from, e.to)) e.type = 'ORG';
    }
  },
};

/** Rules that find places the tagger missed or mislabelled, and the people it took for places. */
import { isCapitalized } from '../features';
import { demonymCountry, lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  AREA_NOUNS,
  NATURAL_AREA_NOUNS,
  RESIDENT_NOUNS,
  BODY_WORDS,
  DISEASE_NAMES,
  DISEASE_WORDS,
  FACILITY_WORDS,
  GEO_OF,
  GEO_PREFIX,
  GEO_SUFFIX,
  KIND_OF,
  MAX_NAME_TOKENS,
  NOT_TITLE_WORDS,
  ORG_WORDS,
  PERSON_HONORIFICS,
  PLACE_PREPOSITIONS,
  SPEECH_NEIGHBOURS,
  STREET_WORDS_NOT_SURNAMES,
  TITLES,
  UNAMBIGUOUS_KINDS,
  WEEKDAYS,
  OFFICE_DOMAIN_WORDS,
} from '../../lexicon/entityWords';
import { PARTY_MEMBER_NOUNS } from '../../lexicon/speakerWords';
import { STREET_WORDS } from '../../lexicon/speakerWords';
import { TITLE_SMALL_WORDS } from '../../lexicon/functionWords';
import { ROLE_NOUNS } from '../../lexicon/lexicon';
import { adjacent, isNameWord, type Entities, type Entity, type EntityRule, type RuleContext } from './context';
import type { Token } from '../tokenize';
import type { PlaceMatch } from '../gazetteer';

/** A rule tried at token i of the geographic scan: the index the scan goes on after when it applied, else undefined. */
type PositionRule = (ctx: RuleContext, i: number) => number | undefined;

/**
 * "the Kuril islands", "Okhotsk Sea": a capitalized name followed by a geographic noun. (Not "the Greek island of
 * Lesbos": a demonym, or a noun followed by "of", belongs to kindOfPlace.)
 */
const geographicSuffix: PositionRule = ({ text, p, tokens, lower, n, ents, free }, i) => {
  const suffixKind = i + 1 < n ? GEO_SUFFIX.get(lower[i + 1]) : undefined;
  const pair = suffixKind ? ents.at(i) : null;
  // the tagger reads "the Vell Valley" as a first name and surname, or as an organization or a name of something: the
  // capitalized geographic noun says otherwise (only a following organization word makes it one, "Tennessee Valley
  // Authority", and then the tagger's span covers that word)
  if (pair && pair.from === i && pair.to === i + 2 && isCapitalized(tokens[i + 1].text) && lower[i + 2] !== 'of') {
    pair.type = 'LOC';
    pair.kind ??= suffixKind; // a place the tagger found itself still takes its kind from the noun ("Darrow Valley")
    return i;
  }
  if (
    !suffixKind ||
    !free(i + 1) ||
    !isNameWord(tokens[i].text) ||
    !adjacent(text, tokens, i, i + 1) ||
    lower[i + 2] === 'of' ||
    demonymCountry(tokens[i].text)
  )
    return undefined;
  const e = ents.at(i);
  const ok = e
    ? e.type !== 'PER' && e.to === i + 1 && (e.type !== 'ORG' || isCapitalized(tokens[i + 1].text))
    : isCapitalized(tokens[i + 1].text) || lower[i - 1] === 'the' || lookupPlaceTokens(lower, i, i + 1) !== undefined;
  if (!ok || !(isCapitalized(tokens[i + 1].text) || suffixKind === 'island')) return undefined;
  if (e) {
    ents.resize(e, e.from, i + 2);
    e.type = 'LOC';
    e.kind = suffixKind;
  } else {
    let from = i;
    while (
      free(from - 1) &&
      isNameWord(tokens[from - 1].text) &&
      adjacent(text, tokens, from - 1, from) &&
      p.sentenceStart[from] !== from
    )
      from--;
    ents.add({ from, to: i + 2, type: 'LOC', kind: suffixKind });
  }
  return i;
};

/** A name word, or an Arabic one behind its article: "al-Balah" in "Deir al-Balah", "el-Mandeb". */
function isGeoNameWord(word: string): boolean {
  return isNameWord(word) || /^(?:al|el|ad|an|ar|as|ash|at|az|ez)-\p{Lu}\p{Ll}/u.test(word);
}

/**
 * "Lake Corra", "Mount Teller", "Port Alder": a geographic word opening a name (the tagger often reads the pair as a
 * person). Not inside an organization's name ("Mount Sinai Hospital" stays whole).
 */
const geographicPrefix: PositionRule = (ctx, i) => {
  const { text, tokens, lower, n, ents } = ctx;
  const prefixKind = GEO_PREFIX.get(lower[i]);
  if (
    !prefixKind ||
    !isCapitalized(tokens[i].text) ||
    i + 1 >= n ||
    !isGeoNameWord(tokens[i + 1].text) ||
    !adjacent(text, tokens, i, i + 1) ||
    NOT_TITLE_WORDS.has(lower[i + 1])
  )
    return undefined;
  const first = ents.at(i);
  const to = geographicNameEnd(ctx, i);
  if (prefixedNameBlocked(ctx, i, to, first)) return undefined;
  const e = first ?? ents.at(i + 1);
  if (e) {
    ents.resize(e, i, to);
    e.type = 'LOC';
    e.kind = prefixKind;
  } else ents.add({ from: i, to, type: 'LOC', kind: prefixKind });
  return to - 1;
};

/** Where a name opened by a geographic word at `i` ends: its name words, short of an organization word. */
function geographicNameEnd({ text, tokens, lower, n }: RuleContext, i: number): number {
  let to = i + 2;
  while (
    to < n &&
    to - i < MAX_NAME_TOKENS &&
    isGeoNameWord(tokens[to].text) &&
    adjacent(text, tokens, to - 1, to) &&
    !NOT_TITLE_WORDS.has(lower[to]) &&
    !ORG_WORDS.has(lower[to]) &&
    !BODY_WORDS.has(lower[to])
  )
    to++;
  return to;
}

/** Kinds of geographic names that are natural features: "the River Taff", "the Lake Ohrid" name no club or firm. */
const NATURAL_FEATURES: ReadonlySet<string> = new Set(['river', 'lake', 'mountain']);

/**
 * Whether the entities over or after a geographic name [i, to) keep it from being a place: an organization word next
 * ("Mount Sinai Hospital"), or an organization, place or longer entity the tagger found over it.
 */
function prefixedNameBlocked(
  { text, tokens, lower, n, ents }: RuleContext,
  i: number,
  to: number,
  first: Entity | null,
): boolean {
  const orgWordNext =
    to < n && adjacent(text, tokens, to - 1, to) && (ORG_WORDS.has(lower[to]) || BODY_WORDS.has(lower[to]));
  // an organization the tagger found exactly over the name is the tagger's guess; one reaching further is a name
  // when a preposition puts it somewhere ("at Port Alder"; "Port Vale 2" in a results table is a club), or "the"
  // a river, lake or mountain ("the River Taff had peaked"; "River Plate won" may be the club)
  const wholeOrg =
    first !== null &&
    first.type === 'ORG' &&
    first.from === i &&
    first.to === to &&
    i > 0 &&
    (PLACE_PREPOSITIONS.has(lower[i - 1]) ||
      (lower[i - 1] === 'the' && NATURAL_FEATURES.has(GEO_PREFIX.get(lower[i]) ?? '')));
  let blocked =
    orgWordNext || (first !== null && !wholeOrg && (first.type === 'ORG' || first.type === 'LOC' || first.from < i));
  for (let k = i + 1; k < to && !blocked; k++) {
    const other = ents.at(k);
    if (
      other &&
      other !== first &&
      (other.type === 'ORG' || other.to > to || (other.type === 'LOC' && other.from === i + 1 && other.to === to))
    )
      blocked = true;
  }
  return blocked;
}

/** "Sea of Okhotsk", "Gulf of Aden", "Isle of Man". */
const geographicOf: PositionRule = ({ text, tokens, lower, n, ents, free }, i) => {
  const ofKind = GEO_OF.get(lower[i]);
  if (
    !ofKind ||
    i + 2 >= n ||
    lower[i + 1] !== 'of' ||
    !isCapitalized(tokens[i].text) ||
    !isNameWord(tokens[i + 2].text) ||
    !adjacent(text, tokens, i, i + 2)
  )
    return undefined;
  const first = ents.at(i);
  const last = ents.at(i + 2);
  const whole = first !== null && first === last && first.from === i && first.type !== 'PER'; // one span, e.g. ORG
  const blocked =
    !whole &&
    ((first && (first.type === 'PER' || first.from < i)) || (last && (last.type === 'PER' || last.from !== i + 2)));
  if (blocked) return undefined;
  let to = whole ? first.to : last ? last.to : i + 3;
  while (!last && free(to) && isNameWord(tokens[to].text) && adjacent(text, tokens, to - 1, to)) to++;
  const e = first ?? last;
  if (e) {
    ents.resize(e, i, to);
    e.type = 'LOC';
    e.kind = ofKind;
  } else ents.add({ from: i, to, type: 'LOC', kind: ofKind });
  return i;
};

/** "the Russian city of Vladivostok", "the town of X": X is a place of that kind. */
const kindOfPlace: PositionRule = ({ text, tokens, lower, n, ents, free }, i) => {
  const kind = KIND_OF.get(lower[i]);
  if (!kind || i + 2 >= n || lower[i + 1] !== 'of' || !isNameWord(tokens[i + 2].text) || !free(i)) return undefined;
  let j = i - 1;
  let country: string | undefined;
  if (j >= 0 && isCapitalized(tokens[j].text)) {
    country = demonymCountry(tokens[j].text);
    j--;
  }
  if (j < 0 || (lower[j] !== 'the' && lower[j] !== 'a') || (country === undefined && j !== i - 1)) return i;
  const target = ents.at(i + 2);
  if (target) {
    // a settlement's noun makes even a given name a place: "the town of Jasper"; not "the state of Mary Smith"
    const settlement = kind === 'city' && target.to - target.from === 1;
    if (target.from !== i + 2 || (target.type === 'PER' && !settlement)) return i;
    target.type = 'LOC';
    target.kind ??= kind;
    target.country ??= country;
    return i;
  }
  let to = i + 3;
  while (free(to) && isNameWord(tokens[to].text) && adjacent(text, tokens, to - 1, to)) to++;
  ents.add({ from: i + 2, to, type: 'LOC', kind, country });
  return i;
};

/** Tried in this order at each token; the first that applies wins the position. */
const GEOGRAPHIC_POSITION_RULES: PositionRule[] = [geographicSuffix, geographicPrefix, geographicOf, kindOfPlace];

/** The words the position rules but geographicSuffix key on at their own token ("Lake", "Gulf", "city"). */
const GEO_WORDS_HERE: ReadonlySet<string> = new Set([...GEO_PREFIX.keys(), ...GEO_OF.keys(), ...KIND_OF.keys()]);

/**
 * Whether any position rule may apply at token i: each needs its geographic word at i, or (geographicSuffix) at i + 1.
 * Most tokens have neither, and two set tests then spare four rule calls.
 */
function mayBeGeographic({ lower, n }: RuleContext, i: number): boolean {
  return GEO_WORDS_HERE.has(lower[i]) || (i + 1 < n && GEO_SUFFIX.has(lower[i + 1]));
}

/** One left-to-right scan for geographic names: "Okhotsk Sea", "Lake Corra", "Gulf of Aden", "the city of X". */
export const geographicNames: EntityRule = {
  name: 'geographic names',
  apply(ctx) {
    if (!ctx.holds(GEO_PREFIX) && !ctx.holds(GEO_OF) && !ctx.holds(KIND_OF) && !ctx.holds(GEO_SUFFIX)) return;
    for (let i = 0; i < ctx.n; i++) {
      if (!mayBeGeographic(ctx, i)) continue;
      for (const rule of GEOGRAPHIC_POSITION_RULES) {
        const next = rule(ctx, i);
        if (next !== undefined) {
          i = next;
          break;
        }
      }
    }
  },
};

/**
 * A known multi-word geographic name (not a city or country, which often open organization names) that the tagger
 * missed or split is a place: "The Kuril Islands" at a sentence start. A city or country is joined only where the
 * tagger split it into places on one line: "Côte" + "d'Ivoire".
 */
export const knownGeographicNames: EntityRule = {
  name: 'known geographic names',
  apply({ text, p, tokens, ents }) {
    for (const m of p.places) {
      if (m.to - m.from < 2) continue;
      const settlement = m.info.kind === 'city' || m.info.kind === 'country';
      // not across a line break ("(Czech\nRepublic)" in a results table)
      if (settlement && !adjacent(text, tokens, m.from, m.to - 1)) continue;
      let ok = true;
      const inside = new Set<Entity>();
      for (let k = m.from; k < m.to && ok; k++) {
        const e = ents.at(k);
        if (e && (e.type === 'PER' || e.type === 'ORG' || e.from < m.from || e.to > m.to)) ok = false;
        if (e) inside.add(e);
        else if (settlement) ok = false;
      }
      if (!ok || (settlement && inside.size < 2)) continue;
      for (const e of inside) if (e !== ents.at(m.from)) ents.remove(e);
      const e = ents.at(m.from) ?? ents.at(m.to - 1);
      if (e) {
        ents.resize(e, m.from, m.to);
        e.type = 'LOC';
      } else ents.add({ from: m.from, to: m.to, type: 'LOC' });
    }
  },
};

/**
 * A single known island, sea, ocean or continent is a place whatever the tagger thought ("Iturup", "Kunashir"):
 * those names are unambiguous, unlike cities, countries and regions ("Jordan", "Georgia", "Victoria").
 */
export const unambiguousPlaces: EntityRule = {
  name: 'unambiguous places',
  apply({ p, ents }) {
    for (const m of p.places) {
      if (m.to - m.from !== 1 || !UNAMBIGUOUS_KINDS.has(m.info.kind)) continue;
      const e = ents.at(m.from);
      if (e && (e.type === 'LOC' || e.type === 'ORG' || e.to - e.from > 1)) continue;
      if (e) e.type = 'LOC';
      else ents.add({ from: m.from, to: m.to, type: 'LOC' });
    }
  },
};

/** A known multi-word geographic name tagged as organization or misc is a place ("Northern Territories"). */
export const geographicNameNotOrganization: EntityRule = {
  name: 'geographic name tagged as organization',
  apply({ lower, ents }) {
    for (const e of ents.list) {
      if ((e.type !== 'ORG' && e.type !== 'MISC') || e.to - e.from < 2) continue;
      const info = lookupPlaceTokens(lower, e.from, e.to);
      if (info && info.kind !== 'city' && info.kind !== 'country') e.type = 'LOC';
    }
  },
};

/**
 * A leading article is not part of a name ("The Washington Post"), unless the place is called so ("The Hague");
 * only a sentence-initial "The": inside a sentence the capital says it belongs to the name, "at The Oval". Nor are a
 * trailing weekday and lower-case link words ("National Tennis Centre on Friday").
 */
export const trimNameEdges: EntityRule = {
  name: 'trim name edges',
  apply({ p, lower, ents }) {
    for (const e of ents.list) {
      if (e.to === e.from) continue;
      let from = e.from;
      let to = e.to;
      if (
        to - from >= 2 &&
        lower[from] === 'the' &&
        p.sentenceStart[from] === from &&
        !lookupPlaceTokens(lower, from, to)
      )
        from++;
      // "As Voss put it", "When Hale spoke": a function word opening the sentence is no part of a person's name
      else if (e.type === 'PER' && to - from >= 2 && p.sentenceStart[from] === from && NOT_TITLE_WORDS.has(lower[from]))
        from++;
      while (to - from >= 2 && (WEEKDAYS.has(lower[to - 1]) || (!p.canStart[to - 1] && !GEO_SUFFIX.has(lower[to - 1]))))
        to--;
      // "Chuck Schumer, a New York Democrat": the state without its party member
      if (e.type === 'LOC' && to - from >= 2 && PARTY_MEMBER_NOUNS.has(lower[to - 1])) to--;
      if (from !== e.from || to !== e.to) ents.resize(e, from, to);
    }
  },
};

/**
 * A one-word "place" that no gazetteer knows but compromise's lexicon knows as a person's name is that person
 * ("talks between Putin and Abe" in a paragraph of its own, without the full name nearby).
 */
export const unknownPlaceNamedLikePerson: EntityRule = {
  name: 'unknown place named like a person',
  apply({ p, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to - e.from !== 1 || p.gaz[e.from] !== 0) continue;
      const lex = lexiconTags(lower[e.from], p.wordHash[e.from]);
      if (/[lp]/.test(lex) && !/[ncrg]/.test(lex)) e.type = 'PER';
    }
  },
};

/**
 * A "place" no gazetteer knows, made of a first name and a surname, that speaks is a person: "said Jordan Blake"
 * (Jordan, a country, pulled the name into a place). Places named after people ("Ben Gurion", "Monte Carlo") do not
 * say things; facility and geographic words keep it a place anyway ("Victoria Park said to be closed").
 */
export const speakingPlaceIsPerson: EntityRule = {
  name: 'speaking place is a person',
  apply({ p, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to - e.from < 2 || e.to - e.from > 3 || lookupPlaceTokens(lower, e.from, e.to))
        continue;
      if (!SPEECH_NEIGHBOURS.has(lower[e.from - 1] ?? '') && !SPEECH_NEIGHBOURS.has(lower[e.to] ?? '')) continue;
      const last = e.to - 1;
      if (
        !/[fp]/.test(lexiconTags(lower[e.from], p.wordHash[e.from])) ||
        p.gaz[last] !== 0 ||
        FACILITY_WORDS.has(lower[last]) ||
        GEO_SUFFIX.has(lower[last])
      )
        continue;
      const lex = lexiconTags(lower[last], p.wordHash[last]);
      if ((lex === '' || /[lfp]/.test(lex)) && !/[wcnrgo]/.test(lex)) e.type = 'PER';
    }
  },
};

/** Abbreviated places keep their dot: "Calif." "Fla." (the tokenizer splits it off like a full stop). */
export const abbreviatedPlaces: EntityRule = {
  name: 'abbreviated places',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list) {
      const dot = e.to;
      if (e.type !== 'LOC' || dot >= n || tokens[dot].text !== '.' || tokens[dot].start !== tokens[dot - 1].end)
        continue;
      if (ents.at(dot) === null && lookupPlaceTokens(lower, e.from, dot + 1)) ents.resize(e, e.from, dot + 1);
    }
  },
};

/**
 * A portfolio before a title is not a place: "U.S. Trade Representative", "Commerce Secretary" tagged "U.S. Trade"
 * and "Commerce". A place span followed by a title word keeps its longest prefix the gazetteer knows, or is dropped.
 */
export const portfolioBeforeTitle: EntityRule = {
  name: 'portfolio before a title',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'LOC' || e.to >= n || !TITLES.has(lower[e.to]) || !isCapitalized(tokens[e.to].text)) continue;
      if (lookupPlaceTokens(lower, e.from, e.to)) continue;
      let k = e.to - 1;
      while (k > e.from && !lookupPlaceTokens(lower, e.from, k)) k--;
      if (k > e.from) ents.resize(e, e.from, k);
      else if (e.to - e.from === 1 && lexiconTags(lower[e.from]).includes('w')) ents.remove(e);
    }
  },
};

/** Capitalized words a portfolio list may hold after its "and" before the title: "and Long-Term Care Minister". */
const MAX_PORTFOLIO_TAIL = 4;

/**
 * A portfolio list before a title is no person: "Mental Health and Addictions Minister Judith Fleming" tagged a
 * person "Mental Health". A person span ending in an office's domain word, without a first name, followed by "and", a few capitalized words, a
 * capitalized title and a name, is dropped (the holder after the title stays the person).
 */
export const portfolioListNotPerson: EntityRule = {
  name: 'portfolio list not a person',
  apply({ p, tokens, lower, n, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to + 2 >= n || lower[e.to] !== 'and') continue;
      let k = e.to + 1;
      while (k < n && k - e.to <= MAX_PORTFOLIO_TAIL && isCapitalized(tokens[k].text) && !TITLES.has(lower[k])) k++;
      if (k === e.to + 1 || k + 1 >= n || !TITLES.has(lower[k]) || !isCapitalized(tokens[k].text)) continue;
      if (!isCapitalized(tokens[k + 1].text)) continue;
      // the span ends in what an office is over ("Health"): "Trudeau and Foreign Minister X" names a person
      if (!OFFICE_DOMAIN_WORDS.has(lower[e.to - 1])) continue;
      let named = false;
      for (let i = e.from; i < e.to && !named; i++) named = lexiconTags(lower[i], p.wordHash[i]).includes('f');
      if (!named) ents.remove(e);
    }
  },
};

/**
 * A country taken for a person ("Chad's President", "Chad parliamentary election": Chad is also a first name) is the
 * country, unless a longer name in the same text makes it one ("Chad Mitchell").
 */
export const countryNotPerson: EntityRule = {
  name: 'country not a person',
  apply({ tokens, lower, ents }) {
    const inNames = new Set<string>();
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from > 1) for (let k = e.from; k < e.to; k++) inNames.add(lower[k]);
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from !== 1 || inNames.has(lower[e.from])) continue;
      const info = lookupPlaceTokens(lower, e.from, e.to);
      if (info?.kind === 'country' && isCapitalized(tokens[e.from].text)) {
        e.type = 'LOC';
        e.kind = 'country';
      }
    }
  },
};

/**
 * A known place tagged as an organization before a title is the jurisdiction: "Ontario Premier Doug Fordham", "Ohio
 * Governor Jane Roe". ("Parma's Alessandro Melli" is the club: a possessive says nothing.) So is one word tagged as a
 * person before an office noun, when no first name or surname is spelled so: "In the House, Toronto MP Marcus
 * Delaney" (not "Jordan MP").
 */
export const jurisdictionBeforeTitle: EntityRule = {
  name: 'jurisdiction before a title',
  apply({ p, tokens, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.to === e.from || e.to >= n) continue;
      const title = TITLES.has(lower[e.to]);
      // a person's span: one word that is no first name or surname, before an office noun ("MP", "lawyer")
      const unnamed =
        e.type === 'PER' &&
        e.to - e.from === 1 &&
        (title || ROLE_NOUNS.has(lower[e.to])) &&
        !/[fl]/.test(lexiconTags(lower[e.from], p.wordHash[e.from]));
      if (!(e.type === 'ORG' && title) && !unnamed) continue;
      if (
        isCapitalized(tokens[e.to].text) &&
        !PERSON_HONORIFICS.has(lower[e.to]) &&
        lookupPlaceTokens(lower, e.from, e.to)
      )
        e.type = 'LOC';
    }
  },
};

/**
 * "Quay Street", "Mill Road", "Harbour Avenue": capitalized names ending in a street word are places, however the
 * tagger split them (it often reads the street word alone as a surname: "a bakery on Quay Street" gave a person
 * "Street"). Not when the tagger's span runs on past the street word ("the Wall Street Journal" stays a title).
 */
export const streetNames: EntityRule = {
  name: 'street names',
  apply({ text, p, tokens, lower, n, ents, holds }) {
    if (!holds(STREET_WORDS)) return;
    for (let i = 1; i < n; i++) {
      if (!STREET_WORDS.has(lower[i]) || !isCapitalized(tokens[i].text)) continue;
      const e = ents.at(i);
      // a street word the tagger read alone as a place takes its name too: "Pennsylvania" + "Turnpike"
      if ((e && (e.to > i + 1 || (e.type === 'LOC' && e.from < i))) || !adjacent(text, tokens, i - 1, i)) continue;
      const from = streetStart(text, p.sentenceStart, tokens, ents, i);
      // "said Nathan Lane": a first name before the street word makes it a surname (not "Road": "on Mina Road")
      const surname = !STREET_WORDS_NOT_SURNAMES.has(lower[i]) && lexiconTags(lower[from]).includes('f');
      if (from === i || (from === i - 1 && surname)) continue;
      // the words before the street word become the street's: "Japan" of "Japan Street" is no country of its own
      for (let k = from; k < i; k++) {
        const inner = ents.at(k);
        if (inner && inner !== e) ents.remove(inner);
      }
      if (e) {
        ents.resize(e, from, i + 1);
        e.type = 'LOC';
        e.kind = 'street';
      } else ents.add({ from, to: i + 1, type: 'LOC', kind: 'street' });
    }
  },
};

/** "79th" of "79th Street", "42nd" of "West 42nd Street": a numbered street's number. */
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/;

/**
 * The first name word of "Martin Luther King Boulevard": name words (or a street's ordinal number, "79th Street")
 * right before the street word, in the sentence.
 */
function streetStart(
  text: string,
  sentenceStart: ArrayLike<number>,
  tokens: Token[],
  ents: Entities,
  i: number,
): number {
  let from = i;
  while (from > 0 && sentenceStart[from] !== from && adjacent(text, tokens, from - 1, from)) {
    const other = ents.at(from - 1);
    const word = tokens[from - 1].text;
    if (!(isNameWord(word) || ORDINAL_NUMBER.test(word)) || (other && other !== ents.at(i) && other.to > i)) break;
    // a function word capitalized in a Title Case headline ends it: "3 Words On Highway Warning Sign"
    if (TITLE_SMALL_WORDS.has(word.toLowerCase())) break;
    from--;
  }
  const first = ents.at(from);
  return first && first.from < from ? i : from; // a name that began before the sentence part we may take
}

/** "Britain" + "'s": a possessive joined to the word before it. */
function isPossessive(tokens: Token[], lower: string[], k: number): boolean {
  return (lower[k] === "'s" || lower[k] === '’s') && k > 0 && tokens[k].start === tokens[k - 1].end;
}

/**
 * A country, region or city owning an organization is a place of its own: "Britain's Home Office", "Peru's
 * Congress" (the tagger reads the whole as one organization, so the country was lost). Only a known place before the
 * possessive, and a capitalized name after it.
 */
export const placeOwningOrganization: EntityRule = {
  name: 'place owning an organization',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG' || e.to - e.from < 3) continue;
      for (let k = e.from + 1; k < e.to - 1; k++) {
        if (!isPossessive(tokens, lower, k) || !isCapitalized(tokens[k + 1].text)) continue;
        const kind = lookupPlaceTokens(lower, e.from, k)?.kind;
        if (kind !== 'country' && kind !== 'region' && kind !== 'city') break;
        const from = e.from;
        ents.resize(e, k + 1, e.to);
        ents.add({ from, to: k, type: 'LOC', kind });
        break;
      }
    }
  },
};

/** Tokens [from, to) carry no letter. */
function onlyPunctuation({ p }: RuleContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (p.hasLetter[k]) return false;
  return true;
}

/** The gazetteer match is a country that no name word touches on either side ("the Philippines," not "Philippine Airlines"). */
function isBareCountry({ tokens, p, n }: RuleContext, m: PlaceMatch): boolean {
  if (m.info.kind !== 'country' || !p.capital[m.from]) return false;
  if (/[flp]/.test(lexiconTags(p.lower[m.from], p.wordHash[m.from]))) return false; // "Jordan", "Chad": also names
  if (m.to - m.from === 1 && demonymCountry(tokens[m.from].text)) return false; // "Thai protesters", "Saudi oil"
  const before = m.from > 0 && isNameWord(tokens[m.from - 1].text) && p.sentenceStart[m.from] !== m.from;
  const after = m.to < n && isNameWord(tokens[m.to].text);
  return !before && !after;
}

/**
 * A country the gazetteer knows, standing alone, is a place even where the tagger missed it or read it as an
 * organization: "killed 375 people in the Philippines", "flew to the Philippines" (the 1996 news named it rarely).
 * Not a country that is also a name ("Jordan") or an adjective ("Thai"), nor one touching other name words
 * ("Philippine Airlines").
 */
export const bareCountries: EntityRule = {
  name: 'bare countries',
  apply(ctx) {
    const { ents } = ctx;
    for (const m of ctx.p.places) {
      if (!isBareCountry(ctx, m)) continue;
      const e = ents.at(m.from);
      if (!e) {
        let free = true;
        for (let k = m.from; k < m.to; k++) if (ents.at(k)) free = false;
        if (free) ents.add({ from: m.from, to: m.to, type: 'LOC', kind: 'country' });
      } else if (e.from === m.from && e.type !== 'LOC' && e.type !== 'PER' && onlyPunctuation(ctx, m.to, e.to)) {
        ents.resize(e, m.from, m.to); // the tagger ran on into a full stop: "Philippines ."
        e.type = 'LOC';
        e.kind = 'country';
      }
    }
  },
};

/**
 * Diseases named after places are neither: "Lassa fever", "the Marburg virus" (a place before a disease noun), and
 * "Ebola", "Cholera has killed" alone. A country keeps its type ("China virus" is still about China).
 */
export const diseasesNotPlaces: EntityRule = {
  name: 'diseases not places',
  apply({ tokens, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'LOC' || e.to === e.from) continue;
      const next = e.to < n && tokens[e.to].text === lower[e.to] && DISEASE_WORDS.has(lower[e.to]);
      const named = e.to - e.from === 1 && DISEASE_NAMES.has(lower[e.from]);
      if ((next || named) && lookupPlaceTokens(lower, e.from, e.to)?.kind !== 'country') e.type = 'MISC';
    }
  },
};

/** The name before a word for residents at token k is their place: "Nour Shams resident", "said Balata resident". */
function placeOfResidents(ctx: RuleContext, k: number): void {
  const { p, tokens, lower, ents } = ctx;
  if (tokens[k].text !== lower[k] || !isNameWord(tokens[k - 1].text)) return;
  const e = ents.at(k - 1);
  if (e && e.to === k && e.to - e.from <= 3 && e.type === 'PER' && !describesArea(ctx, e)) e.type = 'LOC';
  // opening a sentence, only a known place: "Local resident Abdel Hamid Faraj" names no place
  else if (!e && unknownWord(ctx, k - 1) && (p.sentenceStart[k - 1] !== k - 1 || p.gaz[k - 1] !== 0))
    ents.add({ from: k - 1, to: k, type: 'LOC' });
}

/** Token k is a capitalized word no list knows as an ordinary word, a function word or a title ("Balata"). */
function unknownWord({ p, tokens, lower }: RuleContext, k: number): boolean {
  const w = lower[k];
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || NOT_TITLE_WORDS.has(w) || TITLES.has(w)) return false;
  return !/[wdf]/.test(lexiconTags(w, p.wordHash[k])) && demonymCountry(tokens[k].text) === undefined;
}

/** "the Chinese province of Hubei", "the French Mediterranean island": a demonym in it describes the area. */
function describesArea({ p, tokens, lower }: RuleContext, e: Entity): boolean {
  if (e.type !== 'MISC') return false;
  for (let k = e.from; k < e.to; k++)
    if (demonymCountry(tokens[k].text) || lexiconTags(lower[k], p.wordHash[k]).includes('d')) return true;
  return false;
}

/** An administrative area's word ("province") or a natural area's ("the Mekong delta"). */
function areaNoun(w: string): boolean {
  return AREA_NOUNS.has(w) || NATURAL_AREA_NOUNS.has(w);
}

/**
 * A name before a lower-case word for an administrative area is that area: "Quang Ngai province", "the Feijenoord
 * district", "Kyauktaw township", and so is one before a natural area's word: "the Tagus valley", "the Mekong delta"
 * (the tagger reads unknown two-word names as people, and one word as a body). A known first name opening a
 * "person" keeps it one ("Ann Lee district office" is rare, "John Smith district" rarer) unless a place preposition
 * comes before it ("in Quang Ngai province"). A "person" before a word for the people living somewhere is that place,
 * given name or not: "Nour Shams resident Aisha Abu Zeid", "Tulkarm residents" (no one is a person's resident).
 */
export const areaByNounAfter: EntityRule = {
  name: 'area by a noun after it',
  apply(ctx) {
    const { text, p, tokens, lower, n, ents } = ctx;
    if (!ctx.holds(RESIDENT_NOUNS) && !ctx.holds(AREA_NOUNS) && !ctx.holds(NATURAL_AREA_NOUNS)) return;
    for (let k = 1; k < n; k++) {
      if (RESIDENT_NOUNS.has(lower[k])) {
        placeOfResidents(ctx, k);
        continue;
      }
      if (!areaNoun(lower[k]) || tokens[k].text !== lower[k] || !isNameWord(tokens[k - 1].text)) continue;
      const e = ents.at(k - 1);
      if (e) {
        if (e.type === 'LOC' || e.to !== k || e.to - e.from > 3 || describesArea(ctx, e)) continue;
        // "from Ly Son island in Quang Ngai province": after a place preposition, a given name opens the place too
        const located = PLACE_PREPOSITIONS.has(lower[e.from - 1] ?? '');
        if (e.type === 'PER' && !located && lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f')) continue;
        e.type = 'LOC';
        continue;
      }
      let from = k - 1;
      while (from - 1 >= 0 && k - from < 3 && ctx.free(from - 1) && isNameWord(tokens[from - 1].text)) from--;
      const before = lower[from - 1] ?? '';
      if (p.sentenceStart[from] === from || (before !== 'the' && !PLACE_PREPOSITIONS.has(before))) continue;
      if (NOT_TITLE_WORDS.has(lower[from]) || !adjacent(text, tokens, from, k)) continue;
      ents.add({ from, to: k, type: 'LOC', kind: 'region' });
    }
  },
};

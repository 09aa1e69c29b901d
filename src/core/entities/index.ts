/**
 * People, place and organization mentions in a text.
 *
 * A trained BIO tagger (averaged perceptron over word, shape, affix, context, gazetteer and compromise-lexicon
 * features; see features.ts and scripts/ner/train.ts) proposes entities; rules then fix what news prose needs and the
 * training data lacks: places inside organization names ("Iran Press TV"), island groups and seas, "the Russian
 * city of X", known multi-word places, and surname coreference ("Vladimir Putin" ... "Putin").
 * Linear in the input; never throws.
 */
import type { Place, Span } from '../types';
import { TAGS, isCapitalized, prepare, type Prepared } from './features';
import { demonymCountry, lexiconTags, lookupPlace, lookupPlaceTokens } from './gazetteer';
import { weightLookup } from './model';
import { decode, spansFromTags } from './tagger';
import { sentences, tokenize, type Token } from './tokenize';

export interface PersonMention extends Span {
  /** Title or honorific directly before the name, outside the span ("President", "Foreign Minister", "Dr."). */
  title?: string;
}

export interface EntityMentions {
  people: PersonMention[];
  places: Place[];
  organizations: Span[];
}

type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** An entity over tokens [from, to) of a block. */
interface Entity {
  from: number;
  to: number;
  type: EntityType;
  /** Place kind when a rule knows it ("island", "city"). */
  kind?: string;
  country?: string;
}

/** Blocks are tagged independently so that memory stays bounded on huge inputs. */
const BLOCK_CHARS = 20000;

const DATE_WORDS = new Set(
  'mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** No real name is longer: "International Bank for Reconstruction and Development" is 6 tokens. */
const MAX_ENTITY_TOKENS = 14;

/** Longest name the merging rules build, in tokens ("Robert C. “Bobby” Scott" is 6). */
const MAX_NAME_TOKENS = 8;

const UNAMBIGUOUS_KINDS = new Set(['island', 'sea', 'ocean', 'continent']);

/** Words that make a multi-word "place" an institution ("United States Conference of Mayors"). */
const BODY_WORDS = new Set('conference committee commission department court senate congress office board service services administration authority organization organisation league assembly parliament council ministry agency bureau institute school academy hospital museum airport stadium'.split(' '));

/** Party labels before a name ("Democrat Hillary Clinton"). */
const PARTY_OR_TITLE = new Set(['democrat', 'democratic', 'republican', 'independent', 'conservative', 'labour', 'liberal', 'socialist', 'tory', 'green', 'senators', 'sens.', 'reps.']);

const OPEN_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSE_QUOTES = new Set(['"', '”', "'", '’']);

function isNameWordOrLink(word: string): boolean {
  return isNameWord(word) || word === 'of' || word === 'the';
}

const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sir', 'dame', 'lady', 'lord', 'mr', 'mrs', 'ms', 'dr']);

/** Capitalized words that never belong to a title before a name, nor are a name alone. */
const NOT_TITLE_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'if', 'so', 'in', 'on', 'at', 'of', 'for', 'by', 'with', 'from', 'to', 'as', 'when', 'while', 'after', 'before', 'says', 'said', 'then', 'now', 'yesterday', 'today', 'meanwhile', 'however', 'also', 'former', 'new', 'his', 'her', 'their', 'its', 'our', 'that', 'this', 'these', 'those', 'he', 'she', 'it', 'we', 'they', 'i', 'you', 'is', 'was', 'are', 'were', 'be', 'not', 'no', 'yes', 'all', 'some', 'any', 'there', 'here', 'what', 'who', 'why', 'how', 'where', 'which']);

/** News agencies in a dateline: "MADRID (Reuters) -". */
const AGENCIES = new Set(['reuters', 'ap', 'afp', 'upi', 'dpa', 'ani', 'pti', 'xinhua', 'tass', 'itar-tass', 'efe', 'ansa', 'kyodo', 'yonhap', 'bloomberg', 'cnn', 'bbc', 'ria', 'interfax', 'wafa', 'irna', 'anadolu', 'apa', 'mena', 'sputnik', 'cna', 'bernama', 'antara', 'aap', 'cp', 'nyt']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Words that end a company name ("Johnson Controls Inc", "Bear Stearns & Co"). */
const COMPANY_WORDS = new Set(
  'inc inc. corp corp. co co. ltd ltd. llc plc ag sa nv gmbh group holdings industries pharmaceuticals technologies systems partners securities capital bancorp'.split(' '),
);

/** Capitalized words that make a preceding place part of an organization's name ("Iran Press TV", "Japan Times"). */
const ORG_WORDS = new Set(
  'press tv television radio news times post herald tribune journal daily telegraph gazette chronicle agency broadcasting network airlines airways air bank university college institute party council ministry army navy police group corp corporation inc ltd co company holdings exchange fund foundation association federation union club fc'.split(
    ' ',
  ),
);

/** Lower-case or capitalized nouns that close a geographic name after a capitalized word ("the Kuril islands"). */
const GEO_SUFFIX = new Map<string, string>(Object.entries({
  islands: 'island', island: 'island', isles: 'island', archipelago: 'island', sea: 'sea', ocean: 'ocean',
  strait: 'sea', straits: 'sea', peninsula: 'region', mountains: 'mountain', river: 'river', desert: 'region', valley: 'region',
}));

/** "Sea of X": words that open a geographic name followed by "of". */
const GEO_OF = new Map<string, string>(Object.entries({
  sea: 'sea', gulf: 'sea', strait: 'sea', straits: 'sea', bay: 'sea', isle: 'island', cape: 'region', lake: 'lake',
  island: 'island', islands: 'island',
}));

/** "the (Russian) city of X": the noun gives X's kind. */
const KIND_OF = new Map<string, string>(Object.entries({
  city: 'city', town: 'city', village: 'city', port: 'city', capital: 'city', island: 'island', province: 'region',
  region: 'region', state: 'region', republic: 'country', district: 'region', county: 'region', enclave: 'region',
  peninsula: 'region', kingdom: 'country', emirate: 'country', territory: 'region', suburb: 'city', neighbourhood: 'city',
  neighborhood: 'city', resort: 'city', oblast: 'region', prefecture: 'region',
}));

/** Single title words before a name. */
const TITLES = new Set(
  'president prime minister chancellor premier secretary senator sen. governor gov. mayor king queen prince princess pope ambassador general gen. colonel col. captain capt. commander admiral lieutenant sergeant chairman chairwoman chief director spokesman spokeswoman judge justice mr. mrs. ms. dr. prof. professor rev. sir lord lady dame sheikh ayatollah emir sultan rabbi bishop cardinal father coach manager representative rep. deputy leader speaker envoy minister'.split(
    ' ',
  ),
);


function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
}

/** Tokens a < b are on one line: no line break between them. */
function adjacent(text: string, tokens: Token[], a: number, b: number): boolean {
  if (b >= tokens.length) return false;
  for (let k = tokens[a].end; k < tokens[b].start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

function tagBlock(text: string, tokens: Token[]): { prepared: Prepared; entities: Entity[] } {
  const prepared = prepare(tokens, sentences(text, tokens));
  const tags = decode(prepared, weightLookup());
  return { prepared, entities: spansFromTags(tags, TAGS).map(([from, to, type]) => ({ from, to, type: type as EntityType })) };
}

/** The entities of a block with, per token, the entity covering it: rules edit both together in O(span). */
class Entities {
  readonly list: Entity[] = [];
  private readonly own: Int32Array;
  private readonly index = new Map<Entity, number>();
  constructor(n: number) {
    this.own = new Int32Array(n).fill(-1);
  }
  at(i: number): Entity | null {
    const k = i >= 0 && i < this.own.length ? this.own[i] : -1;
    return k >= 0 ? this.list[k] : null;
  }
  add(e: Entity): void {
    this.list.push(e);
    this.index.set(e, this.list.length - 1);
    this.mark(e, this.list.length - 1);
  }
  /**
   * Moves an entity to [from, to), removing whatever entities it now covers. Touches only the tokens gained or lost,
   * so that chains of growth (hostile input) stay linear.
   */
  resize(e: Entity, from: number, to: number): void {
    const k = this.index.get(e) ?? -1;
    const claim = (a: number, b: number) => {
      for (let i = a; i < b; i++) {
        const other = this.at(i);
        if (other && other !== e) this.remove(other);
        this.own[i] = k;
      }
    };
    const release = (a: number, b: number) => {
      for (let i = a; i < b; i++) if (this.own[i] === k) this.own[i] = -1;
    };
    if (to <= e.from || from >= e.to) {
      release(e.from, e.to);
      claim(from, to);
    } else {
      release(e.from, Math.min(from, e.to));
      release(Math.max(to, e.from), e.to);
      claim(from, Math.min(e.from, to));
      claim(Math.max(e.to, from), to);
    }
    e.from = from;
    e.to = to;
  }
  remove(e: Entity): void {
    for (let i = e.from; i < e.to; i++) if (this.list[this.own[i]] === e) this.own[i] = -1;
    e.to = e.from; // emptied; dropped by sorted()
  }
  /** The entities in text order; runaway spans (hostile input such as a name repeated a thousand times) dropped. */
  sorted(): Entity[] {
    return this.list.filter((e) => e.to > e.from && e.to - e.from <= MAX_ENTITY_TOKENS).sort((x, y) => x.from - y.from);
  }
  private mark(e: Entity, k: number): void {
    for (let i = e.from; i < e.to; i++) this.own[i] = k;
  }
}

/** Rules that correct and complete the tagger's entities within a block. */
function applyRules(text: string, p: Prepared, found: Entity[]): Entity[] {
  const { tokens, lower } = p;
  const n = tokens.length;
  const ents = new Entities(n);
  for (const e of found) {
    let letters = false;
    let dates = true;
    for (let k = e.from; k < e.to; k++) {
      if (p.hasLetter[k]) letters = true;
      if (!DATE_WORDS.has(lower[k].replace(/\.$/, '')) && p.hasLetter[k]) dates = false;
    }
    const functionWord = e.to - e.from === 1 && (NOT_TITLE_WORDS.has(lower[e.from]) || TITLES.has(lower[e.from]));
    if (letters && !dates && !functionWord) ents.add(e);
  }
  const free = (i: number) => i >= 0 && i < n && ents.at(i) === null;

  // Datelines: "MADRID (Reuters) -", "BEIRUT, Lebanon (AP) —": the words opening the line are places.
  for (let i = 0; i < n; i++) {
    if (tokens[i].text !== '(' || i + 3 >= n || !AGENCIES.has(lower[i + 1]) || tokens[i + 2].text !== ')' || !/^[-–—]$/.test(tokens[i + 3].text)) continue;
    let lineStart = i;
    while (lineStart > 0 && adjacent(text, tokens, lineStart - 1, lineStart) && i - lineStart < 6) lineStart--;
    if (lineStart === i || (lineStart > 0 && adjacent(text, tokens, lineStart - 1, lineStart))) continue;
    let from = lineStart;
    for (let k = lineStart; k <= i; k++) {
      if (k < i && tokens[k].text !== ',') continue;
      // "HEMPSTEAD, N.Y., Sept. 26 (UPI) --": the date is not a place
      const isDate = k > from && (DATE_WORDS.has(lower[from].replace(/\.$/, '')) || /\d/.test(tokens[k - 1].text));
      if (k > from && isCapitalized(tokens[from].text) && !isDate) {
        for (let j = from; j < k; j++) {
          const other = ents.at(j);
          if (other) ents.remove(other);
        }
        ents.add({ from, to: k, type: 'LOC' });
      }
      from = k + 1;
    }
    const agency = ents.at(i + 1);
    if (!agency) ents.add({ from: i + 1, to: i + 2, type: 'ORG' });
  }

  // Title Case headlines ("Only 24 Percent of Contributors Are Small Donors") capitalize ordinary words: a lone
  // capitalized ordinary word there is not a name unless the text names it so elsewhere.
  const titleLines = titleCaseLines(text, p);
  // words seen capitalized in running text (not in a Title Case line, not opening a sentence): real names
  const inTitleLine = new Uint8Array(n);
  for (const [from, to] of titleLines) inTitleLine.fill(1, from, to);
  const capitalizedInProse = new Set<number>();
  if (titleLines.length > 0) {
    for (let k = 0; k < n; k++) if (!inTitleLine[k] && p.capital[k] && p.sentenceStart[k] !== k && !p.headline[k]) capitalizedInProse.add(p.wordHash[k]);
  }
  for (const [from, to] of titleLines) {
    for (let k = from; k < to; k++) {
      const e = ents.at(k);
      if (!e || e.from !== k || e.to > to) continue;
      let ordinary = true;
      for (let j = e.from; j < e.to && ordinary; j++) {
        const lex = lexiconTags(lower[j], p.wordHash[j]);
        ordinary = (lex.includes('w') && !/[flpnrcgo]/.test(lex) && !capitalizedInProse.has(p.wordHash[j])) || NOT_TITLE_WORDS.has(lower[j]);
      }
      if (ordinary) ents.remove(e);
    }
  }

  // 0. Person spans: titles are not part of the name ("Association President Ramon Manzanares" -> "Ramon Manzanares"),
  // nor a trailing weekday ("Insulza Monday"); a name followed by "& Co" or "Inc" is a company ("Edward D. Jones & Co").
  for (const e of ents.list.slice()) {
    if (e.type !== 'PER' || e.to === e.from) continue;
    let from = e.from;
    for (let k = e.from; k < e.to - 1; k++) if (TITLES.has(lower[k]) && isCapitalized(tokens[k].text)) from = k + 1;
    let to = e.to;
    while (to - 1 > from && WEEKDAYS.has(lower[to - 1])) to--;
    let end = to;
    while (end < n && free(end) && adjacent(text, tokens, end - 1, end) && (tokens[end].text === '&' || (COMPANY_WORDS.has(lower[end]) && isCapitalized(tokens[end].text)))) end++;
    if (end > to && end - 1 > to - 1 && tokens[end - 1].text !== '&') {
      ents.resize(e, e.from, end);
      e.type = 'ORG';
    } else if (COMPANY_WORDS.has(lower[to - 1]) && to - 1 > from) e.type = 'ORG';
    else if (from !== e.from || to !== e.to) ents.resize(e, from, to);
  }

  // 1. A place directly followed by organization words is part of that organization's name: "Iran Press TV"; so is
  // a "place" that ends with one ("The New York Times").
  for (const e of ents.list) {
    if (e.type !== 'LOC' || e.to - e.from < 2) continue;
    for (let k = e.from + 1; k < e.to; k++) if ((ORG_WORDS.has(lower[k]) || BODY_WORDS.has(lower[k])) && isCapitalized(tokens[k].text)) e.type = 'ORG';
  }
  // "Democrat Hillary Clinton", "Senator Jane Doe" tagged as one organization or misc: the person is the rest.
  for (const e of ents.list.slice()) {
    if (e.type === 'PER' || e.to - e.from < 2) continue;
    if (!PARTY_OR_TITLE.has(lower[e.from]) && !TITLES.has(lower[e.from])) continue;
    // "Mr. Trump" tagged as a place or organization: an honorific means a person
    if (!HONORIFICS.has(lower[e.from]) && !lexiconTags(lower[e.from + 1], p.wordHash[e.from + 1]).includes('f')) continue;
    ents.resize(e, e.from + 1, e.to);
    e.type = 'PER';
  }
  // A person followed by middle initials and a surname the tagger left out: "Robert C." + "Scott", "Patrick J." + "Leahy".
  for (const e of ents.list.slice()) {
    if (e.type !== 'PER' || e.to === e.from) continue;
    let end = e.to;
    while (end < n && free(end) && /^\p{Lu}\.$/u.test(tokens[end].text) && adjacent(text, tokens, end - 1, end)) end++;
    if (end < n && end > e.to && free(end) && isNameWord(tokens[end].text) && !/^\p{Lu}\.$/u.test(tokens[end].text) && adjacent(text, tokens, end - 1, end)) end++;
    else if (end < n && end > e.to && ents.at(end)?.type === 'PER' && ents.at(end)?.from === end) end = (ents.at(end) as Entity).to;
    if (end > e.to) ents.resize(e, e.from, end);
  }
  // Two person spans side by side on a line are one name split by the tagger ("Patrick" "J. Leahy"), and a known
  // first name left untagged before a person starts it ("Democrat Hillary Clinton").
  for (const e of ents.list.slice()) {
    if (e.type !== 'PER' || e.to === e.from) continue;
    const b = e.from - 1;
    if (free(b) && isNameWord(tokens[b].text) && adjacent(text, tokens, b, e.from) && lexiconTags(lower[b], p.wordHash[b]).includes('f')) {
      ents.resize(e, b, e.to);
    }
    const next = ents.at(e.to);
    if (next && next !== e && next.type === 'PER' && next.from === e.to && next.to - e.from <= MAX_NAME_TOKENS && adjacent(text, tokens, e.to - 1, e.to)) {
      const to = next.to;
      ents.remove(next);
      ents.resize(e, e.from, to);
    }
  }
  // Nicknames in quotes belong to the name: Roberto "Hands of Stone" Duran, Robert C. “Bobby” Scott.
  for (let i = 1; i + 3 < n; i++) {
    const before = ents.at(i - 1);
    if (!before || before.type !== 'PER' || before.to !== i || !OPEN_QUOTES.has(tokens[i].text)) continue;
    let close = i + 1;
    while (close < n && close - i <= 4 && !CLOSE_QUOTES.has(tokens[close].text) && isNameWordOrLink(tokens[close].text)) close++;
    if (close === i + 1 || close >= n - 1 || !CLOSE_QUOTES.has(tokens[close].text) || !isCapitalized(tokens[i + 1].text)) continue;
    const last = close + 1;
    if (!isNameWord(tokens[last].text) || !adjacent(text, tokens, before.from, last)) continue;
    const after = ents.at(last);
    if (after && (after.type !== 'PER' || after.from !== last)) continue;
    if ((after ? after.to : last + 1) - before.from > MAX_NAME_TOKENS) continue;
    ents.resize(before, before.from, after ? after.to : last + 1);
  }


  for (const e of ents.list.slice()) {
    if ((e.type !== 'LOC' && e.type !== 'MISC') || e.to === e.from) continue;
    const next = e.to;
    if (next >= n || !adjacent(text, tokens, e.to - 1, next) || !isCapitalized(tokens[next].text)) continue;
    const nextOwner = ents.at(next);
    if (nextOwner && nextOwner.type === 'ORG' && nextOwner.from === next) {
      ents.resize(e, e.from, nextOwner.to);
      e.type = 'ORG';
      continue;
    }
    if (nextOwner || !ORG_WORDS.has(lower[next])) continue;
    let end = next + 1;
    while (free(end) && adjacent(text, tokens, end - 1, end) && (ORG_WORDS.has(lower[end]) || BODY_WORDS.has(lower[end])) && isCapitalized(tokens[end].text)) end++;
    ents.resize(e, e.from, end);
    e.type = 'ORG';
  }

  for (let i = 0; i < n; i++) {
    // 2. "the Kuril islands", "Okhotsk Sea": a capitalized name followed by a geographic noun.
    const suffixKind = i + 1 < n ? GEO_SUFFIX.get(lower[i + 1]) : undefined;
    // (not "the Greek island of Lesbos": a demonym, or a noun followed by "of", belongs to rule 4)
    if (suffixKind && free(i + 1) && isNameWord(tokens[i].text) && adjacent(text, tokens, i, i + 1) && lower[i + 2] !== 'of' && !demonymCountry(tokens[i].text)) {
      const e = ents.at(i);
      const ok = e
        ? e.type !== 'PER' && e.to === i + 1 && (e.type !== 'ORG' || isCapitalized(tokens[i + 1].text))
        : isCapitalized(tokens[i + 1].text) || lower[i - 1] === 'the' || lookupPlaceTokens(lower, i, i + 1) !== undefined;
      if (ok && (isCapitalized(tokens[i + 1].text) || suffixKind === 'island')) {
        if (e) {
          ents.resize(e, e.from, i + 2);
          e.type = 'LOC';
          e.kind = suffixKind;
        } else {
          let from = i;
          while (free(from - 1) && isNameWord(tokens[from - 1].text) && adjacent(text, tokens, from - 1, from) && p.sentenceStart[from] !== from) from--;
          ents.add({ from, to: i + 2, type: 'LOC', kind: suffixKind });
        }
        continue;
      }
    }
    // 3. "Sea of Okhotsk", "Gulf of Aden", "Isle of Man".
    const ofKind = GEO_OF.get(lower[i]);
    if (ofKind && i + 2 < n && lower[i + 1] === 'of' && isCapitalized(tokens[i].text) && isNameWord(tokens[i + 2].text) && adjacent(text, tokens, i, i + 2)) {
      const first = ents.at(i);
      const last = ents.at(i + 2);
      const whole = first !== null && first === last && first.from === i && first.type !== 'PER'; // one span, e.g. ORG
      const blocked = !whole && ((first && (first.type === 'PER' || first.from < i)) || (last && (last.type === 'PER' || last.from !== i + 2)));
      if (!blocked) {
        let to = whole ? first.to : last ? last.to : i + 3;
        while (!last && free(to) && isNameWord(tokens[to].text) && adjacent(text, tokens, to - 1, to)) to++;
        const e = first ?? last;
        if (e) {
          ents.resize(e, i, to);
          e.type = 'LOC';
          e.kind = ofKind;
        } else ents.add({ from: i, to, type: 'LOC', kind: ofKind });
        continue;
      }
    }
    // 4. "the Russian city of Vladivostok", "the town of X": X is a place of that kind.
    const kind = KIND_OF.get(lower[i]);
    if (kind && i + 2 < n && lower[i + 1] === 'of' && isNameWord(tokens[i + 2].text) && free(i)) {
      let j = i - 1;
      let country: string | undefined;
      if (j >= 0 && isCapitalized(tokens[j].text)) {
        country = demonymCountry(tokens[j].text);
        j--;
      }
      if (j < 0 || (lower[j] !== 'the' && lower[j] !== 'a') || (country === undefined && j !== i - 1)) continue;
      const target = ents.at(i + 2);
      if (target) {
        if (target.from !== i + 2 || target.type === 'PER') continue;
        target.type = 'LOC';
        target.kind ??= kind;
        target.country ??= country;
        continue;
      }
      let to = i + 3;
      while (free(to) && isNameWord(tokens[to].text) && adjacent(text, tokens, to - 1, to)) to++;
      ents.add({ from: i + 2, to, type: 'LOC', kind, country });
    }
  }

  // 5. A known multi-word geographic name (not a city or country, which often open organization names) that the
  // tagger missed or split is a place: "The Kuril Islands" at a sentence start.
  for (const m of p.places) {
    if (m.to - m.from < 2 || m.info.kind === 'city' || m.info.kind === 'country') continue;
    let ok = true;
    for (let k = m.from; k < m.to && ok; k++) {
      const e = ents.at(k);
      if (e && (e.type === 'PER' || e.type === 'ORG' || e.from < m.from || e.to > m.to)) ok = false;
    }
    if (!ok) continue;
    const e = ents.at(m.from) ?? ents.at(m.to - 1);
    if (e) {
      ents.resize(e, m.from, m.to);
      e.type = 'LOC';
    } else ents.add({ from: m.from, to: m.to, type: 'LOC' });
  }

  // 6. A single known island, sea, ocean or continent is a place whatever the tagger thought ("Iturup", "Kunashir"):
  // those names are unambiguous, unlike cities, countries and regions ("Jordan", "Georgia", "Victoria").
  for (const m of p.places) {
    if (m.to - m.from !== 1 || !UNAMBIGUOUS_KINDS.has(m.info.kind)) continue;
    const e = ents.at(m.from);
    if (e && (e.type === 'LOC' || e.type === 'ORG' || e.to - e.from > 1)) continue;
    if (e) e.type = 'LOC';
    else ents.add({ from: m.from, to: m.to, type: 'LOC' });
  }

  // 7. A known multi-word geographic name tagged as organization or misc is a place ("Northern Territories").
  for (const e of ents.list) {
    if ((e.type !== 'ORG' && e.type !== 'MISC') || e.to - e.from < 2) continue;
    const info = lookupPlaceTokens(lower, e.from, e.to);
    if (info && info.kind !== 'city' && info.kind !== 'country') e.type = 'LOC';
  }
  // A leading article is not part of a name ("The Washington Post"), unless the place is called so ("The Hague").
  // (only a sentence-initial "The": inside a sentence the capital says it belongs to the name, "at The Oval").
  // Nor are a trailing weekday and lower-case link words ("National Tennis Centre on Friday").
  for (const e of ents.list) {
    if (e.to === e.from) continue;
    let from = e.from;
    let to = e.to;
    if (to - from >= 2 && lower[from] === 'the' && p.sentenceStart[from] === from && !lookupPlaceTokens(lower, from, to)) from++;
    while (to - from >= 2 && (WEEKDAYS.has(lower[to - 1]) || (!p.canStart[to - 1] && !GEO_SUFFIX.has(lower[to - 1])))) to--;
    if (from !== e.from || to !== e.to) ents.resize(e, from, to);
  }
  // Two organizations joined by "and": "the Los Angeles Times and New York Post".
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

  // A one-word "place" that no gazetteer knows but compromise's lexicon knows as a person's name is that person
  // ("talks between Putin and Abe" in a paragraph of its own, without the full name nearby).
  for (const e of ents.list) {
    if (e.type !== 'LOC' || e.to - e.from !== 1 || p.gaz[e.from] !== 0) continue;
    const lex = lexiconTags(lower[e.from], p.wordHash[e.from]);
    if (/[lp]/.test(lex) && !/[ncrg]/.test(lex)) e.type = 'PER';
  }

  // Abbreviated places keep their dot: "Calif." "Fla." (the tokenizer splits it off like a full stop).
  for (const e of ents.list) {
    const dot = e.to;
    if (e.type !== 'LOC' || dot >= n || tokens[dot].text !== '.' || tokens[dot].start !== tokens[dot - 1].end) continue;
    if (ents.at(dot) === null && lookupPlaceTokens(lower, e.from, dot + 1)) ents.resize(e, e.from, dot + 1);
  }
  return ents.sorted();
}

/** Token ranges of lines written in Title Case (most words capitalized, several of them); all-caps headlines excluded. */
function titleCaseLines(text: string, p: Prepared): Array<[number, number]> {
  const { tokens, lower } = p;
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && (k === from || adjacent(text, tokens, k - 1, k))) continue;
    let words = 0;
    let capitalized = 0;
    if (k - from >= 3 && !p.headline[from]) {
      for (let j = from; j < k; j++) {
        if (!p.hasLetter[j] || lower[j].length < 3 || NOT_TITLE_WORDS.has(lower[j])) continue;
        words++;
        if (p.capital[j]) capitalized++;
      }
    }
    if (words >= 3 && capitalized >= 0.8 * words) out.push([from, k]);
    from = k;
  }
  return out;
}

/** Title words directly before a name ("Foreign Minister"), walking back over capitalized title words. */
function titleBefore(tokens: Token[], from: number, taken: Uint8Array): string | undefined {
  const k = from - 1;
  // "Secretary of State Antony Blinken", "Minister of Defence X"
  if (k >= 2 && !taken[k] && isCapitalized(tokens[k].text) && tokens[k - 1].text === 'of' && TITLES.has(tokens[k - 2].text.toLowerCase())) {
    return `${tokens[k - 2].text} of ${tokens[k].text}`;
  }
  if (k < 0 || taken[k] || !TITLES.has(tokens[k].text.toLowerCase())) return undefined;
  if (HONORIFICS.has(tokens[k].text.toLowerCase())) return tokens[k].text; // "Mr.": nothing before it is a title
  let start = k;
  while (start - 1 >= 0 && !taken[start - 1] && from - start < 3 && isCapitalized(tokens[start - 1].text)) {
    // any capitalized modifier ("Agriculture Minister", "Deputy Prime Minister"), not a sentence opener ("The")
    if (NOT_TITLE_WORDS.has(tokens[start - 1].text.toLowerCase())) break;
    start--;
  }
  return tokens
    .slice(start, k + 1)
    .map((t) => t.text)
    .join(' ');
}

interface BlockResult {
  tokens: Token[];
  lower: string[];
  entities: Entity[];
  offset: number;
}

function blocksOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + BLOCK_CHARS);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      const sp = text.lastIndexOf(' ', end);
      if (nl > start + BLOCK_CHARS / 2) end = nl + 1;
      else if (sp > start + BLOCK_CHARS / 2) end = sp + 1;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--; // never split a surrogate pair
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

function titleCaseGeo(name: string): string {
  return name.replace(/\b(islands|island|isles|sea|ocean|strait|straits|peninsula|mountains|river|desert|valley)$/u, (w) => w[0].toUpperCase() + w.slice(1));
}

function findEntitiesUnsafe(text: string): EntityMentions {
  const blocks: BlockResult[] = [];
  for (const [from, to] of blocksOf(text)) {
    const part = text.slice(from, to);
    const tokens = tokenize(part);
    const { prepared, entities } = tagBlock(part, tokens);
    blocks.push({ tokens, lower: prepared.lower, entities: applyRules(part, prepared, entities), offset: from });
  }

  // Surname coreference: once "Vladimir Putin" is a person, a later (or earlier) bare "Putin" is the same person.
  const surnames = new Set<string>();
  for (const b of blocks)
    for (const e of b.entities) if (e.type === 'PER' && e.to - e.from >= 2) surnames.add(b.tokens[e.to - 1].text.replace(/['’]s$/, ''));
  for (const b of blocks) {
    const taken = new Uint8Array(b.tokens.length);
    for (const e of b.entities) {
      if (e.type !== 'PER' && e.to - e.from === 1 && (e.type === 'MISC' || e.type === 'ORG') && surnames.has(b.tokens[e.from].text)) e.type = 'PER';
      for (let k = e.from; k < e.to; k++) taken[k] = 1;
    }
    b.tokens.forEach((t, k) => {
      if (!taken[k] && surnames.has(t.text)) b.entities.push({ from: k, to: k + 1, type: 'PER' });
    });
    b.entities.sort((x, y) => x.from - y.from);
  }

  const people: PersonMention[] = [];
  const places: Place[] = [];
  const organizations: Span[] = [];
  for (const { tokens, lower, entities, offset } of blocks) {
    const taken = new Uint8Array(tokens.length);
    for (const e of entities) for (let k = e.from; k < e.to; k++) taken[k] = 1;
    for (const e of entities) {
      const start = offset + tokens[e.from].start;
      const end = offset + tokens[e.to - 1].end;
      if (e.type === 'PER') {
        const mention: PersonMention = span(text, start, end);
        const title = titleBefore(tokens, e.from, taken);
        if (title) mention.title = title;
        people.push(mention);
      } else if (e.type === 'LOC') {
        const s = span(text, start, end);
        const info = lookupPlaceTokens(lower, e.from, e.to);
        const place: Place = { ...s, name: info?.name ?? titleCaseGeo(s.text.replace(/\s+/g, ' ')) };
        const kind = info?.kind ?? e.kind;
        const country = info?.country ?? e.country;
        if (kind) place.kind = kind;
        if (country) place.country = country;
        places.push(place);
      } else if (e.type === 'ORG') organizations.push(span(text, start, end));
    }
  }
  return { people, places, organizations };
}

/** Every person, place and organization mention, spans trimmed of punctuation, in text order. Never throws. */
export function findEntities(text: string): EntityMentions {
  if (typeof text !== 'string' || text.length === 0) return { people: [], places: [], organizations: [] };
  try {
    return findEntitiesUnsafe(text);
  } catch {
    // A bug must not take the editor down: no entities is a safe answer.
    return { people: [], places: [], organizations: [] };
  }
}

/**
 * Document-wide consistency for mentions found paragraph by paragraph (the analysis caches per line): once a person
 * is named in full anywhere in `text`, a bare surname elsewhere is that person, whether the paragraph's tagger left
 * it untagged or took it for a place or organization. `mentions` hold offsets into `text`; the result too.
 */
export function harmonizeEntities(text: string, mentions: EntityMentions): EntityMentions {
  try {
    const surnames = new Set<string>();
    for (const p of mentions.people) {
      const words = p.text.split(/\s+/);
      if (words.length >= 2) surnames.add(words[words.length - 1].replace(/['’]s$/, ''));
    }
    if (surnames.size === 0) return mentions;
    // a one-word place or organization that is a surname here is the person, unless the gazetteer knows the place
    // ("Jordan" stays a country beside "Michael Jordan")
    const isSurname = (s: Span) => surnames.has(s.text) && !s.text.includes(' ');
    const personal = (s: Span, place: boolean) => isSurname(s) && !(place && lookupPlace(s.text));
    const people: PersonMention[] = [...mentions.people];
    const places = mentions.places.filter((s) => !personal(s, true));
    const organizations = mentions.organizations.filter((s) => !personal(s, false));
    for (const s of mentions.places) if (personal(s, true)) people.push({ start: s.start, end: s.end, text: s.text });
    for (const s of mentions.organizations) if (personal(s, false)) people.push({ start: s.start, end: s.end, text: s.text });
    const covered = [...people, ...places, ...organizations].map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
    const tokens = tokenize(text);
    let k = 0;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!surnames.has(t.text)) continue;
      while (k < covered.length && covered[k][1] <= t.start) k++;
      if (k < covered.length && covered[k][0] <= t.start) continue; // inside a mention already
      const next = tokens[i + 1];
      if (next && next.start === t.end + 1 && isCapitalized(next.text) && !/[\r\n]/.test(text.slice(t.end, next.start))) continue; // "Putin Street"
      people.push({ start: t.start, end: t.end, text: t.text });
    }
    people.sort((a, b) => a.start - b.start);
    return { people, places, organizations };
  } catch {
    return mentions;
  }
}

/**
 * People, place and organization mentions in a text.
 *
 * A trained BIO tagger (averaged perceptron over word, shape, affix, context, gazetteer and compromise-lexicon
 * features; see features.ts and scripts/ner/train.ts) proposes entities; rules.ts then fixes what news prose needs
 * and the training data lacks (places inside organization names, island groups and seas, "the Russian city of X",
 * datelines, titles, nicknames); this module adds surname coreference ("Vladimir Putin" ... "Putin"), titles,
 * canonical place names with kind and country, and `harmonizeEntities` for callers that tag paragraph by paragraph.
 * Linear in the input; throws only on a bug (the caller reports it).
 */
import type { Place, Span } from '../types';
import { TAGS, isCapitalized, maskUnknownWords, prepare, type Prepared } from './features';
import { lexiconTags, lookupPlace, lookupPlaceTokens } from './gazetteer';
import { modelHasFeature, weightLookup } from './model';
import { WordScores, decode, spansFromTags } from './tagger';
import { BlockArrays, scratchBytes } from './blockArrays';
import { chooseNamesakes, harmonizeNamesakes, type LocatedPlace } from './namesakes';
import { companiesNotPeople, organizationsNotPlaces, placesNotPeople, stormsNotPeople } from './discourse';
import { namesOfStorms } from './rules/stormNames';
import { applyRules, type Entity, type EntityType } from './rules';
import { isHyphenatedGivenName } from './rules/people';
import { sentences, tokenize, type Token } from './tokenize';
import {
  BODY_WORDS,
  COMPANIES_NAMED_FOR_PEOPLE,
  COMPANY_WORDS,
  PERSON_HONORIFICS as HONORIFICS,
  NOT_TITLE_WORDS,
  ORG_WORDS,
  LEGAL_FORMS,
  PLACE_PREPOSITIONS,
  SPEECH_NEIGHBOURS,
  TITLES,
} from '../lexicon/entityWords';
import { SpanIndex } from '../text/spanIndex';
import { isInsideLink } from './linkText';
import { withVouchedPairs } from './vouchedNames';

export interface PersonMention extends Span {
  /** Title or honorific directly before the name, outside the span ("President", "Foreign Minister", "Dr."). */
  title?: string;
}

export interface EntityMentions {
  people: PersonMention[];
  places: Place[];
  organizations: Span[];
}

const isLegalForm = (word: string): boolean => LEGAL_FORMS.has(word);
/**
 * A name of several words that reads as a person's in `text`: a given name first by the lexicon's evidence
 * ("Elizabeth Warren"), or a last word the text also uses without the words before it ("Nurlan Kasich" … "Kasich
 * said"), as surnames are and the last word of a place's name ("Sandy Hook") is not.
 */
function looksPersonal(text: string, name: string): boolean {
  const words = name.split(/\s+/);
  if (lexiconTags(words[0].toLowerCase()).includes('f')) return true;
  return occurrences(text, words[words.length - 1]) > occurrences(text, name);
}

/** How often `word` stands in `text` as a whole word ("Hook" in "Sandy Hook", not in "Hooker"). */
function occurrences(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? text[at - 1] : ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) n++;
  }
  return n;
}

/** Blocks are tagged independently so that memory stays bounded on huge inputs. */
const BLOCK_CHARS = 20000;

/** The model's word-feature sums per distinct word, made on first use (the weights never change at run time). */
let wordScores: WordScores | null = null;

function tagBlock(text: string, tokens: Token[]): { prepared: Prepared; entities: Entity[] } {
  // the block's arrays are dropped once its rules have run, before the next block is prepared
  const prepared = prepare(tokens, sentences(text, tokens), BlockArrays.reused(tokens.length));
  maskUnknownWords(prepared, modelHasFeature);
  wordScores ??= new WordScores(weightLookup());
  const tags = decode(prepared, weightLookup(), undefined, wordScores);
  return {
    prepared,
    entities: spansFromTags(tags, TAGS).map(([from, to, type]) => ({ from, to, type: type as EntityType })),
  };
}

/**
 * The surname of a full name's words: the last, or the family name before a hyphenated Korean or Cantonese given
 * name ("Park Min-seo" -> "Park").
 */
function surnameOf(words: string[]): string {
  const last = words[words.length - 1].replace(/['’]s$/, '');
  return words.length >= 2 && isHyphenatedGivenName(last) ? words[words.length - 2] : last;
}

/**
 * The surname and the form the article may shorten it to: an Arabic article prefix is often dropped on second
 * mention ("Mustafa al-Kadhimi" ... "Kadhimi called for calm").
 */
function surnameForms(words: string[]): string[] {
  const surname = surnameOf(words);
  const bare = /^(?:al|el|Al|El)-(\p{Lu}\p{Ll}+)$/u.exec(surname);
  if (!bare) return [surname];
  // "al-Hajj" opens a sentence as "Al-Hajj, who holds French citizenship, ..."
  const opening = surname[0].toUpperCase() + surname.slice(1);
  return opening === surname ? [surname, bare[1]] : [surname, opening, bare[1]];
}

/** Title words directly before a name ("Foreign Minister"), walking back over capitalized title words. */
function titleBefore(tokens: Token[], from: number, taken: Uint8Array): string | undefined {
  const k = from - 1;
  // "Secretary of State Antony Blinken", "Minister of Defence X"
  if (
    k >= 2 &&
    !taken[k] &&
    isCapitalized(tokens[k].text) &&
    tokens[k - 1].text === 'of' &&
    TITLES.has(tokens[k - 2].text.toLowerCase())
  ) {
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
      // searched back over the block's second half only: lastIndexOf would run to the text's start on a line
      // without breaks, once per block (quadratic)
      const floor = start + BLOCK_CHARS / 2;
      const nl = lastIndexAbove(text, 10, end, floor);
      const sp = nl < 0 ? lastIndexAbove(text, 32, end, floor) : -1;
      if (nl >= 0) end = nl + 1;
      else if (sp >= 0) end = sp + 1;
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--; // never split a surrogate pair
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The last index of the character `code` in (floor, from], or -1. */
function lastIndexAbove(text: string, code: number, from: number, floor: number): number {
  for (let i = Math.min(from, text.length - 1); i > floor; i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/**
 * A display name for a place no gazetteer knows: "PORT ALDER" (a dateline) as "Port Alder", "Kuril islands" as
 * "Kuril Islands". Abbreviations keep their capitals: "HALIFAX, N.S." gives "N.S.", not "N.s.".
 */
function titleCaseGeo(name: string): string {
  if (!/\p{Ll}/u.test(name))
    name = name
      .split(/(\s+)/)
      .map((w) =>
        w.includes('.')
          ? w
          : w.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()),
      )
      .join('');
  return name.replace(
    /\b(islands|island|isles|sea|ocean|strait|straits|peninsula|mountains|river|desert|valley)$/u,
    (w) => w[0].toUpperCase() + w.slice(1),
  );
}

/**
 * A block to tag: its tokens and the text their offsets index (`offset` turns those into offsets in the whole text).
 * With the caller's tokens of the whole text (the line scan tokenizes once for every pass), a block is a range of
 * them over the whole text: no token is copied or shifted. Otherwise the block's text is tokenized on its own.
 */
interface Block {
  source: string;
  tokens: Token[];
  offset: number;
}

function blockOf(
  text: string,
  from: number,
  to: number,
  all: readonly Token[] | undefined,
  cursor: { at: number },
): Block {
  const alone = (): Block => {
    const source = text.slice(from, to);
    return { source, tokens: tokenize(source), offset: from };
  };
  if (!all) return alone();
  if (from === 0 && to === text.length) return { source: text, tokens: all as Token[], offset: 0 };
  let i = cursor.at;
  while (i < all.length && all[i].end <= from) i++;
  cursor.at = i;
  // a block cut inside a token (a giant word) is tokenized apart, as the tagger always saw it
  if (i < all.length && all[i].start < from) return alone();
  let j = i;
  while (j < all.length && all[j].start < to) j++;
  if (j > i && all[j - 1].end > to) return alone();
  cursor.at = j;
  return { source: text, tokens: all.slice(i, j), offset: 0 };
}

/** Surname coreference: once "Vladimir Putin" is a person, a later (or earlier) bare "Putin" is the same person. */
function resolveSurnames(blocks: BlockResult[]): void {
  // full names first ("Nomvula Dube" after "Dube said"), so that their surnames count below
  const personWords = onePersonWords(blocks, personSurnames(blocks));
  for (const b of blocks)
    for (const e of b.entities) if (e.type === 'ORG' && givenNameBeforeSurname(b, e, personWords)) e.type = 'PER';
  const surnames = personSurnames(blocks);
  const capitals = capitalSurnames(surnames);
  for (const b of blocks) {
    const taken = scratchBytes(b.tokens.length);
    for (const e of b.entities) {
      if (e.type !== 'PER' && e.to - e.from === 1) {
        const w = b.tokens[e.from].text;
        const named =
          surnames.has(w) && (e.type === 'MISC' || e.type === 'ORG' || (e.type === 'LOC' && placeAsSurname(b, e.from)));
        if (named || capitals.has(w)) e.type = 'PER';
      }
      for (let k = e.from; k < e.to; k++) taken[k] = 1;
    }
    for (let k = 0; k < b.tokens.length; k++) {
      const word = b.tokens[k].text;
      if (!taken[k] && (surnames.has(word) || capitals.has(word))) b.entities.push({ from: k, to: k + 1, type: 'PER' });
    }
    b.entities.sort((x, y) => x.from - y.from);
  }
}

/**
 * The article's surnames in capitals, as an all-caps headline writes them ("TRUMP WINS IOWA" over "Donald Trump
 * won"): not a place the gazetteer knows ("JORDAN" beside "Michael Jordan" stays the country).
 */
function capitalSurnames(surnames: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const s of surnames) if (s.length >= 3 && /\p{Ll}/u.test(s) && !lookupPlace(s)) out.add(s.toUpperCase());
  return out;
}

/**
 * A one-word "place" at token k that is a surname of the article's people is that person where nothing makes it a
 * place: no gazetteer entry, or a town's name with no place preposition or "of" before it and no comma after it
 * ("Bill Wexford" ... "asked Wexford why"; "in Wexford" and "Wexford, Ireland" stay places).
 */
function placeAsSurname(b: BlockResult, k: number): boolean {
  // "MT" (a state's code), "Baptist Church" (the end of a longer name) are no surnames
  if (!/^\p{Lu}\p{Ll}/u.test(b.tokens[k].text) || (k > 0 && isCapitalized(b.tokens[k - 1].text))) return false;
  const info = lookupPlace(b.tokens[k].text);
  if (!info) return true;
  if (info.kind !== 'city') return false;
  const before = b.lower[k - 1] ?? '';
  return !PLACE_PREPOSITIONS.has(before) && before !== 'of' && b.tokens[k + 1]?.text !== ',';
}

/** The article's surnames: last words of its full names, and names after "Mr.", "Mrs.", "Ms." or "Dr." ("Mr. Trump"). */
function personSurnames(blocks: BlockResult[]): Set<string> {
  const surnames = new Set<string>();
  for (const b of blocks)
    for (const e of b.entities) {
      if (e.type !== 'PER') continue;
      if (e.to - e.from >= 2)
        for (const form of surnameForms(b.tokens.slice(e.from, e.to).map((t) => t.text))) surnames.add(form);
      else if (e.from > 0 && HONORIFICS.has(b.lower[e.from - 1])) surnames.add(b.tokens[e.from].text);
    }
  return surnames;
}

/** The surnames, and every word the article has speak alone as a person ("Dube said"): a full name may end in one. */
function onePersonWords(blocks: BlockResult[], surnames: Set<string>): Set<string> {
  const words = new Set(surnames);
  for (const b of blocks)
    for (const e of b.entities)
      if (e.type === 'PER' && e.to - e.from === 1 && SPEECH_NEIGHBOURS.has(b.lower[e.to] ?? ''))
        words.add(b.tokens[e.from].text);
  return words;
}

/**
 * "candidate Bukola Trump" tagged an organization in an article where "Mr. Trump" is a person: a name word no
 * organization word follows, then a surname of the article's people, is that person (a given name the tagger never
 * met, not a company named after him: "Trump Organization" ends in an organization word, so keeps its type).
 */
function givenNameBeforeSurname(b: BlockResult, e: Entity, surnames: Set<string>): boolean {
  if (e.to - e.from < 2 || e.to - e.from > 3 || !surnames.has(b.tokens[e.to - 1].text)) return false;
  // "Charles Schwab said it would …" beside "Founder Charles Schwab, 87": the company named for him stays one
  if (COMPANIES_NAMED_FOR_PEOPLE.has(b.lower.slice(e.from, e.to).join('_'))) return false;
  for (let k = e.from; k < e.to; k++) {
    const w = b.lower[k];
    if (!isCapitalized(b.tokens[k].text) || ORG_WORDS.has(w) || COMPANY_WORDS.has(w) || BODY_WORDS.has(w)) return false;
    if (TITLES.has(w) || NOT_TITLE_WORDS.has(w) || lookupPlace(b.tokens[k].text)) return false;
  }
  return true;
}

function findEntitiesIn(text: string, given: readonly Token[] | undefined): EntityMentions {
  const blocks: BlockResult[] = [];
  const cursor = { at: 0 };
  for (const [from, to] of blocksOf(text)) {
    const { source, tokens, offset } = blockOf(text, from, to, given, cursor);
    const { prepared, entities } = tagBlock(source, tokens);
    blocks.push({ tokens, lower: prepared.lower, entities: applyRules(source, prepared, entities), offset });
  }

  resolveSurnames(blocks);

  const people: PersonMention[] = [];
  const places: Place[] = [];
  const organizations: Span[] = [];
  for (const { tokens, lower, entities, offset } of blocks) {
    let paragraph: LocatedPlace[] = [];
    const taken = scratchBytes(tokens.length);
    for (const e of entities) for (let k = e.from; k < e.to; k++) taken[k] = 1;
    for (const e of entities) {
      const start = offset + tokens[e.from].start;
      const end = offset + tokens[e.to - 1].end;
      if (isInsideLink(text, start, end)) continue;
      if (e.type === 'PER') {
        const mention: PersonMention = span(text, start, end);
        const title = titleBefore(tokens, e.from, taken);
        if (title) mention.title = title;
        people.push(mention);
      } else if (e.type === 'LOC') {
        const s = span(text, start, end);
        const info = lookupPlaceTokens(lower, e.from, e.to);
        const name = info?.name ?? titleCaseGeo(s.text.replace(/\s+/g, ' '));
        // fields written out: a spread with an added field takes V8's slow clone path
        const place: Place = { start: s.start, end: s.end, text: s.text, name };
        const kind = info?.kind ?? e.kind;
        const country = info?.country ?? e.country;
        if (kind) place.kind = kind;
        if (country) place.country = country;
        places.push(place);
        // namesakes are settled per paragraph: a line break between two places closes one
        const last = paragraph[paragraph.length - 1];
        if (last && text.slice(last.place.end, place.start).includes('\n')) {
          chooseNamesakes(text, paragraph);
          paragraph = [];
        }
        paragraph.push({ place, info });
      } else if (e.type === 'ORG') organizations.push(span(text, start, end));
    }
    chooseNamesakes(text, paragraph);
  }
  return { people, places, organizations };
}

/**
 * Every person, place and organization mention, spans trimmed of punctuation, in text order. `tokens`, when given,
 * are `tokenize(text)` already computed by the caller. Throws on an internal error (a bug): `analyze`'s caller
 * reports it, rather than "no entities" hiding it.
 */
export function findEntities(text: string, tokens?: readonly Token[]): EntityMentions {
  if (typeof text !== 'string' || text.length === 0) return { people: [], places: [], organizations: [] };
  // one sense per text, as harmonizeEntities does across paragraphs: "the town of Jasper" … "Jasper would be rebuilt"
  const hasTitle = (p: PersonMention) => p.title !== undefined;
  const known = (name: string) => lookupPlace(name) !== undefined;
  return placesNotPeople(companiesNotPeople(findEntitiesIn(text, tokens), hasTitle, isLegalForm, known), hasTitle);
}

/**
 * "Representative Clay Hollister" … "Hollister shrugged": a town's name that is the surname of a person named in full
 * here is that person where nothing makes it a place: no place preposition or "of" before it ("in Hollister"), no
 * state or country after its comma ("Hollister, Calif."). Countries stay places ("Jordan" beside "Michael Jordan").
 */
function townAsSurname(text: string, s: Span, kind: string | undefined): boolean {
  // a region too: "Sen. Ana Rivera … RIVERA: …" (Rivera is also a department of Uruguay); countries stay places
  if (kind !== 'city' && kind !== 'region') return false;
  const before = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, s.start - 12), s.start))?.[1]?.toLowerCase();
  if (before && (PLACE_PREPOSITIONS.has(before) || before === 'of')) return false;
  return !/^,\s*\p{Lu}/u.test(text.slice(s.end, s.end + 4));
}

/**
 * Document-wide consistency for mentions found paragraph by paragraph (the analysis caches per line): once a person
 * is named in full anywhere in `text`, a bare surname elsewhere is that person, whether the paragraph's tagger left
 * it untagged or took it for a place or organization; a place name settled on a namesake by context in one paragraph
 * is that namesake in the others. `mentions` hold offsets into `text`; the result too. `tokens`, when given, are the
 * text's tokens in document offsets (the document model's), so the text is not tokenized again.
 */
export function harmonizeEntities(text: string, mentions: EntityMentions, tokens?: readonly Token[]): EntityMentions {
  mentions = { ...mentions, places: harmonizeNamesakes(mentions.places, lookupPlace) };
  mentions = organizationsNotPlaces(mentions, (name) => lookupPlace(name) !== undefined);
  mentions = companiesNotPeople(
    mentions,
    (p) => p.title !== undefined,
    isLegalForm,
    (name) => lookupPlace(name) !== undefined,
  );
  // across the whole article only, where the family names its people go by are all known
  mentions = placesNotPeople(
    mentions,
    (p) => p.title !== undefined,
    (name) => looksPersonal(text, name),
  );
  const words = tokens ?? tokenize(text);
  mentions = stormsNotPeople(mentions, namesOfStorms(words), (p) => p.title !== undefined);
  mentions = withVouchedPairs(text, mentions, words, (s) => s);
  const surnames = new Set<string>();
  for (const p of mentions.people) {
    const words = p.text.split(/\s+/);
    if (words.length >= 2) for (const form of surnameForms(words)) surnames.add(form);
  }
  if (surnames.size === 0) return mentions;
  // a one-word place or organization that is a surname here is the person, unless the gazetteer knows the place
  // ("Jordan" stays a country beside "Michael Jordan")
  const capitals = capitalSurnames(surnames);
  const isSurname = (s: Span) => (surnames.has(s.text) || capitals.has(s.text)) && !s.text.includes(' ');
  const isRelative = (s: Span) => {
    const parts = s.text.split(' ');
    if (parts.length !== 2 || !surnames.has(parts[1]) || !/^\p{Lu}\p{Ll}+$/u.test(parts[0])) return false;
    return !parts.some((w) => {
      const l = w.toLowerCase();
      return ORG_WORDS.has(l) || BODY_WORDS.has(l) || COMPANY_WORDS.has(l);
    });
  };
  const personal = (s: Span, place: boolean) =>
    isSurname(s) && !(place && lookupPlace(s.text) && !townAsSurname(text, s, lookupPlace(s.text)?.kind));
  const people: PersonMention[] = [...mentions.people];
  const places = mentions.places.filter((s) => !personal(s, true));
  // "Rakeyia Scott" tagged as an organization (an unknown first name, often at a sentence start) beside a person
  // "Keith Scott" is a relative: a two-word name ending in a known surname, with no organization word in it
  // a surname inside a person's own mention ("Dr. Anna Varga" with "Varga" tagged apart) is already that person
  const named = new SpanIndex(mentions.people);
  // (an organization a titled name already made a person, "Dr. X Y", is not added twice)
  const relatives = mentions.organizations.filter((s) => isRelative(s) && !named.overlaps(s.start, s.end));
  // "Voss and Hale said" tagged one organization (as "Procter and Gamble" is) where "Ann Voss" and "Tom Hale" are
  // the article's people: the two surnames are the two people, added with every bare surname below ("&" stays a firm's)
  const pair = (s: Span) => {
    const m = /^(\S+) and (\S+)$/.exec(s.text);
    return !!m && surnames.has(m[1]) && surnames.has(m[2]);
  };
  const organizations = mentions.organizations.filter((s) => !personal(s, false) && !relatives.includes(s) && !pair(s));
  for (const s of relatives) people.push({ start: s.start, end: s.end, text: s.text });
  for (const s of mentions.places)
    if (personal(s, true) && !named.overlaps(s.start, s.end)) people.push({ start: s.start, end: s.end, text: s.text });
  for (const s of mentions.organizations)
    if (personal(s, false) && !named.overlaps(s.start, s.end))
      people.push({ start: s.start, end: s.end, text: s.text });
  const covered = [...people, ...places, ...organizations].map((s) => [s.start, s.end]).sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const capital = capitals.has(t.text); // "TRUMP WINS IOWA": a headline in capitals
    if (!surnames.has(t.text) && !capital) continue;
    while (k < covered.length && covered[k][1] <= t.start) k++;
    if (k < covered.length && covered[k][0] <= t.start) continue; // inside a mention already
    const next = words[i + 1];
    const sameLine = next && next.start === t.end + 1 && !/[\r\n]/.test(text.slice(t.end, next.start));
    if (!capital && sameLine && isCapitalized(next.text)) continue; // "Putin Street"
    people.push({ start: t.start, end: t.end, text: t.text });
  }
  people.sort((a, b) => a.start - b.start);
  return { people, places, organizations };
}

/**
 * Rules over the tagger's entities within one block of text: what news prose needs and the training data lacks.
 * Datelines, Title Case headlines, titles and companies around names, places inside organization names ("Iran Press
 * TV"), island groups and seas, "the Russian city of X", gazetteer places the tagger missed, nicknames and initials.
 * Each rule is a linear pass; spans are edited through an owner index so that no rule is quadratic.
 */
import { isCapitalized, type Prepared } from './features';
import { demonymCountry, lexiconTags, lookupPlaceTokens } from './gazetteer';
import type { Token } from './tokenize';
import {
  AGENCIES, BODY_WORDS, CLOSE_QUOTES, COMPANY_WORDS, DATE_WORDS, GEO_OF, GEO_PREFIX, GEO_SUFFIX, HONORIFICS, KIND_OF, MAX_ENTITY_TOKENS,
  MAX_NAME_TOKENS, NOT_TITLE_WORDS, OPEN_QUOTES, ORG_WORDS, PARTY_OR_TITLE, TITLES, TITLE_MODIFIERS, UNAMBIGUOUS_KINDS, WEEKDAYS,
} from '../lexicon/entityWords';

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** An entity over tokens [from, to) of a block. */
export interface Entity {
  from: number;
  to: number;
  type: EntityType;
  /** Place kind when a rule knows it ("island", "city"). */
  kind?: string;
  country?: string;
}

/** Words that end the name of a place that is a site, not a person: "Victoria Park", "Jordan Square". */
const FACILITY_WORDS = new Set('park square street avenue road bridge hall airport station harbour harbor port beach bay hill hills heights falls springs gardens garden field stadium arena palace castle tower plaza center centre county city town village'.split(' '));

/** Speech verbs right before or after a name: the name is someone's. */
const SPEECH_NEIGHBOURS = new Set(['said', 'says', 'told', 'added', 'asked', 'wrote', 'tweeted', 'continued', 'replied', 'explained']);

/** Prepositions that put a bare name in a place ("in Union"), unlike an article ("the Union"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'to', 'outside', 'around']);

export function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
}

/** Tokens a < b are on one line: no line break between them. */
export function adjacent(text: string, tokens: Token[], a: number, b: number): boolean {
  if (b >= tokens.length) return false;
  for (let k = tokens[a].end; k < tokens[b].start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
  }
  return true;
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
export function applyRules(text: string, p: Prepared, found: Entity[]): Entity[] {
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
  // An outlet unknown to the agency list counts when the line opens in capitals ("PORT ALDER, March 14 (Northwire) —"),
  // the wire convention that an ordinary sentence in parentheses before a dash never follows.
  for (let i = 0; i < n; i++) {
    if (tokens[i].text !== '(') continue;
    let close = i + 1; // the outlet: one to three capitalized words ("Reuters", "Coastline Wire")
    while (close < n && close - i <= 3 && isCapitalized(tokens[close].text)) close++;
    if (close === i + 1 || close + 1 >= n || tokens[close].text !== ')' || !/^[-–—]{1,2}$/.test(tokens[close + 1].text)) continue;
    let lineStart = i;
    while (lineStart > 0 && adjacent(text, tokens, lineStart - 1, lineStart) && i - lineStart < 6) lineStart--;
    if (lineStart === i || (lineStart > 0 && adjacent(text, tokens, lineStart - 1, lineStart))) continue;
    const known = close === i + 2 && AGENCIES.has(lower[i + 1]);
    if (!known && !isAllCaps(tokens[lineStart].text)) continue;
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
        ents.add(from === lineStart ? { from, to: k, type: 'LOC', kind: 'city' } : { from, to: k, type: 'LOC' }); // a dateline opens with a city
      }
      from = k + 1;
    }
    // the outlet is an organization, even when it carries a place's name ("Riverton Ledger")
    const outlet = ents.at(i + 1);
    if (outlet && outlet.from === i + 1 && outlet.to === close) outlet.type = 'ORG';
    else {
      let outletFree = true;
      for (let k = i + 1; k < close; k++) if (ents.at(k)) outletFree = false;
      if (outletFree) ents.add({ from: i + 1, to: close, type: 'ORG' });
    }
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
    // an inverted attribution opening the sentence: "Said Dora Pointer, …", "Added Smith:"
    while (e.to - from >= 2 && SPEECH_NEIGHBOURS.has(lower[from])) from++;
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
  // "Federal Reserve Governor Lawrence Lindsey" tagged as one organization: the body, its title, the person (and
  // "of Germany" after the name, a place).
  for (const e of ents.list.slice()) {
    if ((e.type !== 'ORG' && e.type !== 'MISC') || e.to - e.from < 3) continue;
    // the last title in the span that is followed by a two-to-four-word name
    let k = -1;
    let first = -1;
    let end = -1;
    for (let t = e.from; t < e.to - 2; t++) {
      if (!TITLES.has(lower[t]) || !isCapitalized(tokens[t].text)) continue;
      let f = t + 1;
      while (f < e.to && (TITLES.has(lower[f]) || TITLE_MODIFIERS.has(lower[f])) && isCapitalized(tokens[f].text)) f++;
      let z = f;
      while (z < e.to && isNameWord(tokens[z].text) && !ORG_WORDS.has(lower[z]) && !BODY_WORDS.has(lower[z]) && !COMPANY_WORDS.has(lower[z]) && !TITLES.has(lower[z])) z++;
      if (z - f >= 2 && z - f <= 4 && (z === e.to || lower[z] === 'of')) [k, first, end] = [t, f, z];
    }
    if (k < 0) continue;
    while (k - 1 >= e.from && (TITLES.has(lower[k - 1]) || TITLE_MODIFIERS.has(lower[k - 1])) && isCapitalized(tokens[k - 1].text)) k--; // "General Director"
    const to = e.to;
    if (k > e.from) {
      ents.resize(e, e.from, k);
      if (lookupPlaceTokens(lower, e.from, k)) e.type = 'LOC'; // "Chicago Cardinal Joseph Bernardin"
    } else ents.remove(e);
    ents.add({ from: first, to: end, type: 'PER' });
    if (end + 1 < to && lower[end] === 'of' && lookupPlaceTokens(lower, end + 1, to)) ents.add({ from: end + 1, to, type: 'LOC' });
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
    const pair = suffixKind ? ents.at(i) : null;
    // the tagger reads "the Vell Valley" as a first name and surname, or as an organization or a name of something: the
    // capitalized geographic noun says otherwise (only a following organization word makes it one, "Tennessee Valley
    // Authority", and then the tagger's span covers that word)
    if (pair && pair.type !== 'LOC' && pair.from === i && pair.to === i + 2 && isCapitalized(tokens[i + 1].text) && lower[i + 2] !== 'of') {
      pair.type = 'LOC';
      pair.kind = suffixKind;
      continue;
    }
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
    // 2b. "Lake Corra", "Mount Teller", "Port Alder": a geographic word opening a name (the tagger often reads the
    // pair as a person). Not inside an organization's name ("Mount Sinai Hospital" stays whole).
    const prefixKind = GEO_PREFIX.get(lower[i]);
    if (prefixKind && isCapitalized(tokens[i].text) && i + 1 < n && isNameWord(tokens[i + 1].text) && adjacent(text, tokens, i, i + 1) && !NOT_TITLE_WORDS.has(lower[i + 1])) {
      const first = ents.at(i);
      let to = i + 2;
      while (to < n && to - i < MAX_NAME_TOKENS && isNameWord(tokens[to].text) && adjacent(text, tokens, to - 1, to) && !NOT_TITLE_WORDS.has(lower[to]) && !ORG_WORDS.has(lower[to]) && !BODY_WORDS.has(lower[to])) to++;
      const orgWordNext = to < n && adjacent(text, tokens, to - 1, to) && (ORG_WORDS.has(lower[to]) || BODY_WORDS.has(lower[to]));
      // an organization the tagger found exactly over the name is the tagger's guess; one reaching further is a name
      // when a preposition puts it somewhere ("at Port Alder"; "Port Vale 2" in a results table is a club)
      const wholeOrg = first !== null && first.type === 'ORG' && first.from === i && first.to === to && i > 0 && PLACE_PREPOSITIONS.has(lower[i - 1]);
      let blocked = orgWordNext || (first !== null && !wholeOrg && (first.type === 'ORG' || first.type === 'LOC' || first.from < i));
      for (let k = i + 1; k < to && !blocked; k++) {
        const other = ents.at(k);
        if (other && other !== first && (other.type === 'ORG' || other.to > to || (other.type === 'LOC' && other.from === i + 1 && other.to === to))) blocked = true;
      }
      if (!blocked) {
        const e = first ?? ents.at(i + 1);
        if (e) {
          ents.resize(e, i, to);
          e.type = 'LOC';
          e.kind = prefixKind;
        } else ents.add({ from: i, to, type: 'LOC', kind: prefixKind });
        i = to - 1;
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

  // A "place" no gazetteer knows, made of a first name and a surname, that speaks is a person: "said Jordan Blake"
  // (Jordan, a country, pulled the name into a place). Places named after people ("Ben Gurion", "Monte Carlo") do
  // not say things; facility and geographic words keep it a place anyway ("Victoria Park said to be closed").
  for (const e of ents.list) {
    if (e.type !== 'LOC' || e.to - e.from < 2 || e.to - e.from > 3 || lookupPlaceTokens(lower, e.from, e.to)) continue;
    if (!SPEECH_NEIGHBOURS.has(lower[e.from - 1] ?? '') && !SPEECH_NEIGHBOURS.has(lower[e.to] ?? '')) continue;
    const last = e.to - 1;
    if (!/[fp]/.test(lexiconTags(lower[e.from], p.wordHash[e.from])) || p.gaz[last] !== 0 || FACILITY_WORDS.has(lower[last]) || GEO_SUFFIX.has(lower[last])) continue;
    const lex = lexiconTags(lower[last], p.wordHash[last]);
    if ((lex === '' || /[lfp]/.test(lex)) && !/[wcnrgo]/.test(lex)) e.type = 'PER';
  }

  // An organization word tagged alone ("Union", a US city, as a place in "the Harbour Workers' Union"; "the Council
  // said") names an organization, with the capitalized words before it ("Workers'" included).
  for (const e of ents.list.slice()) {
    if (e.to - e.from !== 1 || !isCapitalized(tokens[e.from].text)) continue;
    if (!ORG_WORDS.has(lower[e.from]) && !BODY_WORDS.has(lower[e.from])) continue;
    let from = e.from;
    for (let k = e.from - 1; k >= 0 && e.from - k <= MAX_NAME_TOKENS && adjacent(text, tokens, k, k + 1); k--) {
      const possessive = (lower[k] === "'" || lower[k] === '’' || lower[k] === "'s" || lower[k] === '’s') && k > 0 && tokens[k].start === tokens[k - 1].end;
      if (possessive) continue;
      if (!isNameWord(tokens[k].text) || NOT_TITLE_WORDS.has(lower[k])) break;
      const other = ents.at(k);
      if (other && other !== e && (other.type === 'PER' || other.from < k - MAX_NAME_TOKENS)) break;
      from = other && other !== e ? other.from : k;
      k = from;
    }
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

  // An organization name ending in an organization word takes the place after "of": "Transport Workers Union of
  // America", "Federal Reserve Bank of New York" (as "Bank of England" is tagged whole).
  for (const e of ents.list.slice()) {
    if (e.type !== 'ORG' || e.to === e.from || e.to + 1 >= n || lower[e.to] !== 'of') continue;
    if (!ORG_WORDS.has(lower[e.to - 1]) && !BODY_WORDS.has(lower[e.to - 1])) continue;
    const place = ents.at(e.to + 1);
    if (!place || place.type !== 'LOC' || place.from !== e.to + 1 || !adjacent(text, tokens, e.from, place.to - 1)) continue;
    const to = place.to;
    ents.remove(place);
    ents.resize(e, e.from, to);
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

/** "MOSCOW", "N.Y.": letters all upper case, at least two of them. */
function isAllCaps(word: string): boolean {
  return /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?$/u.test(word);
}

function isNameWordOrLink(word: string): boolean {
  return isNameWord(word) || word === 'of' || word === 'the';
}

/** Rules for the lines that open an article: datelines and Title Case headlines. */
import { isCapitalized, type Prepared } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import { AGENCIES, DATE_WORDS, HEADLINE_KICKERS, NOT_TITLE_WORDS } from '../../lexicon/entityWords';
import { adjacent, isAllCaps, type Entities, type Entity, type EntityRule, type RuleContext } from './context';

/**
 * Datelines: "MADRID (Reuters) -", "BEIRUT, Lebanon (AP) —": the words opening the line are places, the outlet an
 * organization. An outlet unknown to the agency list counts when the line opens in capitals ("PORT ALDER, March 14
 * (Northwire) —"), the wire convention that an ordinary sentence in parentheses before a dash never follows.
 */
export const datelines: EntityRule = {
  name: 'datelines',
  apply(ctx) {
    const { tokens, n } = ctx;
    for (let i = 0; i < n; i++) {
      if (tokens[i].text !== '(') continue;
      let close = i + 1; // the outlet: one to three capitalized words ("Reuters", "Coastline Wire")
      while (close < n && close - i <= 3 && isCapitalized(tokens[close].text)) close++;
      if (
        close === i + 1 ||
        close + 1 >= n ||
        tokens[close].text !== ')' ||
        !/^[-–—]{1,2}$/.test(tokens[close + 1].text)
      )
        continue;
      datelineAt(ctx, i, close);
    }
  },
};

/**
 * Datelines without an outlet, as Canadian Press and others write them: "TORONTO — Ontario's premier …", "HALIFAX,
 * N.S. — …". A line opening with one to three words in capitals (then, after a comma, a province or state) and a
 * dash: the capitals are a city the gazetteer knows (a section label, "GOLF - …", is not).
 */
export const bareDatelines: EntityRule = {
  name: 'datelines without an outlet',
  apply({ text, p, tokens, lower, n, ents }) {
    for (let i = 0; i < n; i++) {
      // only a line's first word, in capitals
      if (!p.capital[i] || (i > 0 && adjacent(text, tokens, i - 1, i))) continue;
      let j = i;
      while (j < n && j - i < 3 && isAllCaps(tokens[j].text) && adjacent(text, tokens, i, j)) j++;
      if (j === i || j >= n) continue;
      let dash = j;
      if (tokens[j].text === ',') {
        dash = j + 1;
        while (dash < n && dash - j <= 3 && isCapitalized(tokens[dash].text)) dash++;
      }
      if (dash >= n || !/^[-–—]{1,2}$/.test(tokens[dash].text) || !adjacent(text, tokens, i, dash)) continue;
      if (!lookupPlaceTokens(lower, i, j)) continue; // "GOLF - BRITISH MASTERS …" is a section label
      if (tokens[j].text === ',' && dash > j + 1) replaceWithPlace(ents, j + 1, dash); // "N.S." read as a name
      replaceWithPlace(ents, i, j, 'city');
    }
  },
};

/** Tokens [from, to) become one place, replacing entities inside them; one reaching outside is left alone. */
function replaceWithPlace(ents: Entities, from: number, to: number, kind?: string): void {
  for (let k = from; k < to; k++) {
    const other = ents.at(k);
    if (other && (other.from < from || other.to > to)) return;
  }
  for (let k = from; k < to; k++) {
    const other = ents.at(k);
    if (other) ents.remove(other);
  }
  ents.add(kind ? { from, to, type: 'LOC', kind } : { from, to, type: 'LOC' });
}

/** The dateline whose outlet is in parentheses at [i, close]: its places, then the outlet. */
function datelineAt(ctx: RuleContext, i: number, close: number): void {
  const { text, tokens, lower, ents } = ctx;
  let lineStart = i;
  while (lineStart > 0 && adjacent(text, tokens, lineStart - 1, lineStart) && i - lineStart < 6) lineStart--;
  if (lineStart === i || (lineStart > 0 && adjacent(text, tokens, lineStart - 1, lineStart))) return;
  const known = close === i + 2 && AGENCIES.has(lower[i + 1]);
  if (!known && !isAllCaps(tokens[lineStart].text)) return;
  let from = lineStart;
  for (let k = lineStart; k <= i; k++) {
    if (k < i && tokens[k].text !== ',' && tokens[k].text !== '/') continue; // "OSLO/ADDIS ABABA" is two places
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

/**
 * Title Case headlines ("Only 24 Percent of Contributors Are Small Donors") capitalize ordinary words: a lone
 * capitalized ordinary word there is not a name unless the text names it so elsewhere.
 */
export const titleCaseHeadlines: EntityRule = {
  name: 'title case headlines',
  apply({ text, p, lower, n, ents }) {
    const titleLines = titleCaseLines(text, p);
    // most blocks (a paragraph of prose) hold no Title Case line: nothing to mark or count for them
    if (titleLines.length === 0) return;
    // words seen capitalized in running text (not in a Title Case line, not opening a sentence): real names
    const inTitleLine = new Uint8Array(n);
    for (const [from, to] of titleLines) inTitleLine.fill(1, from, to);
    const capitalizedInProse = new Set<number>();
    for (let k = 0; k < n; k++)
      if (!inTitleLine[k] && p.capital[k] && p.sentenceStart[k] !== k && !p.headline[k])
        capitalizedInProse.add(p.wordHash[k]);
    const ordinary = (j: number) => {
      const lex = lexiconTags(lower[j], p.wordHash[j]);
      return (
        (lex.includes('w') && !/[flpnrcgo]/.test(lex) && !capitalizedInProse.has(p.wordHash[j])) ||
        NOT_TITLE_WORDS.has(lower[j])
      );
    };
    for (const [from, to] of titleLines) {
      for (let k = from; k < to; k++) {
        const e = ents.at(k);
        if (!e || e.from !== k || e.to > to) continue;
        const cut = placeOpeningHeadline(lower, e, ordinary);
        if (cut > 0) ents.resize(e, e.from, cut);
        else if (allOf(e, ordinary)) ents.remove(e);
      }
    }
  },
};

function allOf(e: Entity, test: (j: number) => boolean): boolean {
  for (let j = e.from; j < e.to; j++) if (!test(j)) return false;
  return true;
}

/** Words of the longest place names ("Saint Vincent and the Grenadines"). */
const MAX_PLACE_WORDS = 6;

/**
 * A "place" run on into a headline's words: "Nigeria Ends Fuel Subsidy" -> "Nigeria". The end of the longest known
 * place opening the span when an ordinary word follows it, else 0.
 */
function placeOpeningHeadline(lower: string[], e: Entity, ordinary: (j: number) => boolean): number {
  if (e.type !== 'LOC' || e.to - e.from < 2) return 0;
  if (e.to - e.from <= MAX_PLACE_WORDS && lookupPlaceTokens(lower, e.from, e.to)) return 0;
  // no place is longer than a few words: a run of hundreds of capitals is read in linear time
  let end = Math.min(e.to - 1, e.from + MAX_PLACE_WORDS);
  while (end > e.from && !lookupPlaceTokens(lower, e.from, end)) end--;
  return end > e.from && ordinary(end) ? end : 0;
}

/** Token ranges of lines written in Title Case (most words capitalized, several of them); all-caps headlines excluded. */
function titleCaseLines(text: string, p: Prepared): Array<[number, number]> {
  const { tokens } = p;
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    if (k < tokens.length && (k === from || adjacent(text, tokens, k - 1, k))) continue;
    if (k - from >= 3 && !p.headline[from] && isTitleCaseRun(p, from, k)) out.push([from, k]);
    from = k;
  }
  return out;
}

/**
 * Tokens [from, k) of a line are in Title Case: three words or more of three letters or more, function words aside,
 * four in five of them capitalized. A line of prose is told without asking the function-word list of every word: as
 * many capitalized words as it could hold at most (counted first, without the list) are outweighed by its first few
 * lower-case words: "Mayor Ann Roy said on Monday that the budget would pass" could hold four, and its
 * lower-case "budget" and "would" rule it out before "pass" is read.
 */
export function isTitleCaseRun(p: Prepared, from: number, k: number): boolean {
  const { lower } = p;
  let capitals = 0;
  for (let j = from; j < k; j++) if (p.capital[j] && p.hasLetter[j] && lower[j].length >= 3) capitals++;
  if (capitals < 3) return false;
  let words = 0;
  let capitalized = 0;
  for (let j = from; j < k; j++) {
    if (!p.hasLetter[j] || lower[j].length < 3 || NOT_TITLE_WORDS.has(lower[j])) continue;
    words++;
    if (p.capital[j]) capitalized++;
    // four in five capitalized needs four capitalized words for each lower-case one, and no more than `capitals` come
    else if (4 * (words - capitalized) > capitals) return false;
  }
  return words >= 3 && capitalized >= 0.8 * words;
}

/** What ends a headline's label: "Q&A:", "ANALYSIS-", "Live |". */
const KICKER_MARKS = new Set([':', '-', '–', '—', '|']);

/**
 * A label opening a line before a colon or dash is neither a person nor a place: "Q&A: What Milei's victory means",
 * "Live: Israel strikes Rafah", "Explainer: Why the Essequibo region matters", "Live updates: Hurricane Helene"
 * (the tagger, meeting "Q&A" or a capitalized "Live" where 1996 news had a dateline, guesses a place).
 */
export const headlineKickers: EntityRule = {
  name: 'headline kickers',
  apply({ text, tokens, lower, n, ents }) {
    for (let i = 0; i < n; i++) {
      if ((i > 0 && adjacent(text, tokens, i - 1, i)) || !HEADLINE_KICKERS.has(lower[i])) continue;
      // "Live updates:", "Fact check:": a second lower-case word of the label
      const mark = i + 1 < n && tokens[i + 1].text === lower[i + 1] && /^\p{L}+$/u.test(lower[i + 1]) ? i + 2 : i + 1;
      if (mark >= n || !KICKER_MARKS.has(tokens[mark].text) || !adjacent(text, tokens, i, mark)) continue;
      for (let k = i; k < mark; k++) {
        const e = ents.at(k);
        if (!e) continue;
        if (e.to <= mark + 1) ents.remove(e);
        else ents.resize(e, mark + 1, e.to);
      }
    }
  },
};

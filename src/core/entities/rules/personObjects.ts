/**
 * One-word people of modern news found by what only a person is or has: the one met or spoken with ("Zelenskiy met
 * Biden in Washington"), an administration ("the Biden administration"), an office taken ("Macron names Barnier as
 * French prime minister"). The tagger, taught by 1996 news, knows none of these names and guesses a place.
 */
import { KIN_OWNERS } from '../../lexicon/functionWords';
import { isCapitalized } from '../features';
import {
  DATE_WORDS,
  GIVEN_NAME_TITLES,
  GROUP_NAMES,
  NOT_TITLE_WORDS,
  PERSON_HONORIFICS,
  ABBREVIATED_PERSON_TITLES,
  PERSON_OBJECT_VERBS,
  PERSON_OWNED_NOUNS,
  PERSON_PREPOSITION_VERBS,
  SPEECH_NEIGHBOURS,
  STAFF_NOUNS,
  TITLES,
  TITLE_MODIFIERS,
} from '../../lexicon/entityWords';
import { ANONYMOUS_NOUNS, FAMILY_NOUNS } from '../../lexicon/lexicon';
import { demonymCountry, lexiconTags, lookupPlaceTokens } from '../gazetteer';
import { adjacent, isNameWord, type EntityRule, type RuleContext } from './context';
import { isPersonNoun, unknownNameWord } from './people';

export const personAfterMeetingVerb: EntityRule = {
  name: 'person after a meeting verb',
  apply({ p, tokens, lower, n, ents, holds }) {
    if (!holds(PERSON_OBJECT_VERBS) && !holds(PERSON_PREPOSITION_VERBS)) return;
    for (let k = 1; k + 1 <= n; k++) {
      const b = lower[k - 1];
      const direct = PERSON_OBJECT_VERBS.has(b);
      const linked = (b === 'with' || b === 'to') && k > 1 && PERSON_PREPOSITION_VERBS.has(lower[k - 2]);
      if (!direct && !linked) continue;
      // one word only, no group's people after it: "met Acme Corp", "met Hamas officials" are no people
      const next = k + 1 < n ? lower[k + 1] : '';
      if (k + 1 < n && isCapitalized(tokens[k + 1].text)) continue;
      if (GROUP_NAMES.has(lower[k]) || isPersonNoun(next) || STAFF_NOUNS.has(next) || ANONYMOUS_NOUNS.has(next))
        continue;
      const owner = ents.at(k);
      if (owner && (owner.from !== k || owner.to !== k + 1 || owner.type === 'PER')) continue;
      if (!unknownNameWord(p, lower, tokens, k)) continue;
      if (owner) owner.type = 'PER';
      else ents.add({ from: k, to: k + 1, type: 'PER' });
    }
  },
};

/** Token k, a one-word name no list knows that is free or a one-word guess other than a person, becomes a person. */
function makePerson({ p, tokens, lower, n, ents }: RuleContext, k: number): void {
  if (k + 1 < n && isCapitalized(tokens[k + 1].text)) return;
  // the end of a longer name ("Joe Biden administration" is drawn already), not after a capitalized "The"
  if (k > 0 && isCapitalized(tokens[k - 1].text) && p.sentenceStart[k] !== k && !NOT_TITLE_WORDS.has(lower[k - 1]))
    return;
  const owner = ents.at(k);
  if (owner && (owner.from !== k || owner.to !== k + 1 || owner.type === 'PER')) return;
  if (GROUP_NAMES.has(lower[k]) || !unknownNameWord(p, lower, tokens, k)) return;
  if (owner) owner.type = 'PER';
  else ents.add({ from: k, to: k + 1, type: 'PER' });
}

/** "the Biden administration", "a Milei presidency": only a person has one. */
export const personOwningAnOffice: EntityRule = {
  name: 'person owning an administration',
  apply(ctx) {
    const { lower, n } = ctx;
    if (!ctx.holds(PERSON_OWNED_NOUNS)) return;
    for (let k = 0; k + 1 < n; k++) if (PERSON_OWNED_NOUNS.has(lower[k + 1])) makePerson(ctx, k);
  },
};

/** How many words may stand between "as" and the office: "as French prime minister", "as its new chief". */
const OFFICE_REACH = 4;

/** Lower-case words that may stand before an office after "as": "as its new chief", "as acting president". */
const BEFORE_OFFICE = new Set(['its', 'the', 'a', 'an', 'new', 'interim', 'acting', 'next']);

/** An office right after "as" at token a: a title behind modifiers, determiners or capitalized words ("French"). */
function officeAfter({ tokens, lower, n }: RuleContext, a: number): boolean {
  for (let j = a + 1; j < n && j <= a + OFFICE_REACH; j++) {
    if (TITLES.has(lower[j])) return true;
    const capitalized = /^\p{Lu}/u.test(tokens[j].text);
    if (!capitalized && !TITLE_MODIFIERS.has(lower[j]) && !BEFORE_OFFICE.has(lower[j])) return false;
  }
  return false;
}

/** "names Barnier as French prime minister", "appointed Okonjo as finance minister": a name taking an office. */
export const personTakingAnOffice: EntityRule = {
  name: 'person taking an office',
  apply(ctx) {
    for (let k = 0; k + 2 < ctx.n; k++) if (ctx.lower[k + 1] === 'as' && officeAfter(ctx, k + 1)) makePerson(ctx, k);
  },
};

/** How many name words an honorific may open: "Mr. Okonjo", "Ms. Ardern", "Dr. Ngozi Okonjo-Iweala". */
const HONORIFIC_REACH = 3;

/**
 * Name words after an honorific are a person, whatever the tagger made of them: "Ms. Ardern, 42, told reporters",
 * "Mr. Okonjo told reporters" (the tagger, cut off by the honorific's full stop, tagged neither). A known
 * organization or place after it is left alone ("Dr. Martens", "Mr. Big" are rare in news).
 */
export const honorificNames: EntityRule = {
  name: 'names after an honorific',
  apply({ text, tokens, lower, n, ents, holds }) {
    if (!holds(PERSON_HONORIFICS) && !holds(ABBREVIATED_PERSON_TITLES)) return;
    for (let k = 0; k + 1 < n; k++) {
      const honorific = PERSON_HONORIFICS.has(lower[k]) || ABBREVIATED_PERSON_TITLES.has(lower[k]);
      if (!honorific || !/^\p{Lu}/u.test(tokens[k].text)) continue;
      let to = k + 1;
      while (
        to < n &&
        to - k <= HONORIFIC_REACH &&
        isNameWord(tokens[to].text) &&
        !NOT_TITLE_WORDS.has(lower[to]) &&
        !TITLES.has(lower[to]) &&
        adjacent(text, tokens, k, to)
      )
        to++;
      if (to === k + 1) continue;
      let free = true;
      for (let j = k + 1; j < to; j++) {
        const e = ents.at(j);
        if (e && (e.type === 'PER' || e.from < k || e.to > to || lookupPlaceTokens(lower, e.from, e.to))) free = false;
      }
      if (!free) continue;
      for (let j = k; j < to; j++) {
        const e = ents.at(j);
        if (e) ents.remove(e);
      }
      ents.add({ from: k + 1, to, type: 'PER' });
    }
  },
};

/** "MS.", "SEN.": an honorific or a title's abbreviation written in capitals, as a transcript labels a turn. */
function isCapitalHonorific(word: string, lower: string): boolean {
  // the lists first: most words are in neither, and a Unicode expression run on every token was the rule's main cost
  return (PERSON_HONORIFICS.has(lower) || (lower.endsWith('.') && TITLES.has(lower))) && /^\p{Lu}+\.?$/u.test(word);
}

/**
 * A transcript's turn label is a person, even one named like a place: "MS. JORDAN: We will not accept this", "SEN.
 * WARREN: I yield back" (the gazetteer knows Jordan and Warren, Mich.). An honorific in capitals, up to
 * HONORIFIC_REACH name words in capitals, then a colon.
 */
export const transcriptLabels: EntityRule = {
  name: 'transcript labels',
  apply({ text, tokens, lower, n, ents, holds }) {
    if (!holds(PERSON_HONORIFICS) && !holds(TITLES)) return;
    for (let k = 0; k + 2 < n; k++) {
      if (!isCapitalHonorific(tokens[k].text, lower[k])) continue;
      let to = k + 1;
      while (to < n && to - k <= HONORIFIC_REACH && /^\p{Lu}[\p{Lu}'’-]+$/u.test(tokens[to].text)) to++;
      if (to === k + 1 || to >= n || tokens[to].text !== ':' || !adjacent(text, tokens, k, to)) continue;
      if (ents.at(k + 1)?.type === 'PER' && ents.at(k + 1)?.from === k + 1 && ents.at(to - 1)?.to === to) continue;
      for (let j = k; j < to; j++) {
        const e = ents.at(j);
        if (e) ents.remove(e);
      }
      ents.add({ from: k + 1, to, type: 'PER' });
    }
  },
};

/** "al-Jaber", "bin Salman": an Arabic surname's opening. */
const ARABIC_SURNAME = /^(?:(?:al|el|Al|El)-\p{Lu}|bin$|ibn$)/u;

/**
 * A title that is also a given name, right before an Arabic surname tagged a person, is that given name: "COP28
 * president Sultan al-Jaber" (a sultan's title is followed by his given name: "Sultan Haitham bin Tariq").
 */
export const titleAsGivenName: EntityRule = {
  name: 'title as a given name',
  apply({ text, tokens, lower, n, ents, holds }) {
    if (!holds(GIVEN_NAME_TITLES)) return;
    for (let k = 0; k + 1 < n; k++) {
      if (!GIVEN_NAME_TITLES.has(lower[k]) || !/^\p{Lu}\p{Ll}/u.test(tokens[k].text)) continue;
      const name = ents.at(k + 1);
      if (name?.type !== 'PER' || name.from !== k + 1 || !ARABIC_SURNAME.test(tokens[k + 1].text)) continue;
      if (ents.at(k) || !adjacent(text, tokens, k, k + 1)) continue;
      ents.resize(name, k, name.to);
    }
  },
};

/**
 * Token k may open a person's name before a two-word person: a known given name ("Sri"), or a word no lexicon knows
 * ("Tesfay", "Truong") after a title or a lower-case person noun, never itself a person noun ("retired Archbishop Desmond Tutu",
 * "Analyst Alexander Paris") nor a sentence's first word. No title, date, demonym or place.
 */
function leadingNameWord(ctx: RuleContext, k: number): boolean {
  const { p, tokens, lower } = ctx;
  const w = lower[k];
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) || TITLES.has(w) || NOT_TITLE_WORDS.has(w) || DATE_WORDS.has(w))
    return false;
  if (SPEECH_NEIGHBOURS.has(w) || demonymCountry(tokens[k].text) || lookupPlaceTokens(lower, k, k + 1)) return false;
  const tags = lexiconTags(w, p.wordHash[k]);
  if (tags === 'f') return true;
  if (tags !== '' || isPersonNoun(w) || k === 0 || p.sentenceStart[k] === k) return false;
  // "tycoon Truong My Hoa", "Director-General Tesfay ...", not "former Yankee Terry Mulholland"
  const role = tokens[k - 1].text === lower[k - 1] && isPersonNoun(lower[k - 1]);
  return role || TITLES.has(lower[k - 1]) || isTitleTail(ctx, k - 1);
}

/**
 * A name's first word the tagger left out or took for another name, before a two-word person, opens that person:
 * "Director-General Tesfay Adhanom Berhe", "named Sri Mulyani Indrawati", "tycoon Truong My Hoa" (a Vietnamese,
 * Ethiopian or Indonesian three-word name). Never inside a capitalized run ("Commissioner Thierry Breton").
 */
export const leadingNameWords: EntityRule = {
  name: 'leading name words',
  apply(ctx) {
    const { text, tokens, ents } = ctx;
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from !== 2 || e.from < 1) continue;
      const k = e.from - 1;
      const before = ents.at(k);
      if ((before && (before.type !== 'MISC' || before.to - before.from !== 1)) || !adjacent(text, tokens, k, e.from))
        continue;
      if (!leadingNameWord(ctx, k) || tokens[k].end === tokens[e.from].start) continue;
      const prev = k > 0 ? tokens[k - 1].text : '';
      if (k > 0 && isCapitalized(prev) && !TITLES.has(ctx.lower[k - 1]) && !isTitleTail(ctx, k - 1)) continue;
      if (before) ents.remove(before);
      ents.resize(e, k, e.to);
    }
  },
};

/** "Director-General": a capitalized hyphenated title word. */
function isTitleTail({ lower }: RuleContext, k: number): boolean {
  return lower[k].split('-').some((part) => TITLES.has(part));
}

/**
 * "Mayor Hale's wife, Ilona, will speak on Friday", "her husband, Tobias, runs the farm": a name of one or two words set
 * off by commas after someone's family noun is that relative, a person, though the tagger (which rarely met a bare
 * given name) guessed a place or nothing. Not "his wife, Ohio's first lady," (no name closes it) nor a country
 * ("her son, Jordan," stays a person only where the gazetteer does not know it as one).
 */
export const relativeInApposition: EntityRule = {
  name: 'relative named in apposition',
  apply({ tokens, lower, n, ents }) {
    for (let k = 3; k < n; k++) {
      if (lower[k - 1] !== ',' || !FAMILY_NOUNS.has(lower[k - 2]) || !KIN_OWNERS.has(lower[k - 3])) continue;
      let to = k;
      while (to < n && to - k < 2 && isNameWord(tokens[to].text)) to++;
      if (to === k || (to < n && lower[to] !== ',' && lower[to] !== '.')) continue;
      const kind = lookupPlaceTokens(lower, k, to)?.kind;
      // "his wife, Ms. Schifano," is a person already, honorific outside the name
      if (kind === 'country' || GROUP_NAMES.has(lower[k]) || PERSON_HONORIFICS.has(lower[k])) continue;
      const owner = ents.at(k);
      if (owner ? owner.from !== k || owner.to !== to : ents.at(to - 1)) continue;
      if (owner) owner.type = 'PER';
      else ents.add({ from: k, to, type: 'PER' });
    }
  },
};

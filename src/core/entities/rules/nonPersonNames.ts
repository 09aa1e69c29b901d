/**
 * Names the 1996-trained tagger reads as people that the words around them say are not, or not all of them, and
 * one-word people it reads as something else: evidence from the sentence, not from a list of names.
 * - "Datuk Seri Mohd Shukri Ismail": a Malay title of two words is no part of the name.
 * - "Analyst Jan Kowal of Pekao said": after a person and "of", a name is where or what the person is from.
 * - "Bavarian Nordic would ship": a name opened by a demonym is a firm's or a body's, not a person's.
 * - "Rescue worker Rahmat, who uses one name": a person noun before and ", who" after make a one-word name a person.
 * - '"Go," she said': an ordinary word that is a whole quote, capitalized as its first word, names no one.
 * - "teenager Rio Ngumoha scored": two or three name words after a lower-case person noun, the last one unknown to
 *   the model, are a person whatever the tagger guessed (it read "Rio" as a place's word).
 */
import { UNKNOWN_WORD } from '../features';
import { demonymCountry, lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  BODY_WORDS,
  CLOSE_QUOTES,
  CLUB_WORDS,
  COMPANY_WORDS,
  MALAY_TITLE_NAME_WORDS,
  MALAY_TITLE_SECOND_WORDS,
  NAME_LESS_HONORIFICS,
  OPEN_QUOTES,
  ORG_WORDS,
  REGION_ADJECTIVES,
} from '../../lexicon/entityWords';
import { isNameWord, type Entity, type EntityRule, type RuleContext } from './context';
import { isPersonNoun } from './people';

/** Words of a Malay or Hajj title opening a span at k: "Datuk Seri", "Tan Sri", "Haji"; 0 when none. */
function titleWordsAt(lower: string[], k: number, to: number): number {
  if (k < 0) return 0;
  const w = lower[k];
  const second = k + 1 < to && MALAY_TITLE_SECOND_WORDS.has(lower[k + 1]);
  if (NAME_LESS_HONORIFICS.has(w)) return second ? 2 : 1;
  return MALAY_TITLE_NAME_WORDS.has(w) && second ? 2 : 0;
}

/**
 * "Datuk Seri Mohd Shukri Ismail", "Tan Sri Zainal Abidin", "Haji Rosli Kamaruddin": the titles the tagger took
 * into the span are dropped, as "Mr." is, while two name words remain ("Tan Sri" alone is left to other rules).
 */
export const malayTitlesInNames: EntityRule = {
  name: 'Malay and Hajj titles opening a name',
  apply({ lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER') continue;
      let from = e.from;
      // the tagger left the first word out: "Tan" + "Sri Azman Mokhtar Ali"
      if (e.to - from >= 3 && MALAY_TITLE_SECOND_WORDS.has(lower[from]) && titleWordsAt(lower, from - 1, e.to) === 2)
        from++;
      for (let t = titleWordsAt(lower, from, e.to); t > 0 && e.to - from - t >= 2; t = titleWordsAt(lower, from, e.to))
        from += t;
      if (from !== e.from) ents.resize(e, from, e.to);
    }
  },
};

/**
 * "Analyst Jedrzej Kowal of Pekao said", "Dr Ana Ruiz of Valparaiso": a name right after a person and "of" is the
 * body or the place the person belongs to, never a second person (a person "of" a person is written "son of").
 */
export const nameOfAPerson: EntityRule = {
  name: 'a name after a person and "of"',
  apply({ lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.from < 2 || lower[e.from - 1] !== 'of') continue;
      const owner = ents.at(e.from - 2);
      if (!owner || owner.type !== 'PER' || owner.to !== e.from - 1 || owner.to - owner.from < 2) continue;
      e.type = lookupPlaceTokens(lower, e.from, e.to) ? 'LOC' : 'ORG';
    }
  },
};

/**
 * "Bavarian Nordic", "Swiss Re", "Brazilian Steel": two or more name words opened by a demonym are a firm's or a
 * body's name, as no one's given name is a demonym; a word that is a given name too stays a person's ("German
 * Efromovich", "Norman Foster").
 */
export const demonymOpenedNames: EntityRule = {
  name: 'a demonym opens no person',
  apply({ p, tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 2) continue;
      const tags = lexiconTags(lower[e.from], p.wordHash[e.from]);
      const demonym = demonymCountry(tokens[e.from].text) !== undefined || REGION_ADJECTIVES.has(lower[e.from]);
      if (!demonym || tags.includes('f')) continue;
      e.type = 'ORG';
    }
  },
};

/** ", who" after token `to - 1`: "who" speaks of a person, never of a place or a firm ("which"). */
function whoAfter({ tokens, lower, n }: RuleContext, to: number): boolean {
  return to + 1 < n && tokens[to].text === ',' && lower[to + 1] === 'who';
}

/**
 * "Rescue worker Rahmat, who uses only one name", "the driver Affandi, who was 21": a one-word name between a
 * lower-case person noun and ", who" is a person, whatever the tagger made of it (an unknown word alone reads as a
 * place or a firm to it).
 */
export const personNounAndWho: EntityRule = {
  name: 'a one-word name between a person noun and ", who"',
  apply(ctx) {
    const { tokens, lower, ents } = ctx;
    for (const e of ents.list) {
      if (e.type === 'PER' || e.to - e.from !== 1 || e.from < 1 || !isNameWord(tokens[e.from].text)) continue;
      const before = lower[e.from - 1];
      if (tokens[e.from - 1].text !== before || !isPersonNoun(before) || !whoAfter(ctx, e.to)) continue;
      retype(e);
    }
  },
};

/** Most words of a name after a person noun: "teenager Rio Ngumoha", "nurse Ana Maria Ruiz". */
const NOUNED_NAME_WORDS = 3;

/** Name words only, none a body's, a company's or a club's, the last one unknown to the model. */
function personShaped({ p, tokens, lower }: RuleContext, e: Entity): boolean {
  if (p.identity[e.to - 1] !== UNKNOWN_WORD || demonymCountry(tokens[e.from].text) !== undefined) return false;
  for (let k = e.from; k < e.to; k++) {
    const w = lower[k];
    if (!isNameWord(tokens[k].text) || ORG_WORDS.has(w) || COMPANY_WORDS.has(w) || BODY_WORDS.has(w)) return false;
    if (CLUB_WORDS.has(w)) return false;
  }
  return true;
}

export const personNounBeforeName: EntityRule = {
  name: 'a name after a lower-case person noun',
  apply(ctx) {
    const { tokens, lower, ents } = ctx;
    for (const e of ents.list) {
      const size = e.to - e.from;
      if ((e.type !== 'ORG' && e.type !== 'MISC') || size < 2 || size > NOUNED_NAME_WORDS || e.from < 1) continue;
      const b = e.from - 1;
      if (tokens[b].text !== lower[b] || !isPersonNoun(lower[b]) || !personShaped(ctx, e)) continue;
      if (!lookupPlaceTokens(lower, e.from, e.to)) retype(e);
    }
  },
};

function retype(e: Entity): void {
  e.type = 'PER';
  delete e.kind;
  delete e.country;
}

/**
 * '"Go," she said', '"Stop!" he shouted': a quote of one word is capitalized as a sentence's first word, so an
 * ordinary word there ("go" is a verb, though also a Korean surname) names no one; a word compromise knows as a name
 * stays ('"Trump!" they chanted').
 */
export const wordAloneInQuotes: EntityRule = {
  name: 'an ordinary word alone in quotes',
  apply({ p, tokens, lower, n, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to - e.from !== 1 || e.from < 1 || e.to + 1 >= n) continue;
      if (!OPEN_QUOTES.has(tokens[e.from - 1].text) || !ALONE_PUNCTUATION.has(tokens[e.to].text)) continue;
      if (!CLOSE_QUOTES.has(tokens[e.to + 1].text)) continue;
      const tags = lexiconTags(lower[e.from], p.wordHash[e.from]);
      if (tags.includes('w') && !/[flp]/.test(tags)) ents.remove(e);
    }
  },
};
const ALONE_PUNCTUATION = new Set([',', '.', '!', '?']);

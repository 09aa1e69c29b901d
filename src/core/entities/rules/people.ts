/** Rules that draw the edges of people's names: titles, companies, initials, split names, nicknames. */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  BODY_WORDS,
  CLOSE_QUOTES,
  COMPANY_WORDS,
  PERSON_HONORIFICS,
  MAX_NAME_TOKENS,
  OPEN_QUOTES,
  ORG_WORDS,
  PARTY_OR_TITLE,
  SPEECH_NEIGHBOURS,
  TITLES,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from '../../lexicon/entityWords';
import { adjacent, isNameWord, isNameWordOrLink, type Entity, type EntityRule } from './context';

/**
 * Person spans: titles are not part of the name ("Association President Ramon Manzanares" -> "Ramon Manzanares"),
 * nor a trailing weekday ("Insulza Monday"); a name followed by "& Co" or "Inc" is a company ("Edward D. Jones & Co").
 */
export const personSpans: EntityRule = {
  name: 'person spans',
  apply({ text, tokens, lower, n, ents, free }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to === e.from) continue;
      let from = e.from;
      for (let k = e.from; k < e.to - 1; k++) if (TITLES.has(lower[k]) && isCapitalized(tokens[k].text)) from = k + 1;
      // an inverted attribution opening the sentence: "Said Dora Pointer, …", "Added Smith:"
      while (e.to - from >= 2 && SPEECH_NEIGHBOURS.has(lower[from])) from++;
      let to = e.to;
      while (to - 1 > from && WEEKDAYS.has(lower[to - 1])) to--;
      let end = to;
      while (
        end < n &&
        free(end) &&
        adjacent(text, tokens, end - 1, end) &&
        (tokens[end].text === '&' || (COMPANY_WORDS.has(lower[end]) && isCapitalized(tokens[end].text)))
      )
        end++;
      if (end > to && end - 1 > to - 1 && tokens[end - 1].text !== '&') {
        ents.resize(e, e.from, end);
        e.type = 'ORG';
      } else if (COMPANY_WORDS.has(lower[to - 1]) && to - 1 > from) e.type = 'ORG';
      else if (from !== e.from || to !== e.to) ents.resize(e, from, to);
    }
  },
};

/**
 * "Federal Reserve Governor Lawrence Lindsey" tagged as one organization: the body, its title, the person (and
 * "of Germany" after the name, a place).
 */
export const titledPersonInOrganization: EntityRule = {
  name: 'titled person inside an organization',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if ((e.type !== 'ORG' && e.type !== 'MISC') || e.to - e.from < 3) continue;
      // the last title in the span that is followed by a two-to-four-word name
      let k = -1;
      let first = -1;
      let end = -1;
      for (let t = e.from; t < e.to - 2; t++) {
        if (!TITLES.has(lower[t]) || !isCapitalized(tokens[t].text)) continue;
        let f = t + 1;
        while (f < e.to && (TITLES.has(lower[f]) || TITLE_MODIFIERS.has(lower[f])) && isCapitalized(tokens[f].text))
          f++;
        let z = f;
        while (
          z < e.to &&
          isNameWord(tokens[z].text) &&
          !ORG_WORDS.has(lower[z]) &&
          !BODY_WORDS.has(lower[z]) &&
          !COMPANY_WORDS.has(lower[z]) &&
          !TITLES.has(lower[z])
        )
          z++;
        if (z - f >= 2 && z - f <= 4 && (z === e.to || lower[z] === 'of')) [k, first, end] = [t, f, z];
      }
      if (k < 0) continue;
      while (
        k - 1 >= e.from &&
        (TITLES.has(lower[k - 1]) || TITLE_MODIFIERS.has(lower[k - 1])) &&
        isCapitalized(tokens[k - 1].text)
      )
        k--; // "General Director"
      const to = e.to;
      if (k > e.from) {
        ents.resize(e, e.from, k);
        if (lookupPlaceTokens(lower, e.from, k)) e.type = 'LOC'; // "Chicago Cardinal Joseph Bernardin"
      } else ents.remove(e);
      ents.add({ from: first, to: end, type: 'PER' });
      if (end + 1 < to && lower[end] === 'of' && lookupPlaceTokens(lower, end + 1, to))
        ents.add({ from: end + 1, to, type: 'LOC' });
    }
  },
};

/** "Democrat Hillary Clinton", "Senator Jane Doe", "Mr. Trump" tagged as one organization or misc: the person is the rest. */
export const partyOrTitlePerson: EntityRule = {
  name: 'party or title before a person',
  apply({ p, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.type === 'PER' || e.to - e.from < 2) continue;
      if (!PARTY_OR_TITLE.has(lower[e.from]) && !TITLES.has(lower[e.from])) continue;
      // "Mr. Trump" tagged as a place or organization: an honorific means a person
      if (
        !PERSON_HONORIFICS.has(lower[e.from]) &&
        !lexiconTags(lower[e.from + 1], p.wordHash[e.from + 1]).includes('f')
      )
        continue;
      ents.resize(e, e.from + 1, e.to);
      e.type = 'PER';
    }
  },
};

/** A person followed by middle initials and a surname the tagger left out: "Robert C." + "Scott", "Patrick J." + "Leahy". */
export const middleInitials: EntityRule = {
  name: 'middle initials',
  apply({ text, tokens, n, ents, free }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to === e.from) continue;
      let end = e.to;
      while (end < n && free(end) && /^\p{Lu}\.$/u.test(tokens[end].text) && adjacent(text, tokens, end - 1, end))
        end++;
      if (
        end < n &&
        end > e.to &&
        free(end) &&
        isNameWord(tokens[end].text) &&
        !/^\p{Lu}\.$/u.test(tokens[end].text) &&
        adjacent(text, tokens, end - 1, end)
      )
        end++;
      else if (end < n && end > e.to && ents.at(end)?.type === 'PER' && ents.at(end)?.from === end)
        end = (ents.at(end) as Entity).to;
      if (end > e.to) ents.resize(e, e.from, end);
    }
  },
};

/**
 * Two person spans side by side on a line are one name split by the tagger ("Patrick" "J. Leahy"), and a known
 * first name left untagged before a person starts it ("Democrat Hillary Clinton").
 */
export const splitNames: EntityRule = {
  name: 'split names',
  apply({ text, p, tokens, lower, ents, free }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to === e.from) continue;
      const b = e.from - 1;
      if (
        free(b) &&
        isNameWord(tokens[b].text) &&
        adjacent(text, tokens, b, e.from) &&
        lexiconTags(lower[b], p.wordHash[b]).includes('f')
      ) {
        ents.resize(e, b, e.to);
      }
      const next = ents.at(e.to);
      if (
        next &&
        next !== e &&
        next.type === 'PER' &&
        next.from === e.to &&
        next.to - e.from <= MAX_NAME_TOKENS &&
        adjacent(text, tokens, e.to - 1, e.to)
      ) {
        const to = next.to;
        ents.remove(next);
        ents.resize(e, e.from, to);
      }
    }
  },
};

/** Nicknames in quotes belong to the name: Roberto "Hands of Stone" Duran, Robert C. “Bobby” Scott. */
export const nicknames: EntityRule = {
  name: 'nicknames',
  apply({ text, tokens, n, ents }) {
    for (let i = 1; i + 3 < n; i++) {
      const before = ents.at(i - 1);
      if (!before || before.type !== 'PER' || before.to !== i || !OPEN_QUOTES.has(tokens[i].text)) continue;
      let close = i + 1;
      while (
        close < n &&
        close - i <= 4 &&
        !CLOSE_QUOTES.has(tokens[close].text) &&
        isNameWordOrLink(tokens[close].text)
      )
        close++;
      if (
        close === i + 1 ||
        close >= n - 1 ||
        !CLOSE_QUOTES.has(tokens[close].text) ||
        !isCapitalized(tokens[i + 1].text)
      )
        continue;
      const last = close + 1;
      if (!isNameWord(tokens[last].text) || !adjacent(text, tokens, before.from, last)) continue;
      const after = ents.at(last);
      if (after && (after.type !== 'PER' || after.from !== last)) continue;
      if ((after ? after.to : last + 1) - before.from > MAX_NAME_TOKENS) continue;
      ents.resize(before, before.from, after ? after.to : last + 1);
    }
  },
};

/** Rules that draw the edges of people's names: titles, companies, initials, split names, nicknames. */
import { UNKNOWN_WORD, isCapitalized, type Prepared } from '../features';
import { demonymCountry, lexiconTags, lookupPlaceTokens } from '../gazetteer';
import {
  AGENCIES,
  BODY_WORDS,
  BURMESE_HONORIFICS,
  BURMESE_SHORT_HONORIFICS,
  COMPANY_KIND_NOUNS,
  CLOSE_QUOTES,
  CLUB_WORDS,
  COMPANY_NAMES,
  COMPANY_WORDS,
  CREDIT_WORDS,
  DATE_WORDS,
  FACILITY_WORDS,
  GEO_SUFFIX,
  HYPHEN_SUFFIXES,
  PERSON_HONORIFICS,
  MAX_NAME_TOKENS,
  NEWSROOM_WORDS,
  NOT_TITLE_WORDS,
  OPEN_QUOTES,
  ORG_WORDS,
  PARTY_OR_TITLE,
  PERSON_ACTS,
  PERSON_PARTICLES,
  PRODUCT_NOUNS_AFTER,
  PRODUCT_NOUNS_BEFORE,
  SURNAME_LIKE_ORG_WORDS,
  SITE_WORDS,
  SPEECH_NEIGHBOURS,
  NAME_INNER_TITLES,
  TITLES,
  TITLE_MODIFIERS,
  WEEKDAYS,
} from '../../lexicon/entityWords';
import {
  ANONYMOUS_NOUNS,
  EVERYDAY_ROLES,
  FAMILY_NOUNS,
  KIN_NOUNS,
  SPOUSE_NOUNS,
  ORG_NOUNS,
  isProfessionNoun,
  PRONOUNS_FEMALE,
  PRONOUNS_MALE,
  ROLES_OF_COMPANIES,
  ROLE_NOUNS,
} from '../../lexicon/lexicon';
import {
  AGE_OR_KIN_EPITHET,
  EPITHET_NOUNS,
  FEMALE_PERSON_NOUNS,
  MALE_PERSON_NOUNS,
  PAPER_NAME_WORDS,
} from '../../lexicon/speakerWords';
import { DATELINE_DASHES } from '../../lexicon/functionWords';
import { adjacent, isNameWord, isNameWordOrLink, type Entity, type EntityRule, type RuleContext } from './context';
import type { Token } from '../tokenize';
import { rememberedPerWord } from '../../text/wordMemo';

/** "Football Association", "Alliance Corporation", "Grain Commission": a name ending so is an organization's. */
function endsInOrganizationWord(lower: string[], to: number): boolean {
  const last = lower[to - 1];
  return (
    COMPANY_WORDS.has(last) || ((ORG_WORDS.has(last) || BODY_WORDS.has(last)) && !SURNAME_LIKE_ORG_WORDS.has(last))
  );
}

/**
 * Person spans: titles are not part of the name ("Association President Ramon Manzanares" -> "Ramon Manzanares"),
 * nor a trailing weekday ("Insulza Monday"); a name followed by "& Co" or "Inc" is a company ("Edward D. Jones & Co").
 */
export const personSpans: EntityRule = {
  name: 'person spans',
  apply({ text, p, tokens, lower, n, ents, free }) {
    for (const e of ents.list.slice()) {
      if (e.type !== 'PER' || e.to === e.from) continue;
      let from = afterTitles(p, tokens, lower, e);
      // the rest of a compound title after a title word outside the span: "Citi Chief" + "Executive Jane Fraser"
      while (e.to - from >= 3 && from > 0 && isCompoundTitleTail(tokens, lower, from)) from++;
      // an inverted attribution opening the sentence: "Said Dora Pointer, …", "Added Smith:"
      while (e.to - from >= 2 && SPEECH_NEIGHBOURS.has(lower[from])) from++;
      // "the Queen Mother", "the Holy Father": a family word after a title completes the title; no name follows
      if (e.to - from === 1 && from > e.from && FAMILY_NOUNS.has(lower[from])) {
        ents.remove(e);
        continue;
      }
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
      } else if (endsInOrganizationWord(lower, to) && to - 1 > from) e.type = 'ORG';
      // "General Motors": a title before one company word is the company's name, not a person called "Motors"
      else if (to - 1 === from && COMPANY_WORDS.has(lower[from]) && titleBefore(tokens, lower, from)) {
        ents.resize(e, from - 1, to);
        e.type = 'ORG';
      } else if (from !== e.from || to !== e.to) ents.resize(e, from, to);
    }
  },
};

/** Where a person's name starts after the titles inside its span ("Association President Ramon Manzanares"). */
function afterTitles(p: Prepared, tokens: Token[], lower: string[], e: Entity): number {
  let from = e.from;
  for (let k = e.from; k < e.to - 1; k++)
    if (TITLES.has(lower[k]) && isCapitalized(tokens[k].text) && !innerTitle(p, lower, k, e.from)) from = k + 1;
  return from;
}

/**
 * A title inside a name after a given name is part of it: "President Hassan Sheikh Mohamud" (Hassan a given name),
 * unlike "Association President Ramon Manzanares".
 */
function innerTitle(p: Prepared, lower: string[], k: number, from: number): boolean {
  return k > from && NAME_INNER_TITLES.has(lower[k]) && lexiconTags(lower[k - 1], p.wordHash[k - 1]).includes('f');
}

/** A capitalized title modifier after a capitalized title or modifier: "Executive" after "Chief", "Officer" after it. */
function isCompoundTitleTail(tokens: Token[], lower: string[], k: number): boolean {
  const before = lower[k - 1];
  return (
    TITLE_MODIFIERS.has(lower[k]) &&
    isCapitalized(tokens[k].text) &&
    isCapitalized(tokens[k - 1].text) &&
    (TITLES.has(before) || TITLE_MODIFIERS.has(before))
  );
}

/** A capitalized title right before token `k` ("General" before "Motors"). */
function titleBefore(tokens: Token[], lower: string[], k: number): boolean {
  return k > 0 && TITLES.has(lower[k - 1]) && isCapitalized(tokens[k - 1].text);
}

/** The end of the name words from `f` inside a span ending at `to`: no organization, company or title word. */
function nameEnd(tokens: Token[], lower: string[], f: number, to: number, p?: Prepared): number {
  let z = f;
  while (
    z < to &&
    (isNameWord(tokens[z].text) || isParticleInName(tokens, lower, z, to)) &&
    !ORG_WORDS.has(lower[z]) &&
    !BODY_WORDS.has(lower[z]) &&
    !COMPANY_WORDS.has(lower[z]) &&
    (!TITLES.has(lower[z]) || (p !== undefined && innerTitle(p, lower, z, f)))
  )
    z++;
  return z;
}

/** After a given name at `from - 1`: middle initials and a surname ("J. Lew"); the end of the surname, else `from`. */
function initialsThenName({ text, tokens, n }: RuleContext, from: number): number {
  let k = from;
  while (k < n && /^\p{Lu}\.$/u.test(tokens[k].text) && adjacent(text, tokens, k - 1, k)) k++;
  if (k === from || k >= n || !isNameWord(tokens[k].text) || /^\p{Lu}\.$/u.test(tokens[k].text)) return from;
  return adjacent(text, tokens, k - 1, k) ? k + 1 : from;
}

/** A place named after a title ("Prince Edward Island", "King George Sound") stays whole. */
function isTitledPlace(e: Entity, lower: string[]): boolean {
  if (e.type !== 'LOC') return false;
  const last = lower[e.to - 1];
  return lookupPlaceTokens(lower, e.from, e.to) !== undefined || GEO_SUFFIX.has(last) || FACILITY_WORDS.has(last);
}

/** A lower-case name particle between name words: "de" in "Bill de Santori" (not the name's first or last word). */
function isParticleInName(tokens: Token[], lower: string[], k: number, to: number): boolean {
  return (
    PERSON_PARTICLES.has(lower[k]) &&
    !isCapitalized(tokens[k].text) &&
    k > 0 &&
    isNameWord(tokens[k - 1].text) &&
    k + 1 < to &&
    (isNameWord(tokens[k + 1].text) || (PERSON_PARTICLES.has(lower[k + 1]) && k + 2 < to))
  );
}

/**
 * "Federal Reserve Governor Lawrence Lindsey" tagged as one organization, or "New York Mayor Bill de Santori" as one
 * place: the body or place, its title, the person (and "of Germany" after the name, a place).
 */
export const titledPersonInOrganization: EntityRule = {
  name: 'titled person inside an organization',
  apply(ctx) {
    const { tokens, lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type === 'PER' || e.to - e.from < 3) continue;
      if (isTitledPlace(e, lower)) continue;
      const found = titledNameIn(ctx, e);
      if (!found) continue;
      let [k] = found;
      const [, first, end] = found;
      while (
        k - 1 >= e.from &&
        (TITLES.has(lower[k - 1]) || TITLE_MODIFIERS.has(lower[k - 1])) &&
        isCapitalized(tokens[k - 1].text)
      )
        k--; // "General Director"
      const to = e.to;
      if (k > e.from) {
        ents.resize(e, e.from, k);
        // "Chicago Cardinal Joseph Bernardin"; not a people's name that is also a region's ("Somali President")
        const demonym = k - e.from === 1 && demonymCountry(tokens[e.from].text) !== undefined;
        if (demonym) e.type = 'MISC';
        else if (lookupPlaceTokens(lower, e.from, k)) e.type = 'LOC';
      } else ents.remove(e);
      // "Treasury Secretary Jacob" + "J. Lew": the rest of the name the tagger split off joins it
      for (let i = to; i < end; i++) {
        const other = ents.at(i);
        if (other) ents.remove(other);
      }
      ents.add({ from: first, to: end, type: 'PER' });
      if (end + 1 < to && lower[end] === 'of' && lookupPlaceTokens(lower, end + 1, to))
        ents.add({ from: end + 1, to, type: 'LOC' });
    }
  },
};

/**
 * The last title in the span that is followed by a two-to-four-word name (or a given name the span ends on, then
 * initials and a surname after it): [title, name start, name end], or null.
 */
function titledNameIn(ctx: RuleContext, e: Entity): [number, number, number] | null {
  const { tokens, lower } = ctx;
  let found: [number, number, number] | null = null;
  for (let t = e.from; t < e.to - 1; t++) {
    if (!TITLES.has(lower[t]) || !isCapitalized(tokens[t].text)) continue;
    let f = t + 1;
    while (f < e.to && (TITLES.has(lower[f]) || TITLE_MODIFIERS.has(lower[f])) && isCapitalized(tokens[f].text)) f++;
    const z = nameEnd(tokens, lower, f, e.to, ctx.p);
    if (z - f >= 2 && z - f <= 4 && (z === e.to || lower[z] === 'of')) found = [t, f, z];
    else if (z === e.to && z - f === 1 && initialsThenName(ctx, z) > z) found = [t, f, initialsThenName(ctx, z)];
  }
  return found;
}

/** "Democrat Hillary Clinton", "Senator Jane Doe", "Mr. Trump" tagged as one organization or misc: the person is the rest. */
export const partyOrTitlePerson: EntityRule = {
  name: 'party or title before a person',
  apply(ctx) {
    const { p, lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type === 'PER' || e.to - e.from < 2) continue;
      if (!PARTY_OR_TITLE.has(lower[e.from]) && !TITLES.has(lower[e.from])) continue;
      // "Mr. Trump" tagged as a place or organization: an honorific means a person
      if (
        !PERSON_HONORIFICS.has(lower[e.from]) &&
        !lexiconTags(lower[e.from + 1], p.wordHash[e.from + 1]).includes('f')
      )
        continue;
      ents.resize(e, e.from + 1, surnameEnd(ctx, e.to));
      e.type = 'PER';
    }
  },
};

/** Surname words the tagger left out after "Rep. Tom" (tagged MISC as one): up to two name words, on the line. */
function surnameEnd({ text, tokens, lower, n, free }: RuleContext, to: number): number {
  let end = to;
  while (
    end < n &&
    end - to < 2 &&
    free(end) &&
    isNameWord(tokens[end].text) &&
    adjacent(text, tokens, end - 1, end) &&
    !NOT_TITLE_WORDS.has(lower[end]) &&
    !DATE_WORDS.has(lower[end])
  )
    end++;
  return end;
}

/** A person followed by middle initials and a surname the tagger left out: "Robert C." + "Scott", "Patrick J." + "Leahy". */
export const middleInitials: EntityRule = {
  name: 'middle initials',
  apply(ctx) {
    const { text, tokens, n, ents, free } = ctx;
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
      else if (end === e.to) end = initialledSurnameSpan(ctx, e.to);
      if (end > e.to) ents.resize(e, e.from, end);
    }
  },
};

/**
 * "Judge Michael" + "W. Mosman": an initial and one name word the tagger drew as a place or body of its own right
 * after a person ("W." read as West), which no gazetteer knows: the person's middle initial and surname. "N. Korea"
 * stays a place. The end of that span, else `from`.
 */
function initialledSurnameSpan({ text, tokens, lower, ents }: RuleContext, from: number): number {
  const next = ents.at(from);
  if (!next || next.type === 'PER' || next.from !== from || next.to !== from + 2) return from;
  if (!/^\p{Lu}\.$/u.test(tokens[from].text) || !adjacent(text, tokens, from - 1, from)) return from;
  if (!isNameWord(tokens[from + 1].text) || lookupPlaceTokens(lower, from, next.to) !== undefined) return from;
  return next.to; // resize() drops the place it now covers
}

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
      if (after && after.from !== last) continue;
      // A one-word surname the tagger took for an organisation is still the surname: a given name and a nickname in
      // quotes come before it (Reynaldo "Rey" Catapang-Dizon).
      const surnameOnly = !!after && after.type !== 'PER' && after.to === last + 1;
      if (after && after.type !== 'PER' && !surnameOnly) continue;
      const to = after && !surnameOnly ? after.to : last + 1;
      if (to - before.from > MAX_NAME_TOKENS) continue;
      if (surnameOnly) ents.remove(after);
      ents.resize(before, before.from, to);
    }
  },
};

/**
 * Name particles join a given name to a surname: "Ingrid van der Berghe", "Paulo dos Santos", "Faisal bin Saud". The
 * tagger, meeting a lower-case word, often keeps only one side ("Berghe"). A name word, particles and a name word make
 * one person when either side is already a person, the given name is a known first name, or a title comes before.
 */
export const particleNames: EntityRule = {
  name: 'names with particles',
  apply(ctx) {
    const { p, tokens, lower, n } = ctx;
    for (let i = 1; i + 1 < n; i++) {
      // a lower-case particle (prepare() marked it as one that may continue a person), not the second of a run
      if ((p.continues[i] & 1) === 0 || p.capital[i] || PERSON_PARTICLES.has(lower[i - 1])) continue;
      let m = i;
      while (m < n && m - i < 3 && PERSON_PARTICLES.has(lower[m]) && !isCapitalized(tokens[m].text)) m++;
      if (m < n && isNameWord(tokens[m].text)) joinParticleName(ctx, i - 1, m);
    }
  },
};

/**
 * "European Commission President Ingrid" tagged as one organization, its title at `title`: the body keeps what
 * precedes its title, the given name is freed.
 */
function untitle({ lower, ents }: RuleContext, e: Entity, title: number): void {
  let end = title;
  while (end > e.from && (TITLES.has(lower[end - 1]) || TITLE_MODIFIERS.has(lower[end - 1]))) end--;
  if (end > e.from) ents.resize(e, e.from, end);
  else ents.remove(e);
}

/** Makes tokens `given` .. `surname` one person when the evidence around them says they are a name. */
function joinParticleName(ctx: RuleContext, given: number, surname: number): void {
  const { text, p, tokens, lower, ents } = ctx;
  if (!isNameWord(tokens[given].text) || TITLES.has(lower[given]) || NOT_TITLE_WORDS.has(lower[given])) return;
  if (!adjacent(text, tokens, given, surname)) return;
  const titled = given > 0 && TITLES.has(lower[given - 1]) && isCapitalized(tokens[given - 1].text);
  let left = ents.at(given);
  const right = ents.at(surname);
  if (left && left === right) return; // one name already
  if (left && left.type !== 'PER' && titled && left.to === given + 1) {
    untitle(ctx, left, given - 1);
    left = null;
  }
  if ((left && left.type !== 'PER') || (right && right.type !== 'PER' && right.to - right.from > 1)) return;
  const firstName = lexiconTags(lower[given], p.wordHash[given]).includes('f');
  if (!left && right?.type !== 'PER' && !titled && !firstName) return;
  spanName(ctx, left, right, given, surname);
}

/** One person from `given` to `surname`, grown from the person on either side when there is one. */
function spanName({ ents }: RuleContext, left: Entity | null, right: Entity | null, given: number, surname: number) {
  const from = left ? left.from : given;
  const to = right && right.type === 'PER' && right.from === surname ? right.to : surname + 1;
  if (to - from > MAX_NAME_TOKENS) return;
  if (left) ents.resize(left, from, to);
  else if (right && right.from === surname) {
    ents.resize(right, from, to);
    right.type = 'PER';
  } else ents.add({ from, to, type: 'PER' });
}

/**
 * A person named with particles ("Ingrid van der Berghe") is named again by the particles and surname, capitalized
 * at a sentence's start or not: "Van der Berghe said", "said von der Berghe", "bin Nayef added".
 */
export const particleSurnames: EntityRule = {
  name: 'surnames with particles',
  apply({ tokens, lower, n, ents }) {
    const tails = new Map<string, string[][]>();
    for (const e of ents.list) {
      if (e.type !== 'PER' || e.to - e.from < 3) continue;
      let k = e.from + 1;
      while (k < e.to - 1 && !(PERSON_PARTICLES.has(lower[k]) && !isCapitalized(tokens[k].text))) k++;
      if (k >= e.to - 1) continue;
      let m = k;
      while (m < e.to && PERSON_PARTICLES.has(lower[m])) m++;
      // the whole tail ("von der lahnstein"), and the particles with the next name ("bin nayef" of "bin Nayef al-Saud")
      for (const tail of m + 1 < e.to ? [lower.slice(k, e.to), lower.slice(k, m + 1)] : [lower.slice(k, e.to)])
        tails.set(tail[0], [...(tails.get(tail[0]) ?? []), tail]);
    }
    if (tails.size === 0) return;
    for (let i = 0; i < n; i++) {
      const options = tails.get(lower[i]);
      const tail = options?.find((t) => i + t.length <= n && t.every((w, j) => lower[i + j] === w));
      if (!tail) continue;
      const inside = ents.at(i);
      if (inside && inside.type === 'PER' && inside.from < i) continue; // the full name itself
      const owner = ents.at(i + tail.length - 1);
      if (owner && (owner.from < i || owner.to > i + tail.length)) continue;
      if (owner) {
        ents.resize(owner, i, i + tail.length);
        owner.type = 'PER';
      } else ents.add({ from: i, to: i + tail.length, type: 'PER' });
      i += tail.length - 1;
    }
  },
};

/**
 * Wire credits name people: "(Reporting by Chizuko Nomura and Lindiwe Dlamini in Johannesburg; Editing by Keiko
 * Tamura)". After a credit word and "by", each run of name words (joined by "and", commas, or "in"/"at" and a place)
 * is a person, whatever the tagger took it for: reporters' names come from everywhere and no sentence surrounds them.
 */
export const creditLines: EntityRule = {
  name: 'credit lines',
  apply(ctx) {
    const { lower, n, ents } = ctx;
    for (let i = 1; i + 1 < n; i++) {
      if (lower[i] !== 'by' || !CREDIT_WORDS.has(lower[i - 1])) continue;
      for (let k = i - 1; k >= Math.max(0, i - 2) && CREDIT_WORDS.has(lower[k]); k--) {
        const e = ents.at(k); // "Additional" tagged as a name
        if (e && e.to <= i) ents.remove(e);
      }
      i = creditedNames(ctx, i + 1) - 1;
    }
  },
};

/** Marks the names credited from token `j` on; returns the token after them. */
function creditedNames(ctx: RuleContext, j: number): number {
  const { tokens, lower, n, ents } = ctx;
  while (j < n) {
    let end = j;
    while (end < n && end - j < 5 && (isNameWord(tokens[end].text) || isParticleInName(tokens, lower, end, n))) end++;
    if (end - j < 2 || end - j > 4) return end;
    let team = lookupPlaceTokens(lower, j, end) !== undefined; // "in Washington, New York and ..." a place
    for (let k = j; k < end; k++)
      if (NEWSROOM_WORDS.has(lower[k]) || ORG_WORDS.has(lower[k]) || AGENCIES.has(lower[k])) team = true;
    if (!team) {
      for (let k = j; k < end; k++) {
        const e = ents.at(k);
        if (e && (e.from < j || e.to > end)) ents.resize(e, Math.max(e.from, j), Math.min(e.to, end));
      }
      const e = ents.at(j);
      if (e) ents.resize(e, j, end);
      else ents.add({ from: j, to: end, type: 'PER' });
      (ents.at(j) as Entity).type = 'PER';
    }
    j = end;
    if (j < n && (lower[j] === 'in' || lower[j] === 'at')) {
      j++;
      while (j < n && isNameWord(tokens[j].text)) j++;
    }
    if (j >= n || (lower[j] !== 'and' && lower[j] !== ',' && lower[j] !== '&')) return j;
    j++;
  }
  return j;
}

/** Korean and Cantonese given names written with a hyphen: "Min-seo", "Jae-hoon", "Wing-kit" (second part lower case). */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u;

/** "Park Min-seo": a hyphenated given name after a short family name; "Park" is then the surname used alone. */
export function isHyphenatedGivenName(word: string): boolean {
  return HYPHENATED_GIVEN.test(word) && !HYPHEN_SUFFIXES.has(word.slice(word.indexOf('-') + 1).toLowerCase());
}

/**
 * East Asian names with a hyphenated given name ("Park Min-seo", "Joshua Tsang Wing-kit"): a short capitalized family
 * name and the given name make a person, or end one, even where the tagger saw the family name as a word ("Park").
 */
export const hyphenatedGivenNames: EntityRule = {
  name: 'hyphenated given names',
  apply({ text, p, tokens, lower, n, ents }) {
    for (let j = 1; j < n; j++) {
      if (!p.capital[j] || tokens[j].text.indexOf('-') < 0 || !isHyphenatedGivenName(tokens[j].text)) continue;
      const family = j - 1;
      const word = tokens[family].text;
      if (!isNameWord(word) || word.length > 6 || NOT_TITLE_WORDS.has(lower[family]) || TITLES.has(lower[family]))
        continue;
      if (!adjacent(text, tokens, family, j)) continue;
      const before = ents.at(family);
      const own = ents.at(j);
      if (own && own !== before && (own.from < j || own.to > j + 1)) continue;
      if (before && before === own && before.to === j + 1) before.type = 'PER';
      else if (before && before.type === 'PER' && before.to === family + 1) ents.resize(before, before.from, j + 1);
      else if (!before || before.to - before.from === 1) {
        if (before) ents.remove(before);
        if (own && own !== before) ents.remove(own);
        ents.add({ from: family, to: j + 1, type: 'PER' });
      }
    }
  },
};

/**
 * The same given names in Western order, before the family name ("pitcher Ji-ho Baek", "defender Min-jun Seo"): the
 * given name and the name word after it are a person, where nothing but an unknown word or a one-word guess stood.
 * A capitalized word before the given name leaves it to the family-first rule above ("Park Min-seo Lee" is rare).
 */
export const hyphenatedGivenNamesFirst: EntityRule = {
  name: 'hyphenated given names before the family name',
  apply({ text, p, tokens, lower, n, ents }) {
    for (let j = 0; j + 1 < n; j++) {
      if (!p.capital[j] || tokens[j].text.indexOf('-') < 0 || !isHyphenatedGivenName(tokens[j].text)) continue;
      if (j > 0 && p.capital[j - 1] && isNameWord(tokens[j - 1].text) && !p.headline[j - 1]) continue;
      const family = j + 1;
      if (!isFamilyNameWord(tokens[family].text, lower[family]) || !adjacent(text, tokens, j, family)) continue;
      const own = ents.at(j);
      const after = ents.at(family);
      if (own && own.type === 'PER' && own.to > family) continue; // the tagger has it
      // the tagger's guess of exactly these two words ("Jun-ho Haddad" as a work or a group) is a person
      if (own && own.from === j && own.to === family + 1 && own.type !== 'LOC') {
        own.type = 'PER';
        continue;
      }
      if ((own && own.to - own.from > 1) || (after && (after.from < family || after.to - after.from > 1))) continue;
      if (after && after.type === 'LOC') continue;
      if (own) ents.remove(own);
      if (after && after !== own) ents.remove(after);
      ents.add({ from: j, to: family + 1, type: 'PER' });
    }
  },
};

/** A capitalized word that may be a family name: not a title, an organization word or a common word in capitals. */
function isFamilyNameWord(word: string, lower: string): boolean {
  return (
    isNameWord(word) &&
    !TITLES.has(lower) &&
    !NOT_TITLE_WORDS.has(lower) &&
    !ORG_WORDS.has(lower) &&
    !BODY_WORDS.has(lower) &&
    !COMPANY_WORDS.has(lower)
  );
}

/**
 * Two or three name words right after a title or role are a person, though the tagger took an unknown name for an
 * organization: "opposition leader Raila Odungo", "spokesman Garba Shehu". Organization, company and body words,
 * places and known organizations keep theirs ("coach Manchester United" is not a name).
 */
export const titledUnknownName: EntityRule = {
  name: 'unknown name after a title',
  apply({ p, tokens, lower, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'ORG' || e.to - e.from < 2 || e.to - e.from > 3 || e.from === 0) continue;
      if (!(
        TITLES.has(lower[e.from - 1]) ||
        personNounBefore(tokens, lower, e.from - 1) ||
        personCueBefore(tokens, lower, e.from)
      ))
        continue;
      if (PERSON_HONORIFICS.has(lower[e.from - 1])) continue;
      let name = lookupPlaceTokens(lower, e.from, e.from + 1) === undefined;
      for (let k = e.from; k < e.to && name; k++)
        name =
          isNameWord(tokens[k].text) &&
          !ORG_WORDS.has(lower[k]) &&
          !BODY_WORDS.has(lower[k]) &&
          !COMPANY_WORDS.has(lower[k]) &&
          !TITLES.has(lower[k]) &&
          !lexiconTags(lower[k], p.wordHash[k]).includes('o');
      if (name) e.type = 'PER';
    }
  },
};

/**
 * What only a person's name follows besides a title: an age ("17-year-old Caoimhe Potts") or a person noun and a
 * comma ("another Twitter user, Oluwaseun Bayer", "a nurse, Ngozi Adeyemi").
 */
export function personCueBefore(tokens: Token[], lower: string[], from: number): boolean {
  if (AGE_EPITHET.test(lower[from - 1])) return true;
  return from >= 2 && tokens[from - 1].text === ',' && personNounBefore(tokens, lower, from - 2);
}
const AGE_EPITHET = /^\d{1,3}-year-old$/;

/**
 * A lower-case noun only people are, right before a name: "candidate Bukola Trump", "actress Yui Lee Curtis", "his
 * cousin Thandiwe York", "defender Jun-ho Haddad". Roles companies fill too ("partner", "investor") tell nothing.
 */
export function personNounBefore(tokens: Token[], lower: string[], k: number): boolean {
  const w = lower[k];
  if (tokens[k].text !== w || ROLES_OF_COMPANIES.has(w)) return false;
  return (
    ROLE_NOUNS.has(w) ||
    EVERYDAY_ROLES.has(w) ||
    isProfessionNoun(w) ||
    FEMALE_PERSON_NOUNS.has(w) ||
    MALE_PERSON_NOUNS.has(w) ||
    KIN_NOUNS.has(w)
  );
}

/** A Title Case word no list knows as anything but a name: not a place, organization, title or common word. */
export function unknownNameWord(p: Prepared, lower: string[], tokens: Token[], k: number): boolean {
  return p.gaz[k] === 0 && nameWordButPlace(p, lower, tokens, k);
}

/**
 * As unknownNameWord, but the word may also name a place: "Ngozi" is a Burundian province and a Nigerian given
 * name, "Florence" a city and a woman. Callers then need the sentence to say which.
 */
export function nameWordButPlace(p: Prepared, lower: string[], tokens: Token[], k: number): boolean {
  return (
    /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[k].text) &&
    listsNoCommonWord(lower[k]) &&
    ((p.docCase.get(p.wordHash[k]) ?? 0) & 2) === 0 // written in lower case elsewhere: a common word
  );
}

/**
 * No word list nor the lexicon knows the lower-case word as anything but a name: not a place, organization, title or
 * common word, nor a plural noun ("Protesters", "Militants", "Prayers"). Remembered per word: the rules of unknown
 * names ask it of the same words again and again.
 */
const listsNoCommonWord = rememberedPerWord(
  (l) =>
    !/[ocnrgwdh]/.test(lexiconTags(l)) &&
    !ORG_WORDS.has(l) &&
    !BODY_WORDS.has(l) &&
    !COMPANY_WORDS.has(l) &&
    !COMPANY_NAMES.has(l) &&
    !TITLES.has(l) &&
    !PERSON_HONORIFICS.has(l) &&
    !BURMESE_HONORIFICS.has(l) &&
    !BURMESE_SHORT_HONORIFICS.has(l) &&
    !isPersonNoun(l) &&
    !COMPANY_KIND_NOUNS.has(l) &&
    !NOT_TITLE_WORDS.has(l) &&
    !DATE_WORDS.has(l) &&
    !ANONYMOUS_NOUNS.has(l) &&
    !ROLE_NOUNS.has(l) &&
    !ORG_NOUNS.has(l) &&
    !/(?:ers|ors|ists|ents|ants|sses|ings)$/.test(l),
);

/**
 * Verbs a person does and a company or place hardly does, right after a bare name: "Erdogan spoke", "X testified",
 * "Bolsonaro tested positive", "Buhari flew to London", "Zelenskiy met Biden".
 */
export const PERSONAL_VERBS = new Set([
  'spoke',
  'testified',
  'insisted',
  'recalled',
  'smiled',
  'laughed',
  'resigned',
  'met',
  'flew',
  'visited',
  'tested',
  'tweeted',
  'vowed',
  'thanked',
  'apologised',
  'apologized',
  'responded',
  'admitted',
  'conceded',
  // headlines write the present: "Trump vows tariffs", "Xi meets Putin", "Lindner resigns"
  'vows',
  'meets',
  'flies',
  'visits',
  'resigns',
  'testifies',
  'insists',
]);

/**
 * A bare unknown name that speaks is a person: "Okafor said", "Okafor, 54, said", "Tusiata urged calm" did not reach
 * the tagger, which knows 1996's names. Only words no list knows, directly before a speech verb (or an age and one),
 * before a verb only people do ("Erdogan spoke"), or before an age and a verb ("Oyelaran, 52, was arrested"); a
 * name the tagger took for an organization or other name becomes a person there too.
 */
export const speakingUnknownName: EntityRule = {
  name: 'speaking unknown name',
  apply({ p, tokens, lower, n, ents }) {
    for (let k = 0; k + 1 < n; k++) {
      if (!p.capital[k]) continue;
      const next = lower[k + 1];
      if (!SPEECH_NEIGHBOURS.has(next) && !PERSONAL_VERBS.has(next) && next !== ',') continue;
      const owner = ents.at(k);
      // only a free word, or a one-word organization or other name the tagger guessed (never a place)
      if (owner && (owner.from !== k || owner.to !== k + 1 || (owner.type !== 'ORG' && owner.type !== 'MISC')))
        continue;
      // "the X said", "New Zealand Cricket said": part of another name
      if (k > 0 && (lower[k - 1] === 'the' || isCapitalized(tokens[k - 1].text))) continue;
      const aged = next === ',' && k + 4 < n && /^\d{2}$/.test(tokens[k + 2].text) && tokens[k + 3].text === ',';
      const verb = aged ? k + 4 : k + 1;
      // "X said it would": a company; after an age, any verb ("X, 52, was arrested")
      const personal = PERSONAL_VERBS.has(lower[verb]) || (aged && /^\p{Ll}+$/u.test(tokens[verb].text));
      if ((!SPEECH_NEIGHBOURS.has(lower[verb]) && !personal) || lower[verb + 1] === 'it') continue;
      // a guessed organization becomes a person only where nothing but a person fits
      if (owner && !personal && !aged) continue;
      if (!unknownNameWord(p, lower, tokens, k)) continue;
      if (owner) owner.type = 'PER';
      else ents.add({ from: k, to: k + 1, type: 'PER' });
    }
  },
};

/** How far after a guessed organization a "he" or "she" of its own sentence may stand and still be its. */
const PRONOUN_REACH = 20;

/**
 * "Britain's Bukola Demircistad said on Wednesday he might retire": two or three words no list knows, which the
 * tagger guessed an organization (its bias for new names), are a person when a "he" or "she" follows in their
 * sentence with no other person between: an organization is never "he". "Haneul Robotics said it …" keeps its type.
 */
export const pronounedUnknownName: EntityRule = {
  name: 'unknown name taken up by he or she',
  apply({ p, tokens, lower, n, ents }) {
    for (const e of ents.list) {
      if (e.type !== 'ORG' || e.to - e.from < 2 || e.to - e.from > 3) continue;
      let unknown = true;
      for (let k = e.from; k < e.to && unknown; k++) unknown = unknownNameWord(p, lower, tokens, k);
      if (unknown && personalPronounAfter(p, lower, ents, e, n)) e.type = 'PER';
    }
  },
};

/** A he/she/his/her in the entity's sentence, within reach, before any other name and before an "it" or "its". */
export function personalPronounAfter(
  p: Prepared,
  lower: string[],
  ents: RuleContext['ents'],
  e: Entity,
  n: number,
): boolean {
  const sentence = p.sentenceStart[e.from];
  for (let k = e.to; k < n && k - e.to < PRONOUN_REACH && p.sentenceStart[k] === sentence; k++) {
    const w = lower[k];
    if (w === 'it' || w === 'its' || w === 'they' || w === 'their') return false;
    if (PRONOUNS_MALE.has(w) || PRONOUNS_FEMALE.has(w)) return true;
    const other = ents.at(k);
    if (other && (other.type === 'PER' || other.type === 'ORG')) return false;
  }
  return false;
}

/**
 * "the Halvorsen Plaza Hotel", "Okafor Stadium": a name ending in a site's word is that site, a place, though it
 * opens with a person's name (the tagger's guess); "Halvorsen said" stays free to be the person.
 */
export const sitesNotPeople: EntityRule = {
  name: 'sites not people',
  apply({ lower, ents }) {
    for (const e of ents.list)
      if (e.type === 'PER' && e.to - e.from >= 2 && SITE_WORDS.has(lower[e.to - 1])) e.type = 'LOC';
  },
};

/**
 * Tokens [from, to) are a plain full name: two or three name words, no organization word, the first a known given
 * name or, where `unknownGiven`, a word no list knows ("Caoimhe" in "strategists, Caoimhe Braynard and ...").
 */
function isGivenFullName(ctx: RuleContext, from: number, to: number, unknownGiven: boolean): boolean {
  const { p, tokens, lower } = ctx;
  if (to - from < 2 || to - from > 3) return false;
  const given =
    lexiconTags(lower[from], p.wordHash[from]).includes('f') ||
    (unknownGiven && p.identity[from] === UNKNOWN_WORD && unknownNameWord(p, lower, tokens, from));
  return given && nameEnd(tokens, lower, from, to) === to;
}

/** A title, a person noun, or an age or person nouns and a comma before token `from`: "data strategists, X and Y". */
function personCluesBefore({ tokens, lower }: RuleContext, from: number): boolean {
  if (from === 0) return false;
  if (TITLES.has(lower[from - 1]) || personNounBefore(tokens, lower, from - 1) || personCueBefore(tokens, lower, from))
    return true;
  const plural = from >= 2 && tokens[from - 1].text === ',' ? lower[from - 2] : '';
  return plural.endsWith('s') && tokens[from - 2].text === plural && isPersonNoun(plural.slice(0, -1));
}

/**
 * Two people joined by "and", read by the tagger as one organization ("criticism from Elizabeth Warren and Bernie
 * Sanders", since "Procter and Gamble" joins so): each side a full name opening with a known given name, or with any
 * name word after a person clue ("two data strategists, Caoimhe Braynard and Siddharth Chrabaszcz").
 */
export const peopleJoinedByAnd: EntityRule = {
  name: 'people joined by and',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.to - e.from < 5 || e.to - e.from > 7 || e.type === 'LOC') continue;
      const clue = personCluesBefore(ctx, e.from);
      for (let k = e.from + 2; k < e.to - 1; k++) {
        if (lower[k] !== 'and') continue;
        if (!isGivenFullName(ctx, e.from, k, clue) || !isGivenFullName(ctx, k + 1, e.to, clue)) break;
        const to = e.to;
        ents.resize(e, e.from, k);
        e.type = 'PER';
        ents.add({ from: k + 1, to, type: 'PER' });
        break;
      }
    }
  },
};

/**
 * "Moira Quinlan of Port Ainsley and Heather Vance of Dunmore": two people each "of" a place, the second read by the
 * tagger into one organization with the first's unknown town ("Port Ainsley and Heather Vance of Dunmore", as "Procter
 * and Gamble" joins). After a person and "of", a known given name's full name after the "and", ending the span or
 * before its own "of", is a person; the words before the "and" stay what the tagger said. Near miss: "the board of
 * Barnes and Noble" has no person before the "of" and no full name after the "and".
 */
export const personOfPlaceAfterAnd: EntityRule = {
  name: 'person of a place after and',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type !== 'ORG' || e.from < 2 || lower[e.from - 1] !== 'of' || ents.at(e.from - 2)?.type !== 'PER') continue;
      const k = lower.indexOf('and', e.from + 1);
      if (k < 0 || k >= e.to - 2) continue;
      let end = k + 2;
      while (end < e.to && lower[end] !== 'of') end++;
      if (!isGivenFullName(ctx, k + 1, end, false)) continue;
      ents.resize(e, e.from, k);
      ents.add({ from: k + 1, to: end, type: 'PER' });
    }
  },
};

/**
 * Words the block has stand alone as a person: a one-word person, or a capitalized word alone before "said"
 * ("Kiprotich said"; not the end of a longer name, "Fast Retailing said").
 */
export function loneNameWords({ tokens, lower, n, ents }: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const e of ents.list) if (e.type === 'PER' && e.to - e.from === 1) out.add(lower[e.from]);
  for (let k = 0; k + 1 < n; k++) {
    const alone = k === 0 || !isNameWord(tokens[k - 1].text);
    if (alone && isCapitalized(tokens[k].text) && SPEECH_NEIGHBOURS.has(lower[k + 1])) out.add(lower[k]);
  }
  return out;
}

/**
 * A full name owned by a country is a person: "Kenya's Eliud Kiprotich won", "Poland's Iga Swiatek" (the tagger,
 * taught by 1996 sports pages where "Parma's" owns a club, reads the unknown pair as an organization). Only a plain
 * name (no organization word) whose given name is known, or whose surname stands alone as a person elsewhere in the
 * block ("Kiprotich said", "Swiatek, 19, beat ..."). A company's people are named so too: "Berkshire Hathaway's Warren
 * Buffett".
 */
export const countrysPerson: EntityRule = {
  name: "a country's person",
  apply(ctx) {
    const { p, tokens, lower, ents } = ctx;
    let lone: Set<string> | undefined;
    for (const e of ents.list) {
      if (e.type !== 'ORG' || e.to - e.from < 2 || e.to - e.from > 3 || e.from < 2) continue;
      const owner = ents.at(e.from - 2);
      if (!owner || owner.type === 'PER' || owner.to !== e.from - 1 || !isPossessiveAt(tokens, lower, e.from - 1))
        continue;
      if (nameEnd(tokens, lower, e.from, e.to) !== e.to || lookupPlaceTokens(lower, e.from, e.to)) continue;
      lone ??= loneNameWords(ctx);
      if (lexiconTags(lower[e.from], p.wordHash[e.from]).includes('f') || lone.has(lower[e.to - 1])) e.type = 'PER';
      // "Lithuania's Gitanas Nauseda": a country's pair of words no list knows is a person more often than a firm
      // (two words acting as people do; "Israel's Yedioth Ahronoth reported" is a newspaper)
      else if (isCountry(lower, owner) && allUnknownNameWords(ctx, e) && actsAsPerson(lower, e.to)) e.type = 'PER';
    }
  },
};

/** Acting as people do after a name ending before token k: a comma, speech (not "reported"), winning, joining. */
function actsAsPerson(lower: string[], k: number): boolean {
  const w = lower[k] ?? '';
  if (w === 'reported' || w === 'reports') return false;
  return w === ',' || SPEECH_NEIGHBOURS.has(w) || PERSONAL_VERBS.has(w) || PERSON_ACTS.has(w);
}

function isCountry(lower: string[], e: Entity): boolean {
  return e.type === 'LOC' && lookupPlaceTokens(lower, e.from, e.to)?.kind === 'country';
}

function allUnknownNameWords({ p, tokens, lower }: RuleContext, e: Entity): boolean {
  for (let k = e.from; k < e.to; k++) if (!unknownNameWord(p, lower, tokens, k)) return false;
  return true;
}

function isPossessiveAt(tokens: Token[], lower: string[], k: number): boolean {
  return (lower[k] === "'s" || lower[k] === '’s') && tokens[k].start === tokens[k - 1].end;
}

/**
 * A word neither the model nor any lexicon knows, opening a run of name words right before a person, is that
 * person's given name: "Andry Rajoelina, Madagascar's president, said" gave only "Rajoelina" (an unknown word at a
 * sentence start looks like any capitalized word). Known words ("Analyst", "Striker") and words written in lower
 * case elsewhere stay out.
 */
export const unknownGivenName: EntityRule = {
  name: 'unknown given name',
  apply({ text, p, tokens, lower, ents, free }) {
    for (const e of ents.list) {
      const b = e.from - 1;
      if (e.type !== 'PER' || e.to === e.from || b < 0 || !free(b) || p.identity[b] !== UNKNOWN_WORD) continue;
      if (b > 0 && isNameWord(tokens[b - 1].text) && p.sentenceStart[b] !== b) continue;
      if (e.to - b > 3 || !adjacent(text, tokens, b, e.from) || !unknownNameWord(p, lower, tokens, b)) continue;
      ents.resize(e, b, e.to);
    }
  },
};

/** A Burmese name word after an honorific: capitalized, not a title, function word or organization word. */
function isBurmeseNameWord({ tokens, lower }: RuleContext, k: number): boolean {
  return (
    /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) &&
    !NOT_TITLE_WORDS.has(lower[k]) &&
    !TITLES.has(lower[k]) &&
    !ORG_WORDS.has(lower[k]) &&
    !COMPANY_WORDS.has(lower[k]) &&
    !BODY_WORDS.has(lower[k])
  );
}

/**
 * The honorific of a Burmese name is no part of it, as "Mr." is not: "U Kyaw Zeya" is Kyaw Zeya, "Daw Khin Mar Lwin"
 * Khin Mar Lwin (the tagger, knowing no such names, takes the whole for a person or an organization). "U" and "Daw"
 * before one name word or more; "Ko" and "Ma", also family names ("Ma Ying-jeou"), only before two or three plain ones.
 */
export const burmeseHonorifics: EntityRule = {
  name: 'Burmese honorifics',
  apply(ctx) {
    const { text, tokens, lower, n, ents } = ctx;
    if (!ctx.holds(BURMESE_HONORIFICS) && !ctx.holds(BURMESE_SHORT_HONORIFICS)) return;
    for (let k = 0; k + 1 < n; k++) {
      const long = BURMESE_HONORIFICS.has(lower[k]);
      if ((!long && !BURMESE_SHORT_HONORIFICS.has(lower[k])) || !/^\p{Lu}\p{Ll}*$/u.test(tokens[k].text)) continue;
      let end = k + 1;
      while (end < n && end - k <= 4 && isBurmeseNameWord(ctx, end) && adjacent(text, tokens, end - 1, end)) end++;
      if (end - k - 1 < (long ? 1 : 2) || end - k - 1 > (long ? 4 : 3)) continue;
      const e = ents.at(k);
      const after = ents.at(end - 1);
      // only a span the honorific opens, or none; a longer name the tagger drew keeps its own words
      if ((e && (e.from !== k || e.type === 'LOC')) || (after && after !== e && after.to > end)) continue;
      if (e && e.to > end) continue;
      const own = e ?? after;
      if (own) {
        ents.resize(own, k + 1, end);
        own.type = 'PER';
      } else ents.add({ from: k + 1, to: end, type: 'PER' });
    }
  },
};

/** A lower-case noun for a person, not a title: "virologist", "spinner", "resident" (companies' roles left out). */
export function isPersonNoun(w: string): boolean {
  return personNoun(w);
}

/** isPersonNoun's answer, remembered per word (nine lists and the profession endings asked each time otherwise). */
const personNoun = rememberedPerWord((w) => {
  if (TITLES.has(w) || TITLE_MODIFIERS.has(w) || ROLES_OF_COMPANIES.has(w)) return false;
  // and the occupations a story re-describes people by: "Billionaire Elon Musk", "striker Victor Osimhen"
  if (KIN_NOUNS.has(w) || SPOUSE_NOUNS.has(w)) return true;
  return isProfessionNoun(w) || EVERYDAY_ROLES.has(w) || ROLE_NOUNS.has(w) || EPITHET_NOUNS.has(w);
});

/**
 * A noun capitalized only because it opens the sentence is no part of the name after it: "Virologist Etienne
 * Simon-Lacroix said", "Spinner Rehan Qureshi took three wickets" name a person, "Airline Qantas said" a company.
 * The rest must be two or more name words with no organization word (one word after a business noun).
 */
export const sentenceOpeningNoun: EntityRule = {
  name: 'noun opening a sentence before a name',
  apply(ctx) {
    const { tokens, lower, ents } = ctx;
    for (const e of ents.list.slice()) {
      if (e.type === 'LOC') continue;
      if (afterOpeningPersonNoun(ctx, e)) {
        e.type = 'PER';
        continue;
      }
      const w = lower[e.from];
      // the tagger may split them: "Actress" an organization, then "Noor Haddad" a person
      if (e.to - e.from === 1) {
        if (ents.at(e.to)?.type === 'PER' && isPersonNoun(w) && opensSentence(ctx, e.from)) ents.remove(e);
        continue;
      }
      if (!opensSentence(ctx, e.from)) continue;
      const person = isPersonNoun(w);
      if (!person && !COMPANY_KIND_NOUNS.has(w)) continue;
      // "Hubby Gary said": a spouse goes by a first name alone; "Sister Mary" or "Son Heung-min" may be the name
      const least = SPOUSE_NOUNS.has(w) ? 2 : 3;
      if (person && (e.to - e.from < least || nameEnd(tokens, lower, e.from + 1, e.to) !== e.to)) continue;
      ents.resize(e, e.from + 1, e.to);
      // "Retailer Sumarni, who runs a stall": "who" takes up a person, never a business ("which")
      e.type = person || whoFollows(ctx, e.to) ? 'PER' : 'ORG';
    }
  },
};

/** ", who" after the name ending at `to`. */
function whoFollows({ tokens, lower, n }: RuleContext, to: number): boolean {
  return to + 1 < n && tokens[to].text === ',' && lower[to + 1] === 'who';
}

/**
 * The tagger leaves the noun out but, misled by it, takes the name for an organization: "Off-spinner Imran Qadir
 * Bhatti took six" (a hyphenated noun it never saw). Two or more name words after a sentence-opening person noun,
 * or a compound whose last part is one ("off-spinner", "co-pilot"), are a person.
 */
function afterOpeningPersonNoun(ctx: RuleContext, e: Entity): boolean {
  const { tokens, lower, ents } = ctx;
  const k = e.from - 1;
  if (e.type !== 'ORG' || k < 0 || ents.at(k) || !opensSentence(ctx, k) || e.to - e.from < 2) return false;
  const w = lower[k];
  const head = w.slice(w.lastIndexOf('-') + 1);
  return (isPersonNoun(w) || (head !== w && isPersonNoun(head))) && nameEnd(tokens, lower, e.from, e.to) === e.to;
}

/**
 * Token i opens a sentence, or the story after its dateline: "LOS ANGELES — Actress Noor Haddad took the stage"
 * capitalizes "Actress" as a sentence would ("MADRID (Reuters) - Striker …" too).
 */
export function opensSentence({ p, tokens, ents }: RuleContext, i: number): boolean {
  if (p.sentenceStart[i] === i) return true;
  if (i < 2 || !DATELINE_DASHES.has(tokens[i - 1].text)) return false;
  return ents.at(i - 2)?.type === 'LOC' || tokens[i - 2].text === ')';
}

/**
 * A "person" whose last word ends a sports club's name is the club: "Kelby Town have signed", "Harrowgate United
 * came from behind", "the Bulldogs beat Harbor City Rovers" (no one is surnamed Town, United or Rovers).
 */
export const clubsNotPeople: EntityRule = {
  name: 'clubs not people',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list)
      if (
        e.type === 'PER' &&
        e.to - e.from >= 2 &&
        CLUB_WORDS.has(lower[e.to - 1]) &&
        isCapitalized(tokens[e.to - 1].text)
      )
        e.type = 'ORG';
  },
};

/**
 * "The Harbour Post reported", "the Daily Courier said": a name after "the" ending in a newspaper's word (Post, Times,
 * Journal, Herald …) is a paper, though the tagger, seeing a place and a capital, reads a person ("Washington Post");
 * people go without the article, so "he" cannot take it up. Not "Post" in "Emily Post said" (no article), nor a title
 * ending as a paper may ("the Opposition Leader, Marcus Kealy").
 */
export const newspapersNotPeople: EntityRule = {
  name: 'newspapers not people',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list)
      if (
        e.type === 'PER' &&
        e.from > 0 &&
        lower[e.from - 1] === 'the' &&
        PAPER_NAME_WORDS.has(lower[e.to - 1]) &&
        isCapitalized(tokens[e.to - 1].text)
      )
        e.type = 'ORG';
  },
};

/**
 * Prefixes after which a capital inside a surname is usual: "McBee", "MacDonald", "DeSantis", "LaGuardia", "O'Neill"
 * ("O'" has its own sign).
 */
const INNER_CAPITAL_NAME = /^(?:Mc|Mac|Nic|Mhic|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)\p{Lu}/u;

/**
 * A one-word "person" with a capital inside it, after two lower-case letters or more, is a brand: "CoreWeave",
 * "KakaoTalk", "BlackRock", "WeChat" (modern firms the 1996 tagger reads as people). Surname prefixes ("McBee",
 * "DeSantis") keep theirs; so does a word closing in capitals after lower case ("OpenAI", "ChatGPT").
 */
export function isBrandShaped(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}\p{Lu}(?:\p{Ll}|\p{Lu}+$)/u.test(word) && !INNER_CAPITAL_NAME.test(word);
}

export const brandsNotPeople: EntityRule = {
  name: 'brand-shaped words not people',
  apply({ tokens, ents }) {
    for (const e of ents.list) {
      // one word only: a given name may be written so ("MaliVai Washington")
      if (e.type === 'PER' && e.to - e.from === 1 && isBrandShaped(tokens[e.from].text)) e.type = 'ORG';
    }
  },
};

/**
 * Apps and assistants named like people: a one-word "person" (or a "place" no gazetteer knows) with a product noun next to it ("the budgeting app
 * Penny", "its Copilot assistant", "the Gemini model", "a chatbot called Sophie") is a product, and so is every other
 * one-word mention of it in the block ("Penny would refund a month of fees").
 */
export const productsNamedLikePeople: EntityRule = {
  name: 'products named like people',
  apply({ tokens, lower, n, ents }) {
    const products = new Set<string>();
    // the tagger reads an unknown one-word name after "app" as a town too; the gazetteer's places stay
    const nameLike = (e: Entity) =>
      e.to - e.from === 1 && (e.type === 'PER' || (e.type === 'LOC' && !lookupPlaceTokens(lower, e.from, e.to)));
    for (const e of ents.list) {
      if (!nameLike(e)) continue;
      let b = e.from - 1;
      if (b > 0 && (lower[b] === 'called' || lower[b] === 'named')) b--;
      const before = b >= 0 && tokens[b].text === lower[b] && PRODUCT_NOUNS_BEFORE.has(lower[b]);
      const after = e.to < n && tokens[e.to].text === lower[e.to] && PRODUCT_NOUNS_AFTER.has(lower[e.to]);
      if (before || after) products.add(lower[e.from]);
    }
    if (products.size === 0) return;
    for (const e of ents.list) if (nameLike(e) && products.has(lower[e.from])) e.type = 'MISC';
  },
};

/**
 * "Mother-of-three Tracey Hollins, 44, burst into tears", "Dad-of-two Gary Reid said": a family epithet before a name
 * (tabloid style) describes the person and is no part of the name; the name after it is a person's, whatever the
 * tagger made of the whole (it may take the capitalized compound for a place).
 */
export const kinEpithetBeforeName: EntityRule = {
  name: 'kin epithet before a name',
  apply({ tokens, lower, ents }) {
    for (const e of ents.list.slice()) {
      if (e.to - e.from < 2 || !lower[e.from].includes('-') || !AGE_OR_KIN_EPITHET.test(lower[e.from])) continue;
      if (!isNameWord(tokens[e.from + 1].text)) continue;
      ents.resize(e, e.from + 1, e.to);
      e.type = 'PER';
    }
  },
};

/**
 * Speaker phrases around a reporting cue: the noun phrase before it ("Russian Foreign Minister Sergei Lavrov said",
 * "a person familiar with the talks said") or after it ("said the Russian president"). Token scanners with fixed
 * look-back limits, so each call is O(1) in the document size.
 */
import type { DocToken } from '../text/document';
import {
  CALENDAR_WORDS,
  CUE_VERBS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  PARTITIVE_WORDS,
  DESCRIPTION_STOP,
  HONORIFICS,
  NOT_SPEAKER_HEAD,
  ANONYMOUS_NOUNS,
  GENERIC_ROLE_NOUNS,
  ORG_NOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEAKER_PRONOUNS,
  SPOUSE_NOUNS,
} from '../lexicon/lexicon';
import { CLAUSE_END as SENTENCE_END_CHARS } from '../lexicon/functionWords';
import { DESCRIPTION_HEADS, EVERYDAY_ROLES, ORG_NAME_WORDS, RANK_ABBREVIATIONS } from '../lexicon/lexicon';
import { NATIONALITY_NOUNS, isProfessionNoun } from '../lexicon/lexicon';
import { demonymCountry } from '../entities/gazetteer';
import { BODY_NAME_LINKS, BODY_WORDS, INSTITUTION_WORDS, PERSON_PARTICLES } from '../lexicon/entityWords';
import { ACRONYMS_LIKE_SMALL_WORDS, NAME_NOT_VERB } from '../lexicon/functionWords';
import { IRREGULAR_PAST, PAST_ONLY_SPEECH } from '../lexicon/speechVerbs';
import { isMannerAdverb, timeBefore } from './verbModifiers';
import { possessedAgentBefore } from './possessedAgent';
import { isFirstName } from '../speakers/gender';
import { PERSON_HONORIFICS } from '../lexicon/entityWords';
import { FINITE_SPEECH } from '../lexicon/speechVerbs';
import { PERCEIVED_PARTICIPLES, PROGRESSIVE_AUX } from '../lexicon/functionWords';
import { ARTICLES, MODAL_AUX, TOWN_LINKS } from '../lexicon/functionWords';
import { AGE_OR_KIN_EPITHET, EPITHET_NOUNS, SURNAME_PARTICLES } from '../lexicon/speakerWords';

export type PhraseKind = 'name' | 'pronoun' | 'description';

export interface Phrase {
  /** Token range [from, to) of the whole mention. */
  from: number;
  to: number;
  kind: PhraseKind;
  /** Token range of the proper name inside a name phrase. */
  nameFrom: number;
  nameTo: number;
  /** Title or appositive ("Russian Foreign Minister", "Russia's foreign minister"). */
  role?: string;
}

const MAX_DESCRIPTION = 6;
/** Adverbs set off by commas between a subject and its verb. */
const INTERJECTED = new Set([
  'however',
  'meanwhile',
  'too',
  'though',
  'also',
  'instead',
  'nevertheless',
  'moreover',
  'furthermore',
  'indeed',
  'in turn',
  'for example',
  'for instance',
  'likewise',
  'similarly',
  'meantime',
]);

/** "Lavrov's", and the plural "the Nurses' Union": a bare apostrophe glued to a word ending in s, a word after it. */
function isPossessive(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.text === "'s" || t.text === '’s' || t.text === "'S" || t.text === '’S') return true;
  if (t.text !== "'" && t.text !== '’') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return (
    prev !== undefined &&
    prev.end === t.start &&
    /s$/i.test(prev.text) &&
    next !== undefined &&
    next.word &&
    next.start > t.end
  );
}

function isNameWord(t: DocToken): boolean {
  // a base form ("Post", "State", "Report") names a paper or an office; an inflected one ("Says") is a verb
  return (
    t.cap &&
    t.word &&
    (!DESCRIPTION_STOP.has(t.lower) || isStopWordAcronym(t)) &&
    !CALENDAR_WORDS.has(t.lower) &&
    !SPEAKER_PRONOUNS.has(t.lower) &&
    (!isVerbForm(t.lower) || NAME_NOT_VERB.has(t.lower))
  );
}

/**
 * "the WHO said": a body's acronym spelled like a small word ("who") is a name in capitals, not the word. Listed ones
 * only: a headline in capitals ("SPARED FULL BAN FROM OLYMPICS") is made of small words in capitals too.
 */
function isStopWordAcronym(t: DocToken): boolean {
  return t.text === t.text.toUpperCase() && ACRONYMS_LIKE_SMALL_WORDS.has(t.lower);
}

function isTitleWord(t: DocToken): boolean {
  const w = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  return (
    ROLE_NOUNS.has(w) ||
    ROLE_MODIFIERS.has(w) ||
    ROLE_NOUNS.has(w.replace(/s$/, '')) ||
    RANK_ABBREVIATIONS.has(w) ||
    EVERYDAY_ROLES.has(w) ||
    isProfessionNoun(w) ||
    isCompoundRole(w) ||
    // "Father-of-two Gary Hollins said": a family epithet stands before the name as a title does
    (w.includes('-of-') && AGE_OR_KIN_EPITHET.test(w)) ||
    // "Hubby Gary said", "Wife Sharon added": a spouse too
    SPOUSE_NOUNS.has(w)
  );
}

/** An inflected reporting verb: a base form like "state" or "report" may still modify a noun. */
function isVerbForm(word: string): boolean {
  return (
    CUE_VERBS.has(word) &&
    (/(?:ed|ing)$/.test(word) ||
      IRREGULAR_PAST.has(word) ||
      (word.endsWith('s') && CUE_VERBS.has(word.slice(0, -1)) && !ROLE_NOUNS.has(word.slice(0, -1))))
  );
}

/**
 * Hyphenated offices news coins freely: any "co-" noun ("her co-sponsor", "a co-defendant"), any "-general" or
 * "-in-chief" ("its controller-general", "the editor-in-chief"), and "ex-", "vice-", "deputy-" or "-elect" around a
 * role noun ("the ex-minister", "the governor-elect").
 */
function isCompoundRole(word: string): boolean {
  if (/^co-\p{Ll}{3,}$/u.test(word) || /^\p{Ll}{3,}-(?:general|in-chief)$/u.test(word)) return true;
  const around = /^(?:ex|vice|deputy)-(\p{Ll}{3,})$/u.exec(word) ?? /^(\p{Ll}{3,})-elect$/u.exec(word);
  return around !== null && (ROLE_NOUNS.has(around[1]) || isProfessionNoun(around[1]));
}

/** Nouns that can head a speaker description ("officials", "the ministry", "a person", "the report"). */
export function isSpeakerNoun(word: string): boolean {
  if (isCompoundRole(word)) return true;
  const singular = word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word;
  for (const w of [word, singular]) {
    if (
      ROLE_NOUNS.has(w) ||
      ANONYMOUS_NOUNS.has(w) ||
      ORG_NOUNS.has(w) ||
      GENERIC_ROLE_NOUNS.has(w) ||
      DESCRIPTION_HEADS.has(w) ||
      EVERYDAY_ROLES.has(w) ||
      isProfessionNoun(w) ||
      isNationalityNoun(w) ||
      EPITHET_NOUNS.has(w) ||
      AGE_OR_KIN_EPITHET.test(w)
    )
      return true;
  }
  return false;
}

/** "welshman", "kenyan": a person by nationality (a demonym of the gazetteer, which keys them capitalized). */
function isNationalityNoun(word: string): boolean {
  return NATIONALITY_NOUNS.has(word) || demonymCountry(word.charAt(0).toUpperCase() + word.slice(1)) !== undefined;
}

function text(tokens: DocToken[], from: number, to: number, source: string): string {
  return from < to ? source.slice(tokens[from].start, tokens[to - 1].end) : '';
}

/**
 * A title word that is a surname: the run's last word, right after a first name or a person's honorific ("Minister
 * Catherine King", "Ms King", "Julie Bishop", "John Major"), where a title would stand before the name, not after.
 */
function isSurnameAfterFirstName(tokens: DocToken[], i: number, from: number, to: number): boolean {
  const first = tokens[i - 1];
  if (i !== to - 1 || i - 1 < from || !first.cap) return false;
  return isFirstName(first.lower) || PERSON_HONORIFICS.has(first.lower);
}

/**
 * "Harbour Energy said", "Acme Health said": a word that may stand inside a title ("Energy Secretary") ending the run
 * after a name word is part of an organization's name, as no title follows a name.
 */
function isTradeWordOfName(tokens: DocToken[], i: number, from: number, to: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  return (
    i === to - 1 &&
    i - 1 >= from &&
    ROLE_MODIFIERS.has(t.lower) &&
    !ROLE_NOUNS.has(t.lower) &&
    before.cap &&
    !isTitleWord(before)
  );
}

/**
 * "Independent TD for Kerry Mattie Breen", "Labour MP for Bolton West Jane Smith": after an office and "for", the
 * constituency and the name run together in capitals. The name starts at the last given name with a surname after
 * it; the constituency joins the title.
 */
function constituencySplit(tokens: DocToken[], nameFrom: number, to: number): number {
  const link = tokens[nameFrom - 1];
  if (!link || link.lower !== 'for' || !tokens[nameFrom - 2] || !isTitleWord(tokens[nameFrom - 2])) return nameFrom;
  for (let k = to - 2; k > nameFrom; k--) if (isFirstName(tokens[k].lower)) return k;
  return nameFrom;
}

/** Splits a capitalized run into title (left) and name (right): "Russia's President | Vladimir Putin". */
function splitName(tokens: DocToken[], from: number, to: number, source: string): Phrase {
  // "the Welshman", "The Kenyan": a nationality after "the" describes someone, it names no one
  if (to - from === 2 && DESCRIPTION_OPENERS.has(tokens[from].lower) && isNationalityNoun(tokens[from + 1].lower))
    return { from, to, kind: 'description', nameFrom: to, nameTo: to };
  let nameFrom = to;
  while (nameFrom > from) {
    const t = tokens[nameFrom - 1];
    if (
      (!t.cap && !isInnerNameParticle(tokens, nameFrom - 1)) ||
      isPossessive(tokens, nameFrom - 1) ||
      t.lower === 'of'
    )
      break;
    // "Resident Priya Rao" but "the Student Union": an everyday role inside an organization's name is no title
    if (isTitleWord(t) && !(EVERYDAY_ROLES.has(t.lower) && ORG_NAME_WORDS.has(tokens[to - 1].lower))) {
      if (
        !isSurnameAfterFirstName(tokens, nameFrom - 1, from, to) &&
        !isTradeWordOfName(tokens, nameFrom - 1, from, to)
      )
        break;
    }
    // "Vermont Gov. Chris Colby": an honorific inside the run ends the name
    if (HONORIFICS.has(t.lower) && nameFrom < to) break;
    nameFrom--;
  }
  nameFrom = constituencySplit(tokens, nameFrom, to);
  // honorifics belong to neither the name nor the role
  let roleTo = nameFrom;
  while (nameFrom < to && HONORIFICS.has(tokens[nameFrom].lower)) nameFrom++;
  let start = from;
  while (start < roleTo && DESCRIPTION_OPENERS.has(tokens[start].lower)) start++;
  if (roleTo > start && HONORIFICS.has(tokens[roleTo - 1].lower)) roleTo--;
  const role = text(tokens, start, roleTo, source);
  const phrase: Phrase = { from, to, kind: nameFrom < to ? 'name' : 'description', nameFrom, nameTo: to };
  if (role && roleTo > start && [...Array(roleTo - start).keys()].some((k) => isTitleWord(tokens[start + k])))
    phrase.role = role;
  return phrase;
}

/** A capitalized phrase ending at token `end - 1`: names with titles, possessive countries, "of" between capitals. */
function nameLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  let j = end - 1;
  let sawName = false;
  while (j >= floor) {
    const t = tokens[j];
    if (isNameWord(t) || (t.cap && HONORIFICS.has(t.lower))) {
      sawName = true;
      j--;
    } else if (joinsNameLeft(tokens, j, floor, sawName)) j--;
    else break;
  }
  let from = j + 1;
  if (from >= end || !sawName) return null;
  // a sentence-initial capitalized word that is a title modifier stays; a stray leading "of" or possessive does not
  while (from < end && (tokens[from].lower === 'of' || isPossessive(tokens, from))) from++;
  if (from >= end) return null;
  if (j >= floor && (tokens[j].lower === 'the' || tokens[j].lower === 'former')) from = j;
  // "one MP said", "a Liberal MP said": a lower-case opener before a capitalized title that names no one opens it
  else if (j >= floor && !tokens[j].cap && DESCRIPTION_OPENERS.has(tokens[j].lower) && isTitleWord(tokens[end - 1]))
    from = j;
  return splitName(tokens, from, end, source);
}

/**
 * "Pieter van der Merwe", "Ana da Silva", "Ludwig von Trapp": a lower-case particle inside a person's name, between
 * a capitalized word before it and one after it (past a second particle: "van der").
 */
function isInnerNameParticle(tokens: DocToken[], i: number): boolean {
  const particle = (t: DocToken | undefined): boolean => !!t && t.lower.length > 1 && PERSON_PARTICLES.has(t.text);
  if (!particle(tokens[i])) return false;
  const before = particle(tokens[i - 1]) ? tokens[i - 2] : tokens[i - 1];
  const after = particle(tokens[i + 1]) ? tokens[i + 2] : tokens[i + 1];
  return !!before && !!after && isNameWord(before) && isNameWord(after);
}

/** A token inside a name read leftwards other than a name word: a possessive, "of" between capitals, a role word. */
function joinsNameLeft(tokens: DocToken[], j: number, floor: number, sawName: boolean): boolean {
  const t = tokens[j];
  if (isPossessive(tokens, j) && j - 1 >= floor && tokens[j - 1].cap) return true;
  if (
    (t.lower === 'of' || t.lower === 'on' || t.lower === 'for') &&
    j - 1 >= floor &&
    tokens[j - 1].cap &&
    !openingGroupNoun(tokens, j - 1, floor) &&
    (tokens[j + 1]?.cap || (tokens[j + 1]?.lower === 'the' && tokens[j + 2]?.cap))
  )
    return true;
  if (t.lower === 'the' && tokens[j - 1]?.lower === 'of' && tokens[j + 1]?.cap && j - 2 >= floor && tokens[j - 2].cap)
    return true; // "Mr. Morgan of the Sierra Club"
  if (sawName && (particleLeft(tokens, j, floor) || joinsBodyNameLeft(tokens, j, floor))) return true;
  return !t.cap && t.word && (ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower)) && sawName;
}

/**
 * "Supporters of Trump said", "Lawyers for Ike Hale said": a plural noun of people capitalized only as the sentence's
 * first word is a group related to the one named, not a title of theirs ("Secretary of State Ann Roy"); "Friends of
 * the Earth" goes on with "the" and stays a body's name.
 */
function openingGroupNoun(tokens: DocToken[], i: number, floor: number): boolean {
  const w = tokens[i].lower;
  return i === floor && w.endsWith('s') && tokens[i + 2]?.lower !== 'the' && isSpeakerNoun(w) && !ROLE_NOUNS.has(w);
}

/**
 * "the Department of Health and Human Services", "the Ministry of Housing, Communities and Local Government": an
 * "and" or a comma inside a body's name, whose subject after "of" or "for" lists capitalized words. Capitals lead
 * back from it to "Ministry of" (a body word and its link); after it they run to the list's last item, which holds
 * no title ("the Department of Justice and Attorney General Ann Roy said" is two speakers).
 */
function inBodyNameList(tokens: DocToken[], i: number, floor: number, ceil: number): boolean {
  const t = tokens[i];
  if (t.lower !== 'and' && t.text !== ',') return false;
  return bodyOpensListLeft(tokens, i, floor) && listEndsRight(tokens, i, ceil);
}

/** Back from the list's "and" or comma at `i`: capitals and commas, then "of" or "for" after a body word. */
function bodyOpensListLeft(tokens: DocToken[], i: number, floor: number): boolean {
  let k = i - 1;
  const inList = (u: DocToken): boolean => isNameWord(u) || isBodySubject(tokens, k) || u.text === ',';
  while (k > floor && i - k <= MAX_BODY_LIST && inList(tokens[k])) k--;
  const link = tokens[k];
  if (k === i - 1 || !link || !BODY_NAME_LINKS.has(link.lower) || k - 1 < floor) return false;
  return tokens[k - 1].cap && BODY_WORDS.has(tokens[k - 1].lower);
}

/** On from the list's "and" or comma at `i`: capitals (one "and" among them) that end the name, no title among them. */
function listEndsRight(tokens: DocToken[], i: number, ceil: number): boolean {
  const oxfordAnd = tokens[i].text === ',' && tokens[i + 1]?.lower === 'and';
  let j = oxfordAnd ? i + 2 : i + 1;
  let sawAnd = tokens[i].lower === 'and' || oxfordAnd;
  for (; j < ceil && j - i <= MAX_BODY_LIST; j++) {
    const u = tokens[j];
    if (u.lower === 'and' && !sawAnd && tokens[j - 1].cap) sawAnd = true;
    else if (!isNameWord(u) || ROLE_NOUNS.has(u.lower)) break;
  }
  // the list ends on a capital, and no capital follows it (a title after it opens another speaker's name)
  const after = tokens[j];
  return sawAnd && j > i + 1 && tokens[j - 1].cap && !(after && after.cap && after.word && j < ceil);
}
const MAX_BODY_LIST = 8;

/** Inside a body's name read leftwards: its list's "and" or comma, or the first word after "Ministry of". */
function joinsBodyNameLeft(tokens: DocToken[], j: number, floor: number): boolean {
  return inBodyNameList(tokens, j, floor, tokens.length) || isBodySubject(tokens, j);
}

/** The first word of what a body is of, whatever its form: "Housing" of "the Ministry of Housing" is no verb. */
function isBodySubject(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  const body = tokens[i - 2];
  return (
    t.cap && t.word && BODY_NAME_LINKS.has(tokens[i - 1]?.lower ?? '') && !!body?.cap && BODY_WORDS.has(body.lower)
  );
}

/**
 * A lower-case particle inside a name, before a capital or another particle: "Pieter van der Berg", "bin Salman",
 * "Maria de la Cruz", so the speaker is not the last word alone ("Berg").
 */
function isNameParticle(tokens: DocToken[], j: number): boolean {
  const t = tokens[j];
  if (t.cap || !SURNAME_PARTICLES.has(t.lower)) return false;
  let k = j + 1;
  while (tokens[k] && !tokens[k].cap && SURNAME_PARTICLES.has(tokens[k].lower) && k - j < 3) k++;
  return !!tokens[k] && tokens[k].start - tokens[k - 1].end <= 1 && isNameWord(tokens[k]);
}

/** A name particle read leftwards, opening the phrase or after a name word or particle ("Maria de la Cruz"). */
function particleLeft(tokens: DocToken[], j: number, floor: number): boolean {
  const before = tokens[j - 1];
  if (!isNameParticle(tokens, j)) return false;
  return j === floor || !before.word || before.cap || SURNAME_PARTICLES.has(before.lower);
}

/** "Officials from the upstream states said …": a plural cue word before a finite speech verb is a noun. */
export function isSubjectNoun(tokens: DocToken[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    next !== undefined &&
    tokens[i].lower.endsWith('s') &&
    FINITE_SPEECH.has(next.lower) &&
    next.start - tokens[i].end <= 1
  );
}

/**
 * "the former secretary of state said", "head of state", "saying at one point": a bare form after "of" or "one" is a
 * noun, never the cue ("no one says" keeps its -s verb).
 */
export function isNounAfterOf(tokens: DocToken[], i: number): boolean {
  const w = tokens[i].lower;
  const prev = tokens[i - 1]?.lower;
  if (prev !== 'of' && prev !== 'one') return false;
  return !/(?:ed|ing)$/.test(w) && !PAST_ONLY_SPEECH.has(w) && (prev === 'of' || !w.endsWith('s'));
}

/** The first word of a capitalised possessor ending at `last`: "Mayor Ann Bell" of "Mayor Ann Bell's office". */
function possessorStart(tokens: DocToken[], last: number, floor: number): number {
  let from = last;
  while (
    from - 1 >= floor &&
    last - from < MAX_POSSESSOR_WORDS - 1 &&
    tokens[from - 1].cap &&
    tokens[from - 1].word &&
    tokens[from].start - tokens[from - 1].end <= 1 &&
    !DESCRIPTION_OPENERS.has(tokens[from - 1].lower) &&
    !DESCRIPTION_STOP.has(tokens[from - 1].lower)
  )
    from--;
  return from;
}
const MAX_POSSESSOR_WORDS = 4;

/** A lower-case description ending at `end - 1`: "the Russian president", "senior officials", "a spokesman for X". */
function descriptionLeft(tokens: DocToken[], end: number, floor: number, depth: number): Phrase | null {
  const head = tokens[end - 1];
  // a capital only as a title, or opening the sentence: "Farmers across the region say"
  const capitalOk = (h: DocToken): boolean => isTitleWord(h) || (end - 1 === floor && isSpeakerNoun(h.lower));
  if (!head || !head.word || (head.cap && !capitalOk(head))) return null;
  if (
    NOT_SPEAKER_HEAD.has(head.lower) ||
    DESCRIPTION_STOP.has(head.lower) ||
    // "familiar with Cruz's thinking": after a possessive a verb-like word is a noun
    (CUE_VERBS.has(head.lower) &&
      !isSubjectNoun(tokens, end - 1) &&
      !isNounAfterOf(tokens, end - 1) &&
      !isPossessive(tokens, end - 2)) ||
    // a number heads no description, an age does: "The 29-year-old, who returned last month, said"
    (/^\d/.test(head.text) && !AGE_OR_KIN_EPITHET.test(head.lower))
  )
    return null;
  const speakerHead = isSpeakerNoun(head.lower);
  let j = end - 2;
  let from = end - 1;
  for (let n = 0; j >= floor && n < MAX_DESCRIPTION; n++, j--) {
    const t = tokens[j];
    if (DESCRIPTION_OPENERS.has(t.lower)) {
      from = j;
      break;
    }
    if (isPossessive(tokens, j) && j - 1 >= floor && tokens[j - 1].cap) {
      // "Russia's foreign minister", "Mayor Ann Bell's office": the possessor, whole, opens the description
      from = possessorStart(tokens, j - 1, floor);
      break;
    }
    if (isPossessive(tokens, j) && j - 1 >= floor && tokens[j - 1].word) {
      // "the mayor's office", "the company's spokesman": a common-noun possessor, its own opener further left
      j--;
      from = j;
      continue;
    }
    const numero = isNumeroSign(tokens, j);
    if (!numero && (!t.word || DESCRIPTION_STOP.has(t.lower) || isVerbForm(t.lower) || SPEAKER_PRONOUNS.has(t.lower)))
      break;
    from = j;
  }
  const linked = depth < 2 ? linkedDescriptionLeft(tokens, from, end, floor, depth) : null;
  if (linked) return linked;
  if (!speakerHead) return null;
  return { from, to: end, kind: 'description', nameFrom: end, nameTo: end };
}

/** "a No 10 spokesman", "the No 2 official": "No" before a number abbreviates "number"; it negates nothing. */
function isNumeroSign(tokens: DocToken[], j: number): boolean {
  const next = tokens[j + 1];
  return (tokens[j].text === 'No' || tokens[j].text === 'No.') && next !== undefined && /^\d+$/.test(next.text);
}

/** "a person familiar with | the talks", "a spokesman for | the ministry": a description before the link words. */
function linkedDescriptionLeft(
  tokens: DocToken[],
  from: number,
  end: number,
  floor: number,
  depth: number,
): Phrase | null {
  let k = from - 1;
  let links = 0;
  while (k >= floor && links < 2 && DESCRIPTION_LINKS.has(tokens[k].lower)) {
    k--;
    links++;
  }
  if (links === 0 || k < floor) return null;
  const inner = descriptionLeft(tokens, k + 1, floor, depth + 1);
  return inner && inner.kind === 'description'
    ? { from: inner.from, to: end, kind: 'description', nameFrom: end, nameTo: end }
    : null;
}

/** Auxiliaries of the progressive and of the future before an -ing or base-form cue ("is demanding", "he’s
 * claiming", "has been saying", "will argue"); not before a participle ("was told" is passive: the subject heard). */

/** Like skipCuePrefixLeft, also over the auxiliaries of a progressive or modal reporting verb. */
export function skipAuxLeft(tokens: DocToken[], c: number, floor: number, prefix: Set<string>): number {
  const cue = tokens[c].lower;
  const ing = cue.endsWith('ing');
  const base = !ing && !/(?:ed|s)$/.test(cue) && !IRREGULAR_PAST.has(cue);
  let i = skipCuePrefixLeft(tokens, c, floor, prefix);
  for (let steps = 0; steps < 3 && i - 1 >= floor; steps++) {
    const w = tokens[i - 1].lower;
    if (ing && (PROGRESSIVE_AUX.has(w) || PERCEIVED_PARTICIPLES.has(w)))
      i = skipCuePrefixLeft(tokens, i - 1, floor, prefix);
    else if (base && MODAL_AUX.has(w) && w !== 'to') i = skipCuePrefixLeft(tokens, i - 1, floor, prefix);
    else break;
  }
  return i;
}

/** A speaker description linked to a name by a preposition: "a spokesman for | the Pentagon", "police in | Melbourne". */
function linkedDescription(tokens: DocToken[], name: Phrase, floor: number): Phrase | null {
  const link = tokens[name.from - 1];
  // "in" too: "police in Melbourne", "the health ministry in Ottawa"
  if (!link || !['for', 'at', 'with', 'from', 'of', 'to', 'in'].includes(link.lower) || name.from - 1 <= floor)
    return null;
  const head = tokens[name.from - 2];
  // a capital only where the phrase opens the sentence: "Aides to Clinton say"
  if (!head.word || (head.cap && name.from - 2 !== floor && !isTitleWord(head)) || !isSpeakerNoun(head.lower))
    return null;
  const d = descriptionLeft(tokens, name.from - 1, floor, 1);
  // "the MP for Carleton", "the Minister of Health": a capitalized title only after its determiner, so that
  // "Minister for Health Jane Doe" stays a name
  if (d && head.cap && name.from - 2 !== floor && !DESCRIPTION_OPENERS.has(tokens[d.from].lower)) return null;
  return d && d.kind === 'description'
    ? { from: d.from, to: name.to, kind: 'description', nameFrom: name.to, nameTo: name.to }
    : null;
}

/**
 * "The U.S. Embassy in Kabul said", "the Ministry of Agriculture in Ottawa said": a body's capitalized name, then
 * "in" and the place it sits in. The body speaks, not the place.
 */
function bodyInPlace(tokens: DocToken[], place: Phrase, floor: number, source: string): Phrase | null {
  const link = place.from - 1;
  if (link <= floor || tokens[link].lower !== 'in' || !tokens[link - 1].cap) return null;
  const body = nameLeft(tokens, link, floor, source);
  if (!body) return null;
  for (let i = body.from; i < body.to; i++)
    if (tokens[i].cap && ORG_NOUNS.has(tokens[i].lower))
      return { from: body.from, to: place.to, kind: 'description', nameFrom: place.to, nameTo: place.to };
  return null;
}

/** Skips auxiliaries and adverbs between a speaker and its cue ("has also said"). */
export function skipCuePrefixLeft(tokens: DocToken[], c: number, floor: number, prefix: Set<string>): number {
  let i = c;
  for (;;) {
    if (i - 1 < floor) break;
    if (prefix.has(tokens[i - 1].lower) || isMannerAdverb(tokens[i - 1])) i--;
    else if (timeBefore(tokens, i - 1) > 0 && i - timeBefore(tokens, i - 1) > floor) i -= timeBefore(tokens, i - 1);
    else break;
  }
  return i;
}

/** A relative or participial aside between a speaker and its cue: ", who spoke …,", ", speaking on condition …,",
 * ", citing security concerns,". */
function opensAside(t: DocToken | undefined): boolean {
  if (!t || !t.word || t.cap) return false;
  return t.lower === 'who' || t.lower === 'which' || (t.lower.length > 5 && t.lower.endsWith('ing'));
}

/**
 * The speaker before an appositive and the comma that closes it ("Sergei Lavrov, Russia's foreign minister, said"),
 * `end - 1` being that comma.
 */
function appositiveLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const j = appositiveStart(tokens, end, floor, source);
  return j > floor && tokens[j].text === ',' ? nameBeforeAppositive(tokens, j, end, floor, source) : null;
}

/** "Commissioner for Information": title words and a link before what the office is over, and no one's name. */
function isBareTitle(tokens: DocToken[], n: Phrase): boolean {
  const link = n.nameFrom - 1;
  if (link <= n.from || !DESCRIPTION_LINKS.has(tokens[link].lower)) return false;
  // "Nigeria's Minister of Information": a possessor may open it
  const start = isPossessive(tokens, n.from + 1) ? n.from + 2 : n.from;
  if (start >= link) return false;
  for (let i = start; i < link; i++) if (!isTitleWord(tokens[i])) return false;
  return true;
}

/** The comma opening the appositive(s) that end at the comma `end - 1`, or where the search stopped. */
function appositiveStart(tokens: DocToken[], end: number, floor: number, source: string): number {
  // appositive: "Sergei Lavrov, Russia's foreign minister, said"
  // "Rucker Culpepper, who runs the effort, said": the name before the comma-delimited appositive
  let j = end - 2;
  const stops = (i: number): boolean =>
    tokens[i].text === ',' ||
    (SENTENCE_END_CHARS.has(tokens[i].text) && tokens[i + 1]?.text !== ',') ||
    isQuoteMarkText(tokens[i].text);
  const back = (): void => {
    while (j > floor && end - j < 40) {
      // "Eastland, wearing “Ted Cruz” campaign pins, said": a few quoted words inside the appositive are part of it
      const open = isQuoteMarkText(tokens[j].text) ? quotedWordsOpen(tokens, j, floor) : -1;
      if (open > floor) j = open - 1;
      else if (stops(j)) break;
      else j--;
    }
  };
  // a name that opens the clause, before one or two appositives:
  // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"
  // a bare title opens no clause: "Shri Harish Mehrotra, Secretary, Department of Technical Education, said", "Ada
  // Obi, Commissioner for Information, Lagos State, said"
  const opensClause = (i: number): boolean => {
    const n = nameLeft(tokens, i, floor, source);
    if (n === null || n.kind !== 'name' || isBareTitle(tokens, n) || isCampus(tokens, n)) return false;
    if (isStateAfterTown(tokens, n)) return false;
    return n.from === floor || !tokens[n.from - 1].word;
  };
  back();
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": an age, a town and a state are appositives too
  if (j > floor && tokens[j].text === ',' && !opensClause(j)) {
    const first = j;
    let found = false;
    for (let k = 0; k < MAX_APPOSITIVES && !found && j > floor && end - j < 40; k++) {
      j--;
      back();
      found = j > floor && tokens[j].text === ',' && opensClause(j);
    }
    if (!found) j = first;
  }
  return j;
}

/**
 * "of Raleigh, N.C.", "from Halifax, Nova Scotia": capitals after a town that follows "of", "from" or "in" and a comma
 * are its state or province, the tail of an appositive about where someone lives, not a name opening a clause.
 */
function isStateAfterTown(tokens: DocToken[], n: Phrase): boolean {
  if (tokens[n.from - 1]?.text !== ',') return false;
  let j = n.from - 2;
  while (j >= 0 && n.from - j <= 5 && tokens[j].cap && tokens[j].word) j--;
  return j < n.from - 2 && j >= 0 && TOWN_LINKS.has(tokens[j].lower);
}

/** "the University of California, Davis": a one-word name after a university's "of" place and a comma is its campus. */
export function isCampus(tokens: DocToken[], n: Phrase): boolean {
  if (n.to - n.from !== 1 || tokens[n.from - 1]?.text !== ',') return false;
  for (let j = n.from - 2; j >= 1 && n.from - j <= 5 && tokens[j].cap; j--)
    if (tokens[j - 1].lower === 'of' && INSTITUTION_WORDS.has(tokens[j - 2]?.lower ?? '')) return true;
  return false;
}

const isQuoteMarkText = (text: string): boolean => text === '"' || text === '“' || text === '”';
/** Quoted words inside an appositive, at most this many ("“Ted Cruz” campaign pins"). */
const MAX_QUOTED_IN_APPOSITIVE = 4;

/** The mark opening the few quoted words that the mark at `close` closes, when a lower-case word follows; else -1. */
export function quotedWordsOpen(tokens: DocToken[], close: number, floor: number): number {
  const next = tokens[close + 1];
  if (!next?.word || next.cap) return -1;
  for (let i = close - 1; i > floor && close - i <= MAX_QUOTED_IN_APPOSITIVE + 1; i--) {
    if (isQuoteMarkText(tokens[i].text)) return i < close - 1 ? i : -1;
    if (!tokens[i].word) return -1;
  }
  return -1;
}

/** The phrase before the comma `j` that opens an appositive, with the role the appositive gives it. */
function nameBeforeAppositive(
  tokens: DocToken[],
  j: number,
  end: number,
  floor: number,
  source: string,
): Phrase | null {
  const name = phraseLeft(tokens, j, floor, source);
  // "Another, a family doctor in Brandon, said", "One of them, Dolores Kemp, said", "The other, Steve Alvarado,
  // said": a bare "another", "one" or "the other" is who the appositive describes or names
  const bare = name
    ? name.to - name.from === 1 && DESCRIPTION_OPENERS.has(tokens[name.from].lower)
    : isPartitiveBefore(tokens, j, floor);
  if (bare) {
    const described = phraseLeft(tokens, end - 1, j + 1, source);
    if (described && described.kind !== 'pronoun' && described.from === j + 1) return described;
  }
  const inner = nameLeft(tokens, end - 1, j + 1, source);
  // "One of the victims, 84-year-old Edna Crowell, said": an age or a family before the name opens the appositive too
  const opensAppositive =
    !!inner && (inner.from === j + 1 || (inner.from === j + 2 && AGE_OR_KIN_EPITHET.test(tokens[j + 1].lower)));
  const describing = inner?.kind === 'name' && opensAppositive ? describingPhrase(tokens, j, floor, name, inner) : null;
  // "Its leader, Ines Duarte, said": the name is the appositive, the description its role
  if (inner && describing) return { ...inner, role: inner.role ?? text(tokens, describing[0], describing[1], source) };
  if (name && name.kind === 'description' && opensAside(tokens[j + 1])) {
    // "A senior official, who spoke on condition of anonymity, said"; "A diplomat, speaking on condition …"
    return name;
  }
  if (name && name.kind === 'name') {
    const appositive = descriptionLeft(tokens, end - 1, j + 1, 0);
    const role =
      appositive && appositive.from === j + 1 ? text(tokens, appositive.from, appositive.to, source) : undefined;
    const isTitle =
      role !== undefined &&
      [...Array(appositive!.to - appositive!.from).keys()].some((k) => isTitleWord(tokens[appositive!.from + k]));
    return { ...name, role: name.role ?? (isTitle ? role : undefined) };
  }
  return null;
}

/**
 * The tokens before the comma `j` that describe the name after it, as a title does: "Its leader,", "Nigeria's Minister
 * of Information," (a bare title), "The vaccine's maker," (a possessed agent noun, possessedAgent.ts).
 */
function describingPhrase(
  tokens: DocToken[],
  j: number,
  floor: number,
  name: Phrase | null,
  inner: Phrase,
): [number, number] | null {
  if (!name) {
    const agent = possessedAgentBefore(tokens, j, floor);
    return agent >= 0 ? [agent, j] : null;
  }
  const describes =
    name.kind === 'description' || isBareTitle(tokens, name) || closesLinkedDescription(tokens, name, inner);
  return describes ? [name.from, name.to] : null;
}

/** "The other", "a third", "the latter" opening the clause before the comma `j`: one of a group just mentioned. */
function isPartitiveBefore(tokens: DocToken[], j: number, floor: number): boolean {
  const det = j - 2;
  if (det < floor || !PARTITIVE_WORDS.has(tokens[j - 1].lower) || !DESCRIPTION_OPENERS.has(tokens[det].lower))
    return false;
  return det === floor || !tokens[det - 1].word;
}

/**
 * "The president of the union local in Youngstown, Dave McCall, said": the capitals before the comma are the object
 * of a description's link word, and the appositive is a person's name (a known first name or a person's honorific),
 * so the appositive is the speaker, not the town.
 */
function closesLinkedDescription(tokens: DocToken[], name: Phrase, inner: Phrase | null): boolean {
  const link = tokens[name.from - 1];
  if (!link || link.cap || !DESCRIPTION_LINKS.has(link.lower) || !inner || inner.kind !== 'name') return false;
  const first = tokens[inner.nameFrom];
  return inner.nameTo - inner.nameFrom >= 2 && (isFirstName(first.lower) || PERSON_HONORIFICS.has(first.lower));
}

/** The speaker phrase ending right before token `end` (exclusive), not reaching before `floor`. */
export function phraseLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  if (end - 1 < floor) return null;
  const last = tokens[end - 1];
  // "Voss and Hale both said", "they both said": a floating quantifier after the subject
  if (JOINT_QUANTIFIERS.has(last.lower) && end - 2 >= floor) {
    const inner = phraseLeft(tokens, end - 1, floor, source);
    if (inner && inner.kind !== 'description') return inner;
  }
  if (SPEAKER_PRONOUNS.has(last.lower)) return { from: end - 1, to: end, kind: 'pronoun', nameFrom: end, nameTo: end };
  if (last.text === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": skip a short parenthetical
    let j = end - 2;
    while (j >= floor && end - j < 10 && tokens[j].text !== '(' && tokens[j].text !== ')') j--;
    if (j >= floor && tokens[j].text === '(') return phraseLeft(tokens, j, floor, source);
    return null;
  }
  // "Gov. John Kastner (R-Ohio), said": the comma after a parenthetical
  if (last.text === ',' && tokens[end - 2]?.text === ')' && end - 2 >= floor) {
    const inner = phraseLeft(tokens, end - 1, floor, source);
    if (inner) return inner;
  }
  if (last.text === ',' && end - 3 >= floor && INTERJECTED.has(tokens[end - 2].lower) && tokens[end - 3].text === ',') {
    // "Japan, however, claims": skip the interjected adverb
    return phraseLeft(tokens, end - 3, floor, source);
  }
  if (last.text === ',') return appositiveLeft(tokens, end, floor, source);
  if (DASHES.has(last.text)) return dashedAppositiveLeft(tokens, end, floor, source);
  return wordsLeft(tokens, end, floor, source);
}

const DASHES = new Set(['–', '—']);
/** Tokens a dashed appositive may hold ("– who has led the union since 2019 –"). */
const MAX_DASHED_APPOSITIVE = 14;

/**
 * "Ruiz – a former nurse – said", "Ana Ruiz — who has led the union since 2019 — told": an appositive set off by
 * dashes, as British and Australian news write it; the name before the first dash speaks, the appositive its role.
 */
function dashedAppositiveLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const close = end - 1;
  for (let j = close - 1; j > floor && close - j <= MAX_DASHED_APPOSITIVE; j--) {
    const t = tokens[j];
    if (SENTENCE_END_CHARS.has(t.text) || t.line !== tokens[close].line) return null;
    if (!DASHES.has(t.text)) continue;
    const name = phraseLeft(tokens, j, floor, source);
    if (!name || name.kind !== 'name') return null;
    return { ...name, role: name.role ?? text(tokens, j + 1, close, source) };
  }
  return null;
}

/** The speaker phrase ending in a word right before token `end`: a name, a name and where from, a description. */
function wordsLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  const owned = possessiveNameLeft(tokens, end, floor, source);
  if (owned) return owned;
  if (tokens[end - 1].cap) {
    const name = nameLeft(tokens, end, floor, source);
    // "a spokesman for the Jupiter Police Department": the description the name completes
    if (name) return linkedDescription(tokens, name, floor) ?? bodyInPlace(tokens, name, floor, source) ?? name;
  }
  const described = nameWithAffiliationLeft(tokens, end, floor, source) ?? descriptionLeft(tokens, end, floor, 0);
  return described && described.kind === 'description' ? coordinateAdjectiveLeft(tokens, described, floor) : described;
}

/**
 * "the bespectacled, 71-year-old diplomat said", "a tall, bearded man said": an adjective and a comma between the
 * article and the rest of the description belong to it (adjectives in a row, not an appositive).
 */
function coordinateAdjectiveLeft(tokens: DocToken[], d: Phrase, floor: number): Phrase {
  const det = d.from - 3;
  // two words at least after the comma, an adjective and its noun: "The editorial, sources said" is an aside
  if (det < floor || d.to - d.from < 2 || DESCRIPTION_OPENERS.has(tokens[d.from].lower)) return d;
  if (tokens[d.from - 1].text !== ',') return d;
  const adjective = tokens[d.from - 2];
  if (!adjective.word || adjective.cap || DESCRIPTION_STOP.has(adjective.lower) || isVerbForm(adjective.lower))
    return d;
  return ARTICLES.has(tokens[det].lower) && (det === floor || !tokens[det - 1].word) ? { ...d, from: det } : d;
}

/**
 * "McDonald's said", "St. Brendan's said": a name in the possessive right before its verb owns nothing; it is the name
 * of a business or a body called after its founder or saint, the "'s" part of it.
 */
function possessiveNameLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  if (!isPossessive(tokens, end - 1) || end - 2 < floor || !tokens[end - 2].cap) return null;
  // only before a verb that cannot be owned ("Britain's emotionally charged uprising" owns one)
  if (!PAST_ONLY_SPEECH.has(tokens[end]?.lower ?? '')) return null;
  const name = nameLeft(tokens, end - 1, floor, source);
  return name && name.kind === 'name' ? { ...name, to: end, nameTo: end } : null;
}

/**
 * "Ian Hale of the regional police said", "Ada Roy from the city's planning office said": a name, then where the
 * person works, in lower case. The name heads the phrase (the affiliation alone is no speaker: "the regional police").
 * Capitalized words only after "the" ("of the Riverton police"), so "Backers of Ian Hale in the city" is no such phrase.
 */
function nameWithAffiliationLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  let sawCap = false;
  for (let j = end - 1; j > floor && end - j <= MAX_DESCRIPTION + 1; j--) {
    const t = tokens[j];
    if (AFFILIATION_LINKS.has(t.lower) && j < end - 1) {
      if (!tokens[j - 1].cap || (sawCap && !DESCRIPTION_OPENERS.has(tokens[j + 1].lower))) return null;
      const name = nameLeft(tokens, j, floor, source);
      return name && name.kind === 'name' ? name : null;
    }
    if (isPossessive(tokens, j) && j > floor && tokens[j - 1].word) continue;
    if (!t.word || DESCRIPTION_STOP.has(t.lower) || isVerbForm(t.lower) || SPEAKER_PRONOUNS.has(t.lower)) return null;
    if (t.cap) sawCap = true;
  }
  return null;
}
const AFFILIATION_LINKS = new Set(['of', 'from', 'at', 'with']);
/** Quantifiers over joint subjects: "Both Voss and Hale", "Voss and Hale both", "they all". */
const JOINT_QUANTIFIERS = new Set(['both']);

/**
 * "said Monmouth University political scientist Ann Marsh": after a capitalized modifier, a few lower-case words
 * ending in a speaker noun, then the name that heads the phrase. Returns where the lower-case words end (the name's
 * first token), or `i` when the words are not such a noun phrase.
 */
function headedName(tokens: DocToken[], i: number, ceil: number): number {
  let j = i;
  while (
    j < ceil &&
    j - i < 4 &&
    tokens[j].word &&
    !tokens[j].cap &&
    !DESCRIPTION_STOP.has(tokens[j].lower) &&
    !CUE_VERBS.has(tokens[j].lower)
  )
    j++;
  if (j === i || j >= ceil || !isNameWord(tokens[j]) || !isSpeakerNoun(tokens[j - 1].lower)) return i;
  return j;
}

/** Comma-separated pieces between a name and its verb: "Ana Ruiz, 30, of Lyon, France, a nurse, said". */
const MAX_APPOSITIVES = 4;

const ORDINAL = /^\d+(?:st|nd|rd|th)$/;

/** The speaker phrase beginning at token `start`, not reaching `ceil`: "said Sergei Lavrov, Russia's foreign minister". */
export function phraseRight(tokens: DocToken[], start: number, ceil: number, source: string): Phrase | null {
  const first = tokens[start];
  if (!first || start >= ceil) return null;
  if (SPEAKER_PRONOUNS.has(first.lower) && first.lower !== 'i' && first.lower !== 'we') {
    return { from: start, to: start + 1, kind: 'pronoun', nameFrom: start + 1, nameTo: start + 1 };
  }
  let end = start;
  let capRun = false;
  // a phrase never runs onto the next line: a headline's "… with Mayor Elena Ruiz" ¶ "Elena Ruiz was elected …"
  while (end < ceil && end - start < 10 && tokens[end].line === first.line) {
    const t = tokens[end];
    if (end === start && DESCRIPTION_OPENERS.has(t.lower)) end++;
    else if (isNameWord(t) || (t.cap && HONORIFICS.has(t.lower))) {
      capRun = true;
      end++;
    } else if (capRun && joinsCapitalsRight(tokens, end, ceil)) end++;
    else if (continuesRight(tokens, start, end, capRun)) end++;
    else if (capRun && t.word && !t.cap && headedName(tokens, end, ceil) > end) end = headedName(tokens, end, ceil);
    else break;
  }
  if (end === start || (end === start + 1 && DESCRIPTION_OPENERS.has(first.lower))) return null;
  if (!capRun) end = linkedEndRight(tokens, end, ceil, source);
  const lastWord = tokens[end - 1];
  let phrase: Phrase;
  if (capRun && lastWord.cap) phrase = splitName(tokens, start, end, source);
  else phrase = { from: start, to: end, kind: 'description', nameFrom: end, nameTo: end };
  if (phrase.kind === 'name' && !phrase.role) addAppositiveRole(tokens, phrase, end, ceil, source);
  return phrase;
}

/**
 * A token the phrase read rightwards takes in, other than an opener or a name word: a possessive, "of" inside a
 * name, a rank's ordinal, a lower-case word of a description, a title word after a name.
 */
function continuesRight(tokens: DocToken[], start: number, end: number, capRun: boolean): boolean {
  const t = tokens[end];
  if (isPossessive(tokens, end) && end > start && (tokens[end - 1].cap || !capRun)) return true;
  if (t.lower === 'of' && capRun && tokens[end + 1]?.cap) return true;
  if (capRun && isNameParticle(tokens, end)) return true;
  // a rank's ordinal inside a title: "Air Force 1st Lt. Corin Talbot"
  if (capRun && ORDINAL.test(t.lower) && tokens[end + 1]?.cap && isTitleWord(tokens[end + 1])) return true;
  if (isNumeroSign(tokens, end) || (end > start && isNumeroSign(tokens, end - 1))) return true;
  if (!capRun) return end - start < MAX_DESCRIPTION && isDescriptionWord(tokens, end);
  if (t.word && !t.cap && isTitleWord(t)) return true;
  // "one senior Whitehall source": after an opener and capitals, a speaker noun ends the description
  return (
    DESCRIPTION_OPENERS.has(tokens[start].lower) && !t.cap && ANONYMOUS_NOUNS.has(t.lower) && !tokens[end + 1]?.cap
  );
}

/** Inside a run of capitals read rightwards: a name particle ("Maria de la Cruz"), an "and" of a body's name. */
function joinsCapitalsRight(tokens: DocToken[], i: number, ceil: number): boolean {
  if (isInnerNameParticle(tokens, i)) return true;
  if (inBodyNameList(tokens, i, 0, ceil) || isBodySubject(tokens, i)) return true;
  return tokens[i].lower === 'and' && titledNameAhead(tokens, i + 1, ceil);
}

/**
 * "said Halifax Search and Rescue manager Dave Ross", "said Fisheries and Oceans Minister Ann Roy": an "and" inside
 * the name of a body, when the capitals after it go on to a title and a name. Not "said Smith and Jones".
 */
function titledNameAhead(tokens: DocToken[], i: number, ceil: number): boolean {
  let j = i;
  while (j < ceil && j - i < 4 && isNameWord(tokens[j]) && !isTitleWord(tokens[j])) j++;
  if (j === i || j >= ceil) return false;
  if (isTitleWord(tokens[j]) && tokens[j].cap) return isNameWord(tokens[j + 1] ?? tokens[j]) && j + 1 < ceil;
  return headedName(tokens, j, ceil) > j;
}

/** A lower-case word of a description read rightwards: not a stop word, nor a verb ("the report's" is a noun). */
function isDescriptionWord(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  return (
    t.word &&
    !t.cap &&
    !DESCRIPTION_STOP.has(t.lower) &&
    (!CUE_VERBS.has(t.lower) || isPossessive(tokens, i + 1) || isNounAfterOf(tokens, i)) &&
    !NOT_SPEAKER_HEAD.has(t.lower)
  );
}

/** "a spokesman for the ministry": where a description ending at `end` ends once its link and object are taken in. */
export function linkedEndRight(tokens: DocToken[], end: number, ceil: number, source: string): number {
  if (end >= ceil || !DESCRIPTION_LINKS.has(tokens[end].lower)) return end;
  const inner = phraseRight(tokens, end + 1, ceil, source);
  return inner && inner.kind !== 'pronoun' && inner.to - end <= 6 ? inner.to : end;
}

/** Appositive after a name: ", Russia's foreign minister," gives the name its role when it holds a title word. */
function addAppositiveRole(tokens: DocToken[], phrase: Phrase, end: number, ceil: number, source: string): void {
  if (tokens[end]?.text !== ',' || end + 1 >= ceil) return;
  const app = phraseRight(tokens, end + 1, ceil, source);
  if (
    app &&
    app.kind === 'description' &&
    (tokens[app.to]?.text === ',' || tokens[app.to]?.text === '.' || app.to >= ceil)
  ) {
    const roleText = text(tokens, app.from, app.to, source);
    if ([...Array(app.to - app.from).keys()].some((k) => isTitleWord(tokens[app.from + k]))) phrase.role = roleText;
  }
}

export function phraseText(tokens: DocToken[], p: Phrase, source: string): string {
  return text(tokens, p.from, p.to, source);
}

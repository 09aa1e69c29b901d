/**
 * The parts a speaker phrase is built from (phrases.ts reads the phrases): the Phrase type, the words that head or
 * open one ("spokeswoman", "Sen.", "the Kentucky Republican"), and the capitalised runs that make a name ("Sergei
 * Lavrov", "Mary Kay Ash", "the Sierra Club and the NRDC"). Fixed look-back limits keep every call O(1).
 */
import type { DocToken } from '../text/document';
import {
  CALENDAR_WORDS,
  CUE_VERBS,
  DESCRIPTION_LINKS,
  DESCRIPTION_OPENERS,
  DESCRIPTION_STOP,
  HONORIFICS,
  ANONYMOUS_NOUNS,
  GENERIC_ROLE_NOUNS,
  ORG_NOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEAKER_PRONOUNS,
  SPOUSE_NOUNS,
} from '../lexicon/lexicon';
import {
  DESCRIPTION_HEADS,
  EVERYDAY_ROLES,
  FAMILY_NOUNS,
  KIN_NOUNS,
  ORG_NAME_WORDS,
  RANK_ABBREVIATIONS,
} from '../lexicon/lexicon';
import { NATIONALITY_NOUNS, PROFESSION_NOUNS, hasProfessionEnding, isProfessionNoun } from '../lexicon/lexicon';
import { demonymCountry } from '../entities/gazetteer';
import { BODY_NAME_LINKS, BODY_WORDS, PERSON_PARTICLES } from '../lexicon/entityWords';
import { ACRONYMS_LIKE_SMALL_WORDS, NAME_NOT_VERB, NOUN_DETERMINERS } from '../lexicon/functionWords';
import { IRREGULAR_PAST, PAST_ONLY_SPEECH } from '../lexicon/speechVerbs';
import { isFirstName } from '../speakers/gender';
import { LEGAL_FORMS, PERSON_HONORIFICS } from '../lexicon/entityWords';
import { FINITE_SPEECH } from '../lexicon/speechVerbs';
import {
  AGE_OR_KIN_EPITHET,
  EPITHET_NOUNS,
  MOOD_WORDS,
  OFFICE_STATES,
  POST_NOMINALS,
  RETIREMENT_MARKS,
  SURNAME_PARTICLES,
} from '../lexicon/speakerWords';
import { frenchBodyStart } from './frenchBodies';
import { FRENCH_NAME_LINKS } from '../lexicon/entityWords';

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

export const MAX_DESCRIPTION = 6;
/** Adverbs set off by commas between a subject and its verb. */
export const INTERJECTED = new Set([
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
export function isPossessive(tokens: DocToken[], i: number): boolean {
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

export function isNameWord(t: DocToken): boolean {
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

export function isTitleWord(t: DocToken): boolean {
  const w = t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower;
  return (
    ROLE_NOUNS.has(w) ||
    ROLE_MODIFIERS.has(w) ||
    // a plural ("ministers"): the singular without a regular expression and a copy per word
    (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1))) ||
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
export function isVerbForm(word: string): boolean {
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
  // every such office has a hyphen: most words ("minister", "said") are settled here, before four regular expressions
  if (!word.includes('-')) return false;
  if (/^co-\p{Ll}{3,}$/u.test(word) || /^\p{Ll}{3,}-(?:general|in-chief)$/u.test(word)) return true;
  const around = /^(?:ex|vice|deputy)-(\p{Ll}{3,})$/u.exec(word) ?? /^(\p{Ll}{3,})-elect$/u.exec(word);
  return around !== null && (ROLE_NOUNS.has(around[1]) || isProfessionNoun(around[1]));
}

/** Nouns that can head a speaker description ("officials", "the ministry", "a person", "the report"). */
/**
 * "In a statement, Garda headquarters said …", "…, the Garda press office said …": lower-case speaker nouns after a
 * capital the rightward phrase stopped at finish the subject; where they end, else `k` itself. Only such nouns, so
 * "Acme cut jobs and said" is no subject.
 */
export function speakerNounTail(tokens: DocToken[], k: number, e: number): number {
  let v = k;
  while (v < e && v - k < NOUN_TAIL && tokens[v].word && !tokens[v].cap && isSpeakerNoun(tokens[v].lower)) v++;
  return v;
}
/** Lower-case words of a subject's tail ("press office"). */
const NOUN_TAIL = 2;

export function isSpeakerNoun(word: string): boolean {
  if (isCompoundRole(word)) return true;
  const singular = word.endsWith('ies')
    ? `${word.slice(0, -3)}y`
    : word.endsWith('s') && !word.endsWith('ss')
      ? word.slice(0, -1)
      : word;
  return speakerNounForm(word) || (singular !== word && speakerNounForm(singular));
}

/**
 * One form of a word is a speaker noun: a listed role, source, body, profession, nationality, epithet or kin ("Her
 * cousin, Maria Delgado, said …": kin speak as "sister" and "wife" do), a profession by its ending, a demonym, or an
 * age or kin epithet.
 */
function speakerNounForm(w: string): boolean {
  return (
    listedSpeakerNouns().has(w) ||
    hasProfessionEnding(w) ||
    demonymCountry(w.charAt(0).toUpperCase() + w.slice(1)) !== undefined ||
    AGE_OR_KIN_EPITHET.test(w)
  );
}

/**
 * Every listed word that is a speaker noun, in one set built on first use: isSpeakerNoun, asked of over a thousand
 * words an article, looked each of them (and its singular) up in ten sets in turn.
 */
function listedSpeakerNouns(): ReadonlySet<string> {
  speakerNouns ??= new Set([
    ...ROLE_NOUNS,
    ...ANONYMOUS_NOUNS,
    ...ORG_NOUNS,
    ...GENERIC_ROLE_NOUNS,
    ...DESCRIPTION_HEADS,
    ...EVERYDAY_ROLES,
    ...PROFESSION_NOUNS,
    ...NATIONALITY_NOUNS,
    ...EPITHET_NOUNS,
    ...KIN_NOUNS,
  ]);
  return speakerNouns;
}
let speakerNouns: ReadonlySet<string> | null = null;

/** "welshman", "kenyan": a person by nationality (a demonym of the gazetteer, which keys them capitalized). */
function isNationalityNoun(word: string): boolean {
  return NATIONALITY_NOUNS.has(word) || demonymCountry(word.charAt(0).toUpperCase() + word.slice(1)) !== undefined;
}

export function text(tokens: DocToken[], from: number, to: number, source: string): string {
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
 * "Dean Kowalchuk, the company's vice-president, said": a title word that is also a given name, opening a run of
 * two capitalized words, is the given name ("Dean", "Warden"); "Dean Ruiz" for a college's dean loses only a role.
 */
function isGivenNameBeforeSurname(tokens: DocToken[], i: number, from: number, to: number): boolean {
  return i === from && to - from === 2 && !tokens[i].text.endsWith('.') && isFirstName(tokens[i].lower);
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

/**
 * A run ending in a company's legal form, which ends a body's name and never a person's: "the Chairman of
 * Harbourfront Developers PLC" is an office of it (a description), "Harbourfront Developers PLC" the company's whole
 * name, its trade word too; null for any other run ("Ruiz's Acme Ltd").
 */
function companyRun(tokens: DocToken[], from: number, to: number): Phrase | null {
  if (officeOf(tokens, from, to)) return { from, to, kind: 'description', nameFrom: to, nameTo: to };
  let nameFrom = from;
  while (nameFrom < to - 1 && DESCRIPTION_OPENERS.has(tokens[nameFrom].lower)) nameFrom++;
  return plainRun(tokens, nameFrom, to) ? { from, to, kind: 'name', nameFrom, nameTo: to } : null;
}

/** The run [from, to) holds a title and then "of": "Chairman of …", "the Managing Director of …". */
function officeOf(tokens: DocToken[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (tokens[k].lower === 'of') return isTitleWord(tokens[k - 1]);
  return false;
}

/** No "of" and no possessive inside [from, to): one name, not a title or an owner before it. */
function plainRun(tokens: DocToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].lower === 'of' || isPossessive(tokens, k)) return false;
  return true;
}

/**
 * A capitalized run that describes someone and names no one: a nationality after "the" ("the Welshman", "The
 * Kenyan"), or a family word right after a title, which completes the title ("the Queen Mother").
 */
function namesNoOne(tokens: DocToken[], from: number, to: number): boolean {
  if (to - from === 2 && DESCRIPTION_OPENERS.has(tokens[from].lower) && isNationalityNoun(tokens[from + 1].lower))
    return true;
  return to - from >= 2 && FAMILY_NOUNS.has(tokens[to - 1].lower) && isTitleWord(tokens[to - 2]);
}

/** Splits a capitalized run into title (left) and name (right): "Russia's President | Vladimir Putin". */
export function splitName(tokens: DocToken[], from: number, to: number, source: string): Phrase {
  if (namesNoOne(tokens, from, to)) return { from, to, kind: 'description', nameFrom: to, nameTo: to };
  const company = LEGAL_FORMS.has(tokens[to - 1].lower) ? companyRun(tokens, from, to) : null;
  if (company) return company;
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
        !isTradeWordOfName(tokens, nameFrom - 1, from, to) &&
        !isGivenNameBeforeSurname(tokens, nameFrom - 1, from, to)
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
/** Letters in capitals after a name that are no part of it: "TD", "MP", "QC", "OBE" (POST_NOMINALS). */
export function isPostNominalAt(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  return !!t && /^\p{Lu}{2,3}$/u.test(t.text) && POST_NOMINALS.has(t.lower);
}

export function nameLeft(tokens: DocToken[], end: number, floor: number, source: string): Phrase | null {
  // "Pádraig Ó Murchú TD said", "…, Jane Roe MP, said": the letters after the name belong to the phrase, not the name
  if (isPostNominalAt(tokens, end - 1) && end - 2 >= floor) {
    const named = nameLeft(tokens, end - 1, floor, source);
    if (named?.kind === 'name' && named.nameTo - named.nameFrom >= 2) return { ...named, to: end };
  }
  let j = end - 1;
  let sawName = false;
  while (j >= floor) {
    const t = tokens[j];
    if (isNameWord(t) || (t.cap && HONORIFICS.has(t.lower))) {
      sawName = true;
      j--;
    } else if (joinsNameLeft(tokens, j, floor, sawName)) j--;
    else if (sawName && retirementMarkLeft(tokens, j, floor) >= 0) j = retirementMarkLeft(tokens, j, floor);
    else break;
  }
  let from = j + 1;
  if (from >= end || !sawName) return null;
  // "Conseil du patronat du Québec": a French body's name whose capitals stop at its links
  const french = FRENCH_NAME_LINKS.has(tokens[from - 1]?.text ?? '') ? frenchBodyName(tokens, end, floor) : null;
  if (french) return french;
  // a sentence-initial capitalized word that is a title modifier stays; a stray leading "of" or possessive does not
  while (from < end && (tokens[from].lower === 'of' || isPossessive(tokens, from))) from++;
  if (from >= end) return null;
  return splitName(tokens, j >= floor ? openerBefore(tokens, j, from, end, floor) : from, end, source);
}

/**
 * "Justice (retd) Nurul Huda Sarker", "Lt Gen (Rtd.) Samson Bett": a retired officer's bracketed mark between the
 * title and the name belongs to the title, so the phrase reads on to it. `j` is the closing bracket; the answer is
 * the title's last word before the opening one, or -1. Not "Ada Roy (Labour)": only a mark of retirement.
 */
function retirementMarkLeft(tokens: DocToken[], j: number, floor: number): number {
  if (tokens[j].text !== ')') return -1;
  let k = j - 1;
  if (tokens[k]?.text === '.') k--;
  if (k - 2 < floor || !RETIREMENT_MARKS.has(tokens[k].lower) || tokens[k - 1].text !== '(') return -1;
  const title = tokens[k - 2];
  return title.cap && title.line === tokens[j].line && (isTitleWord(title) || HONORIFICS.has(title.lower)) ? k - 2 : -1;
}

/** Where a capitalized run [from, end) opens once the lower-case word `j` before it is read: it, or `from`. */
function openerBefore(tokens: DocToken[], j: number, from: number, end: number, floor: number): number {
  if (tokens[j].lower === 'the' || tokens[j].lower === 'former') return j;
  // "retired Adm. Victor Lanske", "the late Sen. Ann Hale": a state of the office before its title opens the phrase
  if (OFFICE_STATES.has(tokens[j].lower) && isTitleWord(tokens[from]))
    return j > floor && tokens[j - 1].lower === 'the' ? j - 1 : j;
  // "one MP said", "a Liberal MP said": a lower-case opener before a capitalized title that names no one opens it
  if (!tokens[j].cap && DESCRIPTION_OPENERS.has(tokens[j].lower) && isTitleWord(tokens[end - 1])) return j;
  return from;
}

/**
 * "Pieter van der Merwe", "Ana da Silva", "Ludwig von Trapp": a lower-case particle inside a person's name, between
 * a capitalized word before it and one after it (past a second particle: "van der").
 */
export function isInnerNameParticle(tokens: DocToken[], i: number): boolean {
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
export function inBodyNameList(tokens: DocToken[], i: number, floor: number, ceil: number): boolean {
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
export function isBodySubject(tokens: DocToken[], i: number): boolean {
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
export function isNameParticle(tokens: DocToken[], j: number): boolean {
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
 * noun, never the cue ("no one says" keeps its -s verb); so is one after a link and its determiner ("officials in
 * the state said", "according to a report").
 */
export function isNounAfterOf(tokens: DocToken[], i: number): boolean {
  const w = tokens[i].lower;
  const prev = tokens[i - 1]?.lower;
  if (/(?:ed|ing)$/.test(w) || PAST_ONLY_SPEECH.has(w)) return false;
  if (prev === 'of') return true;
  if (prev === 'one') return !w.endsWith('s');
  // "officials in the state said", "residents across the states say": a link and its determiner make the word the
  // link's object, a noun inside the speaker's description, never the description's verb
  return prev !== undefined && NOUN_DETERMINERS.has(prev) && DESCRIPTION_LINKS.has(tokens[i - 2]?.lower ?? '');
}

/** "(The) Conseil du patronat du Québec" ending right before `end`: a name phrase, its "the" outside the name. */
export function frenchBodyName(tokens: DocToken[], end: number, floor: number): Phrase | null {
  const head = frenchBodyStart(tokens, end, floor);
  if (head < 0) return null;
  const from = head - 1 >= floor && tokens[head - 1].lower === 'the' ? head - 1 : head;
  return { from, to: end, kind: 'name', nameFrom: head, nameTo: end };
}

/** A mood word before a name ("an angry Hollande"); the name is no acronym ("a furious GOP" is the party). */
export function isMoodBefore(t: DocToken, name: DocToken): boolean {
  return t.word && !t.cap && MOOD_WORDS.has(t.lower) && name.text !== name.text.toUpperCase();
}

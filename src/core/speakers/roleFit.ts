/**
 * Whether a person fits a role a description names ("the Kentucky Republican", "the congresswoman", "the nephew"), and
 * the words that make a description a role, an occupation or a gendered person noun.
 */
import { demonymCountry } from '../entities/gazetteer';
import { isFirstName, type Gender } from './gender';
import {
  FEMALE_HONORIFICS,
  GENERIC_ROLE_NOUNS,
  MALE_HONORIFICS,
  EVERYDAY_ROLES,
  FAMILY_NOUNS,
  KIN_NOUNS,
  isProfessionNoun,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
} from '../lexicon/lexicon';
import {
  FEMALE_PERSON_NOUNS,
  MALE_PERSON_NOUNS,
  PARTY_MEMBER_NOUNS,
  OFFICE_ALIASES,
  US_STATE_TAGS,
  NON_STATE_BODY_NOUNS,
  LED_BODY_WORDS,
  NON_COMPANY_NAME_WORDS,
} from '../lexicon/speakerWords';
import type { Entry } from './speakerEntry';
import { countryOf } from './nameForms';

/**
 * Whether a person's title fits a title-only mention: head office, country and office modifiers. Strict: every
 * modifier must be in the title ("Fisheries Minister" is not the finance minister), as a headline gives no context.
 */
export function fitsRole(p: Entry, head: string, modifiers: string[], strict = false): boolean {
  if (p.roleWords.size === 0) return false;
  // "the congressman" is the one titled "Rep." or "Representative" (OFFICE_ALIASES)
  const alias = OFFICE_ALIASES.get(head);
  const headFits =
    p.roleWords.has(head) ||
    (alias !== undefined && p.roleWords.has(alias)) ||
    (GENERIC_ROLE_NOUNS.has(head) && [...p.roleWords].some((w) => ROLE_NOUNS.has(w))) ||
    partyUnknownSameState(p, head, modifiers);
  if (!headFits) return false;
  for (const m of modifiers) {
    // "the Kentucky Republican": a state must be the person's ("R-Ky.") when one is known
    if (US_STATE_WORDS.has(m) && [...p.roleWords].some((w) => US_STATE_WORDS.has(w)) && !p.roleWords.has(m))
      return false;
    // "the former chief executive" is not the one introduced as "chief executive Vanessa Hudson"
    if (m === 'former' && !p.roleWords.has('former') && p.role) return false;
    const country = countryOf(m);
    if (country) {
      if (!p.countries.has(country)) return false;
    } else if (mustMatch(m, strict) && !p.roleWords.has(m)) return false;
  }
  return true;
}

/** A description's modifier the person's role must hold: an office's ("deputy") or a body's ("the union leader"). */
function mustMatch(m: string, strict: boolean): boolean {
  return m !== 'former' && (strict || ROLE_NOUNS.has(m) || ROLE_MODIFIERS.has(m) || LED_BODY_WORDS.has(m));
}

/**
 * "Senator Mitchell Corbin of Kentucky" is "the Kentucky Republican" later though no party was written: a party
 * description fits a person of unknown party when it names the state the article gave them.
 */
export function partyUnknownSameState(p: Entry, head: string, modifiers: string[]): boolean {
  if (!PARTY_MEMBER_NOUNS.has(head) || [...p.roleWords].some((w) => PARTY_MEMBER_NOUNS.has(w))) return false;
  return modifiers.some((m) => US_STATE_WORDS.has(m) && p.roleWords.has(m));
}

/**
 * "the California Democrat" for the person the passage is about, whom the article never gave a party or state: a
 * party description fits unless the person is known to be of another party or from another state.
 */
export function partyDescriptionFits(p: Entry, head: string, modifiers: string[]): boolean {
  if ([...p.roleWords].some((w) => PARTY_MEMBER_NOUNS.has(w) && w !== head)) return false;
  const known = [...p.roleWords].filter((w) => US_STATE_WORDS.has(w));
  return known.length === 0 || modifiers.every((m) => !US_STATE_WORDS.has(m) || known.includes(m));
}

/** The sex an honorific says ("mr." male, "mrs." female), if any. */
export function honorificGender(h: string | undefined): Gender | undefined {
  if (!h) return undefined;
  if (MALE_HONORIFICS.has(h)) return 'male';
  return FEMALE_HONORIFICS.has(h) ? 'female' : undefined;
}

/** "father-of-three" is a man, "mother-of-two" a woman. */
export function kinGender(word: string): Gender | undefined {
  const m = /^(?:grand)?(father|mother|dad|mum|mom)-of-/.exec(word);
  if (!m) return undefined;
  return m[1] === 'father' || m[1] === 'dad' ? 'male' : 'female';
}

/** "the congresswoman" is a woman, "the businessman" a man; most role nouns say neither. */
export function personNounGender(head: string): Gender | undefined {
  if (FEMALE_PERSON_NOUNS.has(head)) return 'female';
  if (MALE_PERSON_NOUNS.has(head)) return 'male';
  return undefined;
}

/**
 * "the company said" is not the Congress party named in between, nor "the union said" the Senate of "Senate
 * primaries", nor "the group plans" the university its ads attack: a noun of a body outside the state takes up no
 * public body, school or house of worship.
 */
export function fitsAnaphor(head: string, name: string): boolean {
  return !NON_STATE_BODY_NOUNS.has(head) || !NON_COMPANY_NAME_WORDS.has(name.split(/\s+/).pop()?.toLowerCase() ?? '');
}

/**
 * An organization, or a speaker read as a person that nothing shows to be one: no gender, no title ("Ofwat", "Vantor"
 * when the recognizer took them for people). "it said" and "the group said" (`named`: a body noun) may take it up.
 */
export function mayBeBody(e: Entry, named: boolean): boolean {
  if (e.type === 'organization') return true;
  if (e.type !== 'person' || e.gender !== undefined || e.roleWords.size > 0) return false;
  // for "it", one word only ("Akif Camizci" is a person whose given name the list lacks); "the group", "the utility"
  // name a body, so a name of more words that nothing shows to be a person's may be one ("Severnside Water")
  return e.words.length === 1 || (named && !isFirstName(e.words[0]));
}

/** "the Saudis said", "the Russians insisted": a nation speaking is its government ("the Saudi government"). */
export function nationSpeaking(name: string): string | null {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return null;
  const singular = name.slice(0, -1);
  return demonymCountry(singular) ? `the ${singular} government` : null;
}

/** Introduced by kinship to someone else: "her husband, Bill Clinton", "his brother Jeb Bush", "her cousin, Ada". */
export function isKinOfSomeone(e: Entry): boolean {
  for (const w of e.roleWords) if (KIN_NOUNS.has(w) || FAMILY_NOUNS.has(w)) return true;
  return false;
}

/** An everyday role or a profession in the singular: "nurse", "doctor", "farmer", "plumber". */
export function isOccupation(head: string): boolean {
  return EVERYDAY_ROLES.has(head) || isProfessionNoun(head);
}

/** A description's head that names an office or a party: "the senator", "the official", "the Kentucky Republican". */

export function isRoleHead(head: string): boolean {
  return ROLE_NOUNS.has(head) || GENERIC_ROLE_NOUNS.has(head) || PARTY_MEMBER_NOUNS.has(head);
}

/** Every word of a US state's name ("new", "york", "kentucky"). */
export const US_STATE_WORDS: ReadonlySet<string> = new Set([...US_STATE_TAGS.values()].flatMap((s) => s.split(' ')));

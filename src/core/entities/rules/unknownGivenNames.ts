/**
 * People whose given name no list knows. The tagger, taught by 1996 wire news, reads an unknown capitalized word
 * before a surname as the start of an organization ("Caoimhe Mendoza came from Texas"), or leaves it out and takes
 * the surname for the company it is also named after ("Manpreet Bayer told reporters"). An unknown word shaped like
 * a given name, right before a surname-shaped word, is a person when the sentence or the block says so: a speech
 * verb, an age, a role in apposition, a title or person noun before, a "he" or "she" after, or the surname standing
 * alone as a person elsewhere. Organizations need their own evidence: "the", a company word, a longer name.
 */
import { UNKNOWN_WORD, isCapitalized } from '../features';
import { lookupPlaceTokens } from '../gazetteer';
import {
  BODY_WORDS,
  CLUB_WORDS,
  COMPANY_WORDS,
  DATE_WORDS,
  FACILITY_WORDS,
  GEO_SUFFIX,
  NOT_TITLE_WORDS,
  ORG_WORDS,
  PLACE_PREPOSITIONS,
  SITE_WORDS,
  SPEECH_NEIGHBOURS,
  TITLES,
} from '../../lexicon/entityWords';
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS } from '../../lexicon/lexicon';
import { adjacent, isAllCaps, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';
import {
  PERSONAL_VERBS,
  isPersonNoun,
  loneNameWords,
  personCueBefore,
  personNounBefore,
  personalPronounAfter,
  nameWordButPlace,
  unknownNameWord,
} from './people';

/** Prepositions that put the words after them in a place. */
const PLACE_WORDS_BEFORE = new Set([...PLACE_PREPOSITIONS].filter((w) => w !== 'to'));

/** How many lower-case words an apposition may hold before its person noun: ", a veteran nurse at". */
const APPOSITION_REACH = 3;

/** Token k opens a pair: an unknown given-name-shaped word, followed on its line by a surname-shaped word. */
function opensPair(ctx: RuleContext, k: number): boolean {
  const { text, p, tokens, lower, n } = ctx;
  if (k + 1 >= n || p.identity[k] !== UNKNOWN_WORD || !adjacent(text, tokens, k, k + 1)) return false;
  const given = unknownNameWord(p, lower, tokens, k) || placeWordAsGiven(ctx, k);
  return given && surnameShaped(ctx, k + 1);
}

/** Kinds of place whose one-word names are also given names: a town or a province, not a country or a sea. */
const GIVEN_NAME_PLACE_KINDS = new Set(['city', 'region']);

/**
 * Token k is a one-word town or province the tagger has no weight for, not one place with the next word: "former
 * neurosurgeon Ngozi Carson responded" (a province of Burundi; Carson, a Californian city, may follow). Only the sentence's own words make it a person
 * (personSaidAround): "Ngozi Carson" opening a sentence could as well be a place's firm.
 */
function placeWordAsGiven({ p, lower, tokens }: RuleContext, k: number): boolean {
  if (p.gaz[k] === 0 || (k > 0 && p.gaz[k - 1] !== 0) || lookupPlaceTokens(lower, k, k + 2)) return false;
  const place = lookupPlaceTokens(lower, k, k + 1);
  return place !== undefined && GIVEN_NAME_PLACE_KINDS.has(place.kind) && nameWordButPlace(p, lower, tokens, k);
}

/**
 * A word that may be a family name: a name word, no title, organization, date or common word ("Mendoza" and "Bayer"
 * pass, though a city and a company share them); not in capitals ("NATO") nor written in lower case elsewhere.
 */
function surnameShaped({ p, tokens, lower }: RuleContext, k: number): boolean {
  const w = tokens[k].text;
  const l = lower[k];
  return (
    isNameWord(w) &&
    w.length >= 2 &&
    !isAllCaps(w) &&
    !TITLES.has(l) &&
    !NOT_TITLE_WORDS.has(l) &&
    !ORG_WORDS.has(l) &&
    !BODY_WORDS.has(l) &&
    !COMPANY_WORDS.has(l) &&
    !DATE_WORDS.has(l) &&
    !SITE_WORDS.has(l) &&
    !FACILITY_WORDS.has(l) &&
    !GEO_SUFFIX.has(l) &&
    !CLUB_WORDS.has(l) &&
    ((p.docCase.get(p.wordHash[k]) ?? 0) & 2) === 0
  );
}

/** What makes the pair part of something else: "the Caoimhe Group", "Rotor Volgograd Stadium", "Haneul & Co". */
function organizationAround({ p, tokens, lower, n, ents }: RuleContext, k: number): boolean {
  const j = k + 2;
  // "the X Y"; "Chief Kwame Adjei of Twifo Praso said", "in Twifo Praso": a place ("according to X Y" is no place)
  if (k > 0 && (lower[k - 1] === 'the' || lower[k - 1] === 'of' || PLACE_WORDS_BEFORE.has(lower[k - 1]))) return true;
  if (j < n && p.sentenceStart[j] === p.sentenceStart[k] && (isCapitalized(tokens[j].text) || tokens[j].text === '&'))
    return true;
  // "Counterpoint Research analyst Ivan Lok", "Sinn Fein leader": a body's role follows
  if (j < n && (isPersonNoun(lower[j]) || TITLES.has(lower[j]))) return true;
  const b = k - 1;
  if (b < 0 || p.sentenceStart[k] === k || !isCapitalized(tokens[b].text) || titleAt(lower, b)) return false;
  // a name the tagger ended right before ("Undersecretary for Political Affairs Bongani Sherman") is no part of it
  const before = ents.at(b);
  return !before || before.to !== k || before.type === 'PER';
}

/** A title or a person noun opening the sentence before the name ("Lawyer Oisín Kavanagh"). */
function titleAt(lower: string[], b: number): boolean {
  return TITLES.has(lower[b]) || isPersonNoun(lower[b]);
}

/** After the pair: a speech or personal verb ("said", not "said it"), an age (", 34,"), ", who", or a role. */
function personAfter({ tokens, lower, n }: RuleContext, j: number): boolean {
  if (j >= n) return false;
  const verb = SPEECH_NEIGHBOURS.has(lower[j]) || PERSONAL_VERBS.has(lower[j]);
  if (verb) return j + 1 >= n || (lower[j + 1] !== 'it' && lower[j + 1] !== 'its');
  if (tokens[j].text !== ',' || j + 1 >= n) return false;
  if (lower[j + 1] === 'who') return true;
  if (/^\d{1,3}$/.test(tokens[j + 1].text)) return j + 2 < n && tokens[j + 2].text === ',';
  return roleInApposition(tokens, lower, j + 1, n);
}

/**
 * ", a nurse at the hospital", ", an elder in Igloolik", ", his lawyer": a person noun within a few plain words; or
 * a noun no list knows that "who" takes up (", the polling guru who founded the site"): "who" speaks of a person.
 */
function roleInApposition(tokens: RuleContext['tokens'], lower: string[], from: number, n: number): boolean {
  let k = from;
  if (k < n && (INDEFINITE_DETERMINERS.has(lower[k]) || DEFINITE_DETERMINERS.has(lower[k]))) k++;
  const first = k;
  for (let seen = 0; k < n && seen <= APPOSITION_REACH; k++, seen++) {
    if (tokens[k].text !== lower[k]) return false;
    if (lower[k] === 'who') return k > first && first > from;
    if (seen < APPOSITION_REACH && isPersonNoun(lower[k])) return true;
  }
  return false;
}

/**
 * Before the pair: a title or person noun ("nurse Damilola Okafor"), an age or a person noun and a comma, a speech
 * verb ('," said Gurpreet Dhillon'), or a person and "and" ("Clodagh Walsh and Navdeep Gill").
 */
function personBefore({ p, tokens, lower, ents }: RuleContext, k: number): boolean {
  if (k === 0) return false;
  const b = k - 1;
  if (TITLES.has(lower[b]) || personNounBefore(tokens, lower, b) || personCueBefore(tokens, lower, k)) return true;
  if (p.sentenceStart[k] === b && isPersonNoun(lower[b])) return true;
  if (SPEECH_NEIGHBOURS.has(lower[b]) && tokens[b].text === lower[b]) return true;
  return lower[b] === 'and' && b > 0 && ents.at(b - 1)?.type === 'PER';
}

/**
 * The surname at k is itself the one-word person that made it a lone name ("Grand Ethiopian Renaissance Dam", the
 * tagger's "Dam"): then the block has no other evidence from it.
 */
function loneHere({ lower, ents }: RuleContext, k: number, counts: Map<string, number>): boolean {
  const e = ents.at(k);
  return e !== null && e.type === 'PER' && e.from === k && e.to === k + 1 && (counts.get(lower[k]) ?? 0) <= 1;
}

/** How often each capitalized word occurs in the block. */
function capitalizedCounts({ p, lower, n }: RuleContext): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) if (p.capital[i]) counts.set(lower[i], (counts.get(lower[i]) ?? 0) + 1);
  return counts;
}

/** The entities over the pair's tokens, when all lie within it (or start at a title before it); else null. */
function ownersWithin({ lower, ents }: RuleContext, k: number): Entity[] | null {
  const lo = k > 0 && titleAt(lower, k - 1) ? k - 1 : k;
  const owners: Entity[] = [];
  for (const i of [k, k + 1]) {
    const e = ents.at(i);
    if (!e || owners.includes(e)) continue;
    if (e.from < lo || e.to > k + 2) return null;
    owners.push(e);
  }
  return owners;
}

/** Makes tokens [k, k+2) one person, taking over the entities on them. */
function markPerson({ ents }: RuleContext, k: number, owners: Entity[]): void {
  const [first, ...rest] = owners;
  for (const e of rest) ents.remove(e);
  if (!first) {
    ents.add({ from: k, to: k + 2, type: 'PER' });
    return;
  }
  ents.resize(first, k, k + 2);
  first.type = 'PER';
}

/** The pair is already exactly a person. */
function alreadyPerson({ ents }: RuleContext, k: number): boolean {
  const e = ents.at(k);
  return e !== null && e.type === 'PER' && e.from === k && e.to === k + 2;
}

export const unknownGivenNameBeforeSurname: EntityRule = {
  name: 'unknown given name before a surname',
  apply(ctx) {
    const { lower, n } = ctx;
    let lone: Set<string> | undefined;
    let counts: Map<string, number> | undefined;
    const people = new Set<string>();
    const pairs: number[] = [];
    for (let k = 0; k + 1 < n; k++) if (opensPair(ctx, k) && !organizationAround(ctx, k)) pairs.push(k);
    for (const k of pairs) {
      const owners = ownersWithin(ctx, k);
      if (!owners) continue;
      if (alreadyPerson(ctx, k)) {
        people.add(`${lower[k]} ${lower[k + 1]}`);
        continue;
      }
      const lonePerson = () =>
        (lone ??= loneNameWords(ctx)).has(lower[k + 1]) && !loneHere(ctx, k + 1, (counts ??= capitalizedCounts(ctx)));
      const placeWord = ctx.p.gaz[k] !== 0;
      if (placeWord ? !personSaidAround(ctx, k) : !personAround(ctx, k) && !lonePerson()) continue;
      markPerson(ctx, k, owners);
      people.add(`${lower[k]} ${lower[k + 1]}`);
    }
    // the same two words elsewhere in the block are the same person ("Caoimhe Mendoza came from Texas")
    for (const k of pairs) {
      if (!people.has(`${lower[k]} ${lower[k + 1]}`) || alreadyPerson(ctx, k)) continue;
      const owners = ownersWithin(ctx, k);
      if (owners) markPerson(ctx, k, owners);
    }
  },
};

/**
 * The sentence says the pair is a person: a clue after it or before it, a "he" or "she" of its sentence, or its
 * place as the subject opening the sentence (an organization so placed would have needed its own word).
 */
function personAround(ctx: RuleContext, k: number): boolean {
  const { p, lower, ents, n } = ctx;
  const probe: Entity = { from: k, to: k + 2, type: 'ORG' };
  return (
    personAfter(ctx, k + 2) ||
    personBefore(ctx, k) ||
    personalPronounAfter(p, lower, ents, probe, n) ||
    opensSentenceAsSubject(ctx, k)
  );
}

/** The sentence's own words call the pair a person: a clue after or before it, or a "he" or "she" of its sentence. */
function personSaidAround(ctx: RuleContext, k: number): boolean {
  const probe: Entity = { from: k, to: k + 2, type: 'ORG' };
  return (
    personAfter(ctx, k + 2) || personBefore(ctx, k) || personalPronounAfter(ctx.p, ctx.lower, ctx.ents, probe, ctx.n)
  );
}

/**
 * The pair opens its sentence (not a headline), or a clause after an opening phrase and a comma, and a lower-case
 * word other than a function word follows: "Siila Arnaquq watched", "Growing up in El Paso, Caoimhe Mendoza saw".
 */
function opensSentenceAsSubject({ p, tokens, lower, n }: RuleContext, k: number): boolean {
  const j = k + 2;
  const s = p.sentenceStart[k];
  if (p.headline[k] || j >= n || p.sentenceStart[j] !== s) return false;
  if (!/^\p{Ll}+$/u.test(tokens[j].text) || lower[j] === 'of') return false;
  if (s === k) return true;
  return tokens[k - 1].text === ',' && !NOT_TITLE_WORDS.has(lower[j]) && isOpeningPhrase(tokens, s, k - 1);
}

/** How long an opening phrase may be: bounds the scan, so that a long sentence of names stays linear. */
const OPENING_PHRASE_REACH = 12;

/** Tokens [from, to) are a short phrase with no comma: not a list ("Paris, Rome, Deportivo Coruna"). */
function isOpeningPhrase(tokens: RuleContext['tokens'], from: number, to: number): boolean {
  if (to - from > OPENING_PHRASE_REACH) return false;
  for (let i = from; i < to; i++) if (tokens[i].text === ',') return false;
  return true;
}

/** First words, no list knows, of the block's full names: "teuila" of "Teuila Murdoch". */
function unknownGivenNamesOfPeople({ p, ents }: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const e of ents.list)
    if (e.type === 'PER' && e.to - e.from >= 2 && e.to - e.from <= 3 && p.identity[e.from] === UNKNOWN_WORD)
      out.add(p.lower[e.from]);
  return out;
}

/** Token k stands alone: no name word right before it (a sentence may open with it) nor right after it. */
function standsAlone({ p, tokens, n }: RuleContext, k: number): boolean {
  const before = k > 0 && p.sentenceStart[k] !== k && isNameWord(tokens[k - 1].text);
  return !before && !(k + 1 < n && p.sentenceStart[k + 1] === p.sentenceStart[k] && isNameWord(tokens[k + 1].text));
}

/**
 * A person's unknown given name used alone is that person, not the organization or place the tagger guessed: after
 * "Teuila Murdoch", "Teuila has spearheaded initiatives" and "his two sons, Lachlan and Teuila". Known given names
 * the tagger reads itself; a gazetteer place keeps its type.
 */
export const unknownGivenNameAlone: EntityRule = {
  name: 'unknown given name alone',
  apply(ctx) {
    const { p, n, ents } = ctx;
    const given = unknownGivenNamesOfPeople(ctx);
    if (given.size === 0) return;
    for (let k = 0; k < n; k++) {
      if (p.identity[k] !== UNKNOWN_WORD || p.gaz[k] !== 0 || !given.has(p.lower[k]) || !standsAlone(ctx, k)) continue;
      const owner = ents.at(k);
      if (!owner) ents.add({ from: k, to: k + 1, type: 'PER' });
      else if (owner.from === k && owner.to === k + 1) owner.type = 'PER';
    }
  },
};

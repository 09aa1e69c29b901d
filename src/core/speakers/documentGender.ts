/**
 * A person's gender learnt from the whole article, for a name whose given name tells nothing ("Brynja Christie",
 * "Tuilagi Faleolo"): the article takes the person up with "he" or "she" again and again, long before or after the
 * quote that needs it. "Christie defended his endorsement", "Faleolo said she would stay": a sentence of the writer's
 * that names one person only and no other noun for a person, then a third-person pronoun, votes for that person;
 * the votes of the whole article decide, one sex well ahead of the other. Without it "she said" after a male Christie
 * and a female Harrison, both of unknown given names, may pick Christie.
 */
import type { Doc, DocToken } from '../text/document';
import type { Gender } from './gender';
import type { Entry } from './speakerEntry';
import { PRONOUN_GENDER, firstNameGender, isSharedFirstName } from './gender';
import { kinGender, personNounGender } from './roleFit';
import { FUNCTION_WORDS, SENTENCE_END, SUBJECT_THIRD_PERSON } from '../lexicon/functionWords';
import { ROLE_NOUNS, isProfessionNoun } from '../lexicon/lexicon';

/** The key votes are counted under: a name's last word, lower case, without a possessive ("Christie’s" → christie). */
export const genderKey = (name: string): string => {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1].toLowerCase().replace(/['’]s$/, '');
};

/**
 * "Christie" read alone as a woman's first name, then "Brynja Christie" (a given name no list knows): the lone word
 * was a surname, of either sex, so the gender its first sight gave goes. `words`: the incoming name's word count.
 */
export function forgetLoneNameGender(entry: Entry, words: number): void {
  if ((entry.genderFrom !== 'name' && entry.genderFrom !== 'sharedName') || words < 2) return;
  entry.gender = undefined;
  entry.genderFrom = undefined;
}

/** A noun another person may be ("his wife", "the reporter", "the governor"): the pronoun may be theirs. */
const isPersonNoun = (w: string): boolean =>
  personNounGender(w) !== undefined || kinGender(w) !== undefined || ROLE_NOUNS.has(w) || isProfessionNoun(w);

/**
 * isPersonNoun remembered per word: the vote reads most words of the article's sentences, and the answer for "the"
 * or "said" (two regular expressions and four lists) never changes. Bounded, as a text of all-distinct words must not
 * grow it without end.
 */
const personNounMemo = new Map<string, boolean>();
function personNoun(w: string): boolean {
  let known = personNounMemo.get(w);
  if (known === undefined) {
    known = isPersonNoun(w);
    if (personNounMemo.size < PERSON_NOUN_MEMO_MAX) personNounMemo.set(w, known);
  }
  return known;
}
const PERSON_NOUN_MEMO_MAX = 50_000;

interface Votes {
  male: number;
  female: number;
}

/** "him", and "her" before no noun of hers ("told her that", "backed her up"; not "her own", "her father"). */
function isObject(word: string, next: DocToken | undefined): boolean {
  if (word === 'him') return true;
  if (word !== 'her') return false;
  return !next || !next.word || (FUNCTION_WORDS.has(next.lower) && next.lower !== 'own');
}

const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');

/**
 * The gender the article gives each name key (genderKey), where one sex has more than twice the other's votes.
 * `inQuote`: offsets inside quotation marks, whose pronouns are the speaker's own ("'He lied,' Faleolo said").
 * Two rounds: the second also counts a sentence naming several people of whom all but one are known to be of the
 * other sex, by first name or by the first round ("Davis, the daughter, told Trump that whatever he meant …").
 */
export function documentGenders(doc: Doc, inQuote: (start: number, end: number) => boolean): Map<string, Gender> {
  const personAt = personKeys(doc);
  const sentences = narrationSentences(doc.tokens, inQuote);
  const given = givenNamesOf(doc);
  const named = givenNameGenders(given);
  const single = (key: string) => (given.get(key)?.size ?? 0) <= 1;
  // each sentence is read once; the two rounds weigh the same evidence
  const evidence = sentences.map((s, i) => sentenceEvidence(doc.tokens, s, sentences[i + 1], personAt, inQuote));
  const first = tally(
    evidence.map((e) => e && fitting(e.keys, e.gender, () => undefined)),
    single,
  );
  const known = (key: string) => named.get(key) ?? first.get(key);
  return tally(
    evidence.map((e) => e && fitting(e.keys, e.gender, known)),
    single,
  );
}

function tally(
  list: Array<{ key: string; gender: Gender } | undefined>,
  single: (key: string) => boolean,
): Map<string, Gender> {
  const votes = new Map<string, Votes>();
  for (const vote of list) {
    if (!vote) continue;
    const v = votes.get(vote.key) ?? { male: 0, female: 0 };
    v[vote.gender]++;
    votes.set(vote.key, v);
  }
  const out = new Map<string, Gender>();
  for (const [key, v] of votes) {
    if (!single(key)) continue;
    if (v.male > 2 * v.female) out.set(key, 'male');
    else if (v.female > 2 * v.male) out.set(key, 'female');
  }
  return out;
}

/** The writer's sentences as token ranges [from, to): ended by a full stop outside quotation marks or a new line. */
function narrationSentences(
  tokens: readonly DocToken[],
  inQuote: (start: number, end: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    const ends = !t || (i > from && t.line !== tokens[i - 1].line);
    if (!ends && !(SENTENCE_END.has(t.text) && !inQuote(t.start, t.end))) continue;
    const to = ends ? i : i + 1;
    if (to > from) out.push([from, to]);
    from = to;
  }
  return out;
}

/**
 * Per name key, the given names the article's full names pair it with ("Bill Clinton", "Hillary Clinton"): a key
 * of two people has no one gender, whatever its votes.
 */
function givenNamesOf(doc: Doc): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const p of doc.people) {
    const words = p.text.split(/\s+/);
    if (words.length < 2) continue;
    const key = genderKey(p.text);
    let names = out.get(key);
    if (!names) out.set(key, (names = new Set()));
    names.add(words[0].toLowerCase());
  }
  return out;
}

/**
 * The sex the one given name of a name key tells ("Angela Merkel": merkel is a woman); not a name both sexes bear
 * ("Lindsey Graham"), whose votes decide.
 */
function givenNameGenders(given: Map<string, Set<string>>): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const [key, names] of given) {
    const name = names.size === 1 ? [...names][0] : undefined;
    const g = name && !isSharedFirstName(name) ? firstNameGender(name) : undefined;
    if (g) out.set(key, g);
  }
  return out;
}

/**
 * Per token, the name key of the person mention starting there, null for its other tokens, undefined elsewhere. An
 * array, not a map: the vote reads it at every token of every sentence.
 */
type PersonAt = ReadonlyArray<string | null | undefined>;
function personKeys(doc: Doc): PersonAt {
  const out = new Array<string | null | undefined>(doc.tokens.length).fill(undefined);
  for (const p of doc.people) {
    const first = doc.tokenAt(p.start);
    if (first < 0 || first >= doc.tokens.length) continue;
    out[first] = genderKey(p.text);
    for (let k = first + 1; k < doc.tokens.length && doc.tokens[k].start < p.end; k++) out[k] = null;
  }
  return out;
}

/**
 * What the sentence at tokens [from, to) says of its people's sex: the first pronoun outside quotation marks after a
 * person is named, with the names it may take up (no noun for another person between). `fitting` turns it into a
 * vote when one name only fits.
 */
function sentenceEvidence(
  tokens: readonly DocToken[],
  [from, to]: [number, number],
  next: [number, number] | undefined,
  personAt: PersonAt,
  inQuote: (start: number, end: number) => boolean,
): { keys: string[]; gender: Gender } | undefined {
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    // the quotation test last, on the few tokens that count: it is the loop's costliest step
    const person = personAt[k];
    if (person === null) continue;
    const t = tokens[k];
    if (person !== undefined) {
      if (!keys.includes(person) && !inQuote(t.start, t.end)) keys.push(person);
      continue;
    }
    if (!t.word) continue;
    const g = PRONOUN_GENDER.get(t.lower);
    // "frontman Kiedis" describes the person; "Christie told the reporter he …" may be about the reporter
    const noun = !g && keys.length > 0 && personNoun(t.lower);
    if ((!g && !noun) || inQuote(t.start, t.end)) continue;
    // "Obama backed her up": an object pronoun in the name's clause is someone else, and makes the sentence theirs
    if (g && isObject(t.lower, tokens[k + 1])) return undefined;
    if (g) return { keys, gender: g };
    return undefined;
  }
  // "Farnaz Heydari has run the company since 2021. She has long urged …": the next sentence of the paragraph opens
  // on the pronoun, after the paragraph's first sentence only ("Reyes backed a levy. Minister Obi later adopted a
  // similar plan. She has since …" goes on with the paragraph's subject)
  const opener = next && tokens[next[0]];
  const g =
    opener && opener.cap && SUBJECT_THIRD_PERSON.has(opener.lower) ? PRONOUN_GENDER.get(opener.lower) : undefined;
  const first = from === 0 || tokens[from - 1].line !== tokens[from].line;
  if (!opener || !g || !first || opener.line !== tokens[from].line || inQuote(opener.start, opener.end))
    return undefined;
  return { keys, gender: g };
}

/** The vote for the one person named whom the pronoun of sex `g` fits (none known to be of the other sex). */
function fitting(
  keys: string[],
  g: Gender,
  known: (key: string) => Gender | undefined,
): { key: string; gender: Gender } | undefined {
  const fit = keys.filter((key) => known(key) !== other(g));
  return fit.length === 1 ? { key: fit[0], gender: g } : undefined;
}

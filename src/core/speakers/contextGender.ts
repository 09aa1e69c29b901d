/**
 * A person's gender read from the words around a mention of their name, for names whose first name does not tell
 * ("Robin", "Priya", "Morgan") or tells wrong: a gendered noun in the title or the apposition ("Councilwoman Morgan
 * Hale", "Robin Achebe, a father of three,", "his wife, Robin Achebe,"), else the pronoun that takes the name up
 * next ("Robin Achebe has lived there since 1994. Her flat …"). Without it, "she said" counts a man of an unknown
 * first name as a rival, or picks him.
 */
import type { DocToken } from '../text/document';
import { PRONOUN_GENDER, type Gender } from './gender';
import { kinGender, personNounGender } from './roleFit';
import { isRankOrOffice } from './nameForms';
import { OBLIQUE_PREPOSITIONS, SENTENCE_END, SUBJECT_THIRD_PERSON, SUBORDINATORS } from '../lexicon/functionWords';
import { CUE_VERBS } from '../lexicon/lexicon';

const nounGender = (word: string): Gender | undefined => personNounGender(word) ?? kinGender(word);

/** Nouns of sex and kinship, which a first name does not outweigh ("Sam Okafor, a grandmother of four"); office nouns
 * in -man ("Trump spokesman Hope Hicks") are said of women too. */
const SEX_NOUNS = new Set([
  'woman',
  'man',
  'mother',
  'father',
  'wife',
  'husband',
  'daughter',
  'son',
  'sister',
  'brother',
  'grandmother',
  'grandfather',
  'widow',
  'widower',
]);
export const sexNounGender = (word: string): Gender | undefined =>
  SEX_NOUNS.has(word) ? personNounGender(word) : kinGender(word);

/** Words that may open an apposition before its noun: "a father of three", "his wife", "the company's spokeswoman". */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one']);
/** Words an apposition's noun may stand after: "a retired father of three" (the noun is among the first few). */
const APPOSITION_REACH = 4;

/**
 * The gender a noun next to the name at tokens [from, to) says: a title right before it ("Councilwoman", "actress",
 * "spokesman" over other capitalized titles), a noun in apposition before it ("his wife, Robin Achebe,") or after
 * it ("Robin Achebe, a father of three,").
 */
export function nounGenderNear(
  tokens: readonly DocToken[],
  from: number,
  to: number,
  nouns: (word: string) => Gender | undefined = nounGender,
): Gender | undefined {
  return (
    titleGender(tokens, from, nouns) ??
    appositionBeforeGender(tokens, from, to, nouns) ??
    appositionAfterGender(tokens, to, nouns)
  );
}

/** A gendered title right before the name, only over capitalized words and offices ("Councilwoman Dr. Morgan Hale"). */
function titleGender(
  tokens: readonly DocToken[],
  from: number,
  nouns: (word: string) => Gender | undefined,
): Gender | undefined {
  const line = tokens[from].line;
  // never over a verb: "the man told Robin Achebe"
  for (let k = from - 1; k >= 0 && from - k <= 3 && tokens[k].line === line && tokens[k].word; k--) {
    const g = nouns(tokens[k].lower);
    if (g) return g;
    if (!tokens[k].cap && !isRankOrOffice(tokens[k].lower)) break;
  }
  return undefined;
}

/** "his wife, Robin Achebe, said": an apposition closed after the name, not "Like his mother, Robin studied law". */
function appositionBeforeGender(
  tokens: readonly DocToken[],
  from: number,
  to: number,
  nouns: (word: string) => Gender | undefined,
): Gender | undefined {
  const line = tokens[from].line;
  const after = tokens[to];
  const closed = !after || after.line !== line || after.text === ',' || SENTENCE_END.has(after.text);
  if (!closed || tokens[from - 1]?.text !== ',' || tokens[from - 2]?.line !== line) return undefined;
  return nouns(tokens[from - 2].lower);
}

/**
 * "Robin Achebe, a father of three," "…, mother of two,", "…, the company's spokeswoman,"; not "Chez Vachon,
 * Clinton and husband Bill" (a list) nor "Hillary Clinton, his son said" (a clause).
 */
function appositionAfterGender(
  tokens: readonly DocToken[],
  to: number,
  nouns: (word: string) => Gender | undefined,
): Gender | undefined {
  const line = tokens[to - 1].line;
  const first = tokens[to + 1];
  if (tokens[to]?.text !== ',' || tokens[to].line !== line || !first || first.line !== line) return undefined;
  const opens = APPOSITION_OPENERS.has(first.lower) || namedPossessor(tokens, to + 1);
  for (let k = to + 1; k < tokens.length && k - to <= APPOSITION_REACH + 1 && tokens[k].line === line; k++) {
    const t = tokens[k];
    const g = nouns(t.lower);
    if (g) return (k === to + 1 || opens) && closesApposition(tokens[k + 1], line) ? g : undefined;
    if (k > to + 1 && !opens) return undefined;
    if (!t.word && !isPossessive(t) && t.text !== '-') return undefined;
    if (OBLIQUE_PREPOSITIONS.has(t.lower) || SUBORDINATORS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** "Ronald Reagan's daughter", "Smith's wife": a name of up to three capitalized words in the possessive at `k`. */
function namedPossessor(tokens: readonly DocToken[], k: number): boolean {
  for (let i = k; i < k + 3 && tokens[i]?.cap; i++) if (isPossessive(tokens[i + 1])) return true;
  return false;
}

const isPossessive = (t: DocToken | undefined): boolean => !!t && (t.text === "'s" || t.text === '’s');

/** What may follow an apposition's noun: its end, a preposition ("father of three"), a relative ("who …"), "and". */
function closesApposition(next: DocToken | undefined, line: number): boolean {
  if (!next || next.line !== line || !next.word) return true;
  return OBLIQUE_PREPOSITIONS.has(next.lower) || SUBORDINATORS.has(next.lower) || next.lower === 'and';
}

/** Tokens after the name within which the next pronoun is looked for. */
const PRONOUN_REACH = 30;

/**
 * The gender of the pronoun that takes up the name at tokens [from, to) right away, where it can hardly be anyone
 * else's: the subject pronoun of the name's own reporting verb ("Alixandria Lapp, a director, said she thinks …"),
 * or, when the name's sentence opens its paragraph, the word opening the next one ("Robin Achebe has lived there
 * since 1994. Her flat …"). An object "her"
 * in the name's clause is someone else ("Obama surged ahead of her"), and a pronoun after "and" may be too
 * ("Biden stayed out and she won"), so neither counts. Nothing that could be an antecedent may stand between: no
 * other person (`personAt`), no gendered noun, no quotation. The caller passes only a name that is its sentence's
 * subject.
 */
export function pronounGenderAfter(
  tokens: readonly DocToken[],
  from: number,
  to: number,
  personAt: (k: number) => boolean,
): Gender | undefined {
  const line = tokens[to - 1].line;
  for (let k = to; k < tokens.length && k - to < PRONOUN_REACH && tokens[k].line === line; k++) {
    const t = tokens[k];
    if (SENTENCE_END.has(t.text)) {
      const next = tokens[k + 1];
      // only after the paragraph's first sentence, which is about the name: "President Obama later adopted a similar
      // approach. She has called for …" goes on with the paragraph's own subject
      if (!opensParagraph(tokens, from)) return undefined;
      return next && next.line === line && next.cap ? PRONOUN_GENDER.get(next.lower) : undefined;
    }
    if (SUBJECT_THIRD_PERSON.has(t.lower))
      return CUE_VERBS.has(tokens[k - 1]?.lower) ? PRONOUN_GENDER.get(t.lower) : undefined;
    if (!t.word && t.text !== ',' && !isPossessive(t) && t.text !== '-') return undefined;
    if (nounGender(t.lower) || personAt(k)) return undefined;
  }
  return undefined;
}

/** No sentence ends between the start of the paragraph and token `from`. */
function opensParagraph(tokens: readonly DocToken[], from: number): boolean {
  for (let k = from - 1; k >= 0 && tokens[k].line === tokens[from].line; k--)
    if (SENTENCE_END.has(tokens[k].text)) return false;
  return true;
}

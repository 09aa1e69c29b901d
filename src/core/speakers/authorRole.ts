/**
 * The author of a book, from the sentence that says so: "Hal Brook has written a book about his years at the palace",
 * "Hal Brook, a former palace guard, wrote a memoir" — so that "the author wrote" later names him rather than the
 * person the book is about, who may have spoken since.
 *
 * Left alone: a verb whose subject is someone named in between ("Hal Brook said Ada Lorne wrote a memoir": Lorne is
 * the author, read at her own name), a clause that is not the name's ("Hal Brook, who met the man who wrote the book,")
 * and a text that is no book ("Hal Brook wrote a letter").
 */
import { BOOK_WRITING_VERBS } from '../lexicon/speakerWords';
import { BOOK_NOUNS } from '../lexicon/newsWords';
import { AUTHOR_AUXILIARIES, AUTHOR_CLAUSE_WORDS, OBLIQUE_PREPOSITIONS, SENTENCE_END } from '../lexicon/functionWords';
import type { DocToken } from '../text/document';

/** Tokens of an appositive skipped between the name and its verb: "a former Secret Service agent for President X". */
const MAX_APPOSITIVE_TOKENS = 14;
/** Words between the verb and the book: "has written a new tell-all book", "wrote his 2014 memoir". */
const MAX_WORK_WORDS = 4;

/**
 * "author" when the name at tokens [from, to) is the subject of a verb of writing a book; `personStart(k)` tells
 * whether a person's name the recognizer found starts at token k. A name after a preposition is no subject: in "Ann
 * Bell, a guard for Mayor Joe Hale has written a book", Bell wrote it.
 */
export function authorRole(
  tokens: readonly DocToken[],
  from: number,
  to: number,
  personStart: (k: number) => boolean,
): string | undefined {
  if (afterPreposition(tokens, from)) return undefined;
  const line = tokens[to - 1]?.line;
  let k = tokens[to]?.text === ',' ? skipAppositive(tokens, to + 1, line, personStart) : to;
  if (k < 0) return undefined;
  while (AUTHOR_AUXILIARIES.has(tokens[k]?.lower ?? '') && tokens[k].line === line) k++;
  if (!BOOK_WRITING_VERBS.has(tokens[k]?.lower ?? '') || tokens[k].line !== line) return undefined;
  for (let w = k + 1; w <= k + MAX_WORK_WORDS + 1 && tokens[w]?.line === line; w++) {
    if (BOOK_NOUNS.has(tokens[w].lower)) return 'author';
    if (!tokens[w].word && tokens[w].text !== '-') return undefined;
  }
  return undefined;
}

/**
 * The token after an appositive opened by the name's comma: past its closing comma, or (unclosed, as in "Ann Bell, a
 * former guard for Mayor Joe Hale has written …") up to the verb. -1 when the phrase is a clause or holds a subject
 * of its own: a name inside may only be the object of a preposition ("for Mayor Joe Hale").
 */
function skipAppositive(
  tokens: readonly DocToken[],
  from: number,
  line: number | undefined,
  personStart: (k: number) => boolean,
): number {
  for (let k = from; k < tokens.length && k - from <= MAX_APPOSITIVE_TOKENS && tokens[k].line === line; k++) {
    const t = tokens[k];
    if (t.text === ',') return k + 1;
    if (SENTENCE_END.has(t.text) || AUTHOR_CLAUSE_WORDS.has(t.lower)) return -1;
    if (
      BOOK_WRITING_VERBS.has(t.lower) ||
      (AUTHOR_AUXILIARIES.has(t.lower) && BOOK_WRITING_VERBS.has(tokens[k + 1]?.lower ?? ''))
    )
      return k > from ? k : -1;
    if (personStart(k) && !afterPreposition(tokens, k)) return -1;
  }
  return -1;
}

/** "for President Bill Clinton": the word before the name's capitalized titles is a preposition. */
function afterPreposition(tokens: readonly DocToken[], k: number): boolean {
  let b = k - 1;
  while (b >= 0 && tokens[b].cap) b--;
  return b >= 0 && OBLIQUE_PREPOSITIONS.has(tokens[b].lower);
}

/**
 * A test of a word that asks many word lists, remembered per word. "Is 'Okafor' a title, a company word, a date, a
 * person noun …" asks some twenty sets each time the word is met (every rule that looks at an unknown name asks
 * again, in every block); the answer never changes, so after the first time it costs one Map lookup.
 */

/** Words remembered per test before it starts afresh: bounds memory on a text of all-distinct words. */
const MAX_REMEMBERED = 1 << 15;

/**
 * Words this long are not remembered: V8 makes a slice of 13 characters or more a view into the whole text, and the
 * memory would keep that text alive after its analysis. Such words are few.
 */
export const LONGEST_REMEMBERED = 12;

/** `test`, answered from memory for a word already asked about. `test` must depend on the word alone. */
export function rememberedPerWord(test: (word: string) => boolean): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    if (word.length > LONGEST_REMEMBERED) return test(word);
    const remembered = known.get(word);
    if (remembered !== undefined) return remembered;
    const answer = test(word);
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(word, answer);
    return answer;
  };
}

/**
 * One style for every word list: `words('NAME', 'a b c')`, entries separated by white space. Each list is kept by
 * name with its entries as written, so that test/unit/lexicon.test.ts can check every list for duplicate entries and
 * for near copies of another list; a list that deliberately adds a few words to another says so with `extend`.
 */

export interface WordList {
  readonly name: string;
  /** The entries as written (duplicates included, so that the test can find them). */
  readonly entries: readonly string[];
  /** The list this one extends: its entries are the base's plus `entries`. */
  readonly base?: string;
}

/** Every list built by words() or extend(), in load order. */
export const WORD_LISTS: WordList[] = [];
const names = new WeakMap<ReadonlySet<string>, string>();

function split(list: string): string[] {
  return list.split(/\s+/).filter((w) => w !== '');
}

/** A named list: `words('WEEKDAYS', 'monday tuesday …')`. */
export function words(name: string, list: string): Set<string> {
  const entries = split(list);
  const set = new Set(entries);
  WORD_LISTS.push({ name, entries });
  names.set(set, name);
  return set;
}

/** A list that is another plus a few words, declared so: `extend('CLAUSE_END', SENTENCE_END, ';')`. */
export function extend(name: string, base: ReadonlySet<string>, list: string): Set<string> {
  const entries = split(list);
  const set = new Set([...base, ...entries]);
  WORD_LISTS.push({ name, entries, base: names.get(base) ?? '(unnamed)' });
  names.set(set, name);
  return set;
}

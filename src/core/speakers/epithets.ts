/**
 * News renames a person it has just introduced by a trait instead of a title: "Asante, 19, scored late. 'I just hit
 * it,' the teenager said"; "Landry, 61, ... the 61-year-old". The age written after a name ("Asante, 19,") is kept
 * with the person, and an age epithet ("the 19-year-old", "the teenager", "the septuagenarian") denotes the person
 * of that age named most recently.
 */

/** The age written right after a name: "Kwame Asante, 19," or "Peter Landry (61)". */
export function ageAfterName(text: string, end: number): number | undefined {
  const m = /^(?:,\s*|\s*\()(\d{1,3})(?=\s*[,)])/.exec(text.slice(end, end + 8));
  const age = m ? Number(m[1]) : NaN;
  return age > 0 && age < 120 ? age : undefined;
}

/** The ages an epithet admits, or null for no age epithet: "19-year-old" → [19, 19], "teenager" → [13, 19]. */
export function epithetAges(words: string): [number, number] | null {
  const exact = /^(\d{1,3})[-‐–\s]year[-‐–\s]old$/.exec(words);
  if (exact) return [Number(exact[1]), Number(exact[1])];
  return AGE_WORDS.get(words) ?? null;
}

const AGE_WORDS: ReadonlyMap<string, [number, number]> = new Map([
  ['teenager', [13, 19]],
  ['teen', [13, 19]],
  ['youngster', [10, 21]],
  ['twentysomething', [20, 29]],
  ['quadragenarian', [40, 49]],
  ['quinquagenarian', [50, 59]],
  ['sexagenarian', [60, 69]],
  ['septuagenarian', [70, 79]],
  ['octogenarian', [80, 89]],
  ['nonagenarian', [90, 99]],
  ['centenarian', [100, 119]],
]);

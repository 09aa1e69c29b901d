/**
 * Word lists of speaker resolution (speakers/): titles that are also honorifics, words that never name a person on
 * their own. Lower-case keys.
 */

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter((w) => w !== ''));
}

/** An abbreviated title before a name gives its office: "Gov. Chris Christie" is a governor ("the governor" later). */
export const HONORIFIC_OFFICE: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'],
  ['gov.', 'governor'],
  ['sen', 'senator'],
  ['sen.', 'senator'],
  ['rep', 'representative'],
  ['rep.', 'representative'],
  ['gen', 'general'],
  ['gen.', 'general'],
  ['prof', 'professor'],
  ['prof.', 'professor'],
]);

/**
 * Capitalized words that open a sentence or a clause and are never a person's whole name: "Instead, he said …",
 * "Band member Flea". A one-word "person" made of one of them is a misreading.
 */
export const NEVER_A_PERSON = set(`
instead however meanwhile still later earlier then now today yesterday here there also too indeed thus hence
band court group team party campaign twitter facebook instagram youtube washington
`);

/**
 * Verbs that report speech only right after a quote ('"Would it be negotiable?" Hale pressed.'); elsewhere they mean
 * something else ("pressed the button", "started the car"), so they are not general reporting cues.
 */
export const AFTER_QUOTE_CUES = set(`
pressed exhorted chanted cracked thundered griped groused raged ranted screamed murmured mumbled stammered started began
offered chimed interjected
`);

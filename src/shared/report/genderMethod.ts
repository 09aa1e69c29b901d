// How the gender figures are estimated, in words, apart from the estimate itself (genderEstimate.ts): the extension
// host shows it in the folder report without loading the word lists the estimate needs.

/** Said in the panel's tooltip and the report, so a reader knows how far to trust the figure. */
export const GENDER_METHOD =
  'Estimated from titles (Mr., Mrs., Ms., Sir, Dame…) in the mentions of a named person, else from the first name ' +
  '(a list of common first names); unisex, rare or conflicting names count as unknown. Organizations and anonymous ' +
  'sources are not counted.';

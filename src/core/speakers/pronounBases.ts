/**
 * The bases a pronoun's resolution gives ("pronoun: the person just asked"), shared by the salience rule (pronouns.ts),
 * the learned choice that may overrule it (antecedentChoice.ts) and the demonyms' check (demonymSpeakers.ts): "Hale
 * asked Rivera whether … 'No,' she said" is resolved by the asked person's basis, which the model may not overrule.
 */
export const LATEST_NAMED = 'pronoun: the latest person named';

export const ASKED = 'pronoun: the person just asked';

export const PARAGRAPH_SPEAKER = 'pronoun: earlier speaker in the paragraph';

export const PARAGRAPH_SUBJECT = 'pronoun: subject of the paragraph';

export const INTRODUCED = 'pronoun: the person the paragraph before introduced';

export const CLOSING_SUBJECT = 'pronoun: subject of the sentence before';

export const OWN_SUBJECT = 'pronoun: subject of its own sentence';

export const LATEST_SPEAKER = 'pronoun: the latest speaker';

export const VIEWPOINT = 'pronoun: the person whose view the sentence gives';

/**
 * Picks anchored in the pronoun's own paragraph, which the learned model may not overrule: by cross-validation on
 * train it was right in 2 of 8 such overrulings (and 6 of 6 over "the latest speaker"), and on other outlets' news
 * it sent "'I love this job,' she said" after "nurse Priya Venkataraman said …" to the article's most quoted person.
 */
export const PARAGRAPH_BASES: ReadonlySet<string | undefined> = new Set([
  ASKED,
  PARAGRAPH_SPEAKER,
  PARAGRAPH_SUBJECT,
  CLOSING_SUBJECT,
  OWN_SUBJECT,
  VIEWPOINT,
]);

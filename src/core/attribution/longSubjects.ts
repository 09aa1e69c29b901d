/**
 * A long subject between a quote and its cue: '"…," the former chief executive of the company that built the bridge
 * said', '"…," a senior official with knowledge of the talks between the two governments said'. The phrase readers
 * stop after a link or two ("of the company"), so read back from the cue they find no subject and read on from the
 * quote they stop short of it. After a quote that breaks off mid-sentence, though, every word up to the cue is the
 * cue's subject: a description opening right after the quote, its head a speaker noun, and then only the words of
 * its post-modifiers (a preposition's phrase, a relative clause without commas).
 *
 * '"…," the mayor of the town where the plant closed, Ann Roy, said' is no such subject (a comma): apposedNames.ts
 * reads it; '"…," the official in charge of the' ends on a function word, no noun phrase.
 */
import type { Doc, DocToken } from '../text/document';
import { DESCRIPTION_OPENERS } from '../lexicon/lexicon';
import { ARTICLES, MODIFIER_STOP, OBLIQUE_PREPOSITIONS, RELATIVES } from '../lexicon/functionWords';
import { isSpeakerNoun, type Phrase } from './phrases';
import { isPossessive } from './phraseParts';
import { isPastVerb } from './tokenPredicates';

/** "representing", "standing": a present participle, a few letters before its "-ing". */
const PRESENT_PARTICIPLE = /^\p{Ll}{3,}ing$/u;
/** Words of the head's own phrase before its first link ("the longtime senior aide"). */
const MAX_HEAD_WORDS = 5;
/** Words of the whole subject: longer runs are more likely a clause of the writer's own. */
const MAX_SUBJECT_WORDS = 20;

/** The subject filling tokens [k, lead) between a quote and its cue, read as a post-modified description. */
export function postModifiedSubject(doc: Doc, k: number, lead: number): Phrase | null {
  const { tokens } = doc;
  if (lead - k > MAX_SUBJECT_WORDS || !DESCRIPTION_OPENERS.has(tokens[k].lower)) return null;
  let link = k + 1;
  while (link < lead && link - k <= MAX_HEAD_WORDS && tokens[link].word && !opensModifier(tokens, link)) link++;
  if (link >= lead || link === k + 1 || !opensModifier(tokens, link)) return null;
  for (let i = link; i < lead; i++) if (!isModifierToken(tokens, i)) return null;
  const last = tokens[lead - 1];
  if (!last.word || endsDangling(last)) return null;
  return { from: k, to: lead, kind: 'description', nameFrom: lead, nameTo: lead };
}

/**
 * Token `i` opens a post-modifier of the speaker noun before it: a preposition or a relative word ("of", "with",
 * "that", "who"), a participle ("a statement released on Friday by the agency", "the lawyer representing the
 * family") or the article of a relative clause's subject with no "that" ("a statement the agency released").
 */
function opensModifier(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (t.cap || !isSpeakerNoun(tokens[i - 1].lower)) return false;
  return (
    OBLIQUE_PREPOSITIONS.has(t.lower) ||
    RELATIVES.has(t.lower) ||
    isPastVerb(t.lower) ||
    PRESENT_PARTICIPLE.test(t.lower) ||
    ARTICLES.has(t.lower)
  );
}

/** A post-modifier's word on the subject's line: no punctuation but a possessive or a hyphen. */
function isModifierToken(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  if (t.line !== tokens[i - 1].line) return false;
  if (t.word) return !MODIFIER_STOP.has(t.lower) || ARTICLES.has(t.lower) || joinsBodyName(tokens, i);
  return isPossessive(tokens, i) || t.text === '-';
}

/** "the state's Department of Health and Human Services": a lower-case "and" between a body name's capitals. */
function joinsBodyName(tokens: DocToken[], i: number): boolean {
  const t = tokens[i];
  return t.lower === 'and' && !t.cap && tokens[i - 1].cap && tokens[i + 1]?.cap === true;
}

/** A last word that leaves its phrase open: "of", "that", "and". */
function endsDangling(t: DocToken): boolean {
  return MODIFIER_STOP.has(t.lower) || OBLIQUE_PREPOSITIONS.has(t.lower) || RELATIVES.has(t.lower);
}

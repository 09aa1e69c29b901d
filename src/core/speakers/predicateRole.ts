/**
 * The role a predicate gives a person right after their name: "Eleanor Ashworth spent four years as the nation's
 * secretary of state", "Carlos Ruiz, who served as mayor from 2010 to 2018," — so that "the former secretary of
 * state" or "the former mayor" later names them, as a title before the name would.
 */
import { EVERYDAY_ROLES, isProfessionNoun, ROLE_NOUNS } from '../lexicon/lexicon';
import { ROLE_STOP_WORDS, SERVING_VERBS } from '../lexicon/speakerWords';
import type { DocToken } from '../text/document';

/** Words between the verb and "as": "spent four years as", "served two terms as". */
const MAX_SPAN_WORDS = 4;
/** Words of the role after "as": "the nation's secretary of state". */
const MAX_ROLE_WORDS = 8;

/** The role "as …" after a serving verb after a name ending before token `to`; "former …" when the verb is past. */
export function predicateRole(tokens: readonly DocToken[], to: number, source: string): string | undefined {
  let verb = to;
  if (tokens[verb]?.text === ',' && tokens[verb + 1]?.lower === 'who') verb += 2;
  const tense = SERVING_VERBS.get(tokens[verb]?.lower ?? '');
  if (!tense || tokens[verb].line !== tokens[to].line) return undefined;
  let as = verb + 1;
  while (as - verb <= MAX_SPAN_WORDS && tokens[as]?.word && tokens[as].lower !== 'as') as++;
  if (tokens[as]?.lower !== 'as') return undefined;
  let last = -1;
  for (let k = as + 1; k - as <= MAX_ROLE_WORDS && isRoleWord(tokens[k], tokens[as].line); k++) {
    if (ROLE_STOP_WORDS.has(tokens[k].lower)) break;
    if (isRoleNoun(tokens[k].lower) || tokens[k - 1]?.lower === 'of') last = k;
  }
  if (last < 0 || !tokens.slice(as + 1, last + 1).some((t) => isRoleNoun(t.lower))) return undefined;
  const role = source.slice(tokens[as + 1].start, tokens[last].end);
  return tense === 'past' ? `former ${role.replace(/^(?:the|a|an)\s+/i, '')}` : role;
}

/** A word of a role phrase on the line: a word or a possessive mark ("the nation's"). */
function isRoleWord(t: DocToken | undefined, line: number): boolean {
  return !!t && t.line === line && (t.word || t.text === "'s" || t.text === '’s');
}

function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || isProfessionNoun(word) || EVERYDAY_ROLES.has(word);
}

/**
 * "The vaccine's maker, Aerovax, said", "Its owner, Northline Holdings, said": a possessed noun opening the clause
 * before a comma describes the capitalised appositive after it, which is the subject, whatever the head noun. Only an
 * agent noun counts (maker, operator, owner, sponsor …); "Its problem, Hale said, is …" and "The town's next
 * morning" describe no one.
 */
import type { DocToken } from '../text/document';
import { POSSESSIVES } from '../lexicon/functionWords';
import { TIME_WORDS } from '../lexicon/lexicon';

/** Words a possessed description may hold: "the vaccine's new maker". */
const MAX_DESCRIPTION_WORDS = 6;
/** Agent nouns by their ending: maker, operator, owner, sponsor, parent, tenant, specialist. */
const AGENT_ENDING = /(?:er|or|ist|ant|ent)s?$/;
const isPossessiveMark = (t: DocToken): boolean => t.text === "'s" || t.text === '’s';

/** The first token of a possessed agent noun opening the clause right before the comma at `comma`; -1 when none. */
export function possessedAgentBefore(tokens: DocToken[], comma: number, floor: number): number {
  const head = tokens[comma - 1];
  if (!head?.word || head.cap || !AGENT_ENDING.test(head.lower) || TIME_WORDS.has(head.lower)) return -1;
  let possessed = false;
  let i = comma - 1;
  for (; i >= floor && comma - i <= MAX_DESCRIPTION_WORDS; i--) {
    const t = tokens[i];
    if (isPossessiveMark(t)) possessed = true;
    else if (!t.word) break;
  }
  const start = i + 1;
  const first = tokens[start];
  // the phrase opens the clause: at the floor or after punctuation, on "The" or a possessive determiner
  if (start > floor && tokens[start - 1]?.word) return -1;
  if (POSSESSIVES.has(first.lower)) possessed = true;
  else if (first.lower !== 'the') return -1;
  return possessed ? start : -1;
}

/**
 * A function word the sentence's first capital made look like a name is no person: "My reaction was to cheer",
 * "In a statement, …", "They’re lobbyists", "Do you feel the bern?". Only a one-word "name" that opens a sentence or a
 * quotation, and only when the block never uses that word as a name elsewhere ("'…,' From said" keeps Al From's
 * "From a $15 minimum wage …" from being read as a function word).
 */
import { FUNCTION_WORDS_NOT_NAMES, LEADING_NON_NAME_WORDS } from '../../lexicon/entityWords';
import type { Entity, EntityRule, RuleContext } from './context';

const OPENING_MARKS = new Set(['“', '‘', '``']);
const STRAIGHT_MARKS = new Set(['"', "'", "''"]);

/** Token k opens a quotation: a curly opening mark, or a straight one with an even number of them before it. */
function opensQuotation({ lower }: RuleContext, k: number): boolean {
  if (k < 0) return false;
  if (OPENING_MARKS.has(lower[k])) return true;
  if (!STRAIGHT_MARKS.has(lower[k])) return false;
  let before = 0;
  for (let j = 0; j < k; j++) if (lower[j] === lower[k]) before++;
  return before % 2 === 0;
}

/** "They’re", "He’ll", "I’d": a pronoun with a contracted verb. */
const CONTRACTED_PRONOUN = /^(?:i|you|he|she|it|we|they|that|there|who)['’](?:re|ll|ve|d|m|s)$/;

/** The entity opens a sentence or a quotation: the only place a function word is capitalized. */
function opensSentence(ctx: RuleContext, e: Entity): boolean {
  return ctx.p.sentenceStart[e.from] === e.from || opensQuotation(ctx, e.from - 1);
}

/** The capitalized word stands somewhere mid-sentence in the block: "'…,' From said". */
function usedAsName(ctx: RuleContext, e: Entity): boolean {
  const { tokens, n } = ctx;
  const word = tokens[e.from].text;
  for (let k = 0; k < n; k++)
    if (k !== e.from && tokens[k].text === word && !opensSentence(ctx, { from: k, to: k + 1, type: 'PER' }))
      return true;
  return false;
}

export const functionWordNames: EntityRule = {
  name: 'function words alone are no names',
  apply(ctx) {
    const { lower, ents } = ctx;
    for (const e of [...ents.list]) {
      const w = lower[e.from];
      if (!opensSentence(ctx, e)) continue;
      if (e.to - e.from >= 2 && e.type !== 'LOC' && LEADING_NON_NAME_WORDS.has(w)) {
        // "As Karadsheh spoke …", "Does Rubio support it?": the capital word opening the sentence is no part of the
        // name ("As Trump said" tagged an organization: one word left says nothing of its kind; later layers decide)
        if (e.type === 'ORG' && e.to - e.from === 2) ents.remove(e);
        else ents.resize(e, e.from + 1, e.to);
      } else if (
        e.type === 'PER' &&
        e.to - e.from === 1 &&
        (FUNCTION_WORDS_NOT_NAMES.has(w) || CONTRACTED_PRONOUN.test(w))
      )
        if (!usedAsName(ctx, e)) ents.remove(e);
    }
  },
};

/**
 * `pronoun-only-speaker`: a quote whose speaker is only ever "he" or "she": the analysis found no named person
 * the pronoun could stand for ("“We will not move,” he said." in an article that never names him). The finding
 * sits on the pronoun, where the writer would put the name.
 */
import type { CheckRule, RawFinding } from './types';
import { cuePronoun } from './pronouns';

export const pronounOnlySpeaker: CheckRule = {
  id: 'pronoun-only-speaker',
  description: 'A speaker who is only "he" or "she", never named',
  defaultSeverity: 'warning',
  run({ text, analysis }) {
    const out: RawFinding[] = [];
    for (const q of analysis.quotes) {
      if (q.speaker !== null) continue;
      const pronoun = cuePronoun(text, q);
      if (!pronoun) continue;
      out.push({
        message: `The speaker is only “${pronoun.word}”: the article never says who ${pronoun.word} is.`,
        start: pronoun.start,
        end: pronoun.end,
        quoteStart: q.start,
      });
    }
    return out;
  },
};

/**
 * A function word the sentence's first capital made look like a name is no person: "My reaction was to cheer",
 * "In a statement, …", "They’re lobbyists", "Do you feel the bern?". Only a one-word "name" that opens a sentence or a
 * quotation, and only when the block never uses that word as a name elsewhere ("'…,' From said" keeps Al From's
 * "From a $15 minimum wage …" from being read as a function word).
 */
import {
  FUNCTION_WORDS_NOT_NAMES,
  LEADING_NON_NAME_WORDS,
  STRAIGHT_QUOTES,
  TYPED_OPEN_QUOTES,
} from '../../lexicon/entityWords';
import type { EntityRule, RuleContext } from './context';

/** "They’re", "He’ll", "I’d": a pronoun with a contracted verb. */
const CONTRACTED_PRONOUN = /^(?:i|you|he|she|it|we|they|that|there|who)['’](?:re|ll|ve|d|m|s)$/;

/**
 * Where in a block a capital says nothing: the tokens that open a sentence or a quotation (a typed opening mark, or
 * a straight one with an even number of the same before it), and the words also written capitalized elsewhere, where
 * only a name's capital could explain them. One pass, done only for a block that has a candidate.
 */
class Openings {
  private readonly opens: Uint8Array;
  private readonly midSentence = new Set<string>();

  constructor({ p, tokens, lower, n }: RuleContext) {
    this.opens = new Uint8Array(n);
    const straightSeen = new Map<string, number>();
    let quoteOpensNext = false;
    for (let k = 0; k < n; k++) {
      const opens = p.sentenceStart[k] === k || quoteOpensNext;
      this.opens[k] = opens ? 1 : 0;
      if (!opens) this.midSentence.add(tokens[k].text);
      const w = lower[k];
      const seen = STRAIGHT_QUOTES.has(w) ? (straightSeen.get(w) ?? 0) : -1;
      if (seen >= 0) straightSeen.set(w, seen + 1);
      quoteOpensNext = TYPED_OPEN_QUOTES.has(w) || seen % 2 === 0;
    }
  }

  /** Token k opens a sentence or a quotation: the only place a function word is capitalized. */
  opensAt(k: number): boolean {
    return this.opens[k] === 1;
  }

  /** The word stands mid-sentence somewhere in the block: "'…,' From said". */
  usedAsName(text: string): boolean {
    return this.midSentence.has(text);
  }
}

const mayDrop = (w: string): boolean => FUNCTION_WORDS_NOT_NAMES.has(w) || CONTRACTED_PRONOUN.test(w);

export const functionWordNames: EntityRule = {
  name: 'function words alone are no names',
  apply(ctx) {
    const { lower, ents } = ctx;
    let openings: Openings | null = null;
    for (const e of [...ents.list]) {
      const w = lower[e.from];
      const long = e.to - e.from >= 2;
      if (long ? e.type === 'LOC' || !LEADING_NON_NAME_WORDS.has(w) : e.type !== 'PER' || !mayDrop(w)) continue;
      openings ??= new Openings(ctx);
      if (!openings.opensAt(e.from)) continue;
      // "As Karadsheh spoke …", "Does Rubio support it?": the capital word opening the sentence is no part of the
      // name ("As Trump said" tagged an organization: one word left says nothing of its kind; later layers decide)
      if (long && e.type === 'ORG' && e.to - e.from === 2) ents.remove(e);
      else if (long) ents.resize(e, e.from + 1, e.to);
      else if (!openings.usedAsName(ctx.tokens[e.from].text)) ents.remove(e);
    }
  },
};

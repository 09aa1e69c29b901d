/**
 * What every entity rule shares: the block's text and prepared tokens, and its entities with, per token, the entity
 * covering it. A rule is a named pass over that context; rules.ts runs them in order.
 */
import type { Prepared } from '../features';
import type { Token } from '../tokenize';
import { MAX_ENTITY_TOKENS, NOT_TITLE_WORDS } from '../../lexicon/entityWords';
import type { TriggerList } from './triggerWords';

export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** An entity over tokens [from, to) of a block. */
export interface Entity {
  from: number;
  to: number;
  type: EntityType;
  /** Place kind when a rule knows it ("island", "city"). */
  kind?: string;
  country?: string;
}

/** The block every rule reads and the entities it edits. */
export interface RuleContext {
  text: string;
  p: Prepared;
  tokens: Token[];
  lower: string[];
  n: number;
  ents: Entities;
  /** Token i is inside the block and no entity covers it. */
  free(i: number): boolean;
  /**
   * Some token of the block is a word of `list` (one of triggerWords.ts): a rule that acts only at such a word skips
   * a block without one ("street names" a paragraph with no "Street", "Road" or "Avenue").
   */
  holds(list: TriggerList): boolean;
}

/** One rule: a linear pass that corrects or completes the entities (e.g. "Datelines": "MADRID (Reuters) -" → LOC). */
export interface EntityRule {
  name: string;
  apply(ctx: RuleContext): void;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}\.?$/u;

/**
 * Whether a word may open with an upper-case letter: rules test every token, and most open with a lower-case ASCII
 * letter or a sign, answered here without running a Unicode regex.
 */
function mayOpenUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

export function isNameWord(word: string): boolean {
  return mayOpenUpperCase(word) && NAME_WORD.test(word);
}

/** "Hands", "of", "the": a word of a nickname in quotes ('Roberto "Hands of Stone" Duran'). */
export function isNameWordOrLink(word: string): boolean {
  return isNameWord(word) || word === 'of' || word === 'the';
}

/** "MOSCOW", "N.Y.": letters all upper case, at least two of them. */
export function isAllCaps(word: string): boolean {
  return mayOpenUpperCase(word) && ALL_CAPS.test(word);
}

/** Tokens a < b are on one line: no line break between them. */
export function adjacent(text: string, tokens: Token[], a: number, b: number): boolean {
  if (b >= tokens.length) return false;
  for (let k = tokens[a].end; k < tokens[b].start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return false;
  }
  return true;
}

/**
 * The first token of the run of capitalised name words (at most `max`, on one line, no function word such as "The")
 * right before token k; k when there is none. "Harrowgate" before "United", "Amalgamated Transit Union" before
 * "Local"; `allCaps` also takes words in capitals ("SEIU").
 */
export function nameRunStart(ctx: RuleContext, k: number, max: number, allCaps = false): number {
  const { text, tokens, lower } = ctx;
  let from = k;
  while (
    from > 0 &&
    k - from < max &&
    !NOT_TITLE_WORDS.has(lower[from - 1]) &&
    adjacent(text, tokens, from - 1, from)
  ) {
    const word = tokens[from - 1].text;
    if (!isNameWord(word) && !(allCaps && isAllCaps(word))) break;
    from--;
  }
  return from;
}

/**
 * Makes tokens [from, to) one organization: `owner` (an entity on them) stretched over them and retyped, its place
 * kind and country dropped; a new organization when there is none ("Harrowgate United", "SEIU Local 32BJ").
 */
export function organizationOver(ents: Entities, owner: Entity | null, from: number, to: number): void {
  if (!owner) {
    ents.add({ from, to, type: 'ORG' });
    return;
  }
  ents.resize(owner, from, to);
  owner.type = 'ORG';
  delete owner.kind;
  delete owner.country;
}

/** The entities of a block with, per token, the entity covering it: rules edit both together in O(span). */
export class Entities {
  readonly list: Entity[] = [];
  private readonly index = new Map<Entity, number>();
  /** `own`: a zeroed array of one number per token (the block's, from its BlockArrays), -1 filled in here. */
  constructor(private readonly own: Int32Array) {
    own.fill(-1);
  }
  at(i: number): Entity | null {
    const k = i >= 0 && i < this.own.length ? this.own[i] : -1;
    return k >= 0 ? this.list[k] : null;
  }
  add(e: Entity): void {
    this.list.push(e);
    this.index.set(e, this.list.length - 1);
    this.mark(e, this.list.length - 1);
  }
  /**
   * Moves an entity to [from, to), removing whatever entities it now covers. Touches only the tokens gained or lost,
   * so that chains of growth (hostile input) stay linear.
   */
  resize(e: Entity, from: number, to: number): void {
    const k = this.index.get(e) ?? -1;
    const claim = (a: number, b: number) => {
      for (let i = a; i < b; i++) {
        const other = this.at(i);
        if (other && other !== e) this.remove(other);
        this.own[i] = k;
      }
    };
    const release = (a: number, b: number) => {
      for (let i = a; i < b; i++) if (this.own[i] === k) this.own[i] = -1;
    };
    if (to <= e.from || from >= e.to) {
      release(e.from, e.to);
      claim(from, to);
    } else {
      release(e.from, Math.min(from, e.to));
      release(Math.max(to, e.from), e.to);
      claim(from, Math.min(e.from, to));
      claim(Math.max(e.to, from), to);
    }
    e.from = from;
    e.to = to;
  }
  remove(e: Entity): void {
    for (let i = e.from; i < e.to; i++) if (this.list[this.own[i]] === e) this.own[i] = -1;
    e.to = e.from; // emptied; dropped by sorted()
  }
  /** The entities in text order; runaway spans (hostile input such as a name repeated a thousand times) dropped. */
  sorted(): Entity[] {
    return this.list.filter((e) => e.to > e.from && e.to - e.from <= MAX_ENTITY_TOKENS).sort((x, y) => x.from - y.from);
  }
  private mark(e: Entity, k: number): void {
    for (let i = e.from; i < e.to; i++) this.own[i] = k;
  }
}

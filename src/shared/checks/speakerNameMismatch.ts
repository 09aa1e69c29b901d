/**
 * `speaker-name-mismatch`: the same person spelled two ways ("Amara Okafor" … "Okafur said"). Surnames of the
 * article's people and speakers are compared by edit distance (1; 2 for names of 9 letters or more).
 * Guards against real different people:
 * - both spellings come with a first name and the first names differ ("Anna Berg" and "Tom Borg");
 * - both spellings are used often (3 times or more each): a writer misspells once, not consistently;
 * - short names (under 5 letters: "Lee" / "Lew") and names that differ in their first letter are never compared;
 * - a plural or possessive ("Reyes" / "Reye") is one name.
 * The finding sits on every use of the rarer spelling (the later one on a tie), pointing at the other.
 */
import type { Analysis } from '../../core/types';
import { editDistance } from './editDistance';
import type { CheckRule, RawFinding } from './types';

interface Use {
  start: number;
  end: number;
  /** The first name written with this use, if any ("Amara" in "Amara Okafor"). */
  first?: string;
}

const NAME_WORD = /\p{Lu}[\p{L}'’-]*\p{L}/gu;
const OFTEN = 3;
const MIN_LENGTH = 5;

/** Every capitalised last word of a person's name or speaker mention, by spelling. */
function surnameUses(analysis: Analysis): Map<string, Use[]> {
  const spans = [...analysis.people];
  for (const s of analysis.speakers) if (s.type === 'person') spans.push(...s.mentions);
  const uses = new Map<string, Use[]>();
  const seen = new Set<number>();
  for (const span of spans) {
    const words = [...span.text.matchAll(NAME_WORD)];
    const last = words[words.length - 1];
    if (!last || last.index === undefined) continue;
    const name = last[0].replace(/['’]s?$/, '');
    const start = span.start + last.index;
    if (name.length < MIN_LENGTH || seen.has(start)) continue;
    seen.add(start);
    const list = uses.get(name) ?? [];
    list.push({ start, end: start + name.length, first: words.length > 1 ? words[0][0] : undefined });
    uses.set(name, list);
  }
  return uses;
}

function firstNames(uses: readonly Use[]): Set<string> {
  return new Set(uses.map((u) => u.first).filter((f): f is string => f !== undefined));
}

/** True when `a` and `b` look like two spellings of one person's surname, not two people. */
function sameSurname(a: string, aUses: readonly Use[], b: string, bUses: readonly Use[]): boolean {
  if (a[0] !== b[0] || a.toLowerCase() === b.toLowerCase()) return false;
  if (a.replace(/s$/, '') === b.replace(/s$/, '')) return false;
  const max = Math.min(a.length, b.length) >= 9 ? 2 : 1;
  if (editDistance(a.toLowerCase(), b.toLowerCase(), max) > max) return false;
  if (aUses.length >= OFTEN && bUses.length >= OFTEN) return false;
  const fa = firstNames(aUses);
  const fb = firstNames(bUses);
  return fa.size === 0 || fb.size === 0 || [...fa].some((f) => fb.has(f));
}

export const speakerNameMismatch: CheckRule = {
  id: 'speaker-name-mismatch',
  description: 'The same person spelled two ways ("Okafor" / "Okafur")',
  defaultSeverity: 'warning',
  run({ analysis }) {
    const uses = surnameUses(analysis);
    const names = [...uses.keys()];
    const out: RawFinding[] = [];
    for (let i = 0; i < names.length; i++) {
      for (let j = i + 1; j < names.length; j++) {
        const [a, b] = [names[i], names[j]];
        const [ua, ub] = [uses.get(a) ?? [], uses.get(b) ?? []];
        if (!sameSurname(a, ua, b, ub)) continue;
        // the rarer spelling is the slip; on a tie, the one written later
        const aIsSlip = ua.length < ub.length || (ua.length === ub.length && ua[0].start > ub[0].start);
        const [slip, slipUses, other] = aIsSlip ? [a, ua, b] : [b, ub, a];
        for (const u of slipUses)
          out.push({
            message: `“${slip}” may be the same person as “${other}”, spelled another way.`,
            start: u.start,
            end: u.end,
          });
      }
    }
    return out.sort((x, y) => x.start - y.start);
  },
};

/**
 * `loaded-verb`: an attribution verb that editorialises ("claimed", "admitted", "insisted", "conceded"), where
 * style guides advise "said". Only the quote's own reporting cue is read, so "admitted to hospital" elsewhere in
 * the text is never flagged. The list is the `newsAnnotator.checks.loadedVerbs` setting (default in the lexicon).
 * The fix replaces the verb by "said" in the same tense: "claims" → "says", "insisting" → "saying".
 */
import { DEFAULT_LOADED_VERBS } from '../../core/lexicon/loadedVerbs';
import type { CheckRule, RawFinding } from './types';

const WORD = /\p{L}+/gu;

/**
 * "said" in the form of `verb`: "insisting" → "saying", "claims" → "says", a bare form ("they claim": one whose
 * "-s" form is also listed) → "say"; anything else ("conceded", "told") → "said", the tense news is written in.
 */
export function neutralVerb(verb: string, listed: ReadonlySet<string>): string {
  const lower = verb.toLowerCase();
  let out = 'said';
  if (lower.endsWith('ing')) out = 'saying';
  else if (lower.endsWith('ed')) out = 'said';
  else if (listed.has(`${lower}s`) || listed.has(`${lower}es`)) out = 'say';
  else if (lower.endsWith('s') && !lower.endsWith('ss')) out = 'says';
  return /^\p{Lu}/u.test(verb) ? out[0].toUpperCase() + out.slice(1) : out;
}

export const loadedVerb: CheckRule = {
  id: 'loaded-verb',
  description: 'An attribution verb that editorialises ("claimed", "admitted"…); style guides advise "said"',
  defaultSeverity: 'information',
  run({ analysis, options }) {
    const loaded = new Set((options.loadedVerbs ?? DEFAULT_LOADED_VERBS).map((w) => w.toLowerCase().trim()));
    const seen = new Set<number>();
    const out: RawFinding[] = [];
    for (const q of analysis.quotes) {
      if (!q.cue || seen.has(q.cue.start)) continue;
      seen.add(q.cue.start); // one cue may introduce several quotes
      for (const m of q.cue.text.matchAll(WORD)) {
        if (!loaded.has(m[0].toLowerCase())) continue;
        const start = q.cue.start + (m.index ?? 0);
        const end = start + m[0].length;
        const said = neutralVerb(m[0], loaded);
        out.push({
          message: `“${m[0]}” editorialises: style guides advise “${said}”.`,
          start,
          end,
          fix: { title: `Replace “${m[0]}” with “${said}”`, start, end, text: said },
        });
      }
    }
    return out;
  },
};

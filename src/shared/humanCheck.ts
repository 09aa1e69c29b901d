// How a person checked a quote, worded once for every view (hover, panel, exports), so that "I confirmed the
// machine's answer" and "I fixed it" never read alike: a fact-checker's report counts them apart.
import type { HumanCheck, Quote } from '../core/types';

export interface CheckWording {
  /** A codicon name: pass (confirmed), edit (corrected), add (added). */
  icon: string;
  /** "confirmed", "corrected", "added"; "checked" for a person's quote from before checks were told apart. */
  verb: string;
}

const WORDING: Record<HumanCheck, CheckWording> = {
  confirmed: { icon: 'pass', verb: 'confirmed' },
  corrected: { icon: 'edit', verb: 'corrected' },
  added: { icon: 'add', verb: 'added' },
};
const CHECKED: CheckWording = { icon: 'pass', verb: 'checked' };

/** The wording of a person's check, or null for the machine's own answer. */
export function checkWording(q: Pick<Quote, 'origin' | 'check'>): CheckWording | null {
  if (q.origin !== 'human') return null;
  return q.check ? WORDING[q.check] : CHECKED;
}

/**
 * "the machine said “Bell”" after a speaker correction, so the reader sees what was fixed; null when nothing was
 * corrected or the speaker is unchanged. Example: machineSpeaker null → "the machine named nobody".
 */
export function machineSaid(q: Pick<Quote, 'check' | 'machineSpeaker' | 'speaker'>): string | null {
  if (q.check !== 'corrected' || q.machineSpeaker === undefined || q.machineSpeaker === q.speaker) return null;
  return q.machineSpeaker === null ? 'the machine named nobody' : `the machine said “${q.machineSpeaker}”`;
}

/** "9 checked (3 corrected)": how much of a coding is the machine's answer confirmed, how much fixed or added. */
export function checkedCount(c: { checked: number; corrected: number }): string {
  return `${c.checked} checked${c.corrected > 0 ? ` (${c.corrected} corrected)` : ''}`;
}

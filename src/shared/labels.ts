// The words every renderer shares (exports, the CLI summary, the panel, the quick pick, the outline, hovers): one
// plural and one speaker label, so "3 quotes" and "anonymous source" read the same everywhere.
import type { SpeakerType } from '../core/types';

/** "1 quote", "3 quotes"; `many` for the plurals an "s" does not make ("1 reported statement" is regular). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const TYPE_LABELS: Record<SpeakerType, string> = {
  person: 'person',
  organization: 'organization',
  anonymous: 'anonymous source',
  document: 'document',
};

/** How a speaker's type reads: "person", "organization", "anonymous source". */
export function speakerTypeLabel(type: SpeakerType): string {
  return TYPE_LABELS[type];
}

/**
 * What is said beside a speaker's name: the role, then the type, e.g. ["mayor of Lakeville", "person"] or
 * ["anonymous source"]. `person: false` leaves the type of a person out, where a name already says it (summaries).
 */
export function speakerDetails(
  s: { role?: string; type: SpeakerType },
  { person = true }: { person?: boolean } = {},
): string[] {
  const details: string[] = [];
  if (s.role) details.push(s.role);
  if (person || s.type !== 'person') details.push(speakerTypeLabel(s.type));
  return details;
}

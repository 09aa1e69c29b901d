// After corrections the speaker list is rebuilt from the quotes, so that every view agrees: each quote's speaker
// has exactly one Speaker (same id as the machine's when the name is the machine's), mentions and quote counts
// follow renames and merges, and a speaker left with no quote disappears (as in the machine's own output).
// Example: "Tom Hale" renamed "Thomas Hale" keeps id "tom-hale", his mentions and his quotes.
import type { Quote, Span, Speaker, SpeakerType } from '../../core/types';
import { overlaps } from './matchSpans';

/** What the person said about speakers, collected while the annotations were applied. */
export interface SpeakerEdits {
  /** Old name → new name (renames and merges), followed transitively. */
  alias: Map<string, string>;
  types: Map<string, SpeakerType>;
  roles: Map<string, string>;
}

export function finalName(edits: SpeakerEdits, name: string): string {
  const seen = new Set<string>();
  let current = name;
  while (edits.alias.has(current) && !seen.has(current)) {
    seen.add(current);
    current = edits.alias.get(current) as string;
  }
  return current;
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'speaker'
  );
}

function freshId(name: string, taken: Set<string>): string {
  const base = `human:${slug(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function addMention(mentions: Span[], m: Span): void {
  if (!mentions.some((x) => overlaps(x, m))) mentions.push(m);
}

/** The machine's speakers under their final names; two that end with the same name become one. */
function machineRecords(machine: readonly Speaker[], edits: SpeakerEdits): Map<string, Speaker> {
  const records = new Map<string, Speaker>();
  // Speakers keeping their own name first, so a merge keeps the id of the speaker merged into.
  const ordered = [...machine].sort(
    (a, b) => Number(finalName(edits, b.name) === b.name) - Number(finalName(edits, a.name) === a.name),
  );
  for (const s of ordered) {
    const name = finalName(edits, s.name);
    const record = records.get(name);
    if (record) for (const m of s.mentions) addMention(record.mentions, m);
    else records.set(name, { ...s, name, mentions: s.mentions.map((m) => ({ ...m })), quoteCount: 0 });
  }
  return records;
}

/** Sets each quote's speaker and speakerId and returns the consistent speaker list. */
export function deriveSpeakers(machine: readonly Speaker[], quotes: Quote[], edits: SpeakerEdits): Speaker[] {
  const records = machineRecords(machine, edits);
  const taken = new Set([...records.values()].map((s) => s.id));
  for (const q of quotes) {
    if (!q.speaker) {
      q.speakerId = null;
      continue;
    }
    const name = finalName(edits, q.speaker);
    let record = records.get(name);
    if (!record) {
      record = { id: freshId(name, taken), name, type: edits.types.get(name) ?? 'person', mentions: [], quoteCount: 0 };
      records.set(name, record);
    }
    q.speaker = name;
    q.speakerId = record.id;
    record.quoteCount++;
    if (q.speakerMention) addMention(record.mentions, q.speakerMention);
  }
  for (const record of records.values()) {
    const type = edits.types.get(record.name);
    if (type) record.type = type;
    const role = edits.roles.get(record.name);
    if (role !== undefined) record.role = role || undefined;
    if (record.role === undefined) delete record.role;
    record.mentions.sort((a, b) => a.start - b.start);
  }
  return [...records.values()].filter((s) => s.quoteCount > 0);
}

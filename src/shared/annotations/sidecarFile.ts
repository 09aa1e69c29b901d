// Reading and writing a sidecar file on disk (Node only: the CLI and the extension host). A file that cannot be
// parsed or validated is reported with its problems and is never written over: the person's data stays as it was.
import { promises as fs } from 'fs';
import { writeFileAtomic } from '../atomicWrite';
import { parseSidecar, serializeSidecar } from './validate';
import type { Sidecar } from './types';

export type SidecarRead =
  | { status: 'missing' }
  | { status: 'ok'; sidecar: Sidecar }
  /** Present but unusable: `problems` say why (not JSON, schema errors, unreadable). */
  | { status: 'invalid'; problems: string[] };

export async function readSidecarFile(file: string): Promise<SidecarRead> {
  let raw: string;
  try {
    raw = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing' };
    return { status: 'invalid', problems: [`cannot be read (${code ?? (err as Error).message})`] };
  }
  const parsed = parseSidecar(raw);
  return parsed.ok ? { status: 'ok', sidecar: parsed.sidecar } : { status: 'invalid', problems: parsed.errors };
}

/** Writes atomically (see atomicWrite.ts); the caller must not call this over a file it found invalid. */
export async function writeSidecarFile(file: string, sidecar: Sidecar): Promise<void> {
  await writeFileAtomic(file, serializeSidecar(sidecar));
}

/** "story.txt.annotations.json is not a valid annotations file: file.version: must be one of 1; …" */
export function describeInvalid(file: string, problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
  return `${file} is not a valid annotations file: ${shown}${more}`;
}

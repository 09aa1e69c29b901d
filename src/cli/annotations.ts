// The CLI applies the corrections a person saved beside the article (`story.txt.annotations.json`), exactly as
// the editor does. A sidecar that is there but broken is an error naming the file: silently printing the
// machine's answer would pass off uncorrected data as corrected.
import type { Analysis } from '../core/types';
import { applyAnnotations, sidecarPathFor, validateSidecar } from '../shared/annotations';
import { describeInvalid, readSidecarFile } from '../shared/annotations/sidecarFile';

export type Annotated = { ok: true; analysis: Analysis; orphans: number } | { ok: false; message: string };

export async function withAnnotations(file: string, text: string, analysis: Analysis): Promise<Annotated> {
  const sidecarFile = sidecarPathFor(file);
  const read = await readSidecarFile(sidecarFile);
  if (read.status === 'missing') return { ok: true, analysis, orphans: 0 };
  if (read.status === 'invalid')
    return { ok: false, message: `${describeInvalid(sidecarFile, read.problems)} (use --no-annotations to ignore it)` };
  const applied = applyAnnotations(analysis, text, read.sidecar);
  return { ok: true, analysis: applied.analysis, orphans: applied.orphans.length };
}

/**
 * Applies the sidecar kept in the editor's workspace storage (`stored`, by article path) when there is one for `file`,
 * else the sidecar file beside it: the report worker's corrections, the same as the editor's.
 */
export async function withStoredOrFileAnnotations(
  stored: Readonly<Record<string, unknown>> | undefined,
  file: string,
  text: string,
  analysis: Analysis,
): Promise<Annotated> {
  const kept = stored && Object.prototype.hasOwnProperty.call(stored, file) ? stored[file] : undefined;
  if (kept === undefined) return withAnnotations(file, text, analysis);
  const v = validateSidecar(kept);
  if (!v.ok)
    return { ok: false, message: `the corrections kept in the workspace storage are invalid: ${v.errors.join('; ')}` };
  const applied = applyAnnotations(analysis, text, v.sidecar);
  return { ok: true, analysis: applied.analysis, orphans: applied.orphans.length };
}

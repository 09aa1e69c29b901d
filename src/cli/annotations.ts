// The CLI applies the corrections a person saved beside the article (`story.txt.annotations.json`), exactly as
// the editor does. A sidecar that is there but broken is an error naming the file: silently printing the
// machine's answer would pass off uncorrected data as corrected.
import type { Analysis } from '../core/types';
import { applyAnnotations, sidecarPathFor } from '../shared/annotations';
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

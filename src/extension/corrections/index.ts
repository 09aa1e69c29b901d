// Registers the correction commands (one file each) and the light bulb that offers them.
import * as vscode from 'vscode';
import type { CorrectionArgs, CorrectionCommand, Deps } from './context';
import { changeExtent } from './changeExtent';
import { confirm } from './confirm';
import { markPerson, markPlace } from './markEntity';
import { markQuote } from './markQuote';
import { mergeSpeakers } from './mergeSpeakers';
import { notPerson, notPlace } from './notEntity';
import { notQuote } from './notQuote';
import { deleteAnnotation, reanchorAnnotation } from './orphans';
import { renameSpeaker } from './renameSpeaker';
import { setRole } from './setRole';
import { setSpeaker } from './setSpeaker';
import { redoCorrection, undoCorrection } from './undoRedo';

export const CORRECTION_COMMANDS: readonly CorrectionCommand[] = [
  setSpeaker,
  mergeSpeakers,
  renameSpeaker,
  setRole,
  notQuote,
  markQuote,
  changeExtent,
  markPlace,
  markPerson,
  notPlace,
  notPerson,
  confirm,
  undoCorrection,
  redoCorrection,
  reanchorAnnotation,
  deleteAnnotation,
];

/** Arguments from the panel's context menu (data-vscode-context) or a hover link: only known fields are kept. */
function cleanArgs(raw: unknown): CorrectionArgs | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const num = (k: string): number | undefined => (typeof r[k] === 'number' ? (r[k] as number) : undefined);
  const str = (k: string): string | undefined => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const type = str('type');
  const kind = str('kind');
  return {
    offset: num('offset'),
    start: num('start'),
    end: num('end'),
    speakerId: str('speakerId'),
    name: str('name'),
    type:
      type === 'person' || type === 'organization' || type === 'anonymous' || type === 'document' ? type : undefined,
    role: str('role'),
    kind: kind === 'direct' || kind === 'indirect' ? kind : undefined,
    speakerIds: Array.isArray(r.speakerIds)
      ? r.speakerIds.filter((x): x is string => typeof x === 'string')
      : undefined,
    annotationId: str('annotationId'),
  };
}

export function registerCorrections(deps: Deps): vscode.Disposable[] {
  return CORRECTION_COMMANDS.map((cmd) =>
    vscode.commands.registerCommand(cmd.id, (raw?: unknown) => cmd.run(deps, cleanArgs(raw))),
  );
}

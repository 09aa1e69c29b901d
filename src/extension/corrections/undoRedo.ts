// Undo Last Correction / Redo Correction: steps through the article's corrections of this session (the sidecar
// file follows; an external change of the file, e.g. a git pull, starts a new history).
import * as vscode from 'vscode';
import * as notify from '../notify';
import { fileName } from '../analysisController';
import type { CorrectionCommand, Deps } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

function step(direction: 'undo' | 'redo'): CorrectionCommand {
  return {
    id: direction === 'undo' ? CORRECTION_COMMAND_IDS.undoCorrection : CORRECTION_COMMAND_IDS.redoCorrection,
    async run(deps: Deps) {
      const doc = vscode.window.activeTextEditor?.document ?? deps.panelDocument();
      if (!doc) return false;
      const ok = direction === 'undo' ? await deps.store.undo(doc.uri) : await deps.store.redo(doc.uri);
      if (!ok) {
        void notify.info(`News Annotator: no correction to ${direction} in ${fileName(doc.uri)}.`);
        return false;
      }
      await deps.controller.whenIdle();
      vscode.window.setStatusBarMessage(
        `News Annotator: correction ${direction === 'undo' ? 'undone' : 'redone'}`,
        3000,
      );
      return true;
    },
  };
}

export const undoCorrection = step('undo');
export const redoCorrection = step('redo');

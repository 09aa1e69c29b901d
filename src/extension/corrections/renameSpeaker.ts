// Rename Speaker…: the speaker at the cursor (or picked) gets a new name everywhere.
import * as vscode from 'vscode';
import { corrections as c } from '../../shared/annotations';
import { article, correct, speakerIdAt, type CorrectionCommand } from './context';
import { pickExistingSpeaker } from './pickSpeaker';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const renameSpeaker: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.renameSpeaker,
  async run(deps, args) {
    const a = await article(deps, args);
    if (!a) return false;
    const speaker = await pickExistingSpeaker(a.analysis, speakerIdAt(a, args), 'Rename Speaker');
    if (!speaker) return false;
    const name =
      args?.name?.trim() ||
      (
        await vscode.window.showInputBox({
          title: 'Rename Speaker',
          value: speaker.name,
          validateInput: (v) => (v.trim() ? undefined : 'Type a name'),
        })
      )?.trim();
    if (!name || name === speaker.name) return false;
    return correct(deps, a, (s) => c.renameSpeaker(s, speaker.name, name), `${speaker.name} renamed ${name}`);
  },
};

// Set Role…: "council treasurer" for the speaker at the cursor (or picked); an empty role removes it.
import * as vscode from 'vscode';
import { corrections as c } from '../../shared/annotations';
import { article, correct, speakerIdAt, type CorrectionCommand } from './context';
import { pickExistingSpeaker } from './pickSpeaker';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const setRole: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.setRole,
  async run(deps, args) {
    const a = await article(deps, args);
    if (!a) return false;
    const speaker = await pickExistingSpeaker(a.analysis, speakerIdAt(a, args), 'Set Role');
    if (!speaker) return false;
    const role =
      typeof args?.role === 'string'
        ? args.role
        : await vscode.window.showInputBox({
            title: `Role of ${speaker.name}`,
            value: speaker.role ?? '',
            prompt: 'e.g. "council treasurer"; empty removes the role',
          });
    if (role === undefined) return false;
    return correct(deps, a, (s) => c.setRole(s, speaker.name, role.trim()), `role of ${speaker.name} set`);
  },
};

// Merge Speakers…: "these are one person". Pick the speakers, then the one whose name they all take.
import * as vscode from 'vscode';
import * as notify from '../notify';
import { corrections as c } from '../../shared/annotations';
import { article, correct, speakerIdAt, type CorrectionCommand } from './context';
import { speakerItems } from './pickSpeaker';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const mergeSpeakers: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.mergeSpeakers,
  async run(deps, args) {
    const a = await article(deps, args);
    if (!a) return false;
    const byId = (id: string): string | undefined => a.analysis.speakers.find((s) => s.id === id)?.name;
    let names = (args?.speakerIds ?? []).map(byId).filter((n): n is string => n !== undefined);
    let into = args?.speakerId && args.speakerIds ? byId(args.speakerId) : undefined;
    if (names.length === 0) {
      const at = speakerIdAt(a, args);
      const items = speakerItems(a.analysis.speakers).map((i) => ({ ...i, picked: i.speaker.id === at }));
      const picked = await vscode.window.showQuickPick(items, {
        title: 'Merge Speakers',
        placeHolder: 'Choose the speakers that are one',
        canPickMany: true,
      });
      if (!picked) return false;
      names = picked.map((p) => p.speaker.name);
    }
    if (names.length < 2 && !into) {
      void notify.info('News Annotator: choose at least two speakers to merge.');
      return false;
    }
    if (!into) {
      const keep = await vscode.window.showQuickPick(
        names.map((n) => ({ label: n })),
        { title: 'Merge Speakers', placeHolder: 'Which name do they all take?' },
      );
      into = keep?.label;
    }
    if (!into) return false;
    const target = into;
    return correct(
      deps,
      a,
      (s) =>
        c.mergeSpeakers(
          s,
          names.filter((n) => n !== target),
          target,
        ),
      `speakers merged into ${target}`,
    );
  },
};

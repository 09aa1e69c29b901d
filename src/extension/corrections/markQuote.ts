// Mark Selection as Quote: the selected words are a quote, direct or reported, of a speaker (or of no one known).
import * as vscode from 'vscode';
import type { QuoteKind } from '../../core/types';
import { corrections as c } from '../../shared/annotations';
import { article, correct, selection, type CorrectionCommand } from './context';
import { pickSpeaker } from './pickSpeaker';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

async function pickKind(given: QuoteKind | undefined): Promise<QuoteKind | undefined> {
  if (given === 'direct' || given === 'indirect') return given;
  const picked = await vscode.window.showQuickPick(
    [
      { label: '$(quote) Direct quote', description: 'the words in quotation marks', quoteKind: 'direct' as const },
      {
        label: '$(comment) Reported speech',
        description: 'what someone said, in the writer’s words',
        quoteKind: 'indirect' as const,
      },
    ],
    { title: 'Mark Selection as Quote' },
  );
  return picked?.quoteKind;
}

export const markQuote: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.markQuote,
  async run(deps, args) {
    const a = await article(deps, args);
    const range = a && selection(a);
    if (!a || !range) return false;
    const kind = await pickKind(args?.kind);
    if (!kind) return false;
    const speaker = await pickSpeaker(a.analysis, args, 'Speaker of the Quote');
    if (!speaker) return false;
    return correct(deps, a, (s) => c.addQuote(s, a.text, { range, kind, speaker }), 'quote added');
  },
};

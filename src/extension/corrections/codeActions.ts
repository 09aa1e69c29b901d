// The light bulb on a quote, a speaker mention, a place or a person name (and on a selection): the corrections
// that apply there, each running the same command as the palette with the offset it is about.
import * as vscode from 'vscode';
import type { AnalysisController } from '../analysisController';
import { itemsAt } from '../../shared/analysisQueries';
import type { CorrectionArgs } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

type Offer = [title: string, command: string, args: CorrectionArgs];

function offersAt(controller: AnalysisController, doc: vscode.TextDocument, range: vscode.Range): Offer[] {
  const analysis = controller.currentResult(doc)?.analysis;
  if (!analysis) return [];
  const offset = doc.offsetAt(range.start);
  const found = itemsAt(analysis, offset);
  const offers: Offer[] = [];
  if (found.quote) {
    const at = { offset: found.quote.start };
    offers.push(
      ['Set Speaker…', CORRECTION_COMMAND_IDS.setSpeaker, at],
      ['Not a Quote', CORRECTION_COMMAND_IDS.notQuote, at],
    );
    if (found.quote.origin !== 'human') offers.push(['Confirm Quote', CORRECTION_COMMAND_IDS.confirm, at]);
  }
  if (found.speaker) {
    const who = { speakerId: found.speaker.speaker.id, offset };
    offers.push(
      ['Rename Speaker…', CORRECTION_COMMAND_IDS.renameSpeaker, who],
      ['Set Role…', CORRECTION_COMMAND_IDS.setRole, who],
      ['Merge Speakers…', CORRECTION_COMMAND_IDS.mergeSpeakers, who],
    );
  }
  if (found.place) offers.push(['Not a Place', CORRECTION_COMMAND_IDS.notPlace, { offset }]);
  if (analysis.people.some((p) => p.start <= offset && offset < p.end))
    offers.push(['Not a Person', CORRECTION_COMMAND_IDS.notPerson, { offset }]);
  if (!range.isEmpty) {
    const sel = { start: offset, end: doc.offsetAt(range.end) };
    offers.push(
      ['Mark Selection as Quote…', CORRECTION_COMMAND_IDS.markQuote, sel],
      ['Mark Selection as Place', CORRECTION_COMMAND_IDS.markPlace, sel],
      ['Mark Selection as Person', CORRECTION_COMMAND_IDS.markPerson, sel],
    );
    if (found.quote)
      offers.push([
        'Change Quote Extent to the Selection',
        CORRECTION_COMMAND_IDS.changeQuoteExtent,
        { ...sel, offset: found.quote.start },
      ]);
  }
  return offers;
}

export class CorrectionActionProvider implements vscode.CodeActionProvider {
  static readonly kind = vscode.CodeActionKind.QuickFix.append('newsAnnotator');
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [CorrectionActionProvider.kind],
  };

  constructor(private readonly controller: AnalysisController) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.controller.isAnnotated(doc)) return [];
    return offersAt(this.controller, doc, range).map(([title, command, args]) => {
      const action = new vscode.CodeAction(`News Annotator: ${title}`, CorrectionActionProvider.kind);
      action.command = { command, title, arguments: [args] };
      return action;
    });
  }
}

// The light bulb on a quote, a speaker mention, a place or a person name (and on a selection): the corrections
// that apply there, each running the same command as the palette with the offset it is about.
import * as vscode from 'vscode';
import type { AnalysisController } from '../analysisController';
import { itemsAt } from '../../shared/analysisQueries';
import type { CorrectionArgs } from './context';

type Offer = [title: string, command: string, args: CorrectionArgs];

function offersAt(controller: AnalysisController, doc: vscode.TextDocument, range: vscode.Range): Offer[] {
  const analysis = controller.currentResult(doc)?.analysis;
  if (!analysis) return [];
  const offset = doc.offsetAt(range.start);
  const found = itemsAt(analysis, offset);
  const offers: Offer[] = [];
  if (found.quote) {
    const at = { offset: found.quote.start };
    offers.push(['Set Speaker…', 'newsAnnotator.setSpeaker', at], ['Not a Quote', 'newsAnnotator.notQuote', at]);
    if (found.quote.origin !== 'human') offers.push(['Confirm Quote', 'newsAnnotator.confirm', at]);
  }
  if (found.speaker) {
    const who = { speakerId: found.speaker.speaker.id, offset };
    offers.push(
      ['Rename Speaker…', 'newsAnnotator.renameSpeaker', who],
      ['Set Role…', 'newsAnnotator.setRole', who],
      ['Merge Speakers…', 'newsAnnotator.mergeSpeakers', who],
    );
  }
  if (found.place) offers.push(['Not a Place', 'newsAnnotator.notPlace', { offset }]);
  if (analysis.people.some((p) => p.start <= offset && offset < p.end))
    offers.push(['Not a Person', 'newsAnnotator.notPerson', { offset }]);
  if (!range.isEmpty) {
    const sel = { start: offset, end: doc.offsetAt(range.end) };
    offers.push(
      ['Mark Selection as Quote…', 'newsAnnotator.markQuote', sel],
      ['Mark Selection as Place', 'newsAnnotator.markPlace', sel],
      ['Mark Selection as Person', 'newsAnnotator.markPerson', sel],
    );
    if (found.quote)
      offers.push([
        'Change Quote Extent to the Selection',
        'newsAnnotator.changeQuoteExtent',
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

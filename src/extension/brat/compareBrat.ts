// Compare with Annotations (brat)…: the machine's own analysis against a person's brat coding. A QuickPick lists
// every disagreement (previewing it in the editor as the selection moves) with the figures in its title, and an
// item that opens the whole report as an untitled Markdown document.
import * as path from 'path';
import * as vscode from 'vscode';
import { agreementFigures, compareCodings, type Comparison } from '../../shared/agreement/compareCodings';
import { comparisonMarkdown } from '../../shared/agreement/comparisonMarkdown';
import { describeDisagreement } from '../../shared/agreement/formatComparison';
import { escapeIcons } from '../../shared/commandQueries';
import { activeArticle, machineAnalysis, pickAnn, readCoding } from './bratArticle';
import type { BratDeps } from './importBrat';

export interface CompareBratArgs {
  uri?: vscode.Uri;
  /** 'markdown' opens the report at once (tests, and people who want the document). */
  show?: 'markdown' | 'pick';
}

export interface CompareBratResult {
  comparison: Comparison;
  markdown: string;
}

type Item = vscode.QuickPickItem & { start?: number; end?: number; report?: boolean };

async function openReport(markdown: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
  await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
}

function pick(editor: vscode.TextEditor, version: number, text: string, c: Comparison, markdown: string): void {
  const f = agreementFigures(c);
  const pct = (x: number): string => `${Math.round(100 * x)}%`;
  const items: Item[] = [
    { label: '$(markdown) Open the report', description: 'figures and every disagreement as Markdown', report: true },
    ...c.disagreements.map((d) => ({
      label: escapeIcons(describeDisagreement(text, d)),
      description: `line ${editor.document.positionAt(d.start).line + 1}`,
      start: d.start,
      end: d.end,
    })),
  ];
  const qp = vscode.window.createQuickPick<Item>();
  qp.title = `Quotes F1 ${pct(f.f1)} (${c.matched} of ${c.humanQuotes} coded matched) · speakers agree ${pct(f.speakerAgreement)}`;
  qp.placeholder =
    c.disagreements.length === 0
      ? 'No disagreements'
      : `${c.disagreements.length} disagreements: choose one to go to it`;
  qp.items = items;
  const reveal = (item: Item | undefined): void => {
    if (item?.start === undefined || item.end === undefined || editor.document.version !== version) return;
    const range = new vscode.Range(editor.document.positionAt(item.start), editor.document.positionAt(item.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  qp.onDidChangeActive((active) => reveal(active[0]));
  qp.onDidAccept(() => {
    const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
    if (chosen?.report) void openReport(markdown);
    else reveal(chosen);
    qp.hide();
  });
  qp.onDidHide(() => qp.dispose());
  qp.show();
}

export async function compareBrat(deps: BratDeps, arg?: CompareBratArgs): Promise<CompareBratResult | undefined> {
  const article = await activeArticle(deps.controller);
  if (!article) return undefined;
  const { doc } = article;
  const ann = arg?.uri instanceof vscode.Uri ? arg.uri : await pickAnn(doc, 'Compare with Annotations (brat)');
  if (!ann) return undefined;
  const version = doc.version;
  const text = doc.getText();
  const coding = await readCoding(ann, text, deps.log);
  if (!coding) return undefined;
  const machine = await machineAnalysis(deps.workerPath, doc);
  if (!machine) return undefined;
  const human = coding.attributions.map((a) => ({ content: a.content, source: a.source, sourceText: a.sourceText }));
  const comparison = compareCodings(text, machine, human);
  const markdown = comparisonMarkdown(path.basename(doc.uri.path), path.basename(ann.path), text, comparison);
  if (arg?.show === 'markdown') await openReport(markdown);
  else {
    const editor =
      vscode.window.visibleTextEditors.find((e) => e.document === doc) ?? (await vscode.window.showTextDocument(doc));
    pick(editor, version, text, comparison, markdown);
  }
  return { comparison, markdown };
}

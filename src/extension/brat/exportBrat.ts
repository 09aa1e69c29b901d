// Export Annotations (brat)…: the article's analysis as the editor shows it (machine with the person's annotations
// applied) as a brat .ann beside it, written atomically; brat, INCEpTION and PolNeAR tools read it with the article.
import * as path from 'path';
import * as vscode from 'vscode';
import * as notify from '../notify';
import type { AnalysisController } from '../analysisController';
import { fileExists, writeFileAtomic } from '../../shared/atomicWrite';
import { writeStandoff } from '../../shared/brat/writeStandoff';
import { activeArticle, siblingAnn } from './bratArticle';

export interface ExportBratArgs {
  /** Target file (tests); else the person picks one. */
  uri?: vscode.Uri;
  /** For a target that exists: true replaces it, false leaves it, undefined asks. */
  overwrite?: boolean;
}

async function mayReplace(uri: vscode.Uri, overwrite: boolean | undefined, asked: boolean): Promise<boolean> {
  if (overwrite === true || asked || !(await fileExists(uri.fsPath))) return true;
  const name = path.basename(uri.fsPath);
  if (overwrite === false) {
    void notify.info(`${name} exists already: not replaced.`);
    return false;
  }
  const replace = 'Replace';
  return (await notify.warnModal(`${name} already exists. Replace it?`, replace)) === replace;
}

export async function exportBrat(
  controller: AnalysisController,
  arg?: ExportBratArgs,
): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  const article = await activeArticle(controller);
  if (!article) return undefined;
  const { doc, result } = article;
  // Built from the result of this very version: offsets and text belong together.
  const text = writeStandoff(doc.getText(), result.analysis);
  let uri = arg?.uri instanceof vscode.Uri ? arg.uri : undefined;
  if (!uri) {
    uri = await vscode.window.showSaveDialog({
      title: 'Export Annotations (brat)',
      defaultUri: siblingAnn(doc),
      filters: { 'brat standoff': ['ann'] },
    });
    if (!uri) return undefined;
  }
  if (uri.scheme !== 'file') {
    void notify.error('Export Annotations (brat) writes to files on disk only.');
    return undefined;
  }
  if (!(await mayReplace(uri, arg?.overwrite, arg?.uri === undefined))) return undefined;
  try {
    await writeFileAtomic(uri.fsPath, text);
  } catch (err) {
    void notify.error(err instanceof Error ? err.message : `Could not write ${uri.fsPath}.`);
    return undefined;
  }
  if (doc.version !== result.version)
    void notify.info(`${path.basename(doc.uri.path)} changed during the export: the file holds the version before.`);
  else vscode.window.setStatusBarMessage(`$(export) Exported ${path.basename(uri.fsPath)}`, 3000);
  return { uri, text };
}

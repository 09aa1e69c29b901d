// Import Annotations (brat)…: a .ann file's attributions become the article's human annotations, as a person's
// complete coding (machine quotes it lacks are hidden). It is one correction in the article's history, so Undo Last
// Correction brings the machine's quotes back; so does the message's Undo button, which removes the imported
// annotations even after later corrections (those stay).
import * as path from 'path';
import * as vscode from 'vscode';
import * as notify from '../notify';
import type { AnalysisController } from '../analysisController';
import type { AnnotationStore } from '../corrections/annotationStore';
import { importCoding, undoImport } from '../../shared/brat/importCoding';
import { activeArticle, machineAnalysis, pickAnn, readCoding } from './bratArticle';

export interface ImportBratArgs {
  /** The .ann file (tests); else the person picks one. */
  uri?: vscode.Uri;
}

export interface BratDeps {
  controller: AnalysisController;
  store: AnnotationStore;
  log: vscode.LogOutputChannel;
  workerPath: string;
}

export async function importBrat(deps: BratDeps, arg?: ImportBratArgs): Promise<boolean> {
  const article = await activeArticle(deps.controller);
  if (!article) return false;
  const { doc } = article;
  const ann = arg?.uri instanceof vscode.Uri ? arg.uri : await pickAnn(doc, 'Import Annotations (brat)');
  if (!ann) return false;
  const version = doc.version;
  const text = doc.getText();
  const coding = await readCoding(ann, text, deps.log);
  if (!coding) return false;
  const name = path.basename(ann.path);
  if (coding.attributions.length === 0) {
    void notify.warn(
      `${name} codes no attributions: nothing was imported (a complete coding without quotes would hide every quote).`,
    );
    return false;
  }
  const machine = await machineAnalysis(deps.workerPath, doc);
  if (!machine) return false;
  if (doc.isClosed || doc.version !== version) {
    void notify.info(`${path.basename(doc.uri.path)} changed while ${name} was read: import it again.`);
    return false;
  }
  if (!(await deps.store.update(doc.uri, (s) => importCoding(s, text, machine, coding, name)))) return false;
  const undo = 'Undo';
  void notify
    .info(
      `Imported ${coding.attributions.length} quotes from ${name} as a complete coding: machine quotes it does not hold are hidden.`,
      undo,
    )
    .then((answer) => answer === undo && deps.store.update(doc.uri, undoImport));
  return true;
}

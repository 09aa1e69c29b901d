// What the three brat commands share: the active article with its analysis, picking and reading a .ann file, the
// machine's own analysis (without the person's annotations) and listing an .ann's problems by line.
import * as path from 'path';
import * as vscode from 'vscode';
import * as notify from '../notify';
import { AnalysisClient } from '../analysisClient';
import { fileName, type AnalysisController } from '../analysisController';
import type { Analysis } from '../../core/types';
import { readAttributions, type BratAttributions } from '../../shared/brat/attributions';
import { parseStandoff } from '../../shared/brat/parseStandoff';
import { issueText } from '../../shared/brat/standoff';
import type { AnalysisResult } from '../../shared/protocol';

/** An .ann larger than this is no coding of one article. */
const MAX_ANN_BYTES = 20 * 1024 * 1024;

export interface Article {
  doc: vscode.TextDocument;
  result: AnalysisResult;
}

/** The active article, analysed at its current version; undefined after saying why there is none. */
export async function activeArticle(controller: AnalysisController): Promise<Article | undefined> {
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc || doc.isClosed || !controller.isAnnotated(doc)) {
    void notify.info('News Annotator: open a news article first.');
    return undefined;
  }
  const state = await controller.analyseNow(doc);
  const result = controller.currentResult(doc);
  if (!result) {
    void notify.info(`${fileName(doc.uri)} has no analysis${state?.message ? `: ${state.message}` : '.'}`);
    return undefined;
  }
  return { doc, result };
}

/** brat pairs `story.txt` with `story.ann`: that file is offered first. */
export function siblingAnn(doc: vscode.TextDocument): vscode.Uri | undefined {
  if (doc.uri.scheme !== 'file') return vscode.workspace.workspaceFolders?.[0]?.uri;
  const base = path.basename(doc.uri.fsPath).replace(/\.[^.]+$/, '');
  return vscode.Uri.file(path.join(path.dirname(doc.uri.fsPath), `${base}.ann`));
}

export async function pickAnn(doc: vscode.TextDocument, title: string): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title,
    defaultUri: siblingAnn(doc),
    canSelectMany: false,
    filters: { 'brat standoff': ['ann'], 'All files': ['*'] },
  });
  return picked?.[0];
}

/**
 * The coding in `ann`, checked against the article's current text; undefined after telling the person what is
 * wrong (the first problems in the message, every one in the log).
 */
export async function readCoding(
  ann: vscode.Uri,
  text: string,
  log: vscode.LogOutputChannel,
): Promise<BratAttributions | undefined> {
  const name = path.basename(ann.path);
  let bytes: Uint8Array;
  try {
    const stat = await vscode.workspace.fs.stat(ann);
    if (stat.size > MAX_ANN_BYTES) {
      void notify.error(
        `${name} is too large (${Math.round(stat.size / 1048576)} MB) to be a brat coding of one article.`,
      );
      return undefined;
    }
    bytes = await vscode.workspace.fs.readFile(ann);
  } catch (err) {
    void notify.error(`Could not read ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
  const parsed = parseStandoff(new TextDecoder('utf-8').decode(bytes), text);
  if (!parsed.ok) {
    for (const issue of parsed.errors) log.error(issueText(name, issue));
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more: see the News Annotator log)` : '';
    void notify.error(
      `${name} does not fit this article: ${issueText(name, parsed.errors[0])}${more}. Nothing was changed.`,
    );
    return undefined;
  }
  const coding = readAttributions(parsed.document);
  for (const issue of coding.warnings) log.warn(issueText(name, issue));
  return coding;
}

/**
 * The machine's analysis of the text with no human annotations (what Compare measures and Import names speakers
 * by), from a worker of its own so the editor's analysis and its cache are not disturbed.
 */
export async function machineAnalysis(workerPath: string, doc: vscode.TextDocument): Promise<Analysis | undefined> {
  const client = new AnalysisClient({ workerPath, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  try {
    const outcome = await client.analyze(`brat:${doc.uri.toString()}`, doc.version, doc.getText(), fileName(doc.uri));
    if (outcome.status === 'ok') return outcome.result.analysis;
    void notify.error(
      `Could not analyse ${fileName(doc.uri)}: ${outcome.status === 'superseded' ? 'superseded' : outcome.message}`,
    );
    return undefined;
  } finally {
    client.dispose();
  }
}

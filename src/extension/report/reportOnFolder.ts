// News Annotator: Report on Folder… — every article in a folder (or the Explorer's selection) analysed on a worker
// pool beside the editor (its own workers: the editor's analysis worker stays free for typing), with a
// cancellable progress notification naming the file it is on; then the report opens in a webview panel.
import { availableParallelism } from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import * as notify from '../notify';
import { DEFAULT_MAX_BYTES } from '../../core/text/input';
import { runReport } from '../../shared/batch/reportRunner';
import { escapeIcons } from '../../shared/commandQueries';
import { GENDER_METHOD } from '../../shared/report/genderMethod';
import type { ReportView } from '../../shared/report/reportProtocol';
import { ReportPanel } from './reportPanel';
import { resolveTargets, type ReportTargets } from './reportTargets';
import { FEATURE_COMMAND_IDS } from '../../shared/commandIds';

export const REPORT_COMMAND = FEATURE_COMMAND_IDS.reportOnFolder;

export interface ReportOutcome {
  view: ReportView;
  panel: ReportPanel;
}

async function pickFolder(): Promise<vscode.Uri[] | undefined> {
  return vscode.window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: 'Report on Folder',
    title: 'News Annotator: choose a folder of articles',
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
}

/** What the command needs from the extension: its files, its log, and the corrections kept in workspace storage. */
export interface ReportHost {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  /** By article path; the workers read sidecar files themselves. */
  stored: () => Record<string, unknown>;
}

async function analyse(targets: ReportTargets, { extensionUri, log, stored }: ReportHost): Promise<ReportView> {
  let skipped = 0;
  let failed = 0;
  let cancelled = false;
  const report = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `News Annotator: report on ${escapeIcons(targets.label)}`,
      cancellable: true,
    },
    (progress, token) =>
      runReport({
        script: vscode.Uri.joinPath(extensionUri, 'dist', 'cli.js').fsPath,
        files: targets.paths(),
        // one core left for the editor
        jobs: Math.max(1, availableParallelism() - 1),
        maxBytes: DEFAULT_MAX_BYTES,
        // the people's corrections count, as in every other view
        stored: stored(),
        label: (p) => path.relative(targets.base, p) || path.basename(p),
        onArticle: (p, i) =>
          progress.report({ message: `${i + 1}: ${escapeIcons(path.relative(targets.base, p) || path.basename(p))}` }),
        onSkip: (p, why) => {
          skipped++;
          log.info(`Report: skipped ${p}: ${why}`);
        },
        onError: (p, message) => {
          failed++;
          log.warn(`Report: ${p}: ${message}`);
        },
        cancelled: () => (cancelled ||= token.isCancellationRequested),
      }),
  );
  const gender = vscode.workspace.getConfiguration('newsAnnotator').get<boolean>('audit.gender', true);
  return {
    title: `Sources across articles — ${targets.label}`,
    report,
    skipped,
    failed,
    cancelled,
    gender,
    genderMethod: GENDER_METHOD,
  };
}

/**
 * The command: `uri`/`uris` come from the Explorer's context menu (the clicked item and the whole selection);
 * from the palette it asks for a folder. Returns what it showed (the in-host tests read it).
 */
export async function reportOnFolder(
  host: ReportHost,
  uri?: vscode.Uri,
  uris?: vscode.Uri[],
): Promise<ReportOutcome | undefined> {
  const { extensionUri } = host;
  const chosen = uris && uris.length > 0 ? uris : uri instanceof vscode.Uri ? [uri] : await pickFolder();
  if (!chosen || chosen.length === 0) return undefined;
  const targets = await resolveTargets(chosen);
  if (typeof targets === 'string') {
    void notify.info(`News Annotator: ${targets}`);
    return undefined;
  }
  const view = await analyse(targets, host);
  if (view.report.articles === 0 && !view.cancelled) {
    void notify.info(
      `News Annotator: no articles (.txt, .md, .news, .article) in ${targets.label}${view.skipped ? ` (${view.skipped} skipped: see the log)` : ''}.`,
    );
    return undefined;
  }
  if (view.failed > 0)
    void notify.warn(
      `News Annotator: ${view.failed} ${view.failed === 1 ? 'file' : 'files'} could not be analysed (see the News Annotator log).`,
    );
  const panel = ReportPanel.show(extensionUri, targets.base, view);
  return { view, panel };
}

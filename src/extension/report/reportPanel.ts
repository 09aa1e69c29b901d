// The folder report's webview panel. Security as in the who-said-what panel: strict CSP (no remote scripts, styles
// or fonts; scripts only with a per-load nonce; codicons from the extension), names and paths sent as data and
// inserted as text by the webview, and every message back validated: it may only open an article of this report.
import * as path from 'path';
import * as vscode from 'vscode';
import { webviewHtml } from '../webviewHtml';
import * as notify from '../notify';
import { writeFileAtomic } from '../../shared/atomicWrite';
import type { ExportFormat } from '../../shared/exporters';
import { renderReport } from '../../shared/report/reportExporters';
import {
  parseReportMessage,
  reportArticles,
  type ReportView,
  type ToReportView,
} from '../../shared/report/reportProtocol';

const EXTENSION: Record<ExportFormat, string> = { json: 'json', csv: 'csv', markdown: 'md' };
const FILTER: Record<ExportFormat, Record<string, string[]>> = {
  json: { JSON: ['json'] },
  csv: { CSV: ['csv'] },
  markdown: { Markdown: ['md'] },
};

export class ReportPanel {
  /** Messages posted to the webview, newest last. */
  readonly posted: ToReportView[] = [];
  private readonly articles: Set<string>;

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    private readonly base: string,
    readonly view: ReportView,
  ) {
    this.articles = reportArticles(view.report);
    panel.webview.onDidReceiveMessage((raw: unknown) => void this.onMessage(raw));
  }

  static show(extensionUri: vscode.Uri, base: string, view: ReportView): ReportPanel {
    const media = vscode.Uri.joinPath(extensionUri, 'media');
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel('newsAnnotator.report', view.title, vscode.ViewColumn.Active, {
      enableScripts: true,
      enableCommandUris: false,
      localResourceRoots: [media, dist],
      retainContextWhenHidden: false,
    });
    panel.iconPath = vscode.Uri.joinPath(media, 'news-file.svg');
    const report = new ReportPanel(panel, extensionUri, base, view);
    panel.webview.html = report.html();
    return report;
  }

  /** Handles a (validated) message from the webview; public so tests can drive it like the webview does. */
  async onMessage(raw: unknown): Promise<boolean> {
    const message = parseReportMessage(raw, this.articles);
    if (!message) return false;
    switch (message.type) {
      case 'ready':
        this.post({ type: 'report', view: this.view });
        return true;
      case 'open':
        return this.open(message.article, message.start, message.end);
      case 'export': {
        const target = await vscode.window.showSaveDialog({
          defaultUri: vscode.Uri.file(path.join(this.base, `sources-report.${EXTENSION[message.format]}`)),
          filters: FILTER[message.format],
          title: 'Export the report',
        });
        if (!target) return false;
        return this.exportTo(message.format, target);
      }
    }
  }

  /** Writes the report atomically (readers never see half a file). */
  async exportTo(format: ExportFormat, target: vscode.Uri): Promise<boolean> {
    try {
      await writeFileAtomic(target.fsPath, renderReport(format, this.view.report, this.view.title));
    } catch (error) {
      void notify.error((error as Error).message);
      return false;
    }
    vscode.window.setStatusBarMessage(
      `$(check) News Annotator: report written to ${path.basename(target.fsPath)}`,
      4000,
    );
    return true;
  }

  private async open(article: string, start: number, end: number): Promise<boolean> {
    const file = vscode.Uri.file(path.resolve(this.base, article));
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(file);
    } catch (error) {
      void notify.warn(`News Annotator: could not open ${article}: ${(error as Error).message}`);
      return false;
    }
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside });
    // The article may have been edited since the report: offsets past its end land at its end.
    const length = doc.getText().length;
    const range = new vscode.Range(doc.positionAt(Math.min(start, length)), doc.positionAt(Math.min(end, length)));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  private post(message: ToReportView): void {
    this.posted.push(message);
    if (this.posted.length > 5) this.posted.splice(0, this.posted.length - 5);
    void this.panel.webview.postMessage(message);
  }

  private html(): string {
    return webviewHtml(this.panel.webview, this.extensionUri, {
      title: 'Sources across articles',
      css: 'report.css',
      script: 'report.js',
      body: '<main id="app"></main>',
    });
  }
}

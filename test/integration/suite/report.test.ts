// Report on Folder in the real VS Code: the command runs on samples/, the report panel opens with totals equal to
// the extension's own analyses of each sample, a row opens its article at the quote, exports are written.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ReportOutcome } from '../../../src/extension/report/reportOnFolder';
import { analysed, api, eventually, EXTENSION_ID, removeDir, tempDir } from './helpers';

suite('report on folder', () => {
  const samples = (): string => path.join(vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '', 'samples');
  let outcome: ReportOutcome | undefined;
  const out = tempDir('na-report-');

  suiteSetup(async () => {
    await api();
    // The extension host's longest stall while the report runs (the workers must keep it free for the editor).
    let last = Date.now();
    let stall = 0;
    const ticker = setInterval(() => {
      stall = Math.max(stall, Date.now() - last);
      last = Date.now();
    }, 10);
    const started = Date.now();
    outcome = await vscode.commands.executeCommand<ReportOutcome | undefined>(
      'newsAnnotator.reportOnFolder',
      vscode.Uri.file(samples()),
    );
    clearInterval(ticker);
    console.log(`      report on samples/: ${Date.now() - started} ms, longest host stall ${stall} ms`);
  });

  suiteTeardown(async () => {
    outcome?.panel.panel.dispose();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeDir(out);
  });

  test('the report panel opens under a strict CSP and its script asks for the report', async () => {
    assert.ok(outcome);
    const panel = outcome.panel;
    panel.panel.reveal();
    assert.equal(panel.panel.viewType, 'newsAnnotator.report');
    assert.match(panel.panel.webview.html, /default-src 'none'/);
    assert.match(panel.panel.webview.html, /script-src 'nonce-/);
    // the webview's script posts "ready" once it runs; the panel answers with the report
    const sent = await eventually('the report is posted to the webview', () =>
      panel.posted.find((m) => m.type === 'report'),
    );
    assert.equal(sent.view.report.articles, outcome.view.report.articles);
  });

  test('the report covers every sample and its totals match the analyses of the open articles', async () => {
    assert.ok(outcome, 'the command returned a report');
    const files = fs.readdirSync(samples()).filter((f) => /\.(news|article|txt|md)$/.test(f));
    const { report } = outcome.view;
    assert.equal(report.articles, files.length);
    let quotes = 0;
    for (const f of files) {
      const doc = await vscode.workspace.openTextDocument(path.join(samples(), f));
      await vscode.window.showTextDocument(doc);
      quotes += (await analysed(doc)).quotes.length;
    }
    assert.equal(report.totals.quotes, quotes);
    const t = report.totals;
    assert.equal(t.speakers, t.named + t.organizations + t.anonymous);
    assert.ok(report.speakers.length > 0 && report.places.length > 0);
  });

  test('a speaker row opens its article with the first quote selected; other files are refused', async () => {
    assert.ok(outcome);
    const speaker = outcome.view.report.speakers[0];
    assert.equal(await outcome.panel.onMessage({ type: 'open', ...speaker.first }), true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.fsPath === path.join(samples(), speaker.first.article));
    assert.ok(editor.document.getText(editor.selection).length > 0, 'the quote is selected');
    assert.equal(await outcome.panel.onMessage({ type: 'open', article: '../package.json', start: 0, end: 1 }), false);
  });

  test('the report exports as JSON, CSV and Markdown', async () => {
    assert.ok(outcome);
    for (const [format, name] of [
      ['json', 'r.json'],
      ['csv', 'r.csv'],
      ['markdown', 'r.md'],
    ] as const) {
      assert.equal(await outcome.panel.exportTo(format, vscode.Uri.file(path.join(out, name))), true);
    }
    const json = JSON.parse(fs.readFileSync(path.join(out, 'r.json'), 'utf8')) as { articles: number };
    assert.equal(json.articles, outcome.view.report.articles);
    assert.match(fs.readFileSync(path.join(out, 'r.csv'), 'utf8'), /^section,name,type,articles,quotes,words/);
    assert.match(fs.readFileSync(path.join(out, 'r.md'), 'utf8'), /^# Sources across articles/);
  });
});

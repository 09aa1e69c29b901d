// Panel messages, the stale-result race, settings that apply at once, the size limit, untitled documents.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { analysed, api, ARTICLE, eventually, offsetOf, openArticle, removeDir, setSetting } from './helpers';

suite('panel messages, races and settings', () => {
  let doc: vscode.TextDocument;
  let dir: string;

  suiteSetup(async () => {
    ({ doc, dir } = await openArticle(ARTICLE, 'race.news'));
    await analysed(doc);
  });

  suiteTeardown(async () => {
    await setSetting('languages', undefined);
    await setSetting('maxFileSizeKB', undefined);
    await setSetting('highlight.places', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeDir(dir);
  });

  test('a reveal message from the panel selects the quote; invalid messages are ignored', async () => {
    const a = await api();
    const editor = await vscode.window.showTextDocument(doc);
    const start = offsetOf(doc, 'The detour');
    const end = start + 'The detour adds ten minutes at most,'.length;
    assert.strictEqual(await a.panel.onMessage({ type: 'reveal', start, end, version: doc.version }), true);
    assert.strictEqual(editor.document.getText(editor.selection), 'The detour adds ten minutes at most,');

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const length = doc.getText().length;
    for (const bad of [
      { type: 'reveal', start: 0, end: length + 1, version: doc.version },
      { type: 'reveal', start: 5, end: 2, version: doc.version },
      { type: 'reveal', start: 0, end: 3, version: doc.version - 1 },
      { type: 'runCommand', command: 'workbench.action.quit' },
      '<script>',
      null,
    ]) {
      assert.strictEqual(await a.panel.onMessage(bad), false, JSON.stringify(bad));
    }
    assert.ok(editor.selection.isEmpty, 'no invalid message moved the selection');
  });

  test('editing while an analysis runs: only the result for the final version is kept', async () => {
    const a = await api();
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    // Several quick edits, each one superseding the analysis started for the previous one.
    for (const piece of ['\n"First we', ' fix the deck," said Ana Ruiz,', ' the contractor.\n']) {
      await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, piece));
    }
    assert.ok(doc.version > 1);
    const analysis = await analysed(doc);
    await a.whenIdle();
    const text = doc.getText();
    for (const q of analysis.quotes)
      assert.strictEqual(text.slice(q.start, q.end), q.text, 'quote offsets match the final text');
    assert.ok(
      analysis.quotes.some((q) => q.text.includes('First we fix the deck')),
      'the newest quote is found',
    );
    // Undo the edits so the other tests see the original article.
    await editor.edit((b) => b.delete(new vscode.Range(end, doc.lineAt(doc.lineCount - 1).range.end)));
    await analysed(doc);
  });

  test('settings apply at once: removing the language stops annotation, restoring it resumes', async () => {
    const a = await api();
    await vscode.window.showTextDocument(doc);
    await setSetting('languages', ['markdown']);
    try {
      await eventually('annotation to stop', () => (a.getAnalysis(doc.uri) === undefined ? true : undefined));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        doc.positionAt(offsetOf(doc, 'cannot wait')),
      );
      assert.strictEqual(hovers.length, 0, 'no hover for a language that is not annotated');
    } finally {
      await setSetting('languages', undefined);
    }
    await analysed(doc);
    await setSetting('highlight.places', false);
    assert.ok(a.getAnalysis(doc.uri), 'turning a highlight kind off keeps the analysis');
    await setSetting('highlight.places', undefined);
  });

  test('a file over the size limit is not analysed without consent', async () => {
    const a = await api();
    await setSetting('maxFileSizeKB', 1);
    const big = await vscode.workspace.openTextDocument({ language: 'news-article', content: ARTICLE.repeat(8) });
    await vscode.window.showTextDocument(big);
    await eventually('the size check', () => a.getStatus(big.uri));
    await a.whenIdle();
    assert.strictEqual(a.getStatus(big.uri), 'declined');
    assert.strictEqual(a.getAnalysis(big.uri), undefined);
    await setSetting('maxFileSizeKB', undefined);
    await analysed(big);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('untitled news articles are annotated', async () => {
    const untitled = await vscode.workspace.openTextDocument({ language: 'news-article', content: ARTICLE });
    await vscode.window.showTextDocument(untitled);
    const analysis = await analysed(untitled);
    assert.ok(analysis.quotes.length >= 2);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the article is never edited by the extension', async () => {
    const fresh = await openArticle(ARTICLE, 'untouched.news');
    try {
      await analysed(fresh.doc);
      const version = fresh.doc.version;
      await vscode.commands.executeCommand('newsAnnotator.nextQuote');
      await vscode.commands.executeCommand('newsAnnotator.previousQuote');
      await vscode.commands.executeCommand('newsAnnotator.toggleHighlights');
      await vscode.commands.executeCommand('newsAnnotator.toggleHighlights');
      await vscode.commands.executeCommand('newsAnnotator.copySummary');
      await vscode.commands.executeCommand('newsAnnotator.annotate');
      assert.strictEqual(fresh.doc.version, version);
      assert.strictEqual(fresh.doc.isDirty, false);
      assert.strictEqual(fs.readFileSync(fresh.doc.uri.fsPath, 'utf8'), ARTICLE);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      removeDir(fresh.dir);
    }
  });
});

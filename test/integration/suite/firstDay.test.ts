// What a first-day user ran into (issue 13): exports annotated as articles, sticky scroll pinning article lines,
// unwrapped .txt articles.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysed, api, ARTICLE, eventually, openArticle, removeDir, sleep } from './helpers';

interface ExportResult {
  target: 'editor' | 'file';
  uri: vscode.Uri;
  text: string;
}

/** An article in long paragraph lines, as saved from the web: what a .txt article looks like. */
const LONG_ARTICLE = [
  'Bridge repairs to close river crossing for a month',
  '',
  'LAKEVILLE, April 3 (Wire) — The old river bridge in Lakeville will close for repairs next week, the city said on Tuesday, leaving drivers with a detour of several miles through the industrial district.',
  '',
  '"We cannot wait for another winter," said Maria Lopez, the mayor of Lakeville, who has pushed for the repairs since the bridge was found to be cracked in the spring.',
  '',
  'Lopez said the work would take about a month and would cost the city about two million dollars, most of it paid by a state grant approved last year.',
  '',
  '"The detour adds ten minutes at most," said John Carter, the city engineer, adding that buses would keep running on a shortened route during the works.',
  '',
].join('\n');

suite('first-day fixes', () => {
  const dirs: string[] = [];

  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('stickyScroll.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const dir of dirs) removeDir(dir);
  });

  test('an export opened in a new editor is never analysed (Markdown is an annotated language)', async () => {
    const { doc, dir } = await openArticle();
    dirs.push(dir);
    await analysed(doc);
    const result = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.exportMarkdown', {
      target: 'editor',
    });
    assert.ok(result && result.target === 'editor');
    const exported = await vscode.workspace.openTextDocument(result.uri);
    assert.strictEqual(exported.languageId, 'markdown');
    await (await api()).whenIdle();
    await sleep(300);
    await (await api()).whenIdle();
    assert.strictEqual((await api()).getStatus(exported.uri), undefined, 'the export was analysed');
    assert.strictEqual((await api()).getAnalysis(exported.uri), undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('untitled plain text is not analysed on its own; Annotate Current File still works on it', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: ARTICLE });
    await vscode.window.showTextDocument(doc);
    await (await api()).whenIdle();
    assert.strictEqual((await api()).getStatus(doc.uri), undefined);
    await vscode.commands.executeCommand('newsAnnotator.annotate');
    await analysed(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('with sticky scroll on, no outline symbol spans lines: nothing of the article is pinned', async () => {
    await vscode.workspace
      .getConfiguration('editor')
      .update('stickyScroll.enabled', true, vscode.ConfigurationTarget.Global);
    const { doc, dir, editor } = await openArticle(
      Array.from({ length: 6 }, () => LONG_ARTICLE).join('\n'),
      'long.news',
    );
    dirs.push(dir);
    await analysed(doc);
    editor.revealRange(new vscode.Range(doc.lineCount - 2, 0, doc.lineCount - 1, 0), vscode.TextEditorRevealType.AtTop);
    const symbols = await eventually('symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      );
      return s && s.length > 0 ? s : undefined;
    });
    const all = symbols.flatMap((s) => [s, ...s.children]);
    // sticky scroll pins the first line of a symbol whose range encloses the top of the view: with single-line
    // ranges (paragraphs are lines here) there is none to pin, however far down the view is
    const top = editor.visibleRanges[0]?.start.line ?? doc.lineCount - 2;
    assert.ok(top > 10, `scrolled down (top line ${top})`);
    for (const s of all)
      assert.ok(s.range.isSingleLine, `${s.name} spans lines ${s.range.start.line}–${s.range.end.line}`);
  });

  test('an article-shaped .txt file is wrapped in its editor; other .txt files are not', async () => {
    const article = await openArticle(LONG_ARTICLE, 'bridge.txt');
    dirs.push(article.dir);
    await analysed(article.doc);
    assert.strictEqual(article.doc.languageId, 'plaintext');
    await eventually('wrapped', () => api().then((a) => a.testHooks.wrapped(article.doc) || undefined));
    const list = await openArticle(Array.from({ length: 30 }, (_, i) => `item ${i}: bridge`).join('\n'), 'list.txt');
    dirs.push(list.dir);
    await sleep(300);
    assert.strictEqual((await api()).testHooks.wrapped(list.doc), false);
    assert.strictEqual(
      vscode.workspace.getConfiguration('editor').get('wordWrap'),
      'off',
      'the setting itself is untouched',
    );
  });
});

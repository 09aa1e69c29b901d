// A bug in the analysis core, in a real VS Code: a pass made to throw (through a test hook nothing in the UI or the
// settings reaches) must show as an error — logged, told once, the status bar in its error state — while the last
// good highlights and panel stay, marked stale. Never as an empty result ("0 quotes", highlights cleared).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysed, api, ARTICLE, eventually, openArticle, removeDir, sleep } from './helpers';

suite('a fault in the analysis core', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let dir: string;

  const append = async (text: string): Promise<void> => {
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, text));
  };

  suiteSetup(async () => {
    ({ doc, editor, dir } = await openArticle(ARTICLE, 'faults.news'));
    await analysed(doc);
  });

  suiteTeardown(async () => {
    const a = await api();
    a.testHooks.injectFault(undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    removeDir(dir);
  });

  test('shows as an error, told once, with the last good highlights and panel kept and marked stale', async () => {
    const a = await api();
    editor = await vscode.window.showTextDocument(doc);
    const good = await analysed(doc);
    assert.ok(good.quotes.length >= 3);
    await vscode.commands.executeCommand('newsAnnotator.showPanel');
    await eventually('the panel model', () => a.panel.posted.find((m) => m.type === 'model'));
    editor = await vscode.window.showTextDocument(doc);
    const shownBefore = await eventually('highlights', () => a.testHooks.highlights(editor));
    const events = a.testHooks.workerEvents();
    const failures = a.testHooks.failuresShown();

    a.testHooks.injectFault('reported');
    await append('\nShe said the bridge would reopen in May.\n');
    await eventually('the error state', () => (a.getStatus(doc.uri) === 'error' ? true : undefined));

    assert.strictEqual(a.testHooks.failuresShown(), failures + 1, 'the failure was shown to the user');
    const status = a.testHooks.statusBar();
    assert.ok(status.error, `status bar in its error state: ${status.text}`);
    assert.match(status.text, /\(stale\)/);
    assert.match(status.tooltip, /injected/);
    assert.strictEqual(a.getAnalysis(doc.uri)?.quotes.length, good.quotes.length, 'the last good analysis is kept');
    assert.deepStrictEqual(a.testHooks.highlights(editor), shownBefore, 'the last good highlights stay on screen');
    await eventually('the stale panel', () =>
      a.panel.posted.find((m) => m.type === 'model' && m.stale !== undefined && /injected/.test(m.stale)),
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      doc.positionAt(ARTICLE.indexOf('Maria Lopez')),
    );
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /not up to date/, 'the hover says the highlights are stale');

    // More edits fail too, but the user is told only once; the worker neither crashed nor restarted.
    for (const piece of [' More.', ' And more.']) {
      await append(piece);
      await sleep(150);
    }
    await a.whenIdle();
    assert.strictEqual(a.getStatus(doc.uri), 'error');
    assert.strictEqual(a.testHooks.failuresShown(), failures + 1, 'told once, not on every keystroke');
    assert.deepStrictEqual(a.testHooks.workerEvents(), events);

    // Fixed: the next edit analyses again, the error state and the stale marks go.
    a.testHooks.injectFault(undefined);
    await append(' "We are ready," said Maria Lopez.');
    const fresh = await analysed(doc);
    assert.ok(fresh.quotes.length > good.quotes.length);
    assert.strictEqual(a.testHooks.statusBar().error, false);
    await eventually('a panel without the stale mark', () => {
      const last = [...a.panel.posted].reverse().find((m) => m.type === 'model');
      return last?.type === 'model' && last.stale === undefined ? true : undefined;
    });
  });
});

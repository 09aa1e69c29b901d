// Worker-crash recovery in a real VS Code: the analysis worker is ended as a crash would end it (through a test
// hook that nothing in the UI reaches). One crash: the worker restarts and highlights come back. A second crash:
// reported once, clearly, and no restart loop; "Restart Analysis" brings it back.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysed, api, ARTICLE, eventually, openArticle, removeDir, sleep } from './helpers';

suite('analysis worker crash recovery', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let dir: string;

  const append = async (text: string): Promise<void> => {
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, text));
  };
  const highlightsOfCurrentVersion = async (): Promise<{ version: number; ranges: number }> => {
    const a = await api();
    return eventually('highlights for the current version', () => {
      const shown = a.testHooks.highlights(editor);
      return shown && shown.version === doc.version && shown.ranges > 0 ? shown : undefined;
    });
  };

  suiteSetup(async () => {
    ({ doc, editor, dir } = await openArticle(ARTICLE, 'crash.news'));
    await analysed(doc);
  });

  suiteTeardown(async () => {
    const a = await api();
    a.testHooks.restartAnalysis(); // leave a working worker for the suites after this one
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    removeDir(dir);
  });

  test('after a crash the worker restarts and the highlights come back', async () => {
    const a = await api();
    editor = await vscode.window.showTextDocument(doc);
    await highlightsOfCurrentVersion();
    const before = a.testHooks.workerEvents();
    assert.strictEqual(a.testHooks.crashWorker(), true, 'a worker was running');
    await eventually('the restart', () =>
      a.testHooks.workerEvents().restarts === before.restarts + 1 ? true : undefined,
    );

    await append('\n"We will reopen the bridge in May," said Maria Lopez.\n');
    const analysis = await analysed(doc);
    assert.ok(
      analysis.quotes.some((q) => q.text.includes('We will reopen the bridge in May')),
      'the new worker analysed the edit',
    );
    const shown = await highlightsOfCurrentVersion();
    assert.ok(
      shown.ranges >= analysis.quotes.length,
      `${shown.ranges} highlighted ranges for ${analysis.quotes.length} quotes`,
    );
    assert.strictEqual(a.testHooks.workerEvents().failures, before.failures, 'one crash is not reported as a failure');
  });

  test('a second crash is reported once, without a restart loop; Restart Analysis recovers', async () => {
    const a = await api();
    editor = await vscode.window.showTextDocument(doc);
    const before = a.testHooks.workerEvents();
    assert.strictEqual(a.testHooks.crashWorker(), true, 'a worker was running');
    await eventually('the failure report', () =>
      a.testHooks.workerEvents().failures === before.failures + 1 ? true : undefined,
    );

    // The analysis of the unchanged article is still valid: commands answer on the host, without the worker.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const step = await vscode.commands.executeCommand<{ start: number; end: number } | undefined>(
      'newsAnnotator.nextQuote',
    );
    assert.ok(step && step.end > step.start, 'Next Quote answered by the host fallback');
    assert.strictEqual(doc.offsetAt(editor.selection.start), step.start);
    const summary = await vscode.commands.executeCommand<string | undefined>('newsAnnotator.copySummary');
    assert.match(summary ?? '', /^crash\.news: \d+ quotes/);

    // Edits after the failure: each is answered at once with an error, nothing restarts, nothing is reported again.
    for (const piece of [' More text.', ' And more.', ' Still more.']) {
      await append(piece);
      await sleep(150);
    }
    await a.whenIdle();
    await sleep(500);
    assert.deepStrictEqual(a.testHooks.workerEvents(), { restarts: before.restarts, failures: before.failures + 1 });
    assert.strictEqual(a.getStatus(doc.uri), 'error');
    assert.strictEqual(a.testHooks.crashWorker(), false, 'no worker was started again');

    a.testHooks.restartAnalysis();
    const analysis = await analysed(doc);
    assert.ok(analysis.quotes.length >= 3);
    await highlightsOfCurrentVersion();
  });
});

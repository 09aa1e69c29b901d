// Smoke test of the in-host layer: the extension is installed, activates on a news article (not before it is
// needed), registers every contract command and hands tests its API with an analysis of the open article.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/core/types';
import { ALL_COMMAND_IDS } from '../../../src/shared/commandIds';

const EXTENSION_ID = 'news-annotator.news-annotator';

interface NewsAnnotatorApi {
  getAnalysis(uri: vscode.Uri): Analysis | undefined;
  whenIdle(): Promise<void>;
}

/** The command table the extension registers from; test/unit/manifest.test.ts holds package.json to the same. */
const CONTRACT_COMMANDS = ALL_COMMAND_IDS;

// Written for this test: one direct quote with a named speaker, one place.
const ARTICLE = [
  'SPRINGFIELD (Wire) — The city council approved the new budget on Tuesday.',
  '',
  '"We will not close a single library," said Maria Lopez, the mayor of Springfield.',
  '',
].join('\n');

suite('activation', () => {
  let file: string;

  suiteSetup(() => {
    file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'na-activation-')), 'budget.news');
    fs.writeFileSync(file, ARTICLE);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(path.dirname(file), { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });

  test('the extension is installed under its contract id', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
    assert.ok(
      !(ext.packageJSON.activationEvents as string[] | undefined)?.includes('*'),
      'activationEvents must be precise, never "*"',
    );
  });

  test('opening a .news file gives it the news-article language and activates the extension', async () => {
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'news-article');
    const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
    assert.ok(ext);
    const api = await ext.activate();
    assert.ok(ext.isActive, 'extension did not activate');
    assert.strictEqual(typeof api?.getAnalysis, 'function', 'activate() must return { getAnalysis, whenIdle }');
    assert.strictEqual(typeof api?.whenIdle, 'function', 'activate() must return { getAnalysis, whenIdle }');
  });

  test('every contract command is registered, and the manifest contributes the same ones', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const missing = CONTRACT_COMMANDS.filter((c) => !all.has(c));
    assert.deepStrictEqual(missing, [], `commands not registered: ${missing.join(', ')}`);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const contributed = (ext?.packageJSON.contributes.commands as Array<{ command: string }>)
      .map((c) => c.command)
      .sort();
    assert.deepStrictEqual(contributed, [...CONTRACT_COMMANDS].sort());
  });

  test('the open article is analysed: the quote and its speaker are found', async () => {
    const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
    assert.ok(ext);
    const api = await ext.activate();
    await api.whenIdle();
    const analysis = api.getAnalysis(vscode.Uri.file(file));
    assert.ok(analysis, 'no analysis for the open article');
    const quote = analysis.quotes.find(
      (q) => q.kind === 'direct' && q.text.includes('We will not close a single library'),
    );
    assert.ok(quote, `direct quote not found; quotes: ${JSON.stringify(analysis.quotes.map((q) => q.text))}`);
    assert.strictEqual(quote.speaker, 'Maria Lopez');
    assert.ok(
      ARTICLE.slice(quote.start, quote.end).includes('We will not close'),
      'quote offsets do not point at its text',
    );
  });
});

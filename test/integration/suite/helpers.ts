// Shared by the in-host suites: the extension's test API, a test article written for these tests, temp files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Analysis } from '../../../src/core/types';
import type { NewsAnnotatorApi } from '../../../src/extension/extension';

export const EXTENSION_ID = 'news-annotator.news-annotator';

/** Three clearly attributed quotes, two speakers, places. Written for these tests. */
export const ARTICLE = [
  'Bridge repairs to close river crossing for a month',
  'By Test Desk',
  '',
  'LAKEVILLE, April 3 (Wire) — The old river bridge in Lakeville will close for repairs next week.',
  '',
  '"We cannot wait for another winter," said Maria Lopez, the mayor of Lakeville.',
  '',
  'Lopez said the work would take about a month.',
  '',
  '"The detour adds ten minutes at most," said John Carter, the city engineer.',
  '',
].join('\n');

export async function api(): Promise<NewsAnnotatorApi> {
  const ext = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  return ext.activate();
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `text` to a new temp file and opens it in an editor. */
/**
 * Removes a test's temporary folder. Retried: VS Code may still be writing into it (a backup, an annotations file)
 * just after the editor closed, and a plain recursive removal then fails with ENOTEMPTY in an after-all hook.
 */
export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

export async function openArticle(
  text = ARTICLE,
  name = 'bridge.news',
): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; dir: string }> {
  const dir = tempDir('na-it-');
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const doc = await vscode.workspace.openTextDocument(file);
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor, dir };
}

/** Waits until the document's current version is analysed. */
export async function analysed(doc: vscode.TextDocument): Promise<Analysis> {
  const a = await api();
  for (let i = 0; i < 100; i++) {
    await a.whenIdle();
    const analysis = a.getAnalysis(doc.uri);
    if (analysis && a.getStatus(doc.uri) === 'ready') return analysis;
    await sleep(50);
  }
  assert.fail(`${doc.uri.toString()} was not analysed (status ${a.getStatus(doc.uri)})`);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a value (or fails after `timeoutMs`). */
export async function eventually<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export function offsetOf(doc: vscode.TextDocument, needle: string): number {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `"${needle}" not in the document`);
  return i;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsAnnotator').update(key, value, vscode.ConfigurationTarget.Global);
}

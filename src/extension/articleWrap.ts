// Wraps article-shaped plain-text files: a news article in a .txt file is prose, one paragraph per line, and
// unwrapped it runs far off screen. VS Code lets an extension change wrapping for one editor only through the
// "Toggle Word Wrap" command (a per-document override that leaves the settings alone), so that is what is used:
// once per document, only when wrapping is off for it, only for annotated plain text that looks like an article,
// and only while `newsAnnotator.wrapArticles` is on. News Article files wrap by the language default in
// package.json (configurationDefaults for [news-article]); the user's other .txt files are untouched.
import * as vscode from 'vscode';
import type { AnalysisController } from './analysisController';
import { SAMPLE_LINES, looksLikeArticle } from '../shared/articleShape';

export class ArticleWrap implements vscode.Disposable {
  /** Documents already wrapped (or judged) this session: a user who unwraps one again is not overruled. */
  private readonly decided = new Set<string>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly controller: AnalysisController) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && void this.consider(editor)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.decided.delete(doc.uri.toString())),
    ];
    if (vscode.window.activeTextEditor) void this.consider(vscode.window.activeTextEditor);
  }

  /** Whether `editor`'s document was wrapped by us this session (for the tests). */
  wrapped(doc: vscode.TextDocument): boolean {
    return this.decided.has(`${doc.uri.toString()}#wrapped`);
  }

  async consider(editor: vscode.TextEditor): Promise<void> {
    const doc = editor.document;
    const key = doc.uri.toString();
    if (this.decided.has(key) || doc.languageId !== 'plaintext' || !this.controller.isAnnotated(doc)) return;
    if (!vscode.workspace.getConfiguration('newsAnnotator').get<boolean>('wrapArticles', true)) return;
    this.decided.add(key);
    if (vscode.workspace.getConfiguration('editor', doc).get<string>('wordWrap') !== 'off') return;
    const lines: string[] = [];
    for (let i = 0; i < Math.min(doc.lineCount, SAMPLE_LINES); i++) lines.push(doc.lineAt(i).text);
    if (!looksLikeArticle(lines)) return;
    // the command acts on the active editor: only if this one still is
    if (vscode.window.activeTextEditor !== editor) {
      this.decided.delete(key);
      return;
    }
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
    this.decided.add(`${key}#wrapped`);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

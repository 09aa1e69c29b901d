// Hovers and document symbols through VS Code's own provider commands, on an article written for the test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { analysed, openArticle, offsetOf } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

suite('hover and symbol providers', () => {
  let doc: vscode.TextDocument;
  let dir: string;

  suiteSetup(async () => {
    ({ doc, dir } = await openArticle());
    await analysed(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('hover on a direct quote names the speaker, the cue, the kind and the confidence', async () => {
    const pos = doc.positionAt(offsetOf(doc, 'cannot wait'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /Direct quote/, text);
    assert.match(text, /Maria Lopez/, text);
    assert.match(text, /Cue: “said”/, text);
    assert.match(text, /Confidence: \d+%/, text);
    assert.match(text, /command:newsAnnotator\.showPanel/, text);
  });

  test('hover on a speaker mention gives the type, quote count and links', async () => {
    const pos = doc.positionAt(offsetOf(doc, 'John Carter') + 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    assert.match(text, /John Carter/, text);
    assert.match(text, /Person · 1 quote/, text);
    assert.match(text, /command:newsAnnotator\.nextQuote/, text);
  });

  test('no News Annotator hover on plain narrative', async () => {
    const pos = doc.positionAt(offsetOf(doc, 'repairs next week') + 2);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    assert.doesNotMatch(text, /Direct quote|Reported speech|Person ·/, text);
  });

  test('document symbols: speakers with their quotes as children', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no symbols');
    const names = symbols.map((s) => s.name);
    const lopez = symbols.find((s) => s.name === 'Maria Lopez');
    assert.ok(lopez, `no Maria Lopez symbol in ${JSON.stringify(names)}`);
    assert.ok(lopez.children.some((c) => c.name.includes('We cannot wait for another winter')), JSON.stringify(lopez.children.map((c) => c.name)));
    assert.match(lopez.detail, /quote/);
    const carter = symbols.find((s) => s.name === 'John Carter');
    assert.ok(carter && carter.children.length === 1, JSON.stringify(names));
    // Symbols are in text order and each child lies in its parent's range.
    for (const s of symbols) for (const c of s.children) assert.ok(s.range.contains(c.range), `${c.name} outside ${s.name}`);
  });
});

// Hovers and document symbols through VS Code's own provider commands, on an article written for the test.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { analysed, ARTICLE, eventually, offsetOf, openArticle, removeDir, setSetting } from './helpers';

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
    removeDir(dir);
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
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos),
    );
    assert.match(text, /John Carter/, text);
    assert.match(text, /Person · 1 quote/, text);
    assert.match(text, /command:newsAnnotator\.nextQuote/, text);
  });

  test('no News Annotator hover on plain narrative', async () => {
    const pos = doc.positionAt(offsetOf(doc, 'repairs next week') + 2);
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos),
    );
    assert.doesNotMatch(text, /Direct quote|Reported speech|Person ·/, text);
  });

  test('document symbols: speakers with their quotes as children', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no symbols');
    const names = symbols.map((s) => s.name);
    const lopez = symbols.find((s) => s.name === 'Maria Lopez');
    assert.ok(lopez, `no Maria Lopez symbol in ${JSON.stringify(names)}`);
    assert.ok(
      lopez.children.some((c) => c.name.includes('We cannot wait for another winter')),
      JSON.stringify(lopez.children.map((c) => c.name)),
    );
    assert.match(lopez.detail, /quote/);
    const carter = symbols.find((s) => s.name === 'John Carter');
    assert.ok(carter && carter.children.length === 1, JSON.stringify(names));
    // Each symbol's range is its own words (a speaker's first mention, a quote): nothing spans paragraphs for
    // sticky scroll to pin over the article.
    for (const s of symbols) {
      assert.ok(s.range.isEqual(s.selectionRange), `${s.name}: the range is the first mention`);
      for (const c of s.children) assert.ok(c.range.isSingleLine, `${c.name} spans lines`);
    }
  });
});

/** The root symbol of providers.ts (not imported: the test bundle must not carry a second copy of the extension). */
const OUTLINE_ROOT = 'Who said what';

suite('speakers in Markdown and plain-text outlines', () => {
  const MARKDOWN = ['# Bridge news', '', ARTICLE, '', '## Background', '', 'The bridge opened in 1931.', ''].join('\n');
  let dir: string | undefined;

  const symbolsOf = async (doc: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> => {
    await analysed(doc);
    // The built-in Markdown provider may answer before ours has its analysis: wait for ours.
    return eventually('our symbols', async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      );
      return symbols?.some((s) => s.name === OUTLINE_ROOT || s.name === 'Maria Lopez') ? symbols : undefined;
    });
  };

  suiteTeardown(async () => {
    await setSetting('outline', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (dir) removeDir(dir);
  });

  test('Markdown: speakers and quotes under one "Who said what" symbol; the heading outline keeps its top level', async () => {
    let doc: vscode.TextDocument;
    ({ doc, dir } = await openArticle(MARKDOWN, 'bridge.md'));
    assert.strictEqual(doc.languageId, 'markdown');
    const symbols = await symbolsOf(doc);
    const names = symbols.map((s) => s.name);
    assert.ok(!names.includes('Maria Lopez'), `speakers are not mixed with the headings: ${JSON.stringify(names)}`);
    const root = symbols.find((s) => s.name === OUTLINE_ROOT);
    assert.ok(root, `no "${OUTLINE_ROOT}" symbol in ${JSON.stringify(names)}`);
    assert.match(root.detail, /\d+ quotes? · 2 speakers/);
    const lopez = root.children.find((s) => s.name === 'Maria Lopez');
    assert.ok(
      lopez && lopez.children.some((c) => c.name.includes('We cannot wait for another winter')),
      JSON.stringify(root.children.map((c) => c.name)),
    );
    assert.ok(
      root.range.isSingleLine,
      'the root does not span the article (sticky scroll would pin it over the headings)',
    );
    // The Markdown extension's headings, when it provides them, stay at the top level beside the root.
    assert.ok(
      names.every((n) => n === OUTLINE_ROOT || /Bridge news|Background/.test(n)),
      `only headings beside the root: ${JSON.stringify(names)}`,
    );
  });

  test('plain text is grouped too; "flat" puts speakers at the top level; "off" removes them', async () => {
    const txt = await openArticle(ARTICLE, 'bridge.txt');
    try {
      assert.strictEqual(txt.doc.languageId, 'plaintext');
      const grouped = await symbolsOf(txt.doc);
      assert.deepStrictEqual(
        grouped.map((s) => s.name),
        [OUTLINE_ROOT],
      );

      // The setting applies from the next request on (the configuration event may arrive just after the update).
      const namesOnceSettled = (want: (names: string[]) => boolean): Promise<string[]> =>
        eventually('the outline setting to apply', async () => {
          const symbols =
            (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
              'vscode.executeDocumentSymbolProvider',
              txt.doc.uri,
            )) ?? [];
          const names = symbols.map((s) => s.name);
          return want(names) ? names : undefined;
        });
      await setSetting('outline', 'flat');
      const flat = await namesOnceSettled((n) => !n.includes(OUTLINE_ROOT));
      assert.ok(flat.includes('Maria Lopez'), JSON.stringify(flat));

      await setSetting('outline', 'off');
      assert.deepStrictEqual(await namesOnceSettled((n) => n.length === 0), []);
    } finally {
      await setSetting('outline', undefined);
      removeDir(txt.dir);
    }
  });
});

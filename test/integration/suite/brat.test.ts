// brat in the real editor: Export Annotations (brat) then Import gives back the same annotations; an imported
// speaker different from the machine's wins in the analysis every view uses and in every export; Compare lists the
// disagreement; an .ann that does not fit changes nothing.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Quote } from '../../../src/core/types';
import type { ExportResult } from '../../../src/extension/commands';
import type { CompareBratResult } from '../../../src/extension/brat/compareBrat';
import { analysed, api, eventually, offsetOf, openArticle, removeDir } from './helpers';

const shape = (q: Quote): unknown => [
  q.start,
  q.end,
  q.kind,
  q.speaker,
  q.speakerMention?.start ?? null,
  q.cue?.start ?? null,
  q.parts?.length ?? 0,
];

suite('brat', function () {
  // Each import and compare starts a worker of its own for the machine's analysis: slow on a busy machine.
  this.timeout(60_000);
  let doc: vscode.TextDocument;
  let dir: string;

  suiteSetup(async () => {
    ({ doc, dir } = await openArticle(undefined, 'brat-bridge.news'));
    await analysed(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeDir(dir);
  });

  setup(async () => {
    await vscode.window.showTextDocument(doc);
  });

  const sidecar = (): string => path.join(dir, 'brat-bridge.news.annotations.json');

  test("brat export then import gives back the same annotations, now a person's", async () => {
    const machine = await analysed(doc);
    const target = vscode.Uri.file(path.join(dir, 'exported.ann'));
    const exported = await vscode.commands.executeCommand<{ text: string } | undefined>('newsAnnotator.exportBrat', {
      uri: target,
      overwrite: true,
    });
    assert.ok(exported, 'exported');
    assert.strictEqual(fs.readFileSync(target.fsPath, 'utf8'), exported.text);
    assert.match(exported.text, /^E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1$/m);
    const ok = await vscode.commands.executeCommand<boolean>('newsAnnotator.importBrat', { uri: target });
    assert.strictEqual(ok, true);
    assert.ok(fs.existsSync(sidecar()), 'the sidecar is written');
    const a = await api();
    const imported = await eventually('the imported annotations applied', () => {
      const now = a.getAnalysis(doc.uri);
      return now && now.quotes.length > 0 && now.quotes.every((q) => q.origin === 'human') ? now : undefined;
    });
    assert.deepStrictEqual(imported.quotes.map(shape), machine.quotes.map(shape));
    const again = await vscode.commands.executeCommand<{ text: string } | undefined>('newsAnnotator.exportBrat', {
      uri: vscode.Uri.file(path.join(dir, 'again.ann')),
      overwrite: true,
    });
    assert.strictEqual(again?.text, exported.text, 'exporting the imported coding writes the same file');
  });

  test("an imported speaker different from the machine's wins in the analysis, JSON, Markdown and brat exports; Compare lists it", async () => {
    const machine = await analysed(doc);
    const first = machine.quotes.find((q) => q.text.includes('We cannot wait for another winter'));
    assert.ok(first && first.speaker === 'Maria Lopez', 'the machine gives the first quote to Maria Lopez');
    const exported = await vscode.commands.executeCommand<{ text: string } | undefined>('newsAnnotator.exportBrat', {
      uri: vscode.Uri.file(path.join(dir, 'base.ann')),
      overwrite: true,
    });
    assert.ok(exported);
    const lopez = /^(T\d+)\tSource (\d+) (\d+)\t(.*Maria Lopez.*)$/m.exec(exported.text);
    assert.ok(lopez, exported.text);
    const carter = offsetOf(doc, 'John Carter');
    const recoded = exported.text.replace(lopez[0], `${lopez[1]}\tSource ${carter} ${carter + 11}\tJohn Carter`);
    const recodedUri = vscode.Uri.file(path.join(dir, 'recoded.ann'));
    fs.writeFileSync(recodedUri.fsPath, recoded);
    assert.strictEqual(
      await vscode.commands.executeCommand<boolean>('newsAnnotator.importBrat', { uri: recodedUri }),
      true,
    );
    const a = await api();
    const now = await eventually('the recoded speaker applied', () => {
      const analysis = a.getAnalysis(doc.uri);
      const q = analysis?.quotes.find((x) => x.text.includes('We cannot wait for another winter'));
      return q?.speaker === 'John Carter' ? analysis : undefined;
    });
    const quote = now.quotes.find((x) => x.text.includes('We cannot wait for another winter'));
    assert.strictEqual(quote?.origin, 'human');
    assert.strictEqual(quote?.speakerMention?.start, carter);
    assert.ok((now.speakers.find((s) => s.name === 'John Carter')?.quoteCount ?? 0) >= 2, 'Carter now has both quotes');
    const json = await vscode.commands.executeCommand<ExportResult | undefined>('newsAnnotator.exportJson', {
      target: 'editor',
    });
    const jsonQuote = (
      JSON.parse(json?.text ?? '{}') as { quotes: Array<{ text: string; speaker: string; origin: string }> }
    ).quotes.find((q) => q.text.includes('another winter'));
    assert.deepStrictEqual([jsonQuote?.speaker, jsonQuote?.origin], ['John Carter', 'human']);
    await vscode.window.showTextDocument(doc); // the export opened beside: the article is the active editor again
    const markdown = await vscode.commands.executeCommand<ExportResult | undefined>('newsAnnotator.exportMarkdown', {
      target: 'editor',
    });
    assert.match(markdown?.text ?? '', /John Carter[\s\S]*another winter/);
    await vscode.window.showTextDocument(doc);
    const brat = await vscode.commands.executeCommand<{ text: string } | undefined>('newsAnnotator.exportBrat', {
      uri: vscode.Uri.file(path.join(dir, 'after.ann')),
      overwrite: true,
    });
    assert.match(brat?.text ?? '', new RegExp(`^T1\\tSource ${carter} ${carter + 11}\\tJohn Carter$`, 'm'));
    await vscode.window.showTextDocument(doc);
    const compared = await vscode.commands.executeCommand<CompareBratResult | undefined>('newsAnnotator.compareBrat', {
      uri: recodedUri,
      show: 'markdown',
    });
    assert.ok(compared);
    assert.deepStrictEqual(
      compared.comparison.disagreements.map((d) => [d.kind, d.machineSpeaker, d.humanSpeaker]),
      [['speaker', 'Maria Lopez', 'John Carter']],
    );
    assert.match(compared.markdown, /\| 6:1 \| different speaker \|/);
  });

  test('an .ann that does not fit the article is refused and the annotations stay as they were', async () => {
    await vscode.window.showTextDocument(doc);
    const before = fs.readFileSync(sidecar(), 'utf8');
    const bad = vscode.Uri.file(path.join(dir, 'bad.ann'));
    fs.writeFileSync(bad.fsPath, 'T1\tSource 0 6\tBridgX\nT2\tAttribution 0 6\tBridge\nE1\tAttribution:T2 Source:T1\n');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsAnnotator.importBrat', { uri: bad }), false);
    assert.strictEqual(fs.readFileSync(sidecar(), 'utf8'), before);
  });

  test("the editor's Undo Last Correction takes the imports back: the machine's quotes return", async () => {
    await vscode.window.showTextDocument(doc);
    // two imports above (the exported coding, then the recoded one): undo both
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    await vscode.commands.executeCommand('newsAnnotator.undoCorrection');
    const a = await api();
    const back = await eventually('the machine quotes back', () => {
      const now = a.getAnalysis(doc.uri);
      return now && now.quotes.length > 0 && now.quotes.every((q) => q.origin === 'machine') ? now : undefined;
    });
    assert.strictEqual(back.quotes.find((q) => q.text.includes('another winter'))?.speaker, 'Maria Lopez');
    const saved = JSON.parse(fs.readFileSync(sidecar(), 'utf8')) as { coding?: unknown; annotations: unknown[] };
    assert.deepStrictEqual([saved.coding, saved.annotations.length], [undefined, 0]);
  });
});

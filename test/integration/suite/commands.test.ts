// Every palette command, driven through vscode.commands on an article written for the test.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ExportResult } from '../../../src/extension/commands';
import { fromJsonBytes } from '../../../src/shared/jsonBytes';
import type { ReadyState } from '../../../src/shared/panelProtocol';
import { analysed, api, eventually, offsetOf, openArticle, removeDir, setSetting, sleep, tempDir } from './helpers';

suite('commands', () => {
  let doc: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let dir: string;
  const selected = (): string => editor.document.getText(editor.selection);

  suiteSetup(async () => {
    ({ doc, editor, dir } = await openArticle());
    await analysed(doc);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeDir(dir);
  });

  setup(async () => {
    editor = await vscode.window.showTextDocument(doc);
  });

  test('next and previous quote select quotes in text order and wrap around', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.match(selected(), /We cannot wait for another winter/);
    const first = editor.selection;
    await vscode.commands.executeCommand('newsAnnotator.nextQuote');
    assert.ok(editor.selection.start.isAfter(first.start), 'the second quote comes after the first');
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.ok(editor.selection.isEqual(first), `back to the first quote, got "${selected()}"`);
    await vscode.commands.executeCommand('newsAnnotator.previousQuote');
    assert.match(selected(), /detour adds ten minutes/, 'previous from the first wraps to the last');
  });

  test('next quote by one speaker skips the others', async () => {
    const analysis = (await api()).getAnalysis(doc.uri);
    const carter = analysis?.speakers.find((s) => s.name === 'John Carter');
    assert.ok(carter, 'John Carter is a speaker');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.nextQuote', { speakerId: carter.id });
    assert.match(selected(), /detour adds ten minutes/);
  });

  test('go to speaker: pick a speaker, then a quote', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const running = vscode.commands.executeCommand('newsAnnotator.goToSpeaker');
    await sleep(600);
    // The most quoted speaker is first; type to pick John Carter.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext').then(undefined, () => undefined);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    await sleep(600);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await eventually('a quote selected', () => (selected().length > 0 ? true : undefined));
    const text = selected();
    const analysis = (await api()).getAnalysis(doc.uri);
    assert.ok(
      analysis?.quotes.some((q) => q.text === text || doc.getText().slice(q.start, q.end) === text),
      `selection "${text}" is not a quote`,
    );
  });

  test('export JSON into a new editor', async () => {
    const result = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.exportJson', { target: 'editor' });
    assert.ok(result, 'no export result');
    assert.strictEqual(result.target, 'editor');
    assert.strictEqual(result.uri.scheme, 'untitled');
    const exported = await vscode.workspace.openTextDocument(result.uri);
    assert.strictEqual(exported.getText(), result.text);
    const json = JSON.parse(exported.getText()) as {
      source: string;
      quotes: { speaker: string; text: string }[];
      speakers: { name: string }[];
    };
    assert.strictEqual(json.source, 'bridge.news');
    assert.ok(json.quotes.some((q) => q.speaker === 'Maria Lopez' && q.text.includes('We cannot wait')));
    assert.ok(json.speakers.some((s) => s.name === 'John Carter'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('export CSV and Markdown to files, atomically, never replacing without consent', async () => {
    const out = tempDir('na-export-');
    try {
      const csvUri = vscode.Uri.file(path.join(out, 'who.csv'));
      const csv = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.exportCsv', {
        target: 'file',
        uri: csvUri,
      });
      assert.ok(csv);
      const written = fs.readFileSync(csvUri.fsPath, 'utf8');
      assert.strictEqual(written, csv.text);
      assert.match(written, /^speaker,speaker_type,role,kind,quote,/);
      assert.match(written, /Maria Lopez,person,.*direct,"*We cannot wait for another winter/);

      const mdUri = vscode.Uri.file(path.join(out, 'who.md'));
      fs.writeFileSync(mdUri.fsPath, 'keep me');
      const refused = await vscode.commands.executeCommand<ExportResult | undefined>('newsAnnotator.exportMarkdown', {
        target: 'file',
        uri: mdUri,
        overwrite: false,
      });
      assert.strictEqual(refused, undefined);
      assert.strictEqual(
        fs.readFileSync(mdUri.fsPath, 'utf8'),
        'keep me',
        'an existing file is not replaced without consent',
      );
      const md = await vscode.commands.executeCommand<ExportResult>('newsAnnotator.exportMarkdown', {
        target: 'file',
        uri: mdUri,
        overwrite: true,
      });
      assert.ok(md);
      assert.match(fs.readFileSync(mdUri.fsPath, 'utf8'), /^# Who said what — bridge\.news/);
      assert.deepStrictEqual(
        fs.readdirSync(out).filter((f) => f.endsWith('.tmp')),
        [],
        'no temp files left',
      );

      const missing = vscode.Uri.file(path.join(out, 'no-such-folder', 'x.json'));
      const failed = await vscode.commands.executeCommand<ExportResult | undefined>('newsAnnotator.exportJson', {
        target: 'file',
        uri: missing,
      });
      assert.strictEqual(failed, undefined, 'a failed write reports an error and returns nothing');
      assert.strictEqual(fs.existsSync(path.dirname(missing.fsPath)), false);
    } finally {
      removeDir(out);
    }
  });

  test('copy summary puts the counts and speakers on the clipboard', async () => {
    await vscode.env.clipboard.writeText('');
    const summary = await vscode.commands.executeCommand<string>('newsAnnotator.copySummary');
    const clip = await vscode.env.clipboard.readText();
    // Some hosts (a browser without clipboard permission) cannot read the clipboard back: the command's result still counts.
    const text = clip || summary;
    assert.match(text, /^bridge\.news: \d+ quotes? /);
    assert.match(text, /Maria Lopez/);
  });

  test('toggle highlights flips and restores', async () => {
    const off = await vscode.commands.executeCommand<boolean>('newsAnnotator.toggleHighlights');
    const on = await vscode.commands.executeCommand<boolean>('newsAnnotator.toggleHighlights');
    assert.strictEqual(off, false);
    assert.strictEqual(on, true);
  });

  test('show panel renders the active article in the panel', async () => {
    const a = await api();
    await vscode.commands.executeCommand('newsAnnotator.showPanel');
    const state = await eventually('the panel state', () => {
      const last = [...a.panel.posted].reverse().find((m) => m.type === 'model');
      return last?.type === 'model' ? fromJsonBytes<ReadyState>(last.bytes) : undefined;
    });
    assert.strictEqual(state.fileName, 'bridge.news');
    assert.ok(state.speakers.some((s) => s.name === 'Maria Lopez' && s.quotes.length >= 1));
    await vscode.window.showTextDocument(doc);
  });

  test('the panel follows newsAnnotator.speakerTints: no colour bars when it is off', async () => {
    const a = await api();
    await vscode.commands.executeCommand('newsAnnotator.showPanel');
    const lastModel = (): { tints: boolean } | undefined => {
      const last = [...a.panel.posted].reverse().find((m) => m.type === 'model');
      return last?.type === 'model' ? last : undefined;
    };
    await eventually('a model with tints', () => lastModel()?.tints === true);
    try {
      await setSetting('speakerTints', false);
      await eventually('a model without tints', () => lastModel()?.tints === false);
    } finally {
      await setSetting('speakerTints', undefined);
    }
    await eventually('tints back on', () => lastModel()?.tints === true);
    await vscode.window.showTextDocument(doc);
  });

  test('show panel for one speaker (the hover link) scrolls the panel to that speaker', async () => {
    const a = await api();
    const lopez = a.getAnalysis(doc.uri)?.speakers.find((s) => s.name === 'Maria Lopez');
    assert.ok(lopez);
    await vscode.commands.executeCommand('newsAnnotator.showPanel', { speakerId: lopez.id });
    await eventually('a focusSpeaker message', () =>
      a.panel.posted.some((m) => m.type === 'focusSpeaker' && m.speakerId === lopez.id) ? true : undefined,
    );
    editor = await vscode.window.showTextDocument(doc);
  });

  test('next quote from a hover link starts after the hovered mention', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const a = await api();
    const lopez = a.getAnalysis(doc.uri)?.speakers.find((s) => s.name === 'Maria Lopez');
    assert.ok(lopez);
    const after = offsetOf(doc, 'Lopez said');
    await vscode.commands.executeCommand('newsAnnotator.nextQuote', { speakerId: lopez.id, after });
    const start = doc.offsetAt(editor.selection.start);
    const quote = a.getAnalysis(doc.uri)?.quotes.find((q) => q.start === start);
    assert.ok(quote && quote.speakerId === lopez.id, `selected "${selected()}"`);
    assert.ok(
      start > after ||
        start ===
          Math.min(
            ...(a
              .getAnalysis(doc.uri)
              ?.quotes.filter((q) => q.speakerId === lopez.id)
              .map((q) => q.start) ?? []),
          ),
    );
  });

  test('an edit while Next Quote waits for its answer: the selection is a quote of the edited text, never stale offsets', async () => {
    editor = await vscode.window.showTextDocument(doc);
    await analysed(doc);
    const prefix = 'UPDATED, with more words first: ';
    try {
      for (const at of [0, 1, 2]) {
        editor.selection = new vscode.Selection(0, 0, 0, 0);
        const running = vscode.commands.executeCommand<{ start: number; end: number } | undefined>(
          'newsAnnotator.nextQuote',
        );
        if (at > 0) await sleep(at); // vary where the edit lands in the command's round trip
        await editor.edit((b) => b.insert(new vscode.Position(0, 0), prefix));
        const step = await running;
        const analysis = await analysed(doc);
        const chosen = doc.offsetAt(editor.selection.start);
        // The edit and the selection travel to the workbench separately: when the edit lands last, the workbench may
        // keep its own cursor (an empty selection). What must never happen is a quote's range at stale offsets.
        if (step && !editor.selection.isEmpty) {
          const quote = analysis.quotes.find((q) => q.start === chosen && q.end === doc.offsetAt(editor.selection.end));
          assert.ok(quote, `selection at ${chosen} ("${selected()}") is not a quote of version ${doc.version}`);
        }
      }
    } finally {
      const text = doc.getText();
      const restored = text.split(prefix).join('');
      await editor.edit((b) => b.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(text.length)), restored));
      await doc.save();
      await analysed(doc);
    }
  });

  test('annotate works on a file of any language, and explains a binary file instead of failing', async () => {
    const a = await api();
    const js = await vscode.workspace.openTextDocument({
      language: 'javascript',
      content: '// "We will build it," said Ana Ruiz, the engineer.\n',
    });
    await vscode.window.showTextDocument(js);
    assert.strictEqual(a.getAnalysis(js.uri), undefined, 'JavaScript is not annotated automatically');
    await vscode.commands.executeCommand('newsAnnotator.annotate');
    assert.ok(a.getAnalysis(js.uri), 'annotated on demand');

    const bin = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'PK\u0003\u0004\u0000\u0000\u0000\u0014\u0000binary\u0000\u0000',
    });
    await vscode.window.showTextDocument(bin);
    await vscode.commands.executeCommand('newsAnnotator.annotate');
    assert.strictEqual(a.getStatus(bin.uri), 'skipped');
    assert.strictEqual(a.getAnalysis(bin.uri), undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(js);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.ok(offsetOf(doc, 'Lakeville') >= 0);
  });
});

// Human corrections in the real editor: a correction is saved beside the article and survives a reload, follows
// its quote when text is inserted above, is listed as orphaned when its text is deleted; a broken sidecar is
// reported and left exactly as it was.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { analysed, api, ARTICLE, eventually, offsetOf, openArticle, removeDir } from './helpers';

const QUOTE = '"We cannot wait for another winter,"';

async function quoteSpeaker(
  doc: vscode.TextDocument,
  words: string,
): Promise<{ speaker: string | null; origin: string } | undefined> {
  const analysis = await analysed(doc);
  const q = analysis.quotes.find((x) => x.text.includes(words));
  return q && { speaker: q.speaker, origin: q.origin };
}

suite('corrections', () => {
  const dirs: string[] = [];

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const d of dirs) removeDir(d);
  });

  test('set a speaker: saved in story.annotations.json, shown everywhere, still there after a reload', async () => {
    const { doc, dir } = await openArticle(ARTICLE, 'speaker.news');
    dirs.push(dir);
    assert.equal((await quoteSpeaker(doc, 'another winter'))?.speaker, 'Maria Lopez');
    const ok = await vscode.commands.executeCommand<boolean>('newsAnnotator.setSpeaker', {
      offset: offsetOf(doc, QUOTE) + 2,
      name: 'Ann Reyes',
      type: 'person',
    });
    assert.equal(ok, true);
    assert.deepEqual(await quoteSpeaker(doc, 'another winter'), { speaker: 'Ann Reyes', origin: 'human' });
    const sidecar = JSON.parse(fs.readFileSync(`${doc.uri.fsPath}.annotations.json`, 'utf8')) as {
      version: number;
      annotations: { kind: string }[];
    };
    assert.equal(sidecar.version, 1);
    assert.deepEqual(
      sidecar.annotations.map((a) => a.kind),
      ['setSpeaker'],
    );
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      doc.positionAt(offsetOf(doc, QUOTE) + 5),
    );
    const text = hover.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Corrected by you/);
    assert.match(text, /the machine said “Maria Lopez”/);
    assert.match(text, /Ann Reyes/);
    // Undo takes it back (and the file follows); redo restores it.
    // the panel follows an undo or redo once the analysis is re-applied (seen lagging on a loaded CI machine)
    const speakerBecomes = (name: string): Promise<true> =>
      eventually(`the speaker to become ${name}`, async () =>
        (await quoteSpeaker(doc, 'another winter'))?.speaker === name ? true : undefined,
      );
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.undoCorrection'), true);
    await speakerBecomes('Maria Lopez');
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.redoCorrection'), true);
    await speakerBecomes('Ann Reyes');
    // A new session reads the corrections back from the file.
    (await api()).testHooks.reloadAnnotations();
    assert.deepEqual(
      await quoteSpeaker(doc, 'another winter'),
      { speaker: 'Ann Reyes', origin: 'human' },
      'read back from the file',
    );
  });

  test('a paragraph inserted above a corrected quote: the correction follows it', async () => {
    const { doc, editor, dir } = await openArticle(ARTICLE, 'moved.news');
    dirs.push(dir);
    await analysed(doc);
    await vscode.commands.executeCommand('newsAnnotator.setSpeaker', {
      offset: offsetOf(doc, QUOTE) + 2,
      name: 'Ann Reyes',
      type: 'person',
    });
    const at = doc.positionAt(offsetOf(doc, 'LAKEVILLE'));
    await editor.edit((e) =>
      e.insert(at, 'Residents had asked for the repairs for years, the council noted in March.\n\n'),
    );
    assert.deepEqual(await quoteSpeaker(doc, 'another winter'), { speaker: 'Ann Reyes', origin: 'human' });
    assert.deepEqual((await api()).testHooks.orphans(doc.uri), []);
  });

  test('the quote’s text deleted: the correction is kept and listed as orphaned', async () => {
    const { doc, editor, dir } = await openArticle(ARTICLE, 'orphan.news');
    dirs.push(dir);
    await analysed(doc);
    await vscode.commands.executeCommand('newsAnnotator.setSpeaker', {
      offset: offsetOf(doc, QUOTE) + 2,
      name: 'Ann Reyes',
      type: 'person',
    });
    const start = offsetOf(doc, QUOTE);
    const end = doc.getText().indexOf('\n', start);
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(start), doc.positionAt(end))));
    await analysed(doc);
    const a = await api();
    assert.deepEqual(
      await eventually('the orphan', () =>
        a.testHooks.orphans(doc.uri).length > 0 ? a.testHooks.orphans(doc.uri) : undefined,
      ),
      ['a1'],
    );
    const file = JSON.parse(fs.readFileSync(`${doc.uri.fsPath}.annotations.json`, 'utf8')) as {
      annotations: unknown[];
    };
    assert.equal(file.annotations.length, 1, 'never dropped from the file');
  });

  test('a corrupt sidecar is reported, left untouched byte for byte, and corrections to it are refused', async () => {
    const { doc, dir } = await openArticle(ARTICLE, 'corrupt.news');
    dirs.push(dir);
    const file = `${doc.uri.fsPath}.annotations.json`;
    const broken = Buffer.from('{"version": 1, "annotations": [ {"id": "a1", "kind": "setSpeaker" ,,, \u00e9\n');
    fs.writeFileSync(file, broken);
    (await api()).testHooks.reloadAnnotations();
    assert.equal(
      (await quoteSpeaker(doc, 'another winter'))?.speaker,
      'Maria Lopez',
      'the machine’s analysis still shows',
    );
    const ok = await vscode.commands.executeCommand<boolean>('newsAnnotator.confirm', {
      offset: offsetOf(doc, QUOTE) + 2,
    });
    assert.equal(ok, false);
    assert.ok(fs.readFileSync(file).equals(broken), 'the broken file is left exactly as it was');
  });

  test('every correction command is registered; the light bulb and the panel’s keys offer them', async () => {
    const pkg = (await import('../../../package.json')) as { contributes: { commands: { command: string }[] } };
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const { command } of pkg.contributes.commands)
      assert.ok(registered.has(command), `${command} is contributed but not registered`);
    const { doc, dir } = await openArticle(ARTICLE, 'bulb.news');
    dirs.push(dir);
    await analysed(doc);
    const at = doc.positionAt(offsetOf(doc, QUOTE) + 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      new vscode.Range(at, at),
    );
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('News Annotator'));
    assert.deepEqual(titles.slice(0, 3), [
      'News Annotator: Set Speaker…',
      'News Annotator: Not a Quote',
      'News Annotator: Confirm Quote',
    ]);
    // The panel's C key on a quote row posts this message; the quote becomes checked.
    const a = await api();
    assert.equal(
      await a.panel.onMessage({ type: 'correct', command: 'newsAnnotator.confirm', offset: offsetOf(doc, QUOTE) }),
      true,
    );
    assert.deepEqual(await quoteSpeaker(doc, 'another winter'), { speaker: 'Maria Lopez', origin: 'human' });
    assert.equal(
      await a.panel.onMessage({ type: 'correct', command: 'workbench.action.files.delete' }),
      false,
      'only correction commands',
    );
  });

  test('the sidecar changed outside the editor (a git pull): picked up', async () => {
    const { doc, dir } = await openArticle(ARTICLE, 'pulled.news');
    dirs.push(dir);
    await analysed(doc);
    await vscode.commands.executeCommand('newsAnnotator.setSpeaker', {
      offset: offsetOf(doc, QUOTE) + 2,
      name: 'Ann Reyes',
      type: 'person',
    });
    const file = `${doc.uri.fsPath}.annotations.json`;
    // The file watcher starts asynchronously with the article's first use: a pull comes long after that.
    await new Promise((r) => setTimeout(r, 500));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/Ann Reyes/g, 'Rita Moreno'));
    await eventually(
      'the pulled speaker',
      async () => ((await quoteSpeaker(doc, 'another winter'))?.speaker === 'Rita Moreno' ? true : undefined),
      15_000,
    );
  });
});

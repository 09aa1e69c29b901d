// The attribution checks in the real VS Code: diagnostics in the Problems panel for the draft sample, the
// loaded-verb quick fix, ignoring a rule for the file, and the severity setting.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { analysed, eventually, openArticle, removeDir, setSetting } from './helpers';

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'samples', 'transit-draft.news'), 'utf8');

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'News Annotator');
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

suite('attribution checks', () => {
  let doc: vscode.TextDocument;
  let dir: string;

  suiteSetup(async () => {
    ({ doc, dir } = await openArticle(SAMPLE, 'transit-draft.news'));
    await analysed(doc);
  });

  suiteTeardown(async () => {
    await setSetting('checks.anonymous-source', undefined);
    await vscode.commands.executeCommand('newsAnnotator.resetIgnoredChecks');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeDir(dir);
  });

  test('the draft sample shows its findings in the Problems panel, each with a rule code linking to the README', async () => {
    const diagnostics = await eventually('diagnostics', () => (ours(doc.uri).length >= 5 ? ours(doc.uri) : undefined));
    const rules = new Set(diagnostics.map(ruleOf));
    for (const rule of [
      'unattributed-quote',
      'anonymous-source',
      'unbalanced-quotes',
      'loaded-verb',
      'speaker-name-mismatch',
    ])
      assert.ok(rules.has(rule), `${rule} in ${[...rules].join(', ')}`);
    const code = diagnostics[0].code;
    assert.ok(
      typeof code === 'object' &&
        code.target.path.endsWith('README.md') &&
        code.target.fragment === 'attribution-checks',
    );
    const verb = diagnostics.find((d) => ruleOf(d) === 'loaded-verb');
    assert.equal(verb && doc.getText(verb.range), 'claimed');
    assert.equal(verb?.severity, vscode.DiagnosticSeverity.Information);
  });

  test('the loaded-verb quick fix replaces the verb with "said", only when applied', async () => {
    const verb = ours(doc.uri).find((d) => ruleOf(d) === 'loaded-verb' && doc.getText(d.range) === 'claimed');
    assert.ok(verb);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      verb.range,
    );
    const fix = actions.find((a) => a.title === 'Replace “claimed” with “said”');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(doc.getText().includes('official claimed'), 'nothing changed before the fix is applied');
    assert.ok(actions.some((a) => a.title === 'Ignore “loaded-verb” in this file'));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('official said'), doc.getText());
    await eventually(
      'the finding gone',
      () => !ours(doc.uri).some((d) => doc.getText(d.range) === 'claimed') || undefined,
    );
  });

  test('ignoring a rule for the file hides it; the severity setting changes the others', async () => {
    await vscode.commands.executeCommand('newsAnnotator.ignoreCheckInFile', doc.uri, 'loaded-verb');
    await eventually('loaded-verb ignored', () => !ours(doc.uri).some((d) => ruleOf(d) === 'loaded-verb') || undefined);
    await setSetting('checks.anonymous-source', 'error');
    await eventually(
      'anonymous-source as error',
      () =>
        ours(doc.uri).some((d) => ruleOf(d) === 'anonymous-source' && d.severity === vscode.DiagnosticSeverity.Error) ||
        undefined,
    );
    await setSetting('checks.anonymous-source', 'off');
    await eventually(
      'anonymous-source off',
      () => !ours(doc.uri).some((d) => ruleOf(d) === 'anonymous-source') || undefined,
    );
    await vscode.commands.executeCommand('newsAnnotator.resetIgnoredChecks');
    await eventually('loaded-verb back', () => ours(doc.uri).some((d) => ruleOf(d) === 'loaded-verb') || undefined);
  });
});

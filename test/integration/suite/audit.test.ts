// The panel's Sources audit in the real VS Code: the model the panel receives carries the audit, and the gender
// estimate follows newsAnnotator.audit.gender.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { fromJsonBytes } from '../../../src/shared/jsonBytes';
import type { ReadyState, ToWebview } from '../../../src/shared/panelProtocol';
import { analysed, api, eventually, openArticle, removeDir, setSetting } from './helpers';

suite('source audit', () => {
  let dir: string;

  suiteSetup(async () => {
    const opened = await openArticle();
    dir = opened.dir;
    await analysed(opened.doc);
  });

  suiteTeardown(async () => {
    await setSetting('audit.gender', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    removeDir(dir);
  });

  const lastModel = async (): Promise<Extract<ToWebview, { type: 'model' }> | undefined> => {
    const a = await api();
    const last = [...a.panel.posted].reverse().find((m) => m.type === 'model');
    return last?.type === 'model' ? last : undefined;
  };

  test('the panel model carries the Sources audit of the article', async () => {
    await vscode.commands.executeCommand('newsAnnotator.showPanel');
    const model = await eventually('the panel model', lastModel);
    const state = fromJsonBytes<ReadyState>(model.bytes);
    const audit = state.audit;
    assert.ok(audit, 'the model has an audit');
    // Maria Lopez and John Carter, both quoted, both named
    assert.strictEqual(audit.named, 2);
    assert.strictEqual(audit.sources, audit.named + audit.organizations + audit.anonymous);
    assert.strictEqual(audit.direct + audit.reported, state.counts.quotes);
    assert.deepStrictEqual(audit.wordsBySpeaker.map((s) => s.name).sort(), ['John Carter', 'Maria Lopez']);
    assert.deepStrictEqual(audit.gender, { female: 1, male: 1, unknown: 0 });
    assert.strictEqual(model.gender, true);
  });

  test('newsAnnotator.audit.gender off is sent to the panel', async () => {
    await setSetting('audit.gender', false);
    await eventually('a model with the gender estimate off', async () => (await lastModel())?.gender === false);
    await setSetting('audit.gender', undefined);
    await eventually('a model with the gender estimate on', async () => (await lastModel())?.gender === true);
  });
});

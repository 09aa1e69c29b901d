/**
 * Responsiveness of the extension: the worker client alone (cold start, keystroke → new result) and the real
 * dist/extension.js activated against a stubbed `vscode` (activation time, time to first highlights,
 * keystroke → repainted highlights), with the main thread's longest stall measured by a timer probe throughout.
 */
import Module from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AnalysisClient } from '../../src/extension/analysisClient';
import { median, ms } from './measure';
import { FakeDocument, FakeEditor, Uri, createVscodeStub } from './vscodeStub';

export interface PipelineOptions {
  repo: string;
  workerPath: string;
  quick: boolean;
  small: string;
  large: string;
}

/** Event-loop lag probe: how late a 5 ms timer fires, at worst. */
function startLagProbe(): { stop(): number } {
  const period = 5;
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - period);
    last = now;
  }, period);
  return {
    stop: () => {
      clearInterval(timer);
      return worst;
    },
  };
}

/** Types one character in the middle of the text, as a user editing a paragraph would. */
function keystroke(text: string, i: number): string {
  const at = Math.floor(text.length / 2) + i;
  return text.slice(0, at) + 'x' + text.slice(at);
}

async function benchClient(o: PipelineOptions): Promise<void> {
  const probe = startLagProbe();
  const client = new AnalysisClient({ workerPath: o.workerPath });
  const t0 = performance.now();
  const first = await client.analyze('small', 1, o.small);
  const cold = performance.now() - t0;
  if (first.status !== 'ok') throw new Error(`worker: ${JSON.stringify(first)}`);
  const rounds = o.quick ? 5 : 15;
  const measure = async (key: string, base: string, n: number): Promise<number[]> => {
    const times: number[] = [];
    let text = base;
    for (let i = 1; i <= n; i++) {
      text = keystroke(text, i);
      const t = performance.now();
      const r = await client.analyze(key, i + 1, text);
      if (r.status !== 'ok') throw new Error(`worker: ${r.status}`);
      times.push(performance.now() - t);
    }
    return times;
  };
  const smallTimes = await measure('small', o.small, rounds);
  const t1 = performance.now();
  await client.analyze('large', 1, o.large);
  const largeFirst = performance.now() - t1;
  const largeTimes = await measure('large', o.large, o.quick ? 3 : 6);
  client.dispose();
  const lag = probe.stop();
  console.log(`worker client: cold start + first 5 KB result ${ms(cold)}`);
  console.log(`  keystroke → new result, 5 KB: median ${ms(median(smallTimes))}, worst ${ms(Math.max(...smallTimes))} (${rounds} edits)`);
  console.log(`  ${(o.large.length / 1024).toFixed(0)} KB: first result ${ms(largeFirst)}, keystroke → new result median ${ms(median(largeTimes))}, worst ${ms(Math.max(...largeTimes))}`);
  console.log(`  longest main-thread stall meanwhile: ${ms(lag)} (the analysis runs in the worker)`);
}

interface ExtensionModule {
  activate(context: unknown): { whenIdle(): Promise<void> };
}

async function benchActivation(o: PipelineOptions): Promise<void> {
  const extensionPath = join(o.repo, 'dist', 'extension.js');
  if (!existsSync(extensionPath)) {
    console.log('activation: not measured (dist/extension.js is missing)');
    return;
  }
  const stub = createVscodeStub();
  // Route `require('vscode')` from the extension bundle to the stub.
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const originalLoad = loader._load;
  loader._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub.api : originalLoad.call(this, request, ...rest);
  };
  const probe = startLagProbe();
  const smallDoc = new FakeDocument(Uri.file(join(o.repo, 'bench-5k.news')), o.small);
  const editor = new FakeEditor(smallDoc);
  stub.editors.push(editor);
  /** Resolves at the next setDecorations call that paints something on `target`. */
  const painted = (target: FakeEditor): Promise<void> =>
    new Promise((resolve) => {
      target.onDecorate = (count) => {
        if (count > 0) {
          target.onDecorate = () => undefined;
          resolve();
        }
      };
    });
  const firstPaint = painted(editor);
  const subscriptions: Array<{ dispose(): unknown }> = [];
  const state = { get: <T>(_k: string, d?: T) => d, update: () => Promise.resolve(), keys: () => [] };
  const context = { extensionUri: Uri.file(o.repo), extensionPath: o.repo, subscriptions, workspaceState: state, globalState: state, asAbsolutePath: (p: string) => join(o.repo, p) };

  const t0 = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extension = require(extensionPath) as ExtensionModule;
  const t1 = performance.now();
  const api = extension.activate(context);
  const t2 = performance.now();
  await firstPaint;
  const t3 = performance.now();
  console.log(`extension (stubbed vscode): require ${ms(t1 - t0)}, activate() ${ms(t2 - t1)}, first highlights on a 5 KB article ${ms(t3 - t1)} after activation`);

  const typeAndWait = async (doc: FakeDocument, target: FakeEditor, n: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 1; i <= n; i++) {
      const repaint = painted(target);
      const t = performance.now();
      doc.setText(keystroke(doc.getText(), i));
      stub.changeDocument.fire({ document: doc, contentChanges: [{ text: 'x' }] });
      await repaint;
      times.push(performance.now() - t);
    }
    return times;
  };
  const smallTimes = await typeAndWait(smallDoc, editor, o.quick ? 4 : 10);
  console.log(`  keystroke → updated highlights, 5 KB: median ${ms(median(smallTimes))}, worst ${ms(Math.max(...smallTimes))} (includes the extension's debounce)`);

  const largeDoc = new FakeDocument(Uri.file(join(o.repo, 'bench-1m.news')), o.large);
  const largeEditor = new FakeEditor(largeDoc);
  stub.editors.splice(0, stub.editors.length, largeEditor);
  const largePaint = painted(largeEditor);
  const t4 = performance.now();
  // A change event is how an opened document reaches the controller in the stub (no visible-editors event source).
  largeDoc.setText(o.large);
  stub.changeDocument.fire({ document: largeDoc, contentChanges: [{ text: '' }] });
  await largePaint;
  const t5 = performance.now();
  const largeTimes = await typeAndWait(largeDoc, largeEditor, o.quick ? 2 : 5);
  await api.whenIdle();
  const lag = probe.stop();
  console.log(`  ${(o.large.length / 1024).toFixed(0)} KB article: first highlights ${ms(t5 - t4)}, keystroke → updated highlights median ${ms(median(largeTimes))}, worst ${ms(Math.max(...largeTimes))}`);
  console.log(`  longest extension-host main-thread stall over all of the above: ${ms(lag)}`);
  for (const s of subscriptions) s.dispose();
  loader._load = originalLoad;
}

export async function benchExtensionPipeline(o: PipelineOptions): Promise<void> {
  await benchClient(o);
  try {
    await benchActivation(o);
  } catch (error) {
    console.log(`activation: not measured (${error instanceof Error ? error.message : String(error)})`);
  }
}

// The extension-host test entry (`extensionTestsPath`): the shape @vscode/test-electron and code-server both run.
// Loads every compiled `suite/**/*.test.js` into mocha (CommonJS mocha 11) and resolves/rejects with the outcome.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import Mocha from 'mocha';

/** Prefix of the one machine-readable result line that the harness scripts parse. */
export const RESULT_PREFIX = 'NEWS_ANNOTATOR_INTEGRATION_RESULT ';

function testFilesBelow(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...testFilesBelow(p));
    else if (entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export async function run(): Promise<void> {
  // First line of the output, so every log proves which VS Code the suite ran in.
  console.log(`VS Code ${vscode.version} (${vscode.env.appName}, Node ${process.versions.node})`);

  const grep = process.env.NEWS_ANNOTATOR_GREP;
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, slow: 2_000, ...(grep ? { grep } : {}) });
  // Suites may be written with either `suite/test` (tdd) or `describe/it` (bdd): expose both sets of globals.
  Mocha.interfaces.bdd(mocha.suite);

  const files = testFilesBelow(path.join(__dirname, 'suite'));
  if (files.length === 0) throw new Error(`no *.test.js files under ${path.join(__dirname, 'suite')}`);
  for (const f of files) mocha.addFile(f);

  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? ({ passes: 0, failures: 1, pending: 0 } as Mocha.Stats)));
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
  const result = { passed: stats.passes, failed: stats.failures, pending: stats.pending, vscode: vscode.version };
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
  if (stats.failures > 0)
    throw new Error(`${stats.failures} of ${stats.passes + stats.failures} integration tests failed`);
}

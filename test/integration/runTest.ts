// `npm run test:electron`: the same in-host suite under @vscode/test-electron, which downloads a desktop VS Code
// (needs internet; on offline machines `npm run test:integration` runs it inside code-server instead).
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
  // This file is bundled to out/test/integration/runTest.js: the repository root is three levels up.
  const root = path.resolve(__dirname, '..', '..', '..');
  const extensionTestsPath = path.join(__dirname, 'index.js');
  try {
    const code = await runTests({
      version: process.env.VSCODE_TEST_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath,
      launchArgs: [path.join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
    });
    process.exitCode = code;
  } catch (err) {
    console.error(
      `integration tests under @vscode/test-electron failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exitCode = 1;
  }
}

void main();

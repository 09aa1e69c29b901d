// package.json's `contributes` against the command table the extension registers from (src/shared/commandIds.ts):
// every contributed command is registered, every registered one is contributed, and menus and keybindings name
// only known commands. (In the host, activation.test.ts checks that the same table is really registered.)
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALL_COMMAND_IDS } from '../../src/shared/commandIds';

// Bundled to out/test/unit/: the repository is three levels up.
const repo = resolve(__dirname, '..', '..', '..');

interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    menus?: Record<string, Array<{ command: string }>>;
    keybindings?: Array<{ command: string }>;
  };
}
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as Manifest;

test('package.json contributes exactly the commands of src/shared/commandIds.ts', () => {
  assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), [...ALL_COMMAND_IDS].sort());
});

test('menus and keybindings name only known commands', () => {
  const known = new Set<string>(ALL_COMMAND_IDS);
  const used = [
    ...Object.values(manifest.contributes.menus ?? {}).flat(),
    ...(manifest.contributes.keybindings ?? []),
  ].map((m) => m.command);
  assert.deepEqual(
    used.filter((c) => !known.has(c)),
    [],
  );
});

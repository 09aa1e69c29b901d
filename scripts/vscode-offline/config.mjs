// Shared locations and constants for running a real VS Code (code-server) offline.
// See ../shared/notes/vscode-offline.md for why code-server: @vscode/test-electron needs internet.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
/** The VS Code build inside that code-server release. */
export const VSCODE_VERSION = '1.100.3';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Outside node_modules on purpose: ~300 MB with native modules, survives `npm ci`. */
export const cacheRoot = process.env.NEWS_ANNOTATOR_CACHE
  ? resolve(process.env.NEWS_ANNOTATOR_CACHE)
  : join(homedir(), '.cache', 'news-annotator');

export const codeServerDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
export const codeServerBin = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Debian packages the offline path needs: headers for code-server's kerberos module, rg, the browser. */
export const debianPackages = [
  { pkg: 'libkrb5-dev', check: '/usr/include/krb5.h' },
  { pkg: 'ripgrep', check: '/usr/bin/rg' },
  { pkg: 'chromium', check: '/usr/bin/chromium' },
];

// Installs what the offline VS Code path needs, idempotently:
//  - Debian packages (libkrb5-dev, ripgrep, chromium) when missing: installed with apt as root, else a clear error;
//  - code-server@CODE_SERVER_VERSION into the cache folder (not the project's node_modules).
// Usable as a module (ensureAll) or a script: `node scripts/vscode-offline/install.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_SERVER_VERSION, cacheRoot, codeServerDir, debianPackages } from './config.mjs';
import { installOnce } from './installOnce.mjs';

/** `@vscode/ripgrep` version → GitHub release tag its postinstall downloads (the VERSION in lib/postinstall.js). */
const RIPGREP_TAGS = {
  '1.15.9': 'v13.0.0-10',
  '1.15.10': 'v13.0.0-10',
  '1.15.11': 'v13.0.0-10',
  '1.15.13': 'v13.0.0-13',
  '1.15.14': 'v13.0.0-13',
};
const RIPGREP_ASSET = (tag) => `ripgrep-${tag}-x86_64-unknown-linux-musl.tar.gz`;

function log(msg) {
  console.log(`[vscode-offline] ${msg}`);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

/** @param {string[]} [names] the packages needed now (default: all, for the browser tests) */
export function ensureDebianPackages(names = debianPackages.map((p) => p.pkg)) {
  const missing = debianPackages.filter((p) => names.includes(p.pkg) && !existsSync(p.check)).map((p) => p.pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `missing Debian packages: ${missing.join(', ')}. Install them as root first:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  log(`installing Debian packages: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update'], { env }) !== 0) throw new Error('apt-get update failed');
  if (run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env }) !== 0) {
    throw new Error(`apt-get install ${missing.join(' ')} failed`);
  }
}

/** The entry point of the code-server installed in `dir` (codeServerBin for the cache folder). */
const binIn = (dir) => join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export function installedCodeServerVersion(dir = codeServerDir) {
  const pkg = join(dir, 'node_modules', 'code-server', 'package.json');
  if (!existsSync(pkg) || !existsSync(binIn(dir))) return null;
  // A marker written after a complete install: a half-finished npm install must not count.
  if (!existsSync(join(dir, '.complete'))) return null;
  try {
    return JSON.parse(readFileSync(pkg, 'utf8')).version ?? null;
  } catch {
    return null; // unreadable: not an install to use, and installOnce replaces it
  }
}

/**
 * `@vscode/ripgrep` downloads rg from GitHub unless `$TMPDIR/vscode-ripgrep-cache-<ver>/<asset>` exists:
 * seed that cache with a tarball of Debian's /usr/bin/rg for every version we know about.
 */
function seedRipgrepCache(tmpDir, versions) {
  for (const [version, tag] of Object.entries(versions)) {
    const dir = join(tmpDir, `vscode-ripgrep-cache-${version}`);
    const asset = join(dir, RIPGREP_ASSET(tag));
    if (existsSync(asset)) continue;
    mkdirSync(dir, { recursive: true });
    if (run('tar', ['-czf', asset, '-C', '/usr/bin', 'rg']) !== 0) throw new Error(`could not write ${asset}`);
  }
}

/** Versions/tags of every @vscode/ripgrep npm unpacked so far (for a retry when the table above is stale). */
function discoverRipgrepTags(dir) {
  const found = {};
  const walk = (d, depth) => {
    if (depth > 8 || !existsSync(d)) return;
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      if (!ent.isDirectory()) continue;
      const p = join(d, ent.name);
      if (ent.name === 'ripgrep' && d.endsWith('@vscode')) {
        try {
          const version = JSON.parse(readFileSync(join(p, 'package.json'), 'utf8')).version;
          const m = /const VERSION = '([^']+)'/.exec(readFileSync(join(p, 'lib', 'postinstall.js'), 'utf8'));
          if (version && m) found[version] = m[1];
        } catch {
          /* not a complete package */
        }
      } else if (ent.name === 'node_modules' || ent.name.startsWith('@') || d.endsWith('node_modules') || depth < 3) {
        walk(p, depth + 1);
      }
    }
  };
  walk(dir, 0);
  return found;
}

/**
 * Installs code-server into the cache once. Two first runs at once (`npm start` beside `npm test`) must not delete
 * each other's install: installOnce takes a lock, installs into a staging folder and renames it into place.
 */
export function ensureCodeServer() {
  if (installedCodeServerVersion() === CODE_SERVER_VERSION) return;
  installOnce({
    target: codeServerDir,
    isComplete: (dir) => installedCodeServerVersion(dir) === CODE_SERVER_VERSION,
    install: installCodeServerInto,
    log,
  });
  log(`code-server ${installedCodeServerVersion()} ready`);
}

/** npm-installs code-server into `dir` (a fresh staging folder) and marks it complete. */
function installCodeServerInto(dir) {
  log(`installing code-server@${CODE_SERVER_VERSION} for ${codeServerDir} (1-3 minutes, once)`);
  ensureDebianPackages(['libkrb5-dev', 'ripgrep']); // kerberos headers for a native module; rg instead of a download
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'news-annotator-code-server', private: true }, null, 2),
  );
  const tmpDir = join(cacheRoot, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  seedRipgrepCache(tmpDir, RIPGREP_TAGS);
  const env = {
    ...process.env,
    TMPDIR: tmpDir,
    npm_config_yes: 'true', // lets an inner `npx node-gyp` run without a prompt
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const install = () =>
    run('npm', ['install', '--unsafe-perm', '--no-save', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], {
      cwd: dir,
      env,
    });
  let status = install();
  if (status !== 0) {
    // A newer @vscode/ripgrep than the table knows: read its tag from the unpacked package, seed, retry once.
    const tags = discoverRipgrepTags(join(dir, 'node_modules'));
    log(`npm install failed (${status}); ripgrep packages seen: ${JSON.stringify(tags)}; retrying once`);
    seedRipgrepCache(tmpDir, tags);
    status = install();
  }
  if (status !== 0 || !existsSync(binIn(dir))) {
    throw new Error(`installing code-server@${CODE_SERVER_VERSION} failed (npm exit ${status}); see the output above`);
  }
  writeFileSync(join(dir, '.complete'), `${CODE_SERVER_VERSION}\n`);
}

export function ensureAll() {
  ensureDebianPackages();
  ensureCodeServer();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    ensureAll();
    log(`ok: code-server ${installedCodeServerVersion()} at ${codeServerDir}`);
  } catch (err) {
    console.error(`[vscode-offline] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  }
}

// Installs a folder once, safely when several first runs (`npm start` and `npm test` at once, two helpers, two
// terminals) race for it: a lock file lets one install while the others wait, and the install is built in a staging
// folder beside the target and renamed into place, so the target is either absent or complete, never half-written,
// and no run deletes a folder another run is filling.
// No imports from config.mjs: the unit tests load this module on its own (test/unit/install-once.test.ts).
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` (the installers are synchronous scripts; nothing else runs meanwhile). */
function sleep(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM'; // someone else's live process
  }
}

/**
 * Takes the lock file `lockPath` (created exclusively, holding our pid). A lock whose process is gone, or older than
 * `staleMs` (a crashed run on another machine sharing the folder), is broken. Returns a release function.
 */
export function acquireLock(
  lockPath,
  { waitMs = 20 * 60_000, staleMs = 30 * 60_000, pollMs = 500, onWait = () => {} } = {},
) {
  const until = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    if (isStale(lockPath, staleMs)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() > until)
      throw new Error(
        `${lockPath} is still held by another install after ${Math.round(waitMs / 1000)} s; remove it if no install runs`,
      );
    if (!told) onWait(readPid(lockPath));
    told = true;
    sleep(pollMs);
  }
}

function readPid(lockPath) {
  try {
    return Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
  } catch {
    return NaN; // removed meanwhile, or not yet written: judged again on the next poll
  }
}

function isStale(lockPath, staleMs) {
  const pid = readPid(lockPath);
  if (Number.isInteger(pid) && pid > 0 && !alive(pid)) return true;
  try {
    return Date.now() - statSync(lockPath).mtimeMs > staleMs;
  } catch {
    return false;
  }
}

/**
 * Makes sure `target` is a complete install: if `isComplete(target)` already holds, returns at once (no lock).
 * Otherwise takes `${target}.lock`, checks again (another run may have finished meanwhile), runs `install(staging)`
 * into a fresh `${target}.staging-<pid>` folder and renames it into place. `install` must leave `staging` complete
 * (so that `isComplete(staging)` holds) or throw; on a throw nothing is renamed and the staging folder is removed.
 * Returns true when this call installed, false when the install was already there.
 */
export function installOnce({ target, isComplete, install, lock = {}, log = () => {} }) {
  if (isComplete(target)) return false;
  mkdirSync(dirname(target), { recursive: true });
  const release = acquireLock(`${target}.lock`, {
    ...lock,
    onWait: (pid) => log(`waiting for another install (pid ${pid}) of ${target}`),
  });
  try {
    if (isComplete(target)) return false;
    removeLeftovers(target); // staging folders of runs that died: we hold the lock, so none is being filled
    const staging = `${target}.staging-${process.pid}`;
    try {
      install(staging);
      if (!isComplete(staging)) throw new Error(`the install into ${staging} did not complete`);
      rmSync(target, { recursive: true, force: true }); // an incomplete older install (no run uses one)
      renameSync(staging, target);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    return true;
  } finally {
    release();
  }
}

function removeLeftovers(target) {
  const dir = dirname(target);
  const prefix = `${basename(target)}.staging-`;
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name.startsWith(prefix)) rmSync(join(dir, name), { recursive: true, force: true });
}

// Keeps each article's human annotations: loaded on first use from the sidecar file beside the article (or from
// the workspace's storage, per `newsAnnotator.annotations.storage`), written back atomically after each
// correction, reloaded when the file changes outside (a `git pull`), with an undo/redo history per article.
// A sidecar that cannot be parsed or validated is never written over: the person is told what is wrong, the file
// is kept as it is, and corrections to that article are refused until it is fixed or set aside as a copy.
import * as path from 'path';
import { promises as fs } from 'fs';
import * as vscode from 'vscode';
import * as notify from '../notify';
import {
  AnnotationHistory,
  emptySidecar,
  serializeSidecar,
  sidecarPathFor,
  type Sidecar,
} from '../../shared/annotations';
import { validateSidecar } from '../../shared/annotations/validate';
import { describeInvalid, readSidecarFile } from '../../shared/annotations/sidecarFile';
import { OwnWrites } from '../../shared/annotations/ownWrites';
import { writeFileAtomic } from '../../shared/atomicWrite';
import type { AnnotationsStorage } from '../settings';

type Loaded = { status: 'ok'; history: AnnotationHistory } | { status: 'invalid'; problems: string[]; file: string };

interface Entry {
  loaded: Promise<Loaded>;
  stamp: number;
  watcher?: vscode.Disposable;
  /** Our writes of the sidecar: the watcher's echo of them is not an external change. */
  ownWrites?: OwnWrites;
}

const MEMENTO_PREFIX = 'newsAnnotator.annotations:';

export class AnnotationStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when an article's annotations changed (a correction, undo, an external edit of the sidecar). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly storage: () => AnnotationsStorage,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The sidecar file of an article, or undefined when it is kept in the workspace's storage. */
  sidecarFile(uri: vscode.Uri): string | undefined {
    return uri.scheme === 'file' && this.storage() === 'sidecar' ? sidecarPathFor(uri.fsPath) : undefined;
  }

  /**
   * The corrections kept in the workspace storage, by file path, for the folder report's workers (which cannot read
   * the storage); empty when corrections are kept in sidecar files, which the workers read themselves.
   */
  storedByPath(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (this.storage() === 'sidecar') return out;
    for (const key of this.memento.keys()) {
      if (!key.startsWith(MEMENTO_PREFIX)) continue;
      const uri = vscode.Uri.parse(key.slice(MEMENTO_PREFIX.length));
      if (uri.scheme === 'file') out[uri.fsPath] = this.memento.get<unknown>(key);
    }
    return out;
  }

  stamp(uri: vscode.Uri): number {
    return this.entries.get(uri.toString())?.stamp ?? 0;
  }

  /** The annotations to apply; undefined when there are none or the file is broken. */
  async get(uri: vscode.Uri): Promise<Sidecar | undefined> {
    const loaded = await this.entry(uri).loaded;
    return loaded.status === 'ok' && (loaded.history.state.annotations.length > 0 || loaded.history.state.coding)
      ? loaded.history.state
      : undefined;
  }

  /** The current annotations (empty when none), or the problems of a broken file. */
  async current(uri: vscode.Uri): Promise<{ sidecar: Sidecar } | { problems: string[]; file: string }> {
    const loaded = await this.entry(uri).loaded;
    return loaded.status === 'ok'
      ? { sidecar: loaded.history.state }
      : { problems: loaded.problems, file: loaded.file };
  }

  /** Applies a correction and saves it; false (after telling the person why) when it cannot be kept. */
  async update(uri: vscode.Uri, correct: (s: Sidecar) => Sidecar): Promise<boolean> {
    const loaded = await this.usable(uri);
    if (!loaded) return false;
    const before = loaded.history.state;
    loaded.history.push(correct(before));
    if (await this.save(uri, loaded)) return true;
    loaded.history.undo(); // not saved: the correction is not kept either, so what is shown matches the file
    return false;
  }

  async undo(uri: vscode.Uri): Promise<boolean> {
    return this.step(
      uri,
      (h) => h.undo(),
      (h) => h.redo(),
    );
  }

  async redo(uri: vscode.Uri): Promise<boolean> {
    return this.step(
      uri,
      (h) => h.redo(),
      (h) => h.undo(),
    );
  }

  private async step(
    uri: vscode.Uri,
    go: (h: AnnotationHistory) => Sidecar | undefined,
    back: (h: AnnotationHistory) => unknown,
  ): Promise<boolean> {
    const loaded = await this.usable(uri);
    if (!loaded || !go(loaded.history)) return false;
    if (await this.save(uri, loaded)) return true;
    back(loaded.history);
    return false;
  }

  private async usable(uri: vscode.Uri): Promise<Extract<Loaded, { status: 'ok' }> | undefined> {
    const loaded = await this.entry(uri).loaded;
    if (loaded.status === 'ok') return loaded;
    void this.reportInvalid(uri, loaded);
    return undefined;
  }

  private async save(uri: vscode.Uri, loaded: Extract<Loaded, { status: 'ok' }>): Promise<boolean> {
    const entry = this.entry(uri);
    const sidecar = loaded.history.state;
    const file = this.sidecarFile(uri);
    try {
      if (file) {
        entry.ownWrites ??= new OwnWrites((text) => writeFileAtomic(file, text));
        await entry.ownWrites.write(serializeSidecar(sidecar));
      } else {
        await this.memento.update(MEMENTO_PREFIX + uri.toString(), sidecar);
      }
    } catch (err) {
      void notify.error(
        `News Annotator could not save the correction: ${err instanceof Error ? err.message : String(err)}`,
      );
      return false;
    }
    entry.stamp++;
    this.changed.fire(uri);
    return true;
  }

  private entry(uri: vscode.Uri): Entry {
    const key = uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { loaded: this.load(uri), stamp: 0 };
      this.entries.set(key, entry);
      entry.watcher = this.watch(uri);
    }
    return entry;
  }

  private async load(uri: vscode.Uri): Promise<Loaded> {
    const file = this.sidecarFile(uri);
    if (!file) {
      const stored = this.memento.get<unknown>(MEMENTO_PREFIX + uri.toString());
      const v = stored === undefined ? undefined : validateSidecar(stored);
      if (v && !v.ok)
        this.log.warn(
          `annotations of ${uri.toString(true)} in the workspace storage are invalid: ${v.errors.join('; ')}`,
        );
      return { status: 'ok', history: new AnnotationHistory(v?.ok ? v.sidecar : emptySidecar()) };
    }
    const read = await readSidecarFile(file);
    if (read.status === 'invalid') {
      const loaded: Loaded = { status: 'invalid', problems: read.problems, file };
      this.log.error(describeInvalid(file, read.problems));
      void this.reportInvalid(uri, loaded);
      return loaded;
    }
    return { status: 'ok', history: new AnnotationHistory(read.status === 'ok' ? read.sidecar : emptySidecar()) };
  }

  /** Picks up changes made outside (git pull, another editor); our own writes are recognised and ignored. */
  private watch(uri: vscode.Uri): vscode.Disposable | undefined {
    const file = this.sidecarFile(uri);
    if (!file) return undefined;
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.file(path.dirname(file)), path.basename(file)),
    );
    const reload = (): void => void this.reloadFromDisk(uri, file);
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    return watcher;
  }

  private async reloadFromDisk(uri: vscode.Uri, file: string): Promise<void> {
    const entry = this.entries.get(uri.toString());
    if (!entry) return;
    const outside =
      !entry.ownWrites ||
      (await entry.ownWrites.changedOutside(() => fs.readFile(file, 'utf8').catch(() => undefined)));
    if (!outside || this.entries.get(uri.toString()) !== entry) return;
    this.log.info(`annotations file changed outside the editor: ${file}`);
    entry.loaded = this.load(uri);
    await entry.loaded;
    entry.stamp++;
    this.changed.fire(uri);
  }

  private reported = new Set<string>();

  private async reportInvalid(uri: vscode.Uri, loaded: Extract<Loaded, { status: 'invalid' }>): Promise<void> {
    if (this.reported.has(loaded.file)) return;
    this.reported.add(loaded.file);
    const open = 'Open File';
    const aside = 'Keep a Copy and Start Over';
    const answer = await notify.error(
      `${describeInvalid(path.basename(loaded.file), loaded.problems)}. It was left as it is; corrections to this article are off until it is fixed.`,
      open,
      aside,
    );
    this.reported.delete(loaded.file);
    if (answer === open) await vscode.window.showTextDocument(vscode.Uri.file(loaded.file));
    else if (answer === aside) await this.setAside(uri, loaded.file);
  }

  /** Copies the broken file to `….annotations.broken-<time>.json`, then lets corrections start from nothing. */
  private async setAside(uri: vscode.Uri, file: string): Promise<void> {
    const copy = file.replace(/\.json$/, `.broken-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    try {
      await fs.copyFile(file, copy, fs.constants.COPYFILE_EXCL);
    } catch (err) {
      void notify.error(
        `Could not copy ${path.basename(file)}: ${err instanceof Error ? err.message : String(err)}. Nothing was changed.`,
      );
      return;
    }
    const entry = this.entry(uri);
    entry.loaded = Promise.resolve({ status: 'ok', history: new AnnotationHistory(emptySidecar()) });
    entry.stamp++;
    void notify.info(
      `The broken annotations were kept in ${path.basename(copy)}; new corrections go to ${path.basename(file)}.`,
    );
    this.changed.fire(uri);
  }

  /** The storage setting changed: load again from the new place. */
  reset(): void {
    for (const e of this.entries.values()) e.watcher?.dispose();
    this.entries.clear();
  }

  forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.entries.get(key)?.watcher?.dispose();
    this.entries.delete(key);
  }

  dispose(): void {
    this.reset();
    this.changed.dispose();
  }
}

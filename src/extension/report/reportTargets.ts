// What Report on Folder analyses: a folder the user picks, or the files and folders selected in the Explorer.
// Folders are walked recursively for articles (.txt .md .news .article, no exports, no hidden folders); a file
// selected explicitly is analysed whatever its extension. Only files on disk (file: URIs): the workers read them.
import * as path from 'path';
import * as vscode from 'vscode';
import { articleFiles } from '../../shared/batch/articleFiles';

export interface ReportTargets {
  /** The folder the report's article names are relative to (the common parent of the selection). */
  base: string;
  /** Shown in the title and progress: "news/" or "3 selected items". */
  label: string;
  paths: () => AsyncGenerator<string>;
}

/** The common parent folder of some absolute paths. */
export function commonBase(paths: readonly string[]): string {
  let base = path.dirname(paths[0]);
  for (const p of paths) {
    while (base !== path.dirname(base) && path.relative(base, p).startsWith('..')) base = path.dirname(base);
  }
  return base;
}

export async function resolveTargets(uris: readonly vscode.Uri[]): Promise<ReportTargets | string> {
  const local = uris.filter((u) => u.scheme === 'file');
  if (local.length === 0) return 'Report on Folder works on folders and files on disk.';
  const kinds = await Promise.all(
    local.map(async (u) => {
      const stat = await vscode.workspace.fs.stat(u).then(undefined, () => undefined);
      return {
        path: u.fsPath,
        folder: stat ? (stat.type & vscode.FileType.Directory) !== 0 : false,
        exists: stat !== undefined,
      };
    }),
  );
  const existing = kinds.filter((k) => k.exists);
  if (existing.length === 0) return `${local[0].fsPath} does not exist.`;
  const single = existing.length === 1 && existing[0].folder;
  const base = single ? existing[0].path : commonBase(existing.map((k) => k.path));
  return {
    base,
    label: single
      ? `${path.basename(base)}/`
      : `${existing.length} selected ${existing.length === 1 ? 'item' : 'items'}`,
    paths: async function* () {
      // a folder and a file inside it both selected: the file is analysed once
      const seen = new Set<string>();
      for (const k of existing) {
        const files = k.folder ? articleFiles(k.path) : [{ path: k.path }];
        for await (const entry of files) {
          if ('error' in entry || seen.has(entry.path)) continue;
          seen.add(entry.path);
          yield entry.path;
        }
      }
    },
  };
}

/**
 * The articles in a folder, recursively, in a stable order (sorted by path): .txt, .md, .news and .article files.
 * Generated files are skipped — exports ("talks.annotations.json", "who-said-what.md" written by Export as Markdown)
 * would be counted as articles of their own — and so are hidden folders, node_modules and symbolic links to folders
 * (a link back to a parent would never end).
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.news', '.article'];

/** "x.annotations.md", "x.annotations.csv": the names exports and sidecar files are given. */
const GENERATED_NAME = /\.(annotations|report|who-said-what)\.[^.]+$/i;

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext)) && !GENERATED_NAME.test(name) && !name.startsWith('.');
}

/** The first line of an export written by News Annotator ("# Who said what — …", "# Sources across articles"). */
export function looksGenerated(text: string): boolean {
  return /^(# Who said what — |# Sources across articles)/.test(text.trimStart());
}

export type FolderEntry = { path: string } | { path: string; error: string };

export async function* articleFiles(dir: string): AsyncGenerator<FolderEntry> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    yield {
      path: dir,
      error:
        code === 'ENOENT'
          ? 'no such folder'
          : code === 'ENOTDIR'
            ? 'is a file, not a folder'
            : code === 'EACCES'
              ? 'permission denied'
              : (error as Error).message,
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') yield* articleFiles(path);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isArticleName(entry.name)) {
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(path).catch(() => undefined);
        if (!target?.isFile()) continue;
      }
      yield { path };
    }
  }
}

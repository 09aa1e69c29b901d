/**
 * brat's offsets count "characters", and tools disagree on what one is. brat itself (Python) counts Unicode code
 * points, and its server reads the text with universal newlines, so "\r\n" counts once; JavaScript tools (and this
 * project) count UTF-16 units of the file as is. For an ASCII article with LF line ends all three agree.
 *
 * On import every counting that could differ is tried, and the first under which every T line's text matches the
 * article wins for the whole file (a file is written by one tool, so one counting holds for all its lines).
 * Example: "Oké\r\n“No,” she said" — brat's server puts “No,” at 4–8, this project at 5–9.
 */
import type { OffsetCounting } from './standoff';

/** Maps a brat offset to a UTF-16 index into the article (undefined: beyond its end). */
export type OffsetMap = (offset: number) => number | undefined;

export interface Counting {
  name: OffsetCounting;
  map: OffsetMap;
}

function hasAstral(text: string): boolean {
  return /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text);
}

/** UTF-16 index of each counted character (plus one past the end), skipping what the counting does not count. */
function indexTable(text: string, universalNewlines: boolean): Uint32Array {
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        table.push(i);
        i++;
        continue;
      }
    }
    // "\r\n" read with universal newlines is one "\n": count the pair once, at its "\r"
    if (universalNewlines && c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      table.push(i);
      i++;
      continue;
    }
    table.push(i);
  }
  table.push(text.length);
  return Uint32Array.from(table);
}

function tableMap(table: Uint32Array): OffsetMap {
  return (offset) => (offset < table.length ? table[offset] : undefined);
}

/** The countings worth trying for this article, most likely first; only those that differ from UTF-16. */
export function countingsFor(text: string): Counting[] {
  const out: Counting[] = [{ name: 'utf16', map: (offset) => (offset <= text.length ? offset : undefined) }];
  if (hasAstral(text)) out.push({ name: 'code points', map: tableMap(indexTable(text, false)) });
  if (text.includes('\r\n')) out.push({ name: 'universal newlines', map: tableMap(indexTable(text, true)) });
  return out;
}

/** Code-point offset of a UTF-16 index: what brat (Python) expects in an exported file. */
export function codePointCounter(text: string): (index: number) => number {
  if (!hasAstral(text)) return (index) => index;
  const before = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = count;
    const c = text.charCodeAt(i);
    const low =
      i > 0 && c >= 0xdc00 && c <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    if (!low) count++;
  }
  before[text.length] = count;
  return (index) => before[index];
}

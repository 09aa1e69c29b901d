/**
 * A markup tag broken over lines keeps its attributes' marks out of the quotes: in pasted HTML
 * ('<img src="a.png" alt="The mayor at the⏎meeting">') the alt text's marks would pair across the line break and
 * quote a caption. The line scan (scan.ts) drops the marks of tags that open and close on one line; this pass finds
 * the tags that a line break splits, which no single line can see. The reported-speech pass reads the same tags:
 * an attribute's words are no sentence ('title="the mayor said it was fine"').
 */
import type { DocMark } from './document';

/** Longer "tags" are prose with a stray "<" and ">" ("x <y … z> w"), not markup. */
const MAX_TAG_CHARS = 2000;

/**
 * Spans of the markup tags that open with "<name " and close with ">", holding an attribute's quoted value ('=' then
 * a mark: '<a title="the mayor said it was fine" href="/x">'), in text order; only those a line break splits when
 * `onlyBroken`. One pass over the text: a second "<" before the ">" abandons the open tag.
 */
export function attributeTags(text: string, onlyBroken = false): Array<[number, number]> {
  return text.includes('<') ? scanTags(text, onlyBroken) : [];
}

function scanTags(text: string, onlyBroken: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  let broken = false;
  let attribute = false;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      open = /^<[A-Za-z][\w:-]*\s/.test(text.slice(i, i + 40)) ? i : -1;
      broken = false;
      attribute = false;
    } else if (open < 0) {
      const next = text.indexOf('<', i);
      if (next < 0) break;
      i = next - 1;
    } else if (c === '\n') broken = true;
    else if (c === '=' && (text[i + 1] === '"' || text[i + 1] === "'")) attribute = true;
    else if (c === '>') {
      if ((broken || !onlyBroken) && attribute) spans.push([open, i + 1]);
      open = -1;
    } else if (i - open > MAX_TAG_CHARS) open = -1;
  }
  return spans;
}

/** The marks outside every tag that a line break splits; the same list when the text has none. */
export function marksOutsideSpanningTags(text: string, marks: DocMark[]): DocMark[] {
  const tags = attributeTags(text, true);
  if (tags.length === 0) return marks;
  let t = 0;
  return marks.filter((m) => {
    while (t < tags.length && tags[t][1] <= m.at) t++;
    return !(t < tags.length && tags[t][0] < m.at);
  });
}

/** Whether `at` lies inside one of the tag spans (in text order; a binary search). */
export function inTag(tags: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid][1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tags.length && tags[lo][0] < at;
}

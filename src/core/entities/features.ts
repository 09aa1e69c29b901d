/**
 * Features of the BIO entity tagger. Shared by the trainer (scripts/ner/train.ts) and the runtime tagger, so the
 * two can never disagree. Static features depend only on the text; dynamic ones on the tags already decided.
 */
import { lexiconTags, matchPlaces } from './gazetteer';
import type { Token } from './tokenize';

export const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

export interface Prepared {
  tokens: Token[];
  lower: string[];
  /** token index -> first token of its sentence */
  sentenceStart: Int32Array;
  /** token index -> 1 when its sentence is a headline in capitals */
  headline: Uint8Array;
  /** static feature strings per token */
  features: string[][];
}

/** Word shape, runs collapsed: "Putin" -> "Xx", "U.S." -> "X.X.", "1996-08-30" -> "d-d-d". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0].toLowerCase());
}

function hasLower(word: string): boolean {
  return word !== word.toUpperCase();
}

/**
 * Static features of every token. `sentences` are token ranges. Document-level evidence: how the same word is
 * cased elsewhere in running text (tells a headline "BANK" from a name), and gazetteer/lexicon membership.
 */
export function prepare(tokens: Token[], sentences: Array<[number, number]>): Prepared {
  const n = tokens.length;
  const lower = tokens.map((t) => t.text.toLowerCase());
  const sentenceStart = new Int32Array(n);
  const headline = new Uint8Array(n);
  for (const [from, to] of sentences) {
    let letters = 0;
    let lowers = 0;
    for (let k = from; k < to; k++) {
      sentenceStart[k] = from;
      if (/\p{L}/u.test(tokens[k].text)) {
        letters++;
        if (hasLower(tokens[k].text)) lowers++;
      }
    }
    const caps = letters >= 2 && lowers === 0;
    if (caps) for (let k = from; k < to; k++) headline[k] = 1;
  }
  // casing of each lower-case word inside running (non-headline) text, not at a sentence start
  const docCase = new Map<string, number>(); // bit 1: seen capitalized, bit 2: seen lower case
  for (let k = 0; k < n; k++) {
    if (headline[k] || sentenceStart[k] === k) continue;
    const w = tokens[k].text;
    if (!/\p{L}/u.test(w)) continue;
    docCase.set(lower[k], (docCase.get(lower[k]) ?? 0) | (isCapitalized(w) ? 1 : 2));
  }
  const gaz: string[] = new Array(n).fill('');
  for (const m of matchPlaces(tokens, lower)) {
    const capital = isCapitalized(tokens[m.from].text) ? 'C' : 'l';
    for (let k = m.from; k < m.to; k++) gaz[k] = `${m.info.kind}|${k === m.from ? 'B' : 'I'}|${capital}${m.to - m.from > 1 ? 'm' : ''}`;
  }
  const lex = lower.map((w) => lexiconTags(w));
  const shapes = tokens.map((t) => shape(t.text));
  const features: string[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = tokens[i].text;
    const lw = lower[i];
    const s0 = sentenceStart[i];
    const p1 = i - 1 >= s0 ? lower[i - 1] : '<s>';
    const p2 = i - 2 >= s0 ? lower[i - 2] : '<s>';
    const sentEnd = i + 1 < n && sentenceStart[i + 1] === s0;
    const n1 = sentEnd ? lower[i + 1] : '</s>';
    const n2 = sentEnd && i + 2 < n && sentenceStart[i + 2] === s0 ? lower[i + 2] : '</s>';
    const sh = shapes[i];
    const hl = headline[i] ? 'H' : '';
    const f: string[] = [
      'b',
      `w=${lw}`,
      `W=${w}`,
      `p1=${p1}`,
      `p2=${p2}`,
      `n1=${n1}`,
      `n2=${n2}`,
      `pw=${p1}|${lw}`,
      `wn=${lw}|${n1}`,
      `sh=${sh}${hl}`,
      `shp=${i - 1 >= s0 ? shapes[i - 1] : '<s>'}|${sh}|${sentEnd ? shapes[i + 1] : '</s>'}`,
      `s1=${lw.slice(-1)}`,
      `s2=${lw.slice(-2)}`,
      `s3=${lw.slice(-3)}`,
      `s4=${lw.slice(-4)}`,
      `x2=${lw.slice(0, 2)}`,
      `x3=${lw.slice(0, 3)}`,
      `len=${Math.min(w.length, 8)}`,
    ];
    if (s0 === i) f.push(`first${hl}`);
    if (hl) f.push(`hl|${p1}`);
    const dc = docCase.get(lw);
    f.push(`dc=${dc ?? 0}|${isCapitalized(w) ? 'C' : 'l'}${hl}${s0 === i ? 'F' : ''}`);
    if (gaz[i]) f.push(`gz=${gaz[i]}`, `gzk=${gaz[i].split('|')[0]}`);
    if (i > s0 && gaz[i - 1]) f.push(`pgz=${gaz[i - 1].split('|')[0]}`);
    if (sentEnd && gaz[i + 1]) f.push(`ngz=${gaz[i + 1].split('|')[0]}`);
    for (const letter of lex[i]) f.push(`lx=${letter}`, `lx=${letter}|${isCapitalized(w) ? 'C' : 'l'}`);
    if (i > s0) for (const letter of lex[i - 1]) f.push(`plx=${letter}`);
    if (sentEnd) for (const letter of lex[i + 1]) f.push(`nlx=${letter}`);
    features[i] = f;
  }
  return { tokens, lower, sentenceStart, headline, features };
}

/** Tag-history features for token i given the tags decided so far and the document memory. */
export function dynamicFeatures(p: Prepared, i: number, tags: Uint8Array, memory: Map<string, number>): string[] {
  const s0 = p.sentenceStart[i];
  const t1 = i - 1 >= s0 ? TAGS[tags[i - 1]] : '<s>';
  const t2 = i - 2 >= s0 ? TAGS[tags[i - 2]] : '<s>';
  const f = [`t1=${t1}`, `t12=${t2}|${t1}`, `t1w=${t1}|${p.lower[i]}`];
  const remembered = memory.get(p.lower[i]);
  if (remembered !== undefined) f.push(`mem=${TAGS[remembered].slice(2)}`, `mem=${TAGS[remembered].slice(2)}|${p.tokens[i].text === p.lower[i] ? 'l' : 'C'}`);
  return f;
}

/** A tag may follow another: I-X only continues B-X or I-X. */
export function allowed(prev: number, next: number): boolean {
  const t = TAGS[next];
  if (t[0] !== 'I') return true;
  const p = TAGS[prev];
  return p !== 'O' && p.slice(2) === t.slice(2);
}

/** After tagging token i, remember its entity type for later mentions of the same word in the document. */
export function remember(p: Prepared, i: number, tag: number, memory: Map<string, number>): void {
  if (tag !== 0 && /^\p{Lu}/u.test(p.tokens[i].text) && p.lower[i].length > 1) memory.set(p.lower[i], tag);
}

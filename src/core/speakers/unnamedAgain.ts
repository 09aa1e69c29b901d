/**
 * The nouns an unnamed speaker was described by, for "the official said" further on: "The second source, a
 * government official, said …" is described both as a source and as an official.
 */
import type { DocToken } from '../text/document';
import type { Phrase } from '../attribution/phrases';
import { ANOTHER_ONE_WORDS } from '../lexicon/lexicon';

/** ", a government official," right after a mention: the appositive's noun, its last word ("official"). */
const APPOSITIVE = /^,\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)\s*,/u;
/** Characters of text the appositive may span. */
const APPOSITIVE_SPAN = 80;

export function appositiveHead(text: string, end: number): string | undefined {
  return APPOSITIVE.exec(text.slice(end, end + APPOSITIVE_SPAN))?.[1];
}

/** "The second source", "another official": someone other than the one described so before. */
export function marksAnother(tokens: DocToken[], phrase: Phrase): boolean {
  for (let i = phrase.from; i < phrase.to; i++) if (ANOTHER_ONE_WORDS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * Words inside a web address or an e-mail address name nothing in the article: "https://www.cbc.ca/news/Canada/
 * Toronto-Mayor-Story", "https://t.co/AbC12", "Dana.Roy@Example.com". The tagger, reading their capitals, took
 * "Toronto-Mayor-Story" for a place and "Dana.Roy" for a person.
 */

/** How far either side of a mention a link is looked for (characters): longer addresses are rare. */
const LINK_REACH = 300;
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const SPACE = /\s/;

/** `SPACE.test(c)` for the character at `i`, printable ASCII (most characters) answered from its code. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c > 32 && c < 127 ? false : SPACE.test(text[i]);
}

/**
 * Whether text[from, to) may hold an address at all: "://" needs a colon, an e-mail address an "@", and the rest
 * begins with "www.". Most mentions are plain words, settled here without slicing the run and running two regexes.
 */
function mayBeLink(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 || c === 64) return true; // ':' '@'
  }
  return to - from >= 4 && text.slice(from, from + 4).toLowerCase() === 'www.';
}

/** Whether [start, end) of `text` lies inside a web or e-mail address (the run of non-spaces around it). */
export function isInsideLink(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < LINK_REACH && !isSpaceAt(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to - end < LINK_REACH && !isSpaceAt(text, to)) to++;
  if (!mayBeLink(text, from, to)) return false;
  // trailing punctuation of the sentence is not part of the address
  return LINK.test(text.slice(from, to).replace(/[.,;:!?)\]'"”’]+$/, ''));
}

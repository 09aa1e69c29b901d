/**
 * Words inside a web address or an e-mail address name nothing in the article: "https://www.cbc.ca/news/Canada/
 * Toronto-Mayor-Story", "https://t.co/AbC12", "Dana.Roy@Example.com". The tagger, reading their capitals, took
 * "Toronto-Mayor-Story" for a place and "Dana.Roy" for a person.
 */

/** How far either side of a mention a link is looked for (characters): longer addresses are rare. */
const LINK_REACH = 300;
const LINK = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const SPACE = /\s/;

/** Whether [start, end) of `text` lies inside a web or e-mail address (the run of non-spaces around it). */
export function isInsideLink(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < LINK_REACH && !SPACE.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < LINK_REACH && !SPACE.test(text[to])) to++;
  // trailing punctuation of the sentence is not part of the address
  return LINK.test(text.slice(from, to).replace(/[.,;:!?)\]'"”’]+$/, ''));
}

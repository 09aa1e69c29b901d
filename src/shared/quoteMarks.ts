// How a quote is shown outside the article (panel, outline, exports): direct quotes in quotation marks, once.
// The core's quote spans may or may not include the article's own marks, so add them only when missing.

const OPENING = /^["“„«»‘‚'‹›「『]/;

export function displayQuote(text: string, kind: 'direct' | 'indirect'): string {
  if (kind !== 'direct' || OPENING.test(text)) return text;
  return `“${text}”`;
}

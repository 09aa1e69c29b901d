/**
 * Who wrote the article, for a first-person "I said": the name the text gives its writer.
 * - a byline near the top: "By Hannah Okafor";
 * - a credit at the end: "From STEALING HOMES by Jane Roe. Copyright © 2016 by Jane Roe.";
 * - an author note closing an opinion piece: "Jane Roe is a senior fellow at the Harbour Institute.";
 * - an editor's note on an excerpt: "excerpts from bestselling author Jane Roe's new book".
 * Null when none of these is there (the writer stays "the writer").
 */
const WORD = String.raw`\p{Lu}(?:\.|[\p{L}'’-]+)`; // "Jane", "D’Souza", or an initial "J."
const NAME = String.raw`${WORD}(?:[ \t]+(?:${WORD}|de|van|von|der|da|bin)){1,3}`;
const BYLINE = new RegExp(String.raw`(?:^|\n)[ \t]*By[ \t]+(${NAME})\.?[ \t]*(?:,|\n|and\b|$)`, 'u');
const CREDIT = new RegExp(String.raw`\b(?:From|Copyright)\b[^\n]{0,200}?\bby[ \t]+(${NAME})`, 'u');
const AUTHOR_NOTE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:[—–-][ \t]*)?(${NAME})[ \t]+(?:is|was)[ \t]+(?:a|an|the)\b`,
  'u',
);
const EXCERPT = new RegExp(String.raw`\bexcerpts?\b[^\n.]{0,60}?\bfrom\b[^\n.]{0,60}?(${NAME})['’]s?\b`, 'u');

/** How far from either end the writer is looked for. */
const REACH = 600;

export function writerName(text: string): string | null {
  const head = text.slice(0, REACH);
  const tail = text.slice(Math.max(0, text.length - REACH));
  return (
    BYLINE.exec(head)?.[1] ?? CREDIT.exec(tail)?.[1] ?? lastMatch(AUTHOR_NOTE, tail) ?? EXCERPT.exec(head)?.[1] ?? null
  );
}

/** The last paragraph's author note, not one of an earlier paragraph's ("Rivera is the mayor …"). */
function lastMatch(re: RegExp, text: string): string | null {
  const lastBreak = text.trimEnd().lastIndexOf('\n');
  return re.exec(text.slice(Math.max(0, lastBreak)))?.[1] ?? null;
}

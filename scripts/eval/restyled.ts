/**
 * `npm run eval -- FILE.jsonl --restyled=present|bare`: the same articles in another outlet's house style, annotations
 * moved with the text, so that the figures show what rests on the training outlets' habits:
 *
 * - `present`: speech verbs in the present tense, as broadcasters and features write them ("said" → "says",
 *   "told" → "tells"), except after an auxiliary ("had said", "was told" stay).
 * - `bare`: courtesy titles dropped ("Mr. Brafman said" → "Brafman said"), as most outlets outside The New York Times
 *   and Wall Street Journal write second references.
 * - `given`: quoted people's given names swapped for ones no name list here gives a gender ("Hillary" → "Oluwaseun"),
 *   as news from Lagos, Delhi or Auckland names people: "he" and "she" must then find them without that help.
 * - `wrapped`: every line broken at 72 columns, as wire copy, e-mail and plain-text archives arrive (a space becomes a
 *   line break, so no offset moves); paragraphs stay apart by their blank lines.
 * - `british`: single quotation marks, as British, Irish, Australian and many Indian outlets print them
 *   ("“We won’t,” she said" → "‘We won’t,’ she said"), so that the apostrophe and the quote share one character; a
 *   single-marked quote inside a quotation becomes a double one, as British style nests. One character for one, so
 *   no offset moves.
 * - `oneline`: the whole article on one line, its paragraphs joined by single spaces, as scraped archives often store
 *   it ("…,” she said.\n\nThe council …" → "…,” she said. The council …"): paragraph breaks must then be recovered.
 */
import { applied, editedDoc, editsOf, wholeWordEdits, type EditableDoc, type Edit } from './textEdits';
import { UNGENDERED_GIVEN_NAMES, stableHash } from './namePools';

export const STYLES = ['present', 'bare', 'given', 'wrapped', 'british', 'oneline'] as const;
export type Style = (typeof STYLES)[number];

/** Past → present of the speech verbs news uses most. */
const PRESENT: Record<string, string> = {
  said: 'says',
  told: 'tells',
  added: 'adds',
  asked: 'asks',
  wrote: 'writes',
  explained: 'explains',
  noted: 'notes',
  recalled: 'recalls',
  continued: 'continues',
  argued: 'argues',
  insisted: 'insists',
  warned: 'warns',
  stated: 'states',
  replied: 'replies',
  declared: 'declares',
  claimed: 'claims',
  suggested: 'suggests',
  acknowledged: 'acknowledges',
  predicted: 'predicts',
  agreed: 'agrees',
};
const AUXILIARIES = /\b(?:had|has|have|having|was|were|been|be|being|is|are|am|'s|'d|would|will|to|not|n't)\s+$/i;

function presentEdits(text: string): Edit[] {
  const re = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${Object.keys(PRESENT).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
  return editsOf(text, re, (m) => {
    const word = m[0];
    const before = text.slice(Math.max(0, (m.index ?? 0) - 16), m.index);
    if (AUXILIARIES.test(before)) return word; // "had said", "was told": no present form keeps the grammar
    const to = PRESENT[word.toLowerCase()];
    if (word === word.toUpperCase()) return to.toUpperCase();
    return word[0] === word[0].toUpperCase() ? to[0].toUpperCase() + to.slice(1) : to;
  }).filter((e) => e.to !== text.slice(e.start, e.end));
}

/** "Mr. ", "Mrs. ", "Ms. ", "Mr ", "Ms ", "Miss " before a capitalized word. */
function bareEdits(text: string): Edit[] {
  return editsOf(text, /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Miss)\.?\s+(?=\p{Lu})/gu, () => '');
}

/** The given names of the document's resolved people ("Hillary Clinton" → "Hillary"), each mapped to a new one. */
function givenNames(doc: EditableDoc): Map<string, string> {
  const map = new Map<string, string>();
  for (const q of doc.quotes) {
    if (q.speaker_canonical_type !== 'person' || !q.speaker_canonical) continue;
    const words = q.speaker_canonical.split(/\s+/);
    const given = words[0];
    if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(given) || map.has(given)) continue;
    const h = stableHash(`${String(doc.id ?? '')}#${given}`);
    map.set(given, UNGENDERED_GIVEN_NAMES[h % UNGENDERED_GIVEN_NAMES.length]);
  }
  return map;
}

/** The column `wrapped` breaks lines at, as most wire and e-mail clients do. */
const WRAP_COLUMN = 72;

/** A greedy wrap at WRAP_COLUMN: the last space that keeps a line within the column becomes a line break. */
function wrapEdits(text: string): Edit[] {
  const out: Edit[] = [];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '\n' || i === text.length) {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (i - lineStart >= WRAP_COLUMN && lastSpace > lineStart) {
      out.push({ start: lastSpace, end: lastSpace + 1, to: '\n' });
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
    if (c === ' ') lastSpace = i;
  }
  return out;
}

/** A straight double mark opens where it starts a line or follows a space or an opening bracket or dash. */
function straightOpens(text: string, i: number): boolean {
  return i === 0 || /[\s([{\u2014\u2013-]/.test(text[i - 1]);
}

/** A single mark opens a nested quote after a space or bracket and before a letter ("said 'no' twice"). */
function singleOpens(text: string, i: number): boolean {
  return (i === 0 || /[\s([{\u2014\u201c"]/.test(text[i - 1])) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** A single mark closes a nested quote before a space, a punctuation mark or a double mark ("said 'no.'\""). */
function singleCloses(text: string, i: number): boolean {
  return i > 0 && !/\s/.test(text[i - 1]) && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/**
 * Doubles become singles and a nested single quote becomes a double one: "“He said ‘no,’ twice”" → "‘He said “no,”
 * twice’". An apostrophe (won't, farmers') stays; a nested quote is one that opens inside a quotation.
 */
function britishEdits(text: string): Edit[] {
  const out: Edit[] = [];
  let inQuote = false;
  let nested = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      // a quotation runs over paragraphs only by reopening each one ("“…\n\n“…”")
      inQuote = false;
      nested = false;
    } else if (c === '“' || c === '”' || c === '"') {
      const opens = c === '“' || (c === '"' && straightOpens(text, i));
      out.push({ start: i, end: i + 1, to: opens ? '‘' : '’' });
      inQuote = opens;
      nested = false;
    } else if ((c === "'" || c === '‘' || c === '’') && inQuote) {
      if (!nested && c !== '’' && singleOpens(text, i)) {
        out.push({ start: i, end: i + 1, to: '“' });
        nested = true;
      } else if (nested && c !== '‘' && singleCloses(text, i)) {
        out.push({ start: i, end: i + 1, to: '”' });
        nested = false;
      }
    }
  }
  return out;
}

/** Every line break, with the spaces around it, becomes one space: the paragraphs run on as one line. */
function onelineEdits(text: string): Edit[] {
  const out: Edit[] = [];
  // found with indexOf, not a regex with a leading space run, so that long runs of spaces cost no backtracking
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl)) {
    let start = nl;
    while (start > 0 && /[ \t\r]/.test(text[start - 1])) start--;
    let end = nl;
    while (end < text.length && /\s/.test(text[end])) end++;
    const edge = start === 0 || end === text.length;
    out.push({ start, end, to: edge ? '' : ' ' });
    nl = end;
  }
  return out;
}

const EDITS: Record<Exclude<Style, 'given'>, (text: string) => Edit[]> = {
  present: presentEdits,
  bare: bareEdits,
  wrapped: wrapEdits,
  british: britishEdits,
  oneline: onelineEdits,
};

/** A copy of a PolNeAR-style document in `style`, every annotated offset moved with the text. */
export function restyled<D extends EditableDoc>(doc: D, style: Style): D {
  if (style === 'given') {
    const map = givenNames(doc);
    return editedDoc(doc, wholeWordEdits(doc.text, map), (name) => applied(name, wholeWordEdits(name, map)));
  }
  const edit = EDITS[style];
  return editedDoc(doc, edit(doc.text), (name) =>
    style === 'bare' ? name.replace(/^(?:Mr|Mrs|Ms|Miss)\.?\s+/, '') : name,
  );
}

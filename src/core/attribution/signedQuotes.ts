/**
 * Quotes whose speaker is set apart from any sentence: a transcript's '"WALLACE: Let's start …"' and a signature on
 * the line below, '"We will win."' ¶ '- Dana Reyes'.
 */
import type { Doc } from '../text/document';
import { isMarkToken, type Attribution } from './cues';
import { TITLE_SMALL_WORDS } from '../lexicon/functionWords';
import { phraseLeft, phraseRight } from './phrases';
import { startsLine } from './quoteShape';

/** Transcript style inside the marks: '"WALLACE: Let's start …"'. */
export function transcript(doc: Doc, from: number, to: number): Attribution | null {
  const { tokens, text } = doc;
  // 'the protesters chanted "Ike Hale: Bad for Ohio"': a quote run into the sentence before it is no transcript turn
  const prev = tokens[from - 1];
  if (prev && prev.word && prev.line === tokens[from].line) return null;
  let colon = from + 1;
  while (colon < to && colon - from <= 4 && tokens[colon].cap && tokens[colon].word) colon++;
  if (colon === from + 1 || colon >= to || tokens[colon].text !== ':') return null;
  // '"Recap: Whitlock: 'I come from the 60s.' …"': words quoted after the label are what someone cites, not a turn
  if (isMarkToken(tokens, colon + 1) || /^['‘]$/.test(tokens[colon + 1]?.text ?? '')) return null;
  const speaker = phraseLeft(tokens, colon, from + 1, text);
  return speaker && speaker.kind === 'name' && speaker.from === from + 1 ? { speaker, cue: null, how: 'colon' } : null;
}

/**
 * A quote set as its own paragraph and signed on the line below, as in a list of debate lines or pull quotes:
 * '"We will win."' ¶ '- Dana Reyes'. The name after the dash, alone on its line or before a comma and a caption
 * ('- Dana Reyes, Dayton.'), is the speaker.
 */
export function signatureBelow(doc: Doc, from: number, to: number): Attribution | null {
  const { tokens, text } = doc;
  const dash = tokens[to];
  const line = tokens[to - 1].line;
  if (!dash || !/^[-–—―]$/.test(dash.text) || dash.line <= line || dash.line > line + 2) return null;
  if (!startsLine(doc, { from }) || tokens[to - 1].line !== tokens[from].line) return null;
  if (tokens[to - 2]?.line === dash.line || tokens[to + 1]?.line !== dash.line) return null;
  let end = to + 1;
  while (end < tokens.length && tokens[end].line === dash.line) end++;
  const speaker = phraseRight(tokens, to + 1, end, text);
  // a caption may follow the name after a comma: '- Rosa Diaz, Dayton.', '-Mayor Ellen Brooks, speaking after the flood.'
  const closes =
    speaker !== null &&
    (speaker.to === end || (speaker.to === end - 1 && !tokens[end - 1].word) || tokens[speaker.to].text === ',');
  return speaker && speaker.kind === 'name' && closes ? { speaker, cue: null, how: 'after' } : null;
}

/**
 * Signed on its own line after a dash, as an embedded tweet or a fact-check's claim is: '"Paul Ryan should spend
 * more time on the budget" — Donald J. Trump (@realDonaldTrump) October 10, 2016', 'The statement: "…" — Donald
 * Trump, in a speech in Detroit.'. The name after the dash, closing the line or followed by a comma or a parenthesis,
 * is the speaker; not '"…" — a line the crowd loved' (no name) nor a dash the sentence goes on after ('"…" — Hale's
 * words — rang out').
 */
export function signatureAfter(doc: Doc, from: number, to: number): Attribution | null {
  const { tokens, text } = doc;
  const dash = tokens[to];
  const line = tokens[to - 1].line;
  if (!dash || !/^[–—―]$/.test(dash.text) || dash.line !== line || tokens[from].line !== line) return null;
  let end = to + 1;
  while (end < tokens.length && tokens[end].line === line && end - to <= MAX_SIGNATURE_TOKENS) end++;
  const speaker = phraseRight(tokens, to + 1, end, text);
  if (!speaker || speaker.kind !== 'name' || speaker.from !== to + 1) return null;
  const next = tokens[speaker.to];
  const closes = !next || next.line !== line || next.text === ',' || next.text === '(';
  return closes ? { speaker, cue: null, how: 'after' } : null;
}

/** Tokens a signature line inside the marks may take: "Dana Reyes, Center for Harbor and Policy Research." */
const MAX_SIGNATURE_TOKENS = 12;

/**
 * A pull quote signed inside its own marks, on a last line of its own: '"We will need a stimulus again.' ¶ 'Dana
 * Reyes, Harbor Policy Institute."'. The name opening that short line, after a line that closes a sentence, is the
 * speaker; what follows the name is an affiliation in capitals. Not '"…we tried.' ¶ 'Reyes, we will miss you."' (a
 * closing line addressed to someone).
 */
export function signatureInside(doc: Doc, from: number, to: number): Attribution | null {
  const { tokens, text } = doc;
  let last = to - 1;
  while (last > from && (isMarkToken(tokens, last) || tokens[last].text === '.')) last--;
  const line = tokens[last].line;
  if (line === tokens[from].line) return null;
  let first = last;
  while (first - 1 > from && tokens[first - 1].line === line) first--;
  if (last - first + 1 > MAX_SIGNATURE_TOKENS || !/^[.!?]$/.test(tokens[first - 1].text)) return null;
  const speaker = phraseRight(tokens, first, last + 1, text);
  if (!speaker || speaker.kind !== 'name' || speaker.from !== first) return null;
  if (speaker.to <= last && !(tokens[speaker.to].text === ',' && isAffiliation(doc, speaker.to + 1, last + 1)))
    return null;
  return { speaker, cue: null, how: 'after' };
}

/** Tokens [from, to) are a body's name: capitalized words with the small words of a name between them. */
function isAffiliation(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  if (from >= to || !tokens[from].cap || !tokens[to - 1].cap) return false;
  for (let i = from; i < to; i++) if (!tokens[i].cap && !TITLE_SMALL_WORDS.has(tokens[i].lower)) return false;
  return true;
}

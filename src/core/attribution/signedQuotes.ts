/**
 * Quotes whose speaker is set apart from any sentence: a transcript's '"WALLACE: Let's start …"' and a signature on
 * the line below, '"We will win."' ¶ '- Dana Reyes'.
 */
import type { Doc } from '../text/document';
import { isMarkToken, type Attribution } from './cues';
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
 * '"We will win."' ¶ '- Dana Reyes'. The name after the dash, alone on its line, is the speaker.
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
  const closes = speaker !== null && (speaker.to === end || (speaker.to === end - 1 && !tokens[end - 1].word));
  return speaker && speaker.kind === 'name' && closes ? { speaker, cue: null, how: 'after' } : null;
}

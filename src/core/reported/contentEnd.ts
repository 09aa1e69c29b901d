/**
 * Where the content of a reported clause ends before the sentence does: the writer takes the sentence back with a
 * comment on the report (", which …", ", however …", ", despite …", ", even though …"). Each test looks at a fixed
 * number of tokens, so a scan stays linear.
 */
import type { DocToken } from '../text/document';
import { COMMENT_OPENERS, CONTENT_JOINERS as JOINERS } from '../lexicon/functionWords';
import { NEXT_CUES } from '../lexicon/speechVerbs';

const SUBJECT_REACH = 6;

/** "… her Wall Street links while Sanders suggests …": a joiner, a short subject and a reporting verb begin a
 * second report, which is not part of the first. */
function opensNextReport(tokens: DocToken[], k: number): boolean {
  if (!tokens[k] || !JOINERS.has(tokens[k].lower)) return false;
  for (let i = k + 1; i < tokens.length && i - k <= SUBJECT_REACH; i++) {
    const t = tokens[i];
    if (NEXT_CUES.has(t.lower)) return i > k + 1 && !t.cap;
    if (!(t.word || t.text === "'s" || t.text === '’s' || t.text === '.') || t.lower === 'that' || t.lower === 'to')
      return false;
  }
  return false;
}

/** Whether the content that began at `from` ends before token `k`. */
export function endsContent(tokens: DocToken[], from: number, k: number): boolean {
  if (k <= from + 2) return false;
  if (opensNextReport(tokens, k) || (tokens[k].text === ',' && opensNextReport(tokens, k + 1))) return true;
  if (tokens[k].text !== ',') return false;
  const next = tokens[k + 1];
  if (!next) return false;
  if (COMMENT_OPENERS.has(next.lower)) return true;
  // "X said the plan would fail, according to a report": the source after the comma is the whole sentence's
  if (next.lower === 'according' && tokens[k + 2]?.lower === 'to') return true;
  // ", even though …", ", even as …"
  return next.lower === 'even' && (tokens[k + 2]?.lower === 'though' || tokens[k + 2]?.lower === 'as');
}

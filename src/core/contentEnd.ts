/**
 * Where the content of a reported clause ends before the sentence does: the writer takes the sentence back with a
 * comment on the report (", which …", ", however …", ", despite …", ", even though …"). Each test looks at a fixed
 * number of tokens, so a scan stays linear.
 */
import type { DocToken } from './document';

/** After a comma, words that open the writer's comment on what was said, not more of it. */
const COMMENT_OPENERS = new Set(['which', 'who', 'whom', 'whose', 'however', 'despite', 'compared', 'rather', 'whereas', 'prompting', 'meaning']);

/** Whether the content that began at `from` ends before token `k`. */
export function endsContent(tokens: DocToken[], from: number, k: number): boolean {
  if (k <= from + 2 || tokens[k].text !== ',') return false;
  const next = tokens[k + 1];
  if (!next) return false;
  if (COMMENT_OPENERS.has(next.lower)) return true;
  // ", even though …", ", even as …"
  return next.lower === 'even' && (tokens[k + 2]?.lower === 'though' || tokens[k + 2]?.lower === 'as');
}

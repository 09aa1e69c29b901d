/**
 * `anonymous-source`: a quote from an unnamed source ("a senior official", "people familiar with the talks").
 * Information by default: newsrooms use such sources, but their rules ask the writer to say why the source is not
 * named. One finding per mention of the source, so a quote carried over to the next paragraph adds none.
 */
import type { CheckRule, RawFinding } from './types';

export const anonymousSource: CheckRule = {
  id: 'anonymous-source',
  description: 'A quote from an unnamed source',
  defaultSeverity: 'information',
  run({ analysis }) {
    const anonymous = new Set(analysis.speakers.filter((s) => s.type === 'anonymous').map((s) => s.id));
    const seen = new Set<number>();
    const out: RawFinding[] = [];
    for (const q of analysis.quotes) {
      if (q.speakerId === null || !anonymous.has(q.speakerId)) continue;
      const at = q.speakerMention ?? q;
      if (seen.has(at.start)) continue;
      seen.add(at.start);
      out.push({
        message: `Anonymous source: “${q.speaker ?? at.text}”. Say why the source is not named.`,
        start: at.start,
        end: at.end,
      });
    }
    return out;
  },
};

/**
 * Broadcasts named like people are no people: "on MSNBC's 'Morning Joe'", "told CNN's 'Anderson Cooper 360'",
 * "on The Rachel Maddow Show". Two signs: a capitalized broadcast head ending the name ("Show", "Podcast"), or a short
 * quoted title right after an outlet's possessive, the way news cites a programme ("Fox News' 'Hannity'" is the show,
 * not Sean Hannity). A quoted name after a person's possessive ("Trump's 'Sleepy Joe'") is left alone.
 */
import { BROADCAST_TITLE_HEADS } from '../../lexicon/newsWords';
import { CLOSE_QUOTES, OPEN_QUOTES, POSSESSIVE_ENDINGS } from '../../lexicon/entityWords';
import type { Entity, EntityRule, RuleContext } from './context';

/** Words of a title the quote may hold besides the name: "'Morning Joe'", "'Meet the Press'". */
const TITLE_REACH = 5;

/** The capitalized head ending the name: "The Rachel Maddow Show". */
function endsInBroadcastHead({ tokens, lower }: RuleContext, e: Entity): boolean {
  const last = e.to - 1;
  return e.to - e.from >= 2 && tokens[last].text !== lower[last] && BROADCAST_TITLE_HEADS.has(lower[last]);
}

/** The name sits in a short quoted title that follows an organization's possessive: "MSNBC's “Morning Joe.”". */
function quotedAfterOutlet({ lower, n, ents }: RuleContext, e: Entity): boolean {
  let open = e.from - 1;
  while (open >= 0 && e.from - open <= TITLE_REACH && !OPEN_QUOTES.has(lower[open])) open--;
  if (open < 2 || !OPEN_QUOTES.has(lower[open])) return false;
  let close = e.to;
  while (close < n && close - open <= TITLE_REACH + 1 && !CLOSE_QUOTES.has(lower[close])) close++;
  if (close >= n || !CLOSE_QUOTES.has(lower[close])) return false;
  if (!POSSESSIVE_ENDINGS.has(lower[open - 1])) return false;
  return ents.at(open - 2)?.type === 'ORG';
}

export const broadcastTitles: EntityRule = {
  name: 'broadcasts named like people',
  apply(ctx) {
    for (const e of ctx.ents.list)
      if (e.type === 'PER' && (endsInBroadcastHead(ctx, e) || quotedAfterOutlet(ctx, e))) e.type = 'MISC';
  },
};

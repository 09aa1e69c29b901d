/**
 * Teams named after their cities, and teams and companies named after towns: "Toronto beat Boston 4-2", "Maple Leafs
 * coach Craig Berube said Toronto had played its best game", "moves from Mercedes to Ferrari". The tagger, taught by
 * place names, reads the city; the sentence says a team or a firm. Once a name is so settled, its other one-word
 * mentions in the block after a lower-case word that is no place preposition ("said Toronto had played"; not "a game
 * in Toronto", nor a dateline) are the team too.
 */
import { isCapitalized } from '../features';
import { lexiconTags, lookupPlaceTokens } from '../gazetteer';
import { MARGIN_UNITS, NOT_TITLE_WORDS, PLACE_PREPOSITIONS, RESULT_VERBS } from '../../lexicon/entityWords';
import { PLURAL_COUNTS } from '../../lexicon/functionWords';
import { TEAM_ROLES_BEFORE_NAME } from '../../lexicon/speakerWords';
import { adjacent, isNameWord, type Entity, type EntityRule, type RuleContext } from './context';

/** A final score: "4-2", "112-108", "2–0". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/** A final score at token k, or a winning margin: "by three points", "by 19 points", "by six wickets". */
function scoreOrMargin({ tokens, lower, n }: RuleContext, k: number): boolean {
  if (SCORE.test(tokens[k].text)) return true;
  if (lower[k] !== 'by' || k + 2 >= n || !MARGIN_UNITS.has(lower[k + 2])) return false;
  return /^\d{1,3}$/.test(lower[k + 1]) || PLURAL_COUNTS.has(lower[k + 1]);
}

/** The entity at token k, or a new one-word organization for a capitalized name word no entity covers. */
function nameAt(ctx: RuleContext, k: number, end: boolean): Entity | null {
  const { tokens, lower, ents } = ctx;
  if (k < 0 || k >= ctx.n) return null;
  const e = ents.at(k);
  if (e) return (end ? e.to === k + 1 : e.from === k) && e.to - e.from <= 3 ? e : null;
  if (!isNameWord(tokens[k].text) || NOT_TITLE_WORDS.has(lower[k]) || !isCapitalized(tokens[k].text)) return null;
  const added: Entity = { from: k, to: k + 1, type: 'ORG' };
  ents.add(added);
  return added;
}

/** Both sides of "X beat Y 4-2" (or "X drew with Y 1-1"): two teams, whatever the tagger took them for. */
function resultSides(ctx: RuleContext, settled: Set<string>): void {
  const { text, tokens, lower, n, ents } = ctx;
  for (let k = 1; k + 2 < n; k++) {
    if (!RESULT_VERBS.has(lower[k]) || tokens[k].text !== lower[k]) continue;
    const from = lower[k + 1] === 'with' || lower[k + 1] === 'to' ? k + 2 : k + 1;
    const right = ents.at(from);
    const scoreAt = right && right.from === from ? right.to : from + 1;
    if (scoreAt >= n || !scoreOrMargin(ctx, scoreAt) || !adjacent(text, tokens, k - 1, scoreAt)) continue;
    const sides = [nameAt(ctx, k - 1, true), nameAt(ctx, from, false)];
    sides.forEach((e, i) => {
      const kind = e ? lookupPlaceTokens(lower, e.from, e.to)?.kind : undefined;
      // a country stays a place: a national team is written so ("England beat Australia 2-1")
      if (!e || kind === 'country') return;
      // a person stays one ("Sinner beat Alcaraz 6-4"), unless a town's name against no person ("Barcelona beat
      // Girona 4-1", "Kerry beat Donegal by three points": the tagger took Girona and Kerry for people)
      if (e.type === 'PER' && (!kind || sides[1 - i]?.type === 'PER')) return;
      e.type = 'ORG';
      if (e.to - e.from === 1) settled.add(lower[e.from]);
    });
  }
}

/** "Maple Leafs coach Craig Berube": a plural name (no given name) before a team's role and a person is the team. */
function teamsBeforeRoles(ctx: RuleContext): void {
  const { tokens, lower, n, ents } = ctx;
  for (const e of ents.list) {
    if (e.type !== 'PER' || e.to - e.from < 2 || e.to - e.from > 3 || e.to + 1 >= n) continue;
    if (!TEAM_ROLES_BEFORE_NAME.has(lower[e.to]) || tokens[e.to].text !== lower[e.to]) continue;
    if (!/\p{Ll}s$/u.test(tokens[e.to - 1].text) || ents.at(e.to + 1)?.type !== 'PER') continue;
    if (lexiconTags(lower[e.from], ctx.p.wordHash[e.from]).includes('f')) continue;
    e.type = 'ORG';
  }
}

/** "from Mercedes to Ferrari": the two ends of a move are of one kind; a town's name facing a firm is a firm. */
function movesBetween(ctx: RuleContext, settled: Set<string>): void {
  const { lower, ents } = ctx;
  for (const e of ents.list) {
    if (e.to - e.from !== 1 || e.from < 1 || lower[e.from - 1] !== 'from' || lower[e.to] !== 'to') continue;
    const other = ents.at(e.to + 1);
    if (!other || other.from !== e.to + 1) continue;
    const [town, firm] = e.type === 'ORG' ? [other, e] : [e, other];
    if (firm.type !== 'ORG' || town.to - town.from !== 1 || town.type === 'ORG') continue;
    if (lookupPlaceTokens(lower, town.from, town.to)?.kind === 'country') continue;
    town.type = 'ORG';
    settled.add(lower[town.from]);
  }
}

/**
 * A settled team's one-word "place" mention is the team: before a team's role and a person ("Donegal manager Jim
 * McGuinness said"), or inside a sentence after a lower-case word that does not place it ("said Toronto had", "race
 * for Mercedes"; not a dateline, "BARCELONA 1996-08-26", nor "in Toronto").
 */
function isTeamAgain({ tokens, lower, ents }: RuleContext, e: Entity): boolean {
  if (TEAM_ROLES_BEFORE_NAME.has(lower[e.to] ?? '') && ents.at(e.to + 1)?.type === 'PER') return true;
  if (e.from === 0) return false;
  const before = lower[e.from - 1];
  if (tokens[e.from - 1].text !== before || !/^\p{Ll}+$/u.test(before)) return false;
  return !PLACE_PREPOSITIONS.has(before) && before !== 'of';
}

export const teamsAndFirmsNamedForTowns: EntityRule = {
  name: 'teams and firms named for towns',
  apply(ctx) {
    const settled = new Set<string>();
    if (ctx.holds(RESULT_VERBS)) resultSides(ctx, settled);
    teamsBeforeRoles(ctx);
    movesBetween(ctx, settled);
    if (settled.size === 0) return;
    for (const e of ctx.ents.list)
      if (e.type === 'LOC' && e.to - e.from === 1 && settled.has(ctx.lower[e.from]) && isTeamAgain(ctx, e))
        e.type = 'ORG';
  },
};

/**
 * "Speaker right by resolved name": whether the speaker the panel shows (the Quote's canonical `speaker`, or every
 * speaker of a joint quote) names the entity a reader of the whole article would name (`speaker_canonical`).
 *
 * The exact rule, by `speaker_canonical_type`:
 * - person: both names are cut into tokens, lower-cased, without punctuation, titles ("Mr.", "Sen.", "President",
 *   "Gov." …) and initials ("J."); right when the last tokens (surnames) are equal, or either token set is contained in
 *   the other ("Bill Clinton" vs "William Jefferson Clinton" by surname; "Hillary" vs "Hillary Clinton" by containment).
 *   An empty token set never matches.
 * - organization: tokens as above plus "the" dropped; right when either token set is contained in the other
 *   ("the NRA" vs "National Rifle Association" is wrong: no acronym expansion).
 * - anonymous: right when our speaker's type is `anonymous`, or our speaker's name shares a content word (not a
 *   determiner, preposition or title) with the description ("the crowd" for "about 200 protesters" is wrong,
 *   "protesters" for it is right).
 * - group (names joined by "; "): right when one of our speakers names any member by the person rule; "all" counts
 *   the quotes where every member is named by one of our speakers.
 * - unclear: excluded from the measure.
 * No speaker at all is wrong.
 */

export interface OurSpeaker {
  name: string;
  type: string;
}

const TITLES = new Set(
  `mr mrs ms miss dr prof sir dame lord lady rev sen senator rep representative gov governor gen president vice
   secretary minister prime chancellor mayor judge justice attorney general former the jr sr ii iii`.split(/\s+/),
);
const STOP = new Set(
  `a an the one some two three four five several many most few other another of for at with from in on to by and or
   his her their its our my this that these those who`.split(/\s+/),
);

/** Lower-case name tokens without punctuation, titles and initials. */
export function nameTokens(name: string, dropTitles = true): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && !(dropTitles && TITLES.has(w)));
}

function contained(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const sb = new Set(b);
  const sa = new Set(a);
  return a.every((w) => sb.has(w)) || b.every((w) => sa.has(w));
}

export function samePerson(ours: string, gold: string): boolean {
  const a = nameTokens(ours);
  const b = nameTokens(gold);
  if (a.length === 0 || b.length === 0) return false;
  return a[a.length - 1] === b[b.length - 1] || contained(a, b);
}

export function sameOrganization(ours: string, gold: string): boolean {
  return contained(
    nameTokens(ours, false).filter((w) => w !== 'the'),
    nameTokens(gold, false).filter((w) => w !== 'the'),
  );
}

function sameAnonymous(ours: OurSpeaker, gold: string): boolean {
  if (ours.type === 'anonymous') return true;
  const g = new Set(nameTokens(gold).filter((w) => !STOP.has(w)));
  return nameTokens(ours.name).some((w) => !STOP.has(w) && g.has(w));
}

export interface ResolvedVerdict {
  right: boolean;
  /** group quotes: every member named */
  all: boolean;
}

/** Null when the gold speaker is excluded (unclear or missing). */
export function resolvedVerdict(
  ours: OurSpeaker[],
  canonical: string | undefined,
  type: string | undefined,
): ResolvedVerdict | null {
  if (!canonical || !type || type === 'unclear') return null;
  switch (type) {
    case 'person': {
      const right = ours.some((o) => samePerson(o.name, canonical));
      return { right, all: right };
    }
    case 'organization': {
      const right = ours.some((o) => sameOrganization(o.name, canonical) || samePerson(o.name, canonical));
      return { right, all: right };
    }
    case 'anonymous': {
      const right = ours.some((o) => sameAnonymous(o, canonical));
      return { right, all: right };
    }
    case 'group': {
      const members = canonical
        .split(';')
        .map((m) => m.trim())
        .filter(Boolean);
      const named = members.map((m) => ours.some((o) => samePerson(o.name, m) || sameOrganization(o.name, m)));
      return { right: named.some(Boolean), all: named.length > 0 && named.every(Boolean) };
    }
    default:
      return null;
  }
}

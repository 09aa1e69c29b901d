/**
 * The role an article gives a person in an appositive right after their name, wherever the name stands: "Maria
 * Kowalczyk, Poland's deputy minister for water, gave the longest speech" — so that her quotes in the next paragraph
 * show who she is, as they would had the role come before the name ("Deputy Minister Maria Kowalczyk").
 */
import { EVERYDAY_ROLES, KIN_NOUNS, isProfessionNoun, ROLE_NOUNS } from '../lexicon/lexicon';
import { FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS, PARTY_MEMBER_NOUNS, ROLE_VERBS } from '../lexicon/speakerWords';
import type { DocToken } from '../text/document';
import { NOUN_DETERMINERS, OBLIQUE_PREPOSITIONS } from '../lexicon/functionWords';

/** An appositive longer than this is a clause, not a role. */
const MAX_TOKENS = 12;
/** Words that make the appositive a clause ("Ann Bell, who runs the shop,") or a list ("Bell, Hale and Reyes"). */
const NOT_A_ROLE = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'said', 'says']);
/**
 * Relative pronouns that end a role already read: "Dennis Arkwright, a businessman who is funding his own campaign,"
 * is a businessman; "Ann Bell, who runs the shop," has no role before its clause.
 */
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * The appositive role after the name at tokens [from, to): a comma, a short phrase holding a role noun, then a comma
 * or the sentence's end on the same line; undefined when there is none ("a father of two" has no role noun).
 */
export function appositiveRole(tokens: DocToken[], from: number, to: number, source: string): string | undefined {
  if (tokens[to]?.text !== ',') return undefined;
  const led = roleOfRelative(tokens, to, source);
  if (led) return led;
  if (opensWithPreposition(tokens, to) || opensWithVerbAndObject(tokens, to)) return undefined;
  const line = tokens[from].line;
  let hasRole = false;
  for (let k = to + 1; k < tokens.length && k - to <= MAX_TOKENS && tokens[k].line === line; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.') {
      return hasRole && k > to + 1 ? source.slice(tokens[to + 1].start, tokens[k - 1].end) : undefined;
    }
    if (insideName(tokens, k)) continue;
    if (RELATIVES.has(t.lower) && hasRole && k > to + 2) return source.slice(tokens[to + 1].start, tokens[k - 1].end);
    if (NOT_A_ROLE.has(t.lower) || (!t.word && t.text !== "'s" && t.text !== '’s' && t.text !== '-')) return undefined;
    if (isRoleNoun(t.lower) || isRoleNoun(t.lower.replace(/s$/, ''))) hasRole = true;
    // "… at Birch & Co." closing the sentence or the line: its dot ends the appositive too
    const next = tokens[k + 1];
    if (t.word && t.text.endsWith('.') && (!next || next.line !== line || next.text === ','))
      return hasRole ? source.slice(tokens[to + 1].start, t.end) : undefined;
  }
  return undefined;
}

/**
 * "met his brother, Freddy, for dinner with their father": a phrase after the name's comma that opens with a
 * preposition (but "of": "Ann Bell, of the Sierra Club,") goes on with the sentence; it is no role.
 */
function opensWithPreposition(tokens: DocToken[], comma: number): boolean {
  const opener = tokens[comma + 1]?.lower ?? '';
  return opener !== 'of' && OBLIQUE_PREPOSITIONS.has(opener);
}

/**
 * "the French envoy, Pierre Lamont, uttered a stage whisper near several reporters": after a name set off as an
 * appositive, a past-tense verb and its object are the sentence's predicate, not a role, though a role noun sits in
 * it; "Jane Doe, retired teacher," keeps hers (no determiner after the participle).
 */
function opensWithVerbAndObject(tokens: DocToken[], comma: number): boolean {
  const verb = tokens[comma + 1];
  return verb !== undefined && /^\p{Ll}+ed$/u.test(verb.text) && NOUN_DETERMINERS.has(tokens[comma + 2]?.lower ?? '');
}

/**
 * "Margaret Holloway, who leads the Labour-run authority, told …": the role a relative clause's verb gives, with what
 * it is over ("leader of the Labour-run authority"), up to the clause's comma or the sentence's end.
 */
function roleOfRelative(tokens: DocToken[], comma: number, source: string): string | undefined {
  const noun = tokens[comma + 1]?.lower === 'who' ? ROLE_VERBS.get(tokens[comma + 2]?.lower ?? '') : undefined;
  if (!noun) return undefined;
  const line = tokens[comma].line;
  for (let k = comma + 3; k < tokens.length && k - comma <= MAX_TOKENS && tokens[k].line === line; k++) {
    if (tokens[k].text !== ',' && tokens[k].text !== '.') continue;
    return k > comma + 3 ? `${noun} of ${source.slice(tokens[comma + 3].start, tokens[k - 1].end)}` : noun;
  }
  return undefined;
}

/**
 * An office, a profession, an everyday role or a party ("minister", "tax lawyer", "striker", "nurse", "a Democrat
 * from Minnesota": "the Minnesota Democrat" later).
 */
function isRoleNoun(word: string): boolean {
  return ROLE_NOUNS.has(word) || isProfessionNoun(word) || EVERYDAY_ROLES.has(word) || PARTY_MEMBER_NOUNS.has(word);
}

/**
 * A joiner inside the name of where the person works, between capitals: "Birch & Co.", "Procter and Gamble".
 */
function insideName(tokens: DocToken[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  if ((t.text === '&' || t.lower === 'and') && prev?.cap && next?.cap && next.line === t.line) return true;
  return false;
}

/** Words that open a role written before the name: "The committee's chairman, Senator …", "A Republican strategist, …". */
const ROLE_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const POSSESSIVE_OPENERS = new Set(['his', 'her', 'their', 'its']);
/** "his nephew, Travis Hoffman", "her husband, Walter,": kin is a role before a name ("the nephew" later). */
function isKin(word: string): boolean {
  return KIN_NOUNS.has(word) || MALE_PERSON_NOUNS.has(word) || FEMALE_PERSON_NOUNS.has(word);
}
/** Verbs "to be" before a role: "Also present was the local MP, Ravi Sethi". */
const COPULAS = new Set(['was', 'is', 'were', 'are']);
/** A role before the name longer than this is a clause, not a role. */
const MAX_ROLE_BEFORE = 8;

/**
 * The role an article gives a person before their name, in apposition: "The committee's chairman, Senator Grady
 * Lomax, opened the hearing", "A Republican strategist close to the governor, Wade Pennington, said" — so that "the
 * chairman" later is Lomax. `from` is the first token of the name (or of its title); the role runs from a determiner
 * opening the clause to the comma before it, and holds a role noun.
 */
export function roleBeforeName(
  tokens: DocToken[],
  from: number,
  source: string,
  openingOnly = false,
): string | undefined {
  const comma = from - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  const line = tokens[from].line;
  let hasRole = false;
  for (let s = comma - 1; s >= 0 && comma - s <= MAX_ROLE_BEFORE && tokens[s].line === line; s--) {
    const t = tokens[s];
    if (!t.word && t.text !== "'s" && t.text !== '’s') return undefined;
    if (NOT_A_ROLE.has(t.lower)) return undefined;
    if (isRoleNoun(t.lower) || isKin(t.lower)) hasRole = true;
    const before = tokens[s - 1];
    // "Also there was the local MP, Ravi Sethi": a copula opens the role it predicates
    const opensClause =
      !before || before.line !== line || ['.', '!', '?', ',', ';'].includes(before.text) || COPULAS.has(before.lower);
    // "a company owned by his nephew, Travis Hoffman": a possessive opens the role wherever it stands
    // `openingOnly`: over an abbreviated title the role must open its clause ("The panel's chairwoman, Sen. Ann
    // Odom,"), as "Alongside her husband in 1992, Mrs. Clinton …" gives her no role
    if (ROLE_OPENERS.has(t.lower) && (opensClause || (!openingOnly && POSSESSIVE_OPENERS.has(t.lower))))
      return hasRole && s < comma - 1 ? source.slice(t.start, tokens[comma - 1].end) : undefined;
  }
  return undefined;
}

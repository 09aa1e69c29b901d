// People and places in modern news, a fourth set (test/fixtures/core/modern-entities-4.json): 2019-25 wire paragraphs
// written as a probe before the fixes it led to, aimed at what 1996 news does not teach: headlines with kickers
// ("Q&A:", "Explainer:", "ANALYSIS-", "FACTBOX-", "Live:"), ALL CAPS and single-word headlines, modern companies shaped
// like people or towns ("Wells Fargo", "Cantor Fitzgerald", "Bristol-Myers Squibb", "Mahindra & Mahindra", "Ola
// Electric"), apps and AI models, and people and places of 2019-25 news. A held-out part
// (modern-entities-4-heldout.json) was not looked at while tuning: its test reports figures only, never its errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { f1, scoreEntityFixture } from './entityFixtureScore';

test('modern news, fourth set: headlines, companies shaped like people or places, 2019-25 people and places', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-4.json');
  if (process.env.MODERN_ENTITIES_4_VERBOSE) {
    console.log([...people.errors, ...places.errors].join('\n'));
    console.log(`people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`);
  }
  assert.ok(cases >= 50, 'at least 50 paragraphs');
  // floors at the figures reached by the fixes it led to (people 97.6, places 99.5; held-out part 90.6 and 93.8);
  // before them 90.8 and 97.5, held-out 85.2 and 93.8
  assert.ok(f1(people) >= 97.5, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 99.4, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

test('modern news, fourth set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-4-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  if (process.env.MODERN_ENTITIES_4_VERBOSE) console.log(`held-out: ${figures}`);
  assert.ok(cases >= 20, 'at least 20 paragraphs');
  assert.ok(f1(people) >= 90.5 && f1(places) >= 93.7, figures);
});

// People and places in modern news, a second set (test/fixtures/core/modern-entities-2.json): paragraphs written as a
// probe of 2019-21 news (pandemic, trade, elections in many countries, tech companies, climate, sport, conflicts)
// before the fixes they led to, so that the first set (modern-entities.test.ts), fitted long ago, is not the only one.
// It checks modern companies and apps are not places ("Zoom", "Telegram founder"), given names from many countries,
// "Kenya's Eliud Kiprotich", two people joined by "and", storms, parties ("the Shiv Sena party"), bare countries.
import test from 'node:test';
import assert from 'node:assert/strict';
import { f1, scoreEntityFixture } from './entityFixtureScore';

test('modern news, second set: people and places in paragraphs written as a probe of 2019-21 news', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-2.json');
  if (process.env.MODERN_ENTITIES_2_VERBOSE) {
    console.log([...people.errors, ...places.errors].join('\n'));
    console.log(`people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`);
  }
  assert.ok(cases >= 100, 'at least 100 paragraphs');
  // floors a little under the measured figures (people 98.6, places 98.7 when written)
  assert.ok(f1(people) >= 97, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 97.5, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

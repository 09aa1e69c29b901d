// People and places in modern news (2019-20 style): paragraphs written for this test (test/fixtures/core/
// modern-entities.json) with fictional people named in many countries' patterns, real companies, brands and places.
// The tagger learned from 1996 wire news; this checks it does not take "Huawei" or "Uber" for people, keeps name
// particles ("van der", "bin", "dos"), finds non-Anglo names and reads datelines and headlines.
import test from 'node:test';
import assert from 'node:assert/strict';
import { f1, scoreEntityFixture } from './entityFixtureScore';

test('modern news: people and places in paragraphs with diverse names, companies and datelines', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities.json');
  if (process.env.MODERN_ENTITIES_VERBOSE) {
    console.log([...people.errors, ...places.errors].join('\n'));
    console.log(`people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`);
  }
  assert.ok(cases >= 30, 'at least 30 paragraphs');
  // floors a little under the measured figures (people 100 / places 100 would make each new case a chore)
  assert.ok(f1(people) >= 96, `people F1 ${f1(people).toFixed(1)}:\n${people.errors.join('\n')}`);
  assert.ok(f1(places) >= 97, `places F1 ${f1(places).toFixed(1)}:\n${places.errors.join('\n')}`);
});

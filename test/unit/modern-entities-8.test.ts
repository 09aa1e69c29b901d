// People and places of 2020-26 wire and regional news (Reuters, AP, AFP, PTI, Bernama, NAN, Xinhua in English) with
// names from many countries' patterns. The eighth modern fixture's held-out part (modern-entities-8-heldout.json)
// was written and committed before any run and is not looked at while tuning: its test reports figures only.
import test from 'node:test';
import assert from 'node:assert/strict';
import { f1, scoreEntityFixture } from './entityFixtureScore';

test('modern news, eighth set, held-out part: figures only', () => {
  const { cases, people, places } = scoreEntityFixture('modern-entities-8-heldout.json');
  const figures = `people F1 ${f1(people).toFixed(1)}  places F1 ${f1(places).toFixed(1)}`;
  assert.ok(cases >= 40, 'at least 40 paragraphs');
  // first run, before any fix: people 78.6, places 91.7; the floors sit just under it, a guard not a target
  assert.ok(f1(people) >= 78.5 && f1(places) >= 91.6, figures);
});

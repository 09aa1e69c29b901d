// Rules as named units: the entity rules and the clause rules run as ordered lists, each rule under its own name.
import test from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_RULES } from '../../src/core/entities/rules';
import { CLAUSE_RULES } from '../../src/core/reported/clauseRules';

for (const [label, rules] of [
  ['entity', ENTITY_RULES],
  ['clause', CLAUSE_RULES],
] as const) {
  test(`${label} rules: every rule has a name of its own`, () => {
    const names = rules.map((r) => r.name);
    assert.ok(
      names.every((n) => n.trim() !== ''),
      'a rule without a name',
    );
    assert.deepEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
    );
  });
}

test('clause rules: the subject rules run before the content rules', () => {
  const names = CLAUSE_RULES.map((r) => r.name);
  assert.ok(names.indexOf('subject opens a clause') < names.indexOf('expressed feeling'));
  assert.equal(names[names.length - 1], 'content opening', 'the last rule always decides');
});

// '…, "and we still …"': a quoted fragment after the comma of reported content runs on in the writer's sentence and
// belongs to the report; a whole quoted statement after the comma stays a quote of its own. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const lead = 'Economist Dr. Ada Okafor has studied the city budget for a decade.\n\n';

test('a lower-case fragment after the content\'s comma is part of the "according to" report', () => {
  const text =
    lead +
    'According to Dr. Okafor, the city had spent heavily on roads in the decade before the slump, "and we still ' +
    'have no audit of any of it."';
  const q = analyze(text).quotes.find((x) => text.slice(x.start, x.end).includes('no audit'));
  assert.equal(q?.kind, 'indirect');
  assert.equal(q?.speaker, 'Ada Okafor');
  assert.ok(q && text.slice(q.start, q.end).includes('spent heavily'));
});

test('near miss: a whole quoted statement after the comma stays a direct quote', () => {
  const text = lead + 'Dr. Okafor said the city had spent heavily on roads, "We still have no audit of any of it."';
  const q = analyze(text).quotes.find((x) => text.slice(x.start, x.end).includes('no audit'));
  assert.equal(q?.kind, 'direct');
});

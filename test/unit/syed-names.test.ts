// "Syed" and "Syeda" open South Asian names; after a party acronym and a role they are no organization's words.
// Texts written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

test('"PPP-S lawmaker Syeda Farah Jabeen Rizvi said": a person, and "she" after her is her', () => {
  const text = [
    'The power cuts went on for a third day.',
    'PPP-S lawmaker Syeda Farah Jabeen Rizvi said the utility had made the same promise "every year for a decade".',
    '"Nobody in Hyderabad is asking for luxury. We are asking for light at night," she said.',
  ].join('\n\n');
  const a = analyze(text);
  assert.ok(
    a.people.some((p) => p.text === 'Syeda Farah Jabeen Rizvi'),
    JSON.stringify(a.people),
  );
  const q = a.quotes.find((x) => x.text.includes('Nobody in Hyderabad'));
  assert.equal(q?.speaker, 'Syeda Farah Jabeen Rizvi');
});

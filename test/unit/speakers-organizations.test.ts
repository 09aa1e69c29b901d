// Organizations and their spokespeople as speakers: companies, agencies, unions, clubs, courts.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const a = analyze(text);
  const q = a.quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

function typeOf(text: string, name: string): string | undefined {
  return analyze(text).speakers.find((s) => s.name === name)?.type;
}

test('a company named with its legal ending ("Corp.", "Inc.") is an organization, and "it said" takes it up', () => {
  const text =
    'Vantor Semiconductor Corp. said Wednesday it would cut about 1,800 jobs.\n\n' +
    '"We must reshape the business," it said.\n';
  assert.equal(speakerOf(text, 'We must reshape'), 'Vantor Semiconductor Corp.');
  assert.equal(typeOf(text, 'Vantor Semiconductor Corp.'), 'organization');
});

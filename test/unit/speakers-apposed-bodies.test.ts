// A body named in apposition to its description ("The utility, Northern Valley Power,"), and "it" after a text spoke.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { findEntities } from '../../src/core/entities/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('"the statement said" speaks for the body named beside the description that issued it', () => {
  const text =
    'Fire officials said the blaze started near a power line on Tuesday.\n\n' +
    'The utility, Ridgeline Electric Cooperative, issued a statement. "Our crews are on site," the statement said.\n';
  assert.equal(speakerOf(text, 'Our crews'), 'Ridgeline Electric Cooperative');
});

test('near miss: a description with a relative clause and no name stays the description', () => {
  const text =
    'Fire officials said the blaze started near a power line on Tuesday.\n\n' +
    'The utility, which serves 40,000 homes, issued a statement. "Our crews are on site," the statement said.\n';
  assert.equal(speakerOf(text, 'Our crews'), 'the utility');
});

test('a name in apposition after "the company" is a company, not a person', () => {
  const m = findEntities('The company, Harlan Steel, said it would appeal the ruling.');
  assert.deepEqual(
    m.organizations.map((o) => o.text),
    ['Harlan Steel'],
  );
  assert.deepEqual(m.people, []);
});

test('near miss: a person in apposition after "the company\'s founder" stays a person', () => {
  const m = findEntities("The company's founder, Harlan Steele, said he would appeal the ruling.");
  assert.ok(m.people.some((p) => p.text === 'Harlan Steele'));
});

test('"it said" is a body named since a text spoke, not the text', () => {
  const text =
    'Ridgeline Electric Cooperative issued a statement on Monday. "Our crews are on site," the statement said.\n\n' +
    'The company, Harlan Steel Inc., said it would appeal. "We disagree with the ruling," it said.\n';
  assert.equal(speakerOf(text, 'We disagree'), 'Harlan Steel Inc.');
});

test('near miss: "it said" goes on with the text when no other body has been named since', () => {
  const text =
    'Ridgeline Electric Cooperative issued a statement on Monday. "Our crews are on site," the statement said.\n\n' +
    'Power was restored to most homes by evening. "We expect full service by Friday," it said.\n';
  assert.equal(speakerOf(text, 'We expect'), 'Ridgeline Electric Cooperative');
});

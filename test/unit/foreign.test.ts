// Quotes in another language: their capitalized nouns are not people. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { buildDoc } from '../../src/core/text/document';
import { NO_CACHE } from '../../src/core/text/cache';
import { isForeign } from '../../src/core/quotes/foreignSpans';

const foreign = (text: string): boolean => {
  const doc = buildDoc(text, NO_CACHE);
  return isForeign(doc.tokens, 0, doc.tokens.length);
};

test('German, Dutch and Spanish spans read as foreign; short or rare English never does', () => {
  assert.equal(foreign('Ohne verbindliche Zahlen ist dieser Vertrag ein Stück Papier'), true);
  assert.equal(foreign('Wij hebben geen tijd meer voor nieuwe studies, zei zij tegen de pers'), true);
  assert.equal(foreign('Nosotros necesitamos agua y tiempo para negociar'), true);
  assert.equal(foreign('a pathological narcissistic sociopath'), false);
  assert.equal(foreign('very different strategic goals'), false);
  assert.equal(foreign('The minister was blunt about the quotas and the treaty.'), false);
  assert.equal(foreign('„Ja, bitte“'), false); // too few words to judge
});

test('the capitalized nouns of a foreign quote are not people; the speaker still is', () => {
  const a = analyze(
    'German negotiator Jonas Feld was blunt. „Ohne verbindliche Zahlen ist dieser Vertrag ein Stück Papier“, Feld said.',
  );
  assert.deepEqual(
    a.people.map((p) => p.text),
    ['Jonas Feld', 'Feld'],
  );
  assert.equal(a.quotes[0].speaker, 'Jonas Feld');
});

// Companies told by the words around them: names listed after "employers such as", two known companies joined by
// "and", and "the company" taking up a company whose name is also a town's. Sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities/index';
import { analyze } from '../../src/core/index';

const organizations = (text: string): string[] => findEntities(text).organizations.map((o) => o.text);

test('names listed after a plural business noun are companies, a town-named one too', () => {
  const text = 'Local employers such as Monsanto, which opposed the bill, spoke out.';
  assert.deepEqual(organizations(text), ['Monsanto']);
  assert.deepEqual(findEntities(text).places, []);
  assert.deepEqual(organizations('Airlines including Qantas and Jetstar cut fares.'), ['Qantas', 'Jetstar']);
});

test("a listed name's possessor is the company's country, not a company", () => {
  const found = findEntities("Firms such as China's Huawei were barred.");
  assert.deepEqual(
    found.places.map((p) => p.text),
    ['China'],
  );
});

test('two known companies joined by "and" are two organizations; an unknown pair stays one name', () => {
  assert.deepEqual(organizations('Nokia and Volvo opposed the bill.'), ['Nokia', 'Volvo']);
  assert.deepEqual(organizations('Marriott and AT&T opposed the bill.'), ['AT&T']);
  assert.deepEqual(organizations('Fisheries and Oceans Canada said stocks fell.'), ['Fisheries and Oceans Canada']);
});

test('"the company" takes up a company named for a town', () => {
  const text =
    'Local employers such as Monsanto, which opposed the bill, spoke out too. "We call on other businesses to ' +
    'join us," the company tweeted.';
  assert.equal(analyze(text).quotes.find((q) => q.text.includes('We call'))?.speaker, 'Monsanto');
});

// Word tests remembered per word answer exactly as the tests they remember, ask each word once, and forget nothing
// they were not asked: "nurse" is a person noun every time, "Nurse" (capitalised, a different key) is asked afresh.
import test from 'node:test';
import assert from 'node:assert/strict';
import { rememberedPerWord } from '../../src/core/text/wordMemo';
import { isPersonNoun } from '../../src/core/entities/rules/people';

test('a remembered word test answers as the test, asking it once per word', () => {
  const asked: string[] = [];
  const long = rememberedPerWord((w) => {
    asked.push(w);
    return w.length > 4;
  });
  assert.deepEqual(['harbor', 'pier', 'harbor', 'pier', 'Harbor'].map(long), [true, false, true, false, true]);
  assert.deepEqual(asked, ['harbor', 'pier', 'Harbor']);
});

test('person nouns stay person nouns when asked again, titles and company roles stay out', () => {
  for (let round = 0; round < 2; round++) {
    assert.equal(isPersonNoun('nurse'), true);
    assert.equal(isPersonNoun('neurosurgeon'), true);
    assert.equal(isPersonNoun('cousin'), true);
    // near misses: a title, a role companies fill too, a plain noun
    assert.equal(isPersonNoun('president'), false);
    assert.equal(isPersonNoun('partner'), false);
    assert.equal(isPersonNoun('harbor'), false);
  }
});

test('a long word is asked afresh, so that no slice of an old text stays in the memory', () => {
  let asked = 0;
  const test13 = rememberedPerWord((w) => {
    asked++;
    return w.length > 0;
  });
  const text = 'An article about unconstitutionally long words.';
  const long = text.slice(17, 35); // "unconstitutionally": a view into `text` in V8
  test13(long);
  test13(long);
  assert.equal(asked, 2);
  test13('short');
  test13('short');
  assert.equal(asked, 3);
});

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

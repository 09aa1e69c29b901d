// Speed shortcuts must answer exactly as the slow forms they stand in for: the tokenizer's ASCII path ends every token
// where the tokenizing expression ends it, and the tagger's per-word score sums tag exactly as scoring each feature.
import test from 'node:test';
import assert from 'node:assert/strict';
import { asciiTokenEnd, sentences, tokenEndByExpression, tokenize } from '../../src/core/entities/tokenize';
import { maskUnknownWords, prepare, STATIC_MAX, staticFeatures, TAG_COUNT } from '../../src/core/entities/features';
import { decode, WordScores, type WeightLookup } from '../../src/core/entities/tagger';
import { modelHasFeature, weightLookup } from '../../src/core/entities/model';

const TRICKY = [
  'The U.S. and the U.K. met A.B. Smith at 10:30 a.m. in Washington, D.C.; AT&T paid $1,000.50 (3.5%).',
  "O'Brien's dog didn't bark; the Redmond, Wash.-based firm's CEO, Ms. Lee, said 'no'.",
  'e-mail X-ray 9-11 co-op rock&roll e.g. i.e. Ph.D. Amazon.com 1.5-fold vote.The mayor',
  'Café Zoë in São Paulo — naïve FranÃ§ois, “quoted” ‘single’ Jones’s 1990s A’s',
  '#hashtag @user http://example.com/a?b=c&d=e ~tilde~ _under_ back\\slash \u0007bell \u007f',
  "end of text with a joiner-\nand trailing apostrophe' and dot.",
  'a,b 3,4 3,- x.-y U.S.-based a& Acme&Co a- b 1.5 2.x end, end. end.. end.) end,( end-, Z.é Z,é Z&é Z-é x.',
  'Z.-',
];

test('the ASCII path ends each token where the tokenizing expression ends it, or leaves it to the expression', () => {
  for (const text of TRICKY) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10) continue;
      const end = asciiTokenEnd(text, i, c);
      if (end >= 0) assert.equal(end, tokenEndByExpression(text, i), `${JSON.stringify(text)} at ${i}`);
    }
  }
  // most tokens of plain English take the ASCII path
  const plain = 'The minister said on Monday that talks would resume, and that 12 delegates agreed.';
  const taken = tokenize(plain).filter((t) => asciiTokenEnd(plain, t.start, plain.charCodeAt(t.start)) === t.end);
  assert.equal(taken.length, tokenize(plain).length);
});

test('tokens split as before at joiners, apostrophes and non-ASCII letters', () => {
  const words = tokenize("AT&T's O'Brien paid $1,000 in Wash.-based Zoë's café, e-mail.").map((t) => t.text);
  assert.deepEqual(words, [
    'AT&T',
    "'s",
    "O'Brien",
    'paid',
    '$',
    '1,000',
    'in',
    'Wash.-based',
    'Zoë',
    "'s",
    'café',
    ',',
    'e-mail',
    '.',
  ]);
});

test('tagging with per-word score sums gives the tags of scoring every feature one by one', () => {
  const text = [
    'Foreign Minister Clara Varga said in Lisbon that the talks with Tomas Brandt would go on.',
    'Varga told Reuters that Brandt and Varga met in New York, and Brandt said Lisbon was ready.',
    'THE MINISTER SAID NOTHING. Palkhivala, a Mumbai lawyer, said Okonkwo-Adeyemi of Acme Corp agreed.',
  ].join(' ');
  const tokens = tokenize(text);
  const lookup = weightLookup();
  const tagsOf = (scores?: WordScores) => {
    const p = prepare(tokens, sentences(text, tokens));
    maskUnknownWords(p, modelHasFeature);
    return Array.from(decode(p, lookup, undefined, scores));
  };
  const memo = new WordScores(lookup);
  const plain = tagsOf();
  assert.deepEqual(tagsOf(memo), plain);
  // the second time every word's sum comes from memory
  assert.deepEqual(tagsOf(memo), plain);
  assert.ok(plain.some((t) => t !== 0));
});

test('sums of the model weights are exact in any order (so a per-word sum changes no score)', () => {
  const text = 'Foreign Minister Clara Varga said in Lisbon that the talks with Tomas Brandt of Acme Corp would go on.';
  const tokens = tokenize(text);
  const p = prepare(tokens, sentences(text, tokens));
  const lookup: WeightLookup = weightLookup();
  const keys: number[] = [];
  const out = new Int32Array(STATIC_MAX);
  for (let i = 0; i < tokens.length; i++) keys.push(...out.subarray(0, staticFeatures(p, i, out)));
  // all of them one by one, against two interleaved halves summed apart and then added: every rounding would show
  const forward = new Float64Array(TAG_COUNT);
  for (const k of keys) lookup(k, forward);
  const halves = [new Float64Array(TAG_COUNT), new Float64Array(TAG_COUNT)];
  keys.forEach((k, i) => lookup(k, halves[i % 2]));
  const apart = halves[1].map((v, t) => v + halves[0][t]);
  assert.deepEqual(Array.from(apart), Array.from(forward));
  assert.ok(forward.some((v) => v !== 0));
});

// A plural title over two names ("Morning Talk hosts Carl Mendes and Rita Yost") is each one's title (pluralTitle.ts),
// and no unnamed "hosts" brought in (introducedUnnamed.ts).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

test('"the host said" is one of the two hosts named under a plural title, not their guest', () => {
  const text =
    'Morning Talk hosts Carl Mendes and Rita Yost interviewed Joan Pike on Tuesday. Pike said she had enjoyed the ' +
    'show, something Mendes could understand.\n\n' +
    '"She is exactly right, it was fun," the host said.\n';
  assert.equal(speakerOf(text, 'She is exactly right'), 'Carl Mendes');
});

test('the second name of the pair takes the title too', () => {
  const text =
    'Morning Talk hosts Carl Mendes and Rita Yost interviewed Joan Pike on Tuesday. Pike thanked Yost for the ' +
    'invitation.\n\n' +
    '"You are always welcome," the host said.\n';
  assert.equal(speakerOf(text, 'You are always welcome'), 'Rita Yost');
});

test('near miss: a plural that is no office gives no title', () => {
  const text =
    'Old friends Carl Mendes and Rita Yost visited Joan Pike on Tuesday. Pike said she had enjoyed the visit.\n\n' +
    '"We will be back," the host said.\n';
  const s = speakerOf(text, 'We will be back');
  assert.notEqual(s, 'Carl Mendes');
  assert.notEqual(s, 'Rita Yost');
});

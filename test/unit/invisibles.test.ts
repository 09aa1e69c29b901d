// Bidi controls and invisible characters are shown, never obeyed, wherever article text is displayed (panel,
// quick picks, Markdown exports), and never hide a word from the panel's filter.
import test from 'node:test';
import assert from 'node:assert/strict';
import { showInvisibles, withoutInvisibles } from '../../src/shared/invisibles';

const RLO = '\u202E';
const PDF = '\u202C';

test('bidi controls are shown as [U+XXXX], so "evil" reversed by U+202E never reads "live"', () => {
  assert.equal(showInvisibles(`they said ${RLO}live${PDF} today`), 'they said [U+202E]live[U+202C] today');
  for (const c of [
    '\u202A',
    '\u202B',
    '\u202D',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
    '\u200E',
    '\u200F',
    '\u061C',
  ]) {
    const shown = showInvisibles(`a${c}b`);
    assert.equal(shown, `a[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]b`);
  }
});

test('zero-width and other invisible characters are shown', () => {
  for (const c of ['\u200B', '\u2060', '\u2061', '\uFEFF', '\u180E', '\u3164', '\u115F']) {
    assert.match(showInvisibles(`Oka${c}for`), /^Oka\[U\+[0-9A-F]{4}\]for$/);
  }
  // tag characters (invisible ASCII look-alikes) are shown too, as code points beyond the BMP
  assert.equal(showInvisibles('a\u{E0041}b'), 'a[U+E0041]b');
});

test('characters that letters, words and emoji need are kept as they are', () => {
  const kept = [
    'Zoë Ödegaard', // letters with diacritics
    'مو\u200Cسكو', // ZWNJ inside Persian/Arabic script
    'क्\u200Dष', // ZWJ in Devanagari
    '👩\u200D👩\u200D👧', // an emoji family
    '❤\uFE0F', // emoji presentation selector
    'co\u00ADoperation', // a soft hyphen: a hyphenation hint, not a spoof
    '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', // the flag of Scotland (tag sequence)
    'عربى text עברית', // right-to-left letters are text, not controls
  ];
  for (const text of kept) assert.equal(showInvisibles(text), text);
});

test('the filter view of a text drops every invisible character, so a hidden word is still found', () => {
  assert.equal(withoutInvisibles(`Oka\u200Bfor said ${RLO}live${PDF}`), 'Okafor said live');
  assert.equal(withoutInvisibles('co\u00ADoperation'), 'cooperation');
  assert.equal(withoutInvisibles('A\u200DB\u200CC\uFE0F\u2060D\uFEFF'), 'ABCD');
  assert.equal(withoutInvisibles('plain text'), 'plain text');
});

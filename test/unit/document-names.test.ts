// People whose given names no list knows, settled across the whole article: a surname that speaks alone vouches for
// the pair elsewhere (vouchedNames.ts), and the pronouns the article uses for a name give its gender
// (documentGender.ts). Sentences written for these tests; the names are invented.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { harmonizeEntities, type EntityMentions } from '../../src/core/entities';
import { vouchedSurnames } from '../../src/core/entities/vouchedNames';
import { tokenize } from '../../src/core/entities/tokenize';
import { buildDoc } from '../../src/core/text/document';
import { NO_CACHE } from '../../src/core/text/cache';
import { documentGenders } from '../../src/core/speakers/documentGender';
import { nounGenderNear } from '../../src/core/speakers/contextGender';

const at = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length, text: phrase };
};

test('a surname that speaks alone vouches for the unknown given name before it in another paragraph', () => {
  const text =
    'The band is back, singer Teuvaka Mapusua revealed.\n\n"We wrote forty songs," Mapusua said.\n\n' +
    'The Mapusua Foundation paid for the tour.';
  // as the paragraph tagger left them: the pair untagged, the lone surname a person, the foundation an organization
  const mentions: EntityMentions = {
    people: [spanOf(text, 'Mapusua said')],
    places: [],
    organizations: [at(text, 'Mapusua Foundation')],
  };
  const h = harmonizeEntities(text, mentions);
  assert.ok(
    h.people.some((p) => p.text === 'Teuvaka Mapusua'),
    JSON.stringify(h.people),
  );
  // near miss: the foundation named for her stays an organization
  assert.ok(h.organizations.some((o) => o.text === 'Mapusua Foundation'));
  assert.ok(!h.people.some((p) => p.text.includes('Foundation')));
});

/** The span of the first word of `phrase` in `text`. */
function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  const word = phrase.split(' ')[0];
  return { start, end: start + word.length, text: word };
}

test('a word the lexicons know is no given name: "Yesterday Mapusua said" adds no person "Yesterday Mapusua"', () => {
  const text = 'Yesterday Mapusua said the tour would go on.\n\nMapusua said more later.';
  const surnames = vouchedSurnames(text, [spanOf(text, 'Mapusua said more')], tokenize(text));
  assert.ok(surnames.has('Mapusua'));
  const h = harmonizeEntities(text, { people: [spanOf(text, 'Mapusua said more')], places: [], organizations: [] });
  assert.ok(!h.people.some((p) => p.text.startsWith('Yesterday')), JSON.stringify(h.people));
});

test('a lone word followed by its verb and "he" or "she" vouches for a surname, whatever the tagger made of it', () => {
  const text = 'Faleafa suggested that he might not run again.';
  assert.ok(vouchedSurnames(text, [], tokenize(text)).has('Faleafa'));
  // near miss: "it" is an organization's pronoun
  const org = 'Faleafa announced that it would close two plants.';
  assert.ok(!vouchedSurnames(org, [], tokenize(org)).has('Faleafa'));
});

test('the gender the article gives a name decides "she said" between a man and a woman of unknown given names', () => {
  // "Kelly" read alone is a woman's first name; the article makes this Kelly a man, and the lecturer a woman
  const text =
    "Kelly's ruling angers activists.\n\nWas that really Iosefa Kelly, the stern judge of the Apia court?\n\n" +
    'Kelly defended his record on Monday. "I follow the law and nothing else," the judge said.\n\n' +
    'Kelly has sat on the bench for a decade, and he rarely grants bail.\n\n' +
    "To university lecturer Vaiola Tuimavave, Kelly's ruling looked rushed.\n\n" +
    '"It really looked like a favour to a friend," she said.';
  const q = analyze(text).quotes.find((x) => x.kind === 'direct' && text.slice(x.start, x.end).includes('favour'));
  assert.equal(q?.speaker, 'Vaiola Tuimavave');
});

test('document gender: one person in a sentence and a pronoun after them votes; an object pronoun does not', () => {
  const text =
    'Iosefa Kelly defended his record.\n\nKelly said he would not resign.\n\n' +
    'Sina Tuimavave thanked the staff. Tuimavave praised her on Monday. Tuimavave backed her up again.';
  const doc = buildDoc(text, NO_CACHE);
  const genders = documentGenders(doc, () => false);
  assert.equal(genders.get('kelly'), 'male');
  // near miss: "praised her", "backed her up" are someone else, so Tuimavave gets no gender
  assert.equal(genders.get('tuimavave'), undefined);
});

test('document gender: two people sharing a surname get none, whatever the pronouns say', () => {
  const text = 'Iosefa Kelly said he was tired.\n\nVaiola Kelly said she was not.\n\nKelly said he would leave early.';
  const doc = buildDoc(text, NO_CACHE);
  assert.equal(documentGenders(doc, () => false).get('kelly'), undefined);
});

test('document gender: the next sentence of the paragraph opening on "he" or "she" votes for the one person named', () => {
  const text = 'Sina Tuimavave has run the port since 2021. She has long urged higher fees.';
  assert.equal(documentGenders(buildDoc(text, NO_CACHE), () => false).get('tuimavave'), 'female');
  // near miss: a new paragraph may turn to someone else
  const apart = 'Sina Tuimavave has run the port since 2021.\n\nShe has long urged higher fees.';
  assert.equal(documentGenders(buildDoc(apart, NO_CACHE), () => false).get('tuimavave'), undefined);
});

test('an apposition naming a parent in the possessive gives the gender (a daughter)', () => {
  const { tokens } = buildDoc("Vaiola Tuimavave, Iosefa Kelly's daughter, spoke first.", NO_CACHE);
  assert.equal(nounGenderNear(tokens, 0, 2), 'female');
  // near miss: a list of names is no apposition
  const list = buildDoc('Vaiola Tuimavave, Iosefa Kelly and his son spoke first.', NO_CACHE);
  assert.equal(nounGenderNear(list.tokens, 0, 2), undefined);
});

// People whose given name no list of the project knows (Irish, Yoruba, Punjabi, Vietnamese, Inuit, Québécois,
// Icelandic, Ethiopian): the tagger must still find them as people, with the whole name, from the surname and the
// context. Every sentence is written for this test; the given names were chosen before any tuning and are kept out
// of every list (the last test checks so), so that this stays a held-out check.
import test from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/core/entities/index';
import { analyze } from '../../src/core/index';
import { lexiconTags } from '../../src/core/entities/gazetteer';

/** The sentence and the person (the whole name) it must name. */
const PEOPLE: Array<[string, string]> = [
  ["Tadhg O'Sullivan, 34, said the ferry had been late all week.", "Tadhg O'Sullivan"],
  ['Aoife Brennan came from Galway on Tuesday.', 'Aoife Brennan'],
  ['Temitope Adeyemi, a nurse at the hospital, said staff were exhausted.', 'Temitope Adeyemi'],
  ['The ward was run by nurse Damilola Okafor until last spring.', 'Damilola Okafor'],
  ['"We were never consulted," said Gurpreet Dhillon, who runs a trucking firm in Brampton.', 'Gurpreet Dhillon'],
  ['Harjit Sidhu said the rules had changed overnight.', 'Harjit Sidhu'],
  ['Manpreet Bayer told reporters the line had not moved in an hour.', 'Manpreet Bayer'],
  ['Nguyet Tran, 52, has sold noodles on the same corner for two decades.', 'Nguyet Tran'],
  ['Khanh Nguyen said the shop would reopen in March.', 'Khanh Nguyen'],
  ['Aaju Kilabuk, a hunter from Pangnirtung, said the sea ice formed later every year.', 'Aaju Kilabuk'],
  ['Siila Arnaquq said the community had waited long enough.', 'Siila Arnaquq'],
  ['Marie-Ève Bouchard, a teacher in Trois-Rivières, said classes would resume.', 'Marie-Ève Bouchard'],
  ['Jean-Sébastien Lévesque told Radio-Canada that the deal was fair.', 'Jean-Sébastien Lévesque'],
  ['Sigríður Gunnarsdóttir, 61, said the eruption woke the whole village.', 'Sigríður Gunnarsdóttir'],
  ['Bjarni Jónsson said fishing quotas would not change.', 'Bjarni Jónsson'],
  ['Meskerem Bekele, 29, said she had queued since dawn.', 'Meskerem Bekele'],
  ['Jaswinder Ford said the plant would hire again in the spring.', 'Jaswinder Ford'],
  ['Ayodeji Balogun came from Lagos in 2015.', 'Ayodeji Balogun'],
  ['Hieu Pham, who owns a nail salon in Calgary, said business had halved.', 'Hieu Pham'],
  ['Ragnheiður Jónsdóttir said the museum would stay closed.', 'Ragnheiður Jónsdóttir'],
  ['Lawyer Oisín Kavanagh said his client would appeal.', 'Oisín Kavanagh'],
  ['Aputi Kunuk, an elder in Igloolik, said the caribou had not returned.', 'Aputi Kunuk'],
  ['Jagmeet Singh said his party would vote against the budget.', 'Jagmeet Singh'],
  ['Clodagh Walsh and Navdeep Gill were among the first in line.', 'Clodagh Walsh'],
  ['Clodagh Walsh and Navdeep Gill were among the first in line.', 'Navdeep Gill'],
  ['Marc-André Pelletier scored twice as Laval won 4-1.', 'Marc-André Pelletier'],
];

const personTexts = (text: string): string[] => findEntities(text).people.map((p) => p.text);

for (const [text, name] of PEOPLE) {
  test(`"${name}" is a person: ${text}`, () => {
    assert.ok(personTexts(text).includes(name), `people: ${JSON.stringify(personTexts(text))}`);
  });
}

test('the same two words later in the article are the same person, and the surname alone is theirs', () => {
  const text = [
    'Eoghan Morgan arrived at the plant before six.',
    '',
    '"Nobody told us anything," Morgan said. He has worked there for 20 years.',
    '',
    'Morayo Adebisi, a welder, said the same. "We read it in the paper," Adebisi said.',
  ].join('\n');
  const a = analyze(text);
  const speakerOf = (start: string) => a.quotes.find((q) => q.text.startsWith(start))?.speaker;
  assert.ok(personTexts(text).includes('Eoghan Morgan'), JSON.stringify(personTexts(text)));
  assert.equal(speakerOf('"Nobody told us'), 'Eoghan Morgan');
  assert.equal(speakerOf('"We read it'), 'Morayo Adebisi');
});

test('speakers with unknown given names resolve to the whole name', () => {
  const text = [
    'Truckers protest new rules',
    '',
    'Gurpreet Dhillon has driven the same route for 15 years. "The new rules make no sense," Dhillon said.',
    '',
    '"We will keep the road open," said Marie-Ève Bouchard, a spokeswoman for the ministry.',
    '',
    'Siila Arnaquq watched from the roadside. "They never ask us," she said.',
  ].join('\n');
  const a = analyze(text);
  const speakerOf = (start: string) => a.quotes.find((q) => q.text.startsWith(start))?.speaker;
  assert.equal(speakerOf('"The new rules'), 'Gurpreet Dhillon');
  assert.equal(speakerOf('"We will keep'), 'Marie-Ève Bouchard');
  assert.equal(speakerOf('"They never ask'), 'Siila Arnaquq');
});

// Left out: 'Canaccord Genuity said the shares were undervalued.' (two unknown words and "said", nothing else) is
// read as a person, as before this rule; only knowing the firm would tell.
test('companies and groups stay out of people', () => {
  for (const text of [
    'Bayer said profits fell in the third quarter.',
    'Desjardins Group said it would cut 300 jobs.',
    'Goldman Sachs and Morgan Stanley declined to comment.',
    'Shares of Veridian Dynamics fell 4 percent.',
    'Kestrel Aerospace said it would cut jobs.',
    'The deal was signed by Quarvex Holdings and Brintell Mining.',
  ]) {
    assert.deepEqual(personTexts(text), [], text);
  }
});

// The first-name gender list (compromise's names and U.S. birth records) is read only by the speaker pass, for "he"
// and "she", after the people are found: it is no evidence the recognizer could lean on here.
test('the given names of this test are in no list the entity recognizer reads', () => {
  const given = PEOPLE.map(([, name]) => name.split(' ')[0]).concat(['Eoghan', 'Morayo', 'Navdeep']);
  for (const name of given) assert.equal(lexiconTags(name.toLowerCase()).includes('f'), false, name);
});

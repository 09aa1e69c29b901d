// Speaker resolution on British, Irish, Australian, Indian, Nigerian, Kenyan and South African English-language news
// and wire copy: their titles, offices, honorifics and name shapes. Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

test('Nigerian honorifics ("Otunba", "Barr.", "Engr.") are titles, not part of the name, and "Barr." ends no sentence', () => {
  const otunba = 'A former lawmaker, Otunba Femi Adelaja, warned of defeat.\n\n"We will lose," Adelaja said.';
  assert.equal(speakerOf(otunba, '"We will lose'), 'Femi Adelaja');
  const barr = 'The party spokesman, Barr. Tunde Ajiboye, said in a statement that the party "remains united".';
  assert.equal(speakerOf(barr, 'the party'), 'Tunde Ajiboye');
  const engr = 'The commissioner, Engr. Bola Fashanu, said on Friday: "The bridge will open in May."';
  assert.equal(speakerOf(engr, '"The bridge'), 'Bola Fashanu');
});

test('the Taoiseach and the Tánaiste are offices before a name or in apposition', () => {
  const taoiseach =
    'Speaking in the Dáil, Taoiseach Declan Moriarty said the report was due.\n\n"We will take the time," Mr Moriarty said.';
  assert.equal(speakerOf(taoiseach, 'the report'), 'Declan Moriarty');
  assert.equal(speakerOf(taoiseach, '"We will take'), 'Declan Moriarty');
  const tanaiste = 'The Tánaiste, Conor Fitzmaurice, said he shared the frustration of parents.';
  assert.equal(speakerOf(tanaiste, 'he shared'), 'Conor Fitzmaurice');
});

test('"the Tory peer said" describes the lord quoted before; "a legal practitioner, Mrs X," is a person', () => {
  const peer =
    'Lord Hartley, a former immigration minister, said: "The plan relies on France."\n\n' +
    '"Without a returns agreement, none of this works," the Tory peer said.';
  assert.equal(speakerOf(peer, '"Without a returns'), 'Hartley');
  const practitioner = 'A legal practitioner, Mrs Funmi Akinwande, said the dispute would end up in court.';
  assert.equal(speakerOf(practitioner, 'the dispute'), 'Funmi Akinwande');
});

test("British single quotes: a closing ' after a full stop ends the quote's sentence, so the next speaker is not its", () => {
  const text = "Tamsin Hosking said: 'I skipper a boat.' Dr Morwenna Ellis said: 'The picture is complicated.'";
  assert.equal(speakerOf(text, "'I skipper"), 'Tamsin Hosking');
  assert.equal(speakerOf(text, "'The picture"), 'Morwenna Ellis');
});

test('features name family members by first name: "says Kerensa" is the one Kerensa named in full, not an organization', () => {
  const text =
    'Kerensa Pascoe, 39, skippers a boat. Her father, Jago Pascoe, started fishing in 1969.\n\n' +
    "'The quota system was designed in Brussels,' says Kerensa.";
  assert.equal(speakerOf(text, "'The quota"), 'Kerensa Pascoe');
});

test('an Irish name with "Nic" is a person the recognizer does not know, and "Ms Nic Giolla Phádraig" is her later', () => {
  const text =
    'Sinn Féin leader Síle Nic Giolla Phádraig accused the Government of drift.\n\n' +
    '"This Government has lost control," Ms Nic Giolla Phádraig told the Dáil.';
  const a = analyze(text);
  assert.equal(a.quotes.find((q) => q.text.startsWith('"This Government'))?.speaker, 'Síle Nic Giolla Phádraig');
  assert.equal(a.speakers.find((s) => s.name === 'Síle Nic Giolla Phádraig')?.type, 'person');
});

test('a name the recognizer took for a place is a person when an appositive gives a profession ("a forecaster at")', () => {
  const text =
    'According to Sharmin Akter Rumi, a forecaster at the Bangladesh Meteorological Department, the storm could bring ' +
    'surges of four metres.\n\n"This is a very severe cyclonic storm," she said.';
  assert.equal(speakerOf(text, '"This is a very'), 'Sharmin Akter Rumi');
});

test('a ministry whose name lists its areas with commas and "and" is one body, before or after the quote', () => {
  const before =
    'A spokesperson for the Ministry of Housing, Communities and Local Government said: "We have made funds available."';
  assert.equal(
    speakerOf(before, '"We have made'),
    'a spokesperson for the Ministry of Housing, Communities and Local Government',
  );
  const after = '"We are investing," a spokesperson for the Department for Environment, Food and Rural Affairs said.';
  assert.equal(
    speakerOf(after, '"We are investing'),
    'a spokesperson for the Department for Environment, Food and Rural Affairs',
  );
  // near miss: a title after "and" opens another speaker's name
  const two = 'The Department of Justice and Attorney General Ann Roy said: "We will appeal."';
  assert.equal(speakerOf(two, '"We will appeal'), 'Ann Roy');
});

test('"Name, Title, Body, said" (Indian and Nigerian official style): the name before a bare title speaks', () => {
  const india =
    'Speaking at the event, Shri Harish Mehrotra, Secretary, Department of Technical Education, said, ' +
    '"The first admissions will take place next year."';
  assert.equal(speakerOf(india, '"The first admissions'), 'Harish Mehrotra');
  const nigeria = 'Ada Obi, Commissioner for Information, Lagos State, said the bridge would open in May.';
  assert.equal(speakerOf(nigeria, 'the bridge'), 'Ada Obi');
});

test('"Detective Constable X of Bedfordshire Police said" is the officer, not an unnamed source named after the force', () => {
  const text =
    'After the hearing, Detective Constable Priya Sandhu of Bedfordshire Police said: "Please get in touch."';
  assert.equal(speakerOf(text, '"Please get'), 'Priya Sandhu');
});

test('a nationality before a full name in wire copy is no part of the name ("Italian Marco Benedetti")', () => {
  const text = 'Her coach, Italian Marco Benedetti, said he was "shocked and sad" at the decision.';
  assert.equal(speakerOf(text, 'he was'), 'Marco Benedetti');
});

test('an office "for" a constituency before the name: the constituency is no part of the name', () => {
  const irish = 'Independent TD for Kerry Mattie Breen said: "People will remember this."';
  assert.equal(speakerOf(irish, '"People will'), 'Mattie Breen');
  const british = 'Labour MP for Bolton West Jane Smith said: "People will remember this."';
  assert.equal(speakerOf(british, '"People will'), 'Jane Smith');
});

test('"Nigeria\'s Minister of Information, X, said": the name in apposition to a bare title speaks, not "Information"', () => {
  const text = "Nigeria's Minister of Information, Musa Idris Tanko, said the strike was illegal.";
  assert.equal(speakerOf(text, 'the strike'), 'Musa Idris Tanko');
});

test('"Smt." keeps its dot like "Mr.": it ends no sentence', () => {
  const text =
    'Smt. Lakshmi Devi Raghavan, the district collector, visited the camp.\n\n' +
    '"Relief will reach every village," Smt. Raghavan said.';
  assert.equal(speakerOf(text, '"Relief'), 'Lakshmi Devi Raghavan');
});

test('an office in apposition before a name, in a sentence without speech, is that person\'s role for "the Taoiseach" later', () => {
  const text = 'The Taoiseach, Declan Moriarty, met the families on Tuesday.\n\n"I am sorry," the Taoiseach told them.';
  assert.equal(speakerOf(text, '"I am sorry'), 'Declan Moriarty');
});

test("reported content keeps a relative clause on its subject that a comma closes before the content's verb", () => {
  const text = 'Mattie Breen said voters in Kerry, who had waited years for a bypass, would remember this.';
  const q = analyze(text).quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.text, 'voters in Kerry, who had waited years for a bypass, would remember this');
  assert.equal(q?.speaker, 'Mattie Breen');
});

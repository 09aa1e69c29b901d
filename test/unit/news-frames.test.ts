// Speaker mentions in news beyond American politics: courts, business, sport, science, British quoting style.
// Each test names the general capability; sentences written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const mentionOf = (text: string, content: string): string | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(content))?.speakerMention?.text;

test('professions speak like officials: the barrister, the carrier, the neurologist, her solicitor', () => {
  const text = [
    'Gail Morton, 61, admitted the thefts at Lincoln Crown Court.',
    '',
    "Morton's barrister said his client was deeply ashamed.",
    '',
    'Fuel costs rose again. The carrier said that it had hedged half its needs.',
    '',
    'Dr Ana Vidal studies memory. The neurologist adds that the drug is no cure.',
    '',
    'Her solicitor said she would appeal.',
  ].join('\n');
  assert.equal(mentionOf(text, 'deeply ashamed'), "Morton's barrister");
  assert.equal(mentionOf(text, 'hedged half'), 'The carrier');
  assert.equal(mentionOf(text, 'no cure'), 'The neurologist');
  assert.equal(mentionOf(text, 'would appeal'), 'Her solicitor');
});

test('a nationality names a person in sport and foreign news: "the Welshman smiled:", "said the Kenyan"', () => {
  const text = [
    'Gareth Lloyd watched his striker score twice.',
    '',
    'Asked about the goals, the Welshman smiled: "He is a special talent."',
    '',
    'Joseph Kiprono won the race in record time.',
    '',
    '"The wind helped us," said the Kenyan.',
  ].join('\n');
  assert.equal(mentionOf(text, 'special talent'), 'the Welshman');
  assert.equal(mentionOf(text, 'The wind helped'), 'the Kenyan');
});

test('a role before the comma is an appositive, not content: "The firm\'s chief executive, Maria Lopes, said …"', () => {
  const text = "The firm's chief executive, Maria Lopes, said the deal would close in March.";
  const q = analyze(text).quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.text, 'the deal would close in March');
  assert.equal(q?.speakerMention?.text, 'Maria Lopes');
});

test("a speaker phrase never runs onto the next line: a headline's interviewee is not joined to the next paragraph", () => {
  const text = [
    "'I never wanted this job': an interview with Mayor Elena Ruiz",
    '',
    'Elena Ruiz was elected mayor of San Marcos in 2022.',
  ].join('\n');
  const q = analyze(text).quotes[0];
  assert.equal(q?.speaker, 'Elena Ruiz');
  assert.ok(!q?.speakerMention?.text.includes('\n'), q?.speakerMention?.text);
});

test('British single quotes: a short quoted line counts towards the article quoting with singles', () => {
  const text = [
    "The Welshman smiled: 'He is a special talent.'",
    '',
    "Former Rovers defender Chris Watts believes the side can go up. 'They have got the best squad in the division on paper,' he wrote in his column for the Evening Post.",
  ].join('\n');
  assert.equal(mentionOf(text, 'the best squad'), 'he');
});

test('a scene-setting phrase before the subject is no content: "In an interview, the minister said the talks …"', () => {
  const text = [
    'Foreign Minister Ana Duarte met her counterpart on Monday.',
    '',
    'In an interview, the minister said the talks had failed.',
    '',
    'Speaking after the hearing, her solicitor said she would appeal.',
  ].join('\n');
  const reported = analyze(text).quotes.filter((q) => q.kind === 'indirect');
  assert.deepEqual(
    reported.map((q) => q.text),
    ['the talks had failed', 'she would appeal'],
  );
  assert.equal(reported[0].speakerMention?.text, 'the minister');
});

test('"In a statement, X said …": X speaks, the statement is where; "said at least four …" opens a quantity', () => {
  const text = 'In a statement, union president Faith Odhiambo said at least four people had been killed.';
  const q = analyze(text).quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.text, 'at least four people had been killed');
  assert.match(q?.speakerMention?.text ?? '', /Faith Odhiambo$/);
});

test('a dateline with a spaced hyphen opens the sentence: its subject speaks ("NAIROBI, Kenya - President …")', () => {
  const text = [
    'NAIROBI, Kenya - President Ada Wekesa on Sunday defended the levy, insisting the treasury had no choice.',
    '',
    "LAGOS, Nigeria (Wire) - Nigeria's central bank said on Tuesday it would raise rates.",
  ].join('\n');
  assert.equal(mentionOf(text, 'the treasury had no choice'), 'President Ada Wekesa');
  assert.equal(mentionOf(text, 'it would raise rates'), "Nigeria's central bank");
});

test('a lower-case particle stays inside a name: "Pieter van der Merwe", "Ana da Silva", "Jannie de Villiers"', () => {
  const text = [
    '"We lose the lot," says Pieter van der Merwe, 54, who farms near Bothaville.',
    '',
    'Its chief executive, Jannie de Villiers, said: "Act now."',
    '',
    '"No rain since March," said Ana da Silva.',
  ].join('\n');
  assert.equal(mentionOf(text, 'We lose the lot'), 'Pieter van der Merwe');
  assert.equal(mentionOf(text, 'Act now'), 'Jannie de Villiers');
  assert.equal(mentionOf(text, 'No rain since'), 'Ana da Silva');
});

test('descriptions news writes around a name: "police in Melbourne", "one senior Whitehall source", "the report\'s lead author"', () => {
  const text = [
    '"Stay indoors," police in Melbourne warned residents.',
    '',
    '"Frankly, it is a mess," says one senior Whitehall source.',
    '',
    'Dr Maya Chen of Monash University led the study.',
    '',
    '"The numbers are clear," the report\'s lead author, Maya Chen, said.',
    '',
    '"We saw it coming," the lead author, Maya Chen of Monash University, said.',
  ].join('\n');
  assert.equal(mentionOf(text, 'Stay indoors'), 'police in Melbourne');
  assert.equal(mentionOf(text, 'it is a mess'), 'one senior Whitehall source');
  assert.equal(mentionOf(text, 'The numbers are clear'), "the report's lead author, Maya Chen");
  assert.equal(mentionOf(text, 'We saw it coming'), 'the lead author, Maya Chen of Monash University');
});

test('after a quote: "one of the club\'s directors said", "a passenger who was on the train told", a relative aside', () => {
  const text = [
    '"We are not worried," one of the club\'s directors said.',
    '',
    '"It was terrifying," one passenger, who asked not to be named, told the Courier.',
    '',
    '"The lights went out," a passenger who was on the train told reporters.',
  ].join('\n');
  assert.equal(mentionOf(text, 'not worried'), "one of the club's directors");
  assert.equal(mentionOf(text, 'terrifying'), 'one passenger');
  assert.equal(mentionOf(text, 'lights went out'), 'a passenger');
});

test('a plural speaker opening the sentence keeps its modifier: "Farmers across the region say …"', () => {
  const text = 'Farmers across the region say the drought is the worst in decades.';
  assert.equal(mentionOf(text, 'the drought is the worst'), 'Farmers across the region');
});

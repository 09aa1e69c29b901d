// Speakers named after a quote or after its cue, where the subject is long, interrupted or carries a relative clause
// of its own. Every sentence here was written for this test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.includes(start))?.speaker;

test('a relative clause without "whom" after the quote leaves the speaker its head: "the driver Ms Hale hired"', () => {
  assert.equal(
    speakerOf('"We are done with the whole route," the driver Ms Hale hired told reporters.', 'route'),
    'the driver',
  );
  assert.equal(speakerOf('"Fine, we will start on Monday," said the nurse Dr Obi trained.', 'Monday'), 'the nurse');
  // the person named in the clause, however salient, is not the one described
  const text = 'Ms Hale waited at the depot.\n\n"We are done with the whole route," the driver Ms Hale hired said.';
  assert.equal(speakerOf(text, 'route'), 'the driver');
  // near misses: the name in apposition to its description speaks
  assert.equal(speakerOf('"Fine, we will start on Monday," said the head nurse Dr Ada Obi.', 'Monday'), 'Ada Obi');
  assert.equal(
    speakerOf('"Fine, we will start on Monday," said the nurse Dr Ada Obi, flanked by aides.', 'Monday'),
    'Ada Obi',
  );
  assert.equal(
    speakerOf('"We are done with the whole route," bus driver Tom Hale told reporters.', 'route'),
    'Tom Hale',
  );
});

test('a long subject between the quote and its cue: prepositions and a relative clause up to the cue', () => {
  const chief = 'the former chief executive of the company that built the bridge';
  assert.equal(speakerOf(`"We will appeal the ruling," ${chief} said.`, 'appeal'), chief);
  assert.equal(speakerOf(`"Why now, after all these years?" ${chief} asked.`, 'Why now'), chief);
  const official = 'a senior official with knowledge of the talks between the two governments';
  assert.equal(speakerOf(`"Nothing is settled yet," ${official} said on Friday.`, 'settled'), official);
  const spokeswoman = "a spokeswoman for the state's Department of Health and Human Services";
  assert.equal(speakerOf(`"The clinics stay open," ${spokeswoman} said in an email.`, 'clinics'), spokeswoman);
  // near miss: after a full stop a capitalized subject opens a sentence of its own, which does not attribute the quote
  const apart =
    'Ann Roy spoke first. "We will appeal the ruling." The head of the company that built the bridge said nothing.';
  assert.notEqual(speakerOf(apart, 'appeal'), 'the head of the company that built the bridge');
});

test('an aside between dashes interrupts the subject after the quote; a long description before an apposed name', () => {
  const aide = 'the longtime aide to the former governor';
  assert.equal(speakerOf(`"We will appeal the ruling," ${aide} — who now runs a consultancy — said.`, 'appeal'), aide);
  const hale = '"We will appeal the ruling," Dana Hale -- who now runs a consultancy -- told reporters.';
  assert.equal(speakerOf(hale, 'appeal'), 'Dana Hale');
  const roy = '"The plant will not reopen," the mayor of the town where the plant closed, Ann Roy, said.';
  assert.equal(speakerOf(roy, 'reopen'), 'Ann Roy');
  // near miss: an aside that is only a person's name is the speaker the description stands for
  const named = '"We will appeal the ruling," the aide to the governor — Dana Hale — said.';
  assert.equal(speakerOf(named, 'appeal'), 'Dana Hale');
});

test('a text released by its author, after the quote: the author speaks through it', () => {
  const quote = '"The terminal stays closed until March,"';
  assert.equal(
    speakerOf(`${quote} according to a statement released on Friday by Harbour Energy.`, 'terminal'),
    'Harbour Energy',
  );
  assert.equal(
    speakerOf(`${quote} a statement released on Friday by Harbour Energy said.`, 'terminal'),
    'Harbour Energy',
  );
  assert.equal(
    speakerOf(`${quote} according to a letter the company sent to its customers.`, 'terminal'),
    'the company',
  );
  // near misses: "stated" after a text is its verb, and an indefinite author says no more than the poll itself
  assert.equal(speakerOf(`${quote} the report stated.`, 'terminal'), 'the report');
  assert.equal(speakerOf(`${quote} according to a poll released this week by a Phoenix firm.`, 'terminal'), 'a poll');
});

test('a long subject with a present participle or a relative clause between commas before the cue', () => {
  const lawyer = 'the lawyer representing the family';
  assert.equal(speakerOf(`"We are not leaving," ${lawyer} said.`, 'leaving'), lawyer);
  const mother = 'the 34-year-old mother of three from Leeds';
  assert.equal(speakerOf(`"We are not leaving," ${mother}, who works nights, said.`, 'leaving'), mother);
  // near miss: between the commas a name, not a relative clause: the name speaks
  assert.equal(speakerOf(`"We are not leaving," ${mother}, Ann Roy, said.`, 'leaving'), 'Ann Roy');
});

test('a reporting verb\'s bare form after "in" is a noun: "the officer in charge of the investigation told reporters"', () => {
  const officer = 'the officer in charge of the investigation';
  const a = analyze(`"The road stays shut," ${officer} told reporters.`).quotes[0];
  assert.equal(a?.speaker, officer);
  assert.equal(a?.cue?.text, 'told reporters');
  // near miss: a finite verb after "in" and a comma is still the cue
  assert.equal(speakerOf('"The road stays shut," Hale, in turn, said.', 'road'), 'Hale');
});

test('an adverb or an auxiliary inside a relative clause without "whom": "the woman Hale later married"', () => {
  assert.equal(speakerOf('"We are not leaving," the woman Hale later married said.', 'leaving'), 'the woman');
  assert.equal(speakerOf('"We are not leaving," said the nurse Dr Obi had trained.', 'leaving'), 'the nurse');
  const text = 'Ms Hale waited at the depot.\n\n"We are not leaving," the driver Ms Hale had hired said.';
  assert.equal(speakerOf(text, 'leaving'), 'the driver');
  // near miss: the adverb before the cue of a titled name leaves the name the speaker
  assert.equal(speakerOf('"We are not leaving," union leader Ana Ruiz later said.', 'leaving'), 'Ana Ruiz');
});

test('"according to an email from …" after a quote: the text and its author, which the phrase reader leaves out', () => {
  const quote = '"The ward will close in June,"';
  assert.equal(speakerOf(`${quote} according to an email from Harbour Health.`, 'ward'), 'Harbour Health');
  assert.equal(speakerOf(`${quote} according to the email.`, 'ward'), 'the email');
  // near miss: "in an email" after a cue is where it was said, not who said it
  assert.equal(speakerOf(`${quote} Dana Hale said in an email.`, 'ward'), 'Dana Hale');
});

test('a reporting verb as the verb of a relative clause without "whom": the next verb is the cue', () => {
  assert.equal(speakerOf('"We are not leaving," the nurse Dr Obi praised told reporters.', 'leaving'), 'the nurse');
  assert.equal(speakerOf('"We are not leaving," the man Ana Ruiz had praised said.', 'leaving'), 'the man');
  // near miss: a participle after the verb is its object ("recounted telling them"), the verb stays the cue
  const a = analyze('Ms Hale left early. "We are not leaving," she recounted telling them.').quotes[0];
  assert.equal(a?.cue?.text.startsWith('recounted'), true);
});

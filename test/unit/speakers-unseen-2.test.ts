// Speaker attribution in constructions of news styles the training articles lack (a second round).
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const quoteOf = (text: string, start: string) => analyze(text).quotes.find((q) => q.text.startsWith(start));
const speakerOf = (text: string, start: string): string | null | undefined => quoteOf(text, start)?.speaker;

test('"came the reply from X" after a quote: whoever the answer came from said it', () => {
  const text = [
    'Council rejects housing plan',
    '',
    'Dana Whitlock, the council leader, opened the meeting. Ike Hale, the planning officer, presented the plan.',
    '',
    '"We will not be voting for this," came the reply from Dana Whitlock.',
    '',
    '"It is a fair question," came the swift response from Ike Hale, the planning officer.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We will not'), 'Dana Whitlock');
  assert.equal(quoteOf(text, '"We will not')?.cue?.text, 'came the reply from');
  assert.equal(speakerOf(text, '"It is a fair'), 'Ike Hale');
});

test('"In X\'s words," and "In the words of X," name the speaker of the quote after them, even in lower case', () => {
  const text = [
    'Council rejects housing plan',
    '',
    'Dana Whitlock, the council leader, said the plan was dead.',
    '',
    'In Whitlock\'s words, "this is the end of the road."',
    '',
    'Ike Hale, the planning officer, spoke next. In his own words: "Nobody wanted this outcome."',
    '',
    'In the words of one resident, "We were never asked."',
  ].join('\n');
  assert.equal(speakerOf(text, '"this is the end'), 'Dana Whitlock');
  assert.equal(quoteOf(text, '"this is the end')?.speakerMention?.text, 'Whitlock');
  assert.equal(speakerOf(text, '"Nobody wanted'), 'Ike Hale');
  assert.equal(speakerOf(text, '"We were never'), 'one resident');
});

test('"the Swede" a few paragraphs on is the latest person named as of Sweden ("Sweden\'s X", "X of Norway")', () => {
  const text = [
    'Sprint result in Oslo',
    '',
    "OSLO — Sweden's Henrik Lindqvist won the men's sprint on Saturday, ahead of Lars Brekke of Norway.",
    '',
    '"I felt strong from the start," Lindqvist said. "The snow was fast today."',
    '',
    'Brekke, the defending champion, was disappointed. "I made a mistake on the last climb," he said.',
    '',
    "Third place went to Finland's Matti Koskinen, who had crashed in training on Thursday.",
    '',
    'The crowd of 12,000 cheered every skier into the finish, and organizers said ticket sales had doubled.',
    '',
    '"This is the best race of my season so far," the Swede said.',
    '',
    '"He was simply better," the Norwegian said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"I made a mistake'), 'Lars Brekke');
  assert.equal(speakerOf(text, '"This is the best race'), 'Henrik Lindqvist');
  assert.equal(speakerOf(text, '"He was simply'), 'Lars Brekke');
});

test('a recall of goods or an envoy reports nothing; "recalled that …" and "recalled the day …" report a memory', () => {
  const reported = (text: string): string[] =>
    analyze(text)
      .quotes.filter((q) => q.kind === 'indirect')
      .map((q) => q.text);
  assert.deepEqual(reported('The Halvard Foods company also recalled 40,000 jars of peanut butter last week.'), []);
  assert.deepEqual(reported('Brightway Motors recalled about 2.1 million vehicles in March.'), []);
  assert.deepEqual(reported('The ministry recalled its ambassador on Monday.'), []);
  assert.deepEqual(reported('The firm recalls the affected frozen meals and pills.'), []);
  assert.deepEqual(reported('Ike Hale recalled that the mill had closed in 1998.'), ['the mill had closed in 1998']);
  assert.deepEqual(reported('Ike Hale recalled the day the mill closed.'), ['the day the mill closed']);
});

test('a printed interview\'s "Q." and "A." labels are no initials: "Q. How" is no person, and answers are the guest\'s', () => {
  const text = [
    'Five questions for the new fire chief',
    '',
    'By Tom Baird',
    '',
    "Marisol Quintero took over as Harbor City's fire chief in June. Reporter Tom Baird spoke with her about staffing.",
    '',
    'Q. How has the first summer gone?',
    '',
    'A. Busy. We had three brush fires in one week in July, and my crews did not get a day off.',
    '',
    'Q. What keeps you up at night?',
    '',
    'A. It is the hills behind Eastgate. The mayor told me we would get funding for 12 new positions.',
  ].join('\n');
  const a = analyze(text);
  assert.deepEqual(
    a.people.filter((p) => /^[QA]\.|^(?:How|Busy|What|It)$/.test(p.text)),
    [],
  );
  assert.equal(speakerOf(text, 'Busy.'), 'Marisol Quintero');
  assert.equal(speakerOf(text, 'we would get funding'), 'the mayor');
  assert.ok(a.speakers.every((s) => !/^[QA]\./.test(s.name)));
});

test('"said X, a farmer who said …": the relative clause reports for the name the description is in apposition to', () => {
  const text = [
    'Gunmen attack village',
    '',
    '"They came on motorcycles and started shooting," said Ike Hale, a farmer who said he hid in a grain store.',
  ].join('\n');
  assert.equal(speakerOf(text, 'he hid in a grain'), 'Ike Hale');
});

test('"Asked by Ms Marsh how …, she said": the one asking is not the one who answers', () => {
  const text = [
    'Court hears of harassment campaign',
    '',
    'Opening the case, prosecutor Helen Marsh KC said the defendant had waged a campaign against his former partner. "He would not accept that it was over," Ms Marsh told the jury.',
    '',
    'Dana Whitlock, 34, gave evidence from behind a screen. Asked by Ms Marsh how the messages had affected her, she said: "I stopped sleeping. I stopped going out."',
  ].join('\n');
  assert.equal(speakerOf(text, '"I stopped sleeping'), 'Dana Whitlock');
});

test('"the rights group", "the watchdog": a body noun with one word of kind takes up the body named last', () => {
  const text = [
    'Killings condemned',
    '',
    'The Halden Rights Foundation condemned the killings on Sunday.',
    '',
    '"The authorities have failed to protect people," the rights foundation said in a statement.',
    '',
    'The Press Standards Council also criticised the army. "Reporters must be free to work," the watchdog said.',
  ].join('\n');
  assert.match(speakerOf(text, '"The authorities') ?? '', /^the Halden Rights Foundation$/i);
  assert.match(speakerOf(text, '"Reporters must') ?? '', /^the Press Standards Council$/i);
});

test('"But X defended the plan, saying …": a conjunction opening the sentence leaves X the participle\'s subject', () => {
  const text = [
    'Budget row',
    '',
    'But Treasury Secretary Ike Hale defended the proposals, saying the country needed to raise revenue.',
  ].join('\n');
  assert.equal(speakerOf(text, 'the country needed'), 'Ike Hale');
});

test('"Supporters of X said", "Lawyers for X said" opening a sentence are a group, not X', () => {
  const text = [
    'Rally in Eastgate',
    '',
    'Dana Whitlock held a rally in Eastgate on Friday. Ike Hale was charged on Monday.',
    '',
    'Supporters of Whitlock said the rally was peaceful.',
    '',
    'Lawyers for Ike Hale said he would appeal.',
    '',
    'Residents of Eastgate said the roads were blocked for hours.',
  ].join('\n');
  assert.equal(speakerOf(text, 'the rally was peaceful'), 'supporters of Whitlock');
  assert.equal(speakerOf(text, 'he would appeal'), 'lawyers for Ike Hale');
  assert.equal(speakerOf(text, 'the roads were blocked'), 'residents of Eastgate');
});

test('"X was quoted by the Ledger as saying …" reports for X, the passive\'s subject', () => {
  const text = [
    'Port strike',
    '',
    'Union leader Ike Hale was quoted by the Ledger as saying that the offer was an insult.',
    '',
    'Dana Whitlock was reported as saying the port would close.',
  ].join('\n');
  assert.equal(speakerOf(text, 'the offer was an insult'), 'Ike Hale');
  assert.equal(speakerOf(text, 'the port would close'), 'Dana Whitlock');
});

test('"— that was the verdict of X" and "That was the blunt warning from X" after a quote name its speaker', () => {
  const text = [
    'Port strike',
    '',
    '"This is a disaster for the region" — that was the verdict of Chamber of Commerce president Lars Brekke.',
    '',
    '"Ships will go elsewhere." That was the blunt warning from Ike Hale, the harbour master.',
  ].join('\n');
  assert.equal(speakerOf(text, '"This is a disaster'), 'Lars Brekke');
  assert.equal(speakerOf(text, '"Ships will go'), 'Ike Hale');
});

test('"the Lagos-listed firm", "the Ohio-based chain": where a body is listed or based takes up the one named last', () => {
  const text = [
    'Kiln shut',
    '',
    'Orvane Cement Plc said on Monday it would shut a kiln for a month after its gas supply fell.',
    '',
    '"The cut is not of our making," the company said.',
    '',
    'The Lagos-listed firm said it would fill orders from stock. "We regret the delay," it said.',
  ].join('\n');
  assert.match(speakerOf(text, 'it would fill orders') ?? '', /Orvane Cement Plc$/);
  assert.match(speakerOf(text, '"We regret') ?? '', /Orvane Cement Plc$/);
  // near miss: a lower-case kind with a rival word names another body, not the one named last
  const rival = text.replace('The Lagos-listed firm said', 'A rival firm said');
  assert.doesNotMatch(speakerOf(rival, 'it would fill orders') ?? '', /Orvane/);
});

test('"The Kremlin was more cautious. \'…,\' it said": a seat of government that acts speaks for its government', () => {
  const text = [
    'Tariff row deepens',
    '',
    '"The measures are unjustified," the Halden trade ministry said in a statement.',
    '',
    'The Kremlin was more cautious. "We are studying the proposal," it said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We are studying'), 'Kremlin');
  // near miss: a place that is no seat of government is no body ("Moscow was cold") and "it" goes on as before
  const city = text.replace('The Kremlin was more cautious.', 'Moscow was cold and grey.');
  assert.match(speakerOf(city, '"We are studying') ?? '', /ministry/i);
});

test('"As X put it, \'…\'": the "it" of "put it" is never the speaker', () => {
  const text = [
    'Court fight looms',
    '',
    'The Halden Supreme Court said on Monday it would hear the case.',
    '',
    "As Dana Whitlock, professor of law at Marlow and author of ''The Unwritten Charter,'' put it, ''The court is the prize for whoever wins.''",
  ].join('\n');
  assert.notEqual(speakerOf(text, "''The court is the prize"), 'the Halden Supreme Court');
  assert.notEqual(analyze(text).quotes.find((q) => q.text.startsWith("''The court"))?.speakerMention?.text, 'it');
});

test('a surname that is also a common word names the person named in full by it ("Mr. Band said")', () => {
  const text = [
    'Aide under scrutiny',
    '',
    'Douglas J. Band, a longtime aide, ran the foundation for years.',
    '',
    '"I did nothing wrong," Mr. Band said in an interview. "We kept the two apart," Band said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"I did nothing'), 'Douglas J. Band');
  assert.equal(speakerOf(text, '"We kept'), 'Douglas J. Band');
  // near miss: with no one named in full by it, the common word stays nobody
  assert.notEqual(speakerOf('Tour dates\n\n"We play Friday," Band said.', '"We play'), 'Band');
});

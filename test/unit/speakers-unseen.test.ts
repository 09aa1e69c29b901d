// Speaker resolution on news in styles the training articles lack (other countries, outlets, name patterns).
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { demonymCountry } from '../../src/core/entities/gazetteer';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

test('a pronoun after a person introduced in its own paragraph is that person, not the most quoted one before', () => {
  const text = [
    'Nurses walk out over pay',
    '',
    'Opposition Leader Mark Speakman said the government had broken its promise. "They promised a fix," Mr Speakman said. "It has not come," Mr Speakman added.',
    '',
    'At Westmead Hospital, emergency nurse Priya Venkataraman said she had worked three double shifts in a week. "I love this job but I cannot keep doing it," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"I love this job'), 'Priya Venkataraman');
  const business = [
    'Carmaker to cut jobs',
    '',
    '"We will fight for every job," said Benjamin Gruschka, head of the works council. Gruschka said staff were angry. "This is a betrayal," Gruschka said.',
    '',
    '"They have been losing money for years," said Matthias Schmidt, an analyst based in Hamburg. He said the firm needed to cut costs faster.',
    '',
  ].join('\n');
  assert.equal(speakerOf(business, 'the firm needed'), 'Matthias Schmidt');
});

test('a surname of several words opened by a particle is the person named in full, either way round', () => {
  const text = [
    'Pieter van der Berg scored twice on Wednesday.',
    '',
    '"It was the best night of my life," Van der Berg said.',
    '',
    'Crown Prince Mohammed bin Salman said the kingdom would invest. "We are ready," bin Salman said.',
    '',
    'Maria de la Cruz said the vote was rigged. "It was stolen," De la Cruz said.',
  ].join('\n');
  const a = analyze(text);
  const quote = (start: string) => a.quotes.find((q) => q.text.startsWith(start));
  assert.equal(quote('"It was the best')?.speaker, 'Pieter van der Berg');
  assert.equal(quote('"It was the best')?.speakerMention?.text, 'Van der Berg');
  assert.equal(quote('"We are ready')?.speaker, 'Mohammed bin Salman');
  assert.equal(quote('"We are ready')?.speakerMention?.text, 'bin Salman');
  assert.equal(quote('the vote was rigged')?.speakerMention?.text, 'Maria de la Cruz');
  assert.equal(quote('"It was stolen')?.speaker, 'Maria de la Cruz');
  assert.equal(a.speakers.filter((s) => /Salman|Cruz|Berg/.test(s.name)).length, 3);
});

test('letters after a name ("SC", "MP", "OBE") are no part of it: "Mr Ó Briain" is "Seán Ó Briain SC"', () => {
  const text = [
    'Defence counsel Seán Ó Briain SC said his client was sorry.',
    '',
    '"He is deeply ashamed," Mr Ó Briain said.',
    '',
    'Local MP Jane Hollis MP said the plan was wrong. "It is the wrong site," Ms Hollis said.',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.quotes.find((q) => q.text.startsWith('"He is deeply'))?.speaker, 'Seán Ó Briain');
  assert.equal(a.quotes.find((q) => q.text.startsWith('"It is the wrong'))?.speaker, 'Jane Hollis');
});

test('a description by age, family or occupation re-describes the person the passage is about', () => {
  const text = [
    'Declan Fitzpatrick, 41, of Ballymun, pleaded guilty on Monday.',
    '',
    '"I was stupid," the 41-year-old said. The father-of-three said he was sorry.',
    '',
    'Osimhen, who plays for Napoli, said the players were heartbroken. "We wanted to win it for the fans," the striker said.',
    '',
    'Dermot Walsh, chairman of the residents group, said the plan was a disgrace. The 67-year-old retired teacher added that nobody had been consulted.',
  ].join('\n');
  assert.equal(speakerOf(text, '"I was stupid'), 'Declan Fitzpatrick');
  assert.equal(speakerOf(text, 'he was sorry'), 'Declan Fitzpatrick');
  assert.equal(speakerOf(text, '"We wanted to win'), 'Osimhen');
  assert.equal(speakerOf(text, 'nobody had been consulted'), 'Dermot Walsh');
});

test('an occupation that contradicts the known office of the person in the passage is someone else', () => {
  const text = 'Mayor Ann Bell said the plan was good.\n\n"It hurts," the teacher said.';
  assert.notEqual(speakerOf(text, '"It hurts'), 'Ann Bell');
});

test('"the Belgian", "the Russian": the person of that nationality, or the untold nationality of the paragraph\'s speaker', () => {
  const sport =
    'South Africa coach Hugo Broos praised his players. "We suffered, but we suffered together," the Belgian said.';
  assert.equal(speakerOf(sport, '"We suffered'), 'Hugo Broos');
  const summit = [
    'Russian President Vladimir Putin met Japanese Prime Minister Shinzo Abe. Putin said the talks were useful. "We agree," the Japanese said.',
    '',
    '"We will meet again," the Russian said.',
  ].join('\n');
  assert.equal(speakerOf(summit, '"We agree'), 'Shinzo Abe');
  assert.equal(speakerOf(summit, '"We will meet'), 'Vladimir Putin');
});

test('"the former chief executive" is not the one introduced as the chief executive; "the CFO" is an office', () => {
  const text = [
    'Airline boss says sorry',
    '',
    'Airline chief executive Vanessa Hudson apologised on Thursday. "We let our customers down," Ms Hudson said.',
    '',
    'Mr Joyce, who led the airline for 15 years, has been criticised. "I have no regrets," the former chief executive said.',
    '',
    "The company's chief financial officer, Rob Marcolina, said it would pay a dividend. The CFO said debt was low.",
  ].join('\n');
  assert.equal(speakerOf(text, '"I have no regrets'), 'Joyce');
  assert.equal(speakerOf(text, 'debt was low'), 'Rob Marcolina');
});

test('"the company said" takes up the company, not a party or a country named in between', () => {
  const text = [
    'Shares fell on Monday.',
    '',
    'Qantas said it had withdrawn a bond offering. Opposition leader Anthony Albanese said the Labor Party would raise the matter in Parliament. "The company must answer," the Labor leader said.',
    '',
    'The company said it would keep investors informed.',
  ].join('\n');
  assert.equal(speakerOf(text, 'it would keep investors'), 'Qantas');
});

test('a barrister or solicitor is an office: the appositive makes the speaker, "the barrister" takes it up', () => {
  const text = [
    'Jordan Reid, 23, punched the driver.',
    '',
    'His barrister, James Whitfield KC, said his client had been drinking. "He is ashamed," the barrister said.',
  ].join('\n');
  assert.equal(speakerOf(text, 'his client had been'), 'James Whitfield');
  assert.equal(speakerOf(text, '"He is ashamed'), 'James Whitfield');
});

test('"the Tory", "the Liberal": a party member described by the party, under its other name too', () => {
  const text = [
    'Row over hospital closure',
    '',
    'Conservative MP Priti Patel said the decision was a betrayal. "Patients will suffer," the Tory said.',
    '',
    'In Canberra, Liberal senator James Paterson said the policy was wrong. "It will not work," the Liberal said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Patients will'), 'Priti Patel');
  assert.equal(speakerOf(text, '"It will not work'), 'James Paterson');
});

test('a surname alone is not the building named after that person: "Trump said" after "Trump Tower" is a person', () => {
  const text = [
    'Protesters gathered outside the Halvorsen Plaza Hotel on Sunday.',
    '',
    '"We will not be moved," Halvorsen said.',
  ].join('\n');
  assert.notEqual(speakerOf(text, '"We will not'), 'the Halvorsen Plaza Hotel');
  assert.notEqual(speakerOf(text, '"We will not'), 'Halvorsen Plaza Hotel');
  assert.equal(speakerOf(text, '"We will not'), 'Halvorsen');
});

test('"it said" after a sentence that opens with a described body is that body, not an organization named before', () => {
  const text = [
    'The bank named Treasury official Ada Lew on Friday. The staff association sent a letter to the board.',
    '"We have accepted back-room deals for decades," it said.',
  ].join(' ');
  assert.equal(speakerOf(text, '"We have accepted'), 'the staff association');
});

test('a role after the name keeps the name of where the person works ("a tax lawyer at Birch & Co.") and professions', () => {
  const roleOf = (text: string): string | undefined => analyze(text).speakers[0]?.role;
  assert.equal(roleOf('"We will appeal," said Tom Hale, a tax lawyer at Birch & Co.'), 'a tax lawyer at Birch & Co.');
  assert.equal(
    roleOf('"We will appeal," said Tom Hale, a tax lawyer at Procter and Gamble, after the hearing.'),
    'a tax lawyer at Procter and Gamble',
  );
  assert.equal(roleOf('"We scored twice," said Tom Hale, a striker.'), 'a striker');
  // a list of names is no role
  assert.equal(roleOf('"We agree," said Ann Bell, Tom Hale and Ruth Roy.'), undefined);
});

test('a lone name in a Title Case headline is the person the article names in full below it', () => {
  const text = [
    'Rivera Says She Will Veto Budget',
    '',
    'Mayor Ana Rivera said Monday she would veto the budget. "It is not balanced," she said.',
  ].join('\n');
  assert.equal(analyze(text).quotes[0].speaker, 'Ana Rivera');
  // a company in the headline stays the company when no person of that name follows
  const company = 'Acme Says It Will Cut Jobs\n\nAcme Corp said Monday it would cut 300 jobs.';
  assert.ok(!analyze(company).speakers.some((s) => s.type === 'person'));
});

test('a document whose author the text does not give is a document, not an anonymous person', () => {
  const text = [
    'The memo, dated March 3, said the city would cut 40 jobs. Excerpts from the report show the deficit doubled.',
    '',
    'A poll released Tuesday found that most residents oppose the cuts. "Nobody asked us," said one resident.',
  ].join('\n');
  const types = new Map(analyze(text).speakers.map((s) => [s.name, s.type]));
  assert.equal(types.get('the memo'), 'document');
  assert.equal(types.get('excerpts'), 'document');
  assert.equal(types.get('a poll'), 'document');
  assert.equal(types.get('one resident'), 'anonymous');
  // "the report's lead author" is a person, not the report
  const author = analyze('"We were surprised," the report\'s lead author said.').speakers[0];
  assert.notEqual(author?.type, 'document');
});

test('"the Saudis", "the Koreans" speaking are their governments, as "the Russians" are', () => {
  const text = 'Saudi officials released a white paper on Thursday. "We fight terror," the Saudis state in the paper.';
  assert.equal(speakerOf(text, '"We fight terror'), 'the Saudi government');
});

test('a document with its author named after it speaks for that author; a company ending in a trade word is one', () => {
  const text = [
    'The highway reopened on Sunday. According to a statement from the RCMP, the driver was not hurt.',
    '',
    '"We will rebuild," said a statement from Harbour Energy.',
  ].join('\n');
  const quotes = analyze(text).quotes;
  assert.equal(quotes.find((q) => q.text.startsWith('the driver'))?.speaker, 'the RCMP');
  assert.equal(speakerOf(text, '"We will rebuild'), 'Harbour Energy');
  const types = new Map(analyze(text).speakers.map((s) => [s.name, s.type]));
  assert.equal(types.get('Harbour Energy'), 'organization');
  assert.ok(![...types.values()].includes('document'));
});

test('"he began by saying, …": the subject of the verb that "by" follows speaks', () => {
  const text = 'Judge Ruth Amara took a short recess. When she returned she began by saying, "Jail is not necessary."';
  assert.equal(speakerOf(text, '"Jail is not'), 'Ruth Amara');
});

test('an organization with "and" in its name before a title and a name does not hide the speaker', () => {
  const text =
    'Crews searched overnight. "We had eight boats out," Halifax Search and Rescue manager Dave Ross said.\n';
  assert.equal(speakerOf(text, '"We had eight'), 'Dave Ross');
  const agency = 'Hunters were warned. "Stay off the ice," Fish and Wildlife spokesman Carl Benton said.\n';
  assert.equal(speakerOf(agency, '"Stay off'), 'Carl Benton');
  // two people joined by "and" still speak together, first one first
  const joint = 'The deal was signed. "It is done and we are glad," Nathan Ellery and Maria Stott said.\n';
  const quote = analyze(joint).quotes.find((q) => q.text.startsWith('"It is done'));
  assert.equal(quote?.speaker, 'Nathan Ellery and Maria Stott');
  assert.equal(quote?.speakerIds?.length, 2);
});

test('the object of a verb of causing speaks the infinitive cue after it', () => {
  const text = [
    'Tom Hale spent 20 years in the mines. The experience led him to declare, "Nobody should work underground."',
    '',
    'The figures drew a sharp reply, prompting Finance Minister Carla Reyes to say, "These numbers are wrong."',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"Nobody should'), 'Tom Hale');
  assert.equal(speakerOf(text, '"These numbers'), 'Carla Reyes');
});

test('a sentence that opens by naming whose view it is hands the quote after its colon to that person', () => {
  const text = 'Prices rose again in May. For economist Priya Nair, the answer is simple: "Rates have to go up."\n';
  assert.equal(speakerOf(text, '"Rates have'), 'Priya Nair');
  const lesson = 'Lena Voss lost her seat in 2019. To Voss, the lesson was clear: "Never take a town for granted."\n';
  assert.equal(speakerOf(lesson, '"Never take'), 'Lena Voss');
  // a view named for nobody in particular is no attribution
  const nobody = 'Prices rose again. For now, the answer is simple: "Wait."\n';
  assert.notEqual(speakerOf(nobody, '"Wait'), 'Lena Voss');
});

test('"she" after a paragraph that ends on another woman as its subject is that woman, not the latest speaker', () => {
  const returning = [
    'Anna Kowal has run the diner for 30 years. "Business has never been this slow," Kowal said.',
    '',
    'Mayor Ruth Gale said the town would seek state help. Kowal is skeptical.',
    '',
    '"I\'ve heard that before," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(returning, '"I\'ve heard'), 'Anna Kowal');
  const newcomer = [
    "Julia Stone, the city's housing director, said rents had risen 12 percent. Her deputy, Megan Ruiz, disagreed with that figure.",
    '',
    '"The real number is higher," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(newcomer, '"The real number'), 'Megan Ruiz');
  // a possessor or a modifier opening the sentence is not its subject
  const modifier = [
    'Ellen Park backs the senator. "She has the experience," Park said.',
    '',
    'An enthusiastic Park supporter, Dana Whitlock handed out leaflets all morning.',
    '',
    '"I just want her to win," she said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(modifier, '"I just want'), 'Dana Whitlock');
});

test('a second reference by a surname of two words without a particle is the person named in full', () => {
  const text = [
    'Conservative MP Michelle Rempel Garner spoke against the bill on Monday.',
    '',
    '"This bill is a mess," Rempel Garner said.',
    '',
  ].join('\n');
  const a = analyze(text);
  assert.equal(speakerOf(text, '"This bill'), 'Michelle Rempel Garner');
  assert.equal(a.speakers.filter((s) => /Garner/.test(s.name)).length, 1);
});

test('a gendered title picks the namesake it fits; a lone surname near the top is someone already named', () => {
  const spouses = [
    'Campaign notes',
    '',
    'Mayor Ana Ruiz campaigned downtown on Monday. Ruiz told supporters the race was close.',
    '',
    'Her husband, Carlos Ruiz, knocked on doors in the north end.',
    '',
    '"This election is about the future," Mr. Ruiz said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(spouses, '"This election'), 'Carlos Ruiz');
  // the short first line is not a headline to look below when the surname's person is already named
  const top =
    'Mayor Ana Ruiz campaigned downtown. Ruiz said the race was close.\n\nCarlos Ruiz, her husband, agreed.\n';
  const said = analyze(top).quotes.find((q) => q.text.startsWith('the race'));
  assert.equal(said?.speaker, 'Ana Ruiz');
});

test('a title before a company word opens a company, not a person called "Motors"', () => {
  const text = 'Recall\n\nGeneral Motors is recalling 400,000 pickups, and General Foods cut prices on Monday.\n';
  const a = analyze(text);
  assert.deepEqual(
    a.people.map((p) => p.text),
    [],
  );
});

test('an unknown name after an age is a person, not an organization', () => {
  const text = 'Rally notes\n\n17-year-old Caoimhe Potts echoed that view at the rally on Saturday afternoon.\n';
  assert.deepEqual(
    analyze(text).people.map((p) => p.text),
    ['Caoimhe Potts'],
  );
});

test('after a quote, a name in apposition to any description, or to a role with "of", is the speaker', () => {
  const cases: Array<[string, string]> = [
    ['"He deserved every bit of it," the assailant, John Meeks, told a television program.', 'John Meeks'],
    ['"It is going to happen sooner or later," Hale\'s chief of staff, Joe Kessler, told reporters.', 'Joe Kessler'],
  ];
  for (const [sentence, speaker] of cases) {
    const quote = analyze(`Notes\n\nThe vote is near. ${sentence}\n`).quotes.find((q) => q.kind === 'direct');
    assert.equal(quote?.speaker, speaker, sentence);
  }
});

test('a passive verb of causing hands the infinitive cue to its subject, and "As X puts it" names X', () => {
  const passive =
    'Debate\n\nThe crowd was so quiet that Mr. Voss was prompted to say, "I cannot believe how civil it has been."\n';
  assert.equal(speakerOf(passive, '"I cannot'), 'Voss');
  const column =
    'Columns\n\nAs the Herald\'s Dana Milne puts it, "Senate Republicans are unmoved, and activists are uninspired."\n';
  assert.equal(speakerOf(column, '"Senate'), 'Dana Milne');
});

test('a present form of any verb closing the clause after a quote and its subject is the cue', () => {
  const text = 'Council\n\nThe mayor spoke on Friday. "It was never about money," Whitlock scoffs.\n';
  assert.equal(speakerOf(text, '"It was never'), 'Whitlock');
  // the cue's subject is the mention (who the mayor is, is the resolution's business)
  const mocks = 'Council\n\nDana Whitlock spoke on Friday. "It was never about money," the mayor mocks.\n';
  const mocked = analyze(mocks).quotes.find((q) => q.text.startsWith('"It was never'));
  assert.equal(mocked?.speakerMention?.text, 'the mayor');
});

test('a document owned by a possessive speaks for its owner, and "In a statement, X said" issues the statement', () => {
  const owned = 'Council\n\nDana Whitlock chairs the committee. Her message to voters: "It will not fix itself."\n';
  assert.equal(speakerOf(owned, '"It will not'), 'Dana Whitlock');
  const fronted = [
    'Flood',
    '',
    'In a statement, the RCMP said two people were missing. "Search efforts are ongoing," the statement read.',
  ].join('\n');
  assert.equal(speakerOf(fronted, '"Search'), 'the RCMP');
});

test('"Here\'s X:" presents the speaker; "who" makes a person of any noun before the cue', () => {
  const here = 'Council\n\nDana Whitlock ran in 1992. Here\'s Whitlock in 1992: "The bridge will not fix itself."\n';
  assert.equal(speakerOf(here, '"The bridge'), 'Dana Whitlock');
  const baker = 'Flood\n\n"We lost everything," the baker, who works nights in Red Deer, said Tuesday.\n';
  assert.equal(speakerOf(baker, '"We lost'), 'the baker');
});

test("a quote opening its own sentence with no cue is the words of the sentence before's subject", () => {
  const text = [
    'Flood',
    '',
    'Kwame Osei-Bonsu spent the night sandbagging. Asked why, Osei-Bonsu shrugged. "You do what you can."',
  ].join('\n');
  assert.equal(speakerOf(text, '"You do'), 'Kwame Osei-Bonsu');
  // a sentence about the weather names nobody: no speaker is invented
  const none = 'Flood\n\nKwame Osei-Bonsu spent the night sandbagging. The rain kept falling. "You do what you can."';
  assert.equal(speakerOf(none, '"You do'), null);
});

test('a cue-like noun closing a phrase after a reporting verb is no cue ("wrote in a blog post:")', () => {
  const text = 'Notes\n\nJohn Pichai wrote in a blog post: "AI is the most profound technology we are working on."\n';
  assert.equal(speakerOf(text, '"AI is'), 'John Pichai');
  const site = 'Notes\n\nMayor Dana Whitlock said on her campaign website: "The bridge will not fix itself."\n';
  assert.equal(speakerOf(site, '"The bridge'), 'Dana Whitlock');
});

test("a quote paragraph with no cue after a one-sentence paragraph about a named person is that person's", () => {
  const text = [
    'Mine dispute',
    '',
    "Lucía Ferrante, the mine's owner, met the workers on Monday.",
    '',
    '"We will pay everyone by Friday," she said.',
    '',
    'Union steward Ana Ruiz was not convinced.',
    '',
    '"We have heard that before."',
  ].join('\n');
  assert.equal(speakerOf(text, '"We have heard'), 'Ana Ruiz');
  // a sentence that opens with a possessor is about someone else: no speaker is invented
  const lawyer = text.replace('Union steward Ana Ruiz was not convinced.', "Ferrante's lawyer was not convinced.");
  assert.notEqual(speakerOf(lawyer, '"We have heard'), 'Lucía Ferrante');
});

test('a dashed byline with a short tag after its comma, and "That quote from X" after a quote, name the speaker', () => {
  const tagged = [
    ['"It needs to stop, and it needs to stop now." -Dana Whitlock, Philadelphia.', 'Dana Whitlock'],
    ['"She never quits." -Governor Dana Whitlock, tweeting after the speech.', 'Dana Whitlock'],
    // vox pops: what the person is after the comma
    ['"We have waited long enough for this bridge." — Tom Ruiz, a commuter from Camden.', 'Tom Ruiz'],
    ['"It is a waste of money." —Ann Hale, retired teacher.', 'Ann Hale'],
  ];
  for (const [sentence, speaker] of tagged)
    assert.equal(speakerOf(`Quotable\n\nThe speech ended. ${sentence}\n`, '"'), speaker);
  const recap =
    'Quotable\n\n"I would rather lose than lie." That quote from State Treasurer Dana Whitlock appeared in 1998.\n';
  assert.equal(speakerOf(recap, '"I would'), 'Dana Whitlock');
});

test('a title before a name in a participle sentence, a post "on Twitter", and words quoted after a label', () => {
  const cruz =
    'Brexit\n\nRepublican presidential hopeful Sen. Ted Cruz was also critical, telling reporters: "These comments are typical."\n';
  assert.equal(speakerOf(cruz, '"These'), 'Ted Cruz');
  // the verb's object is not a title's person: "Sanders compared himself to Clinton, saying"
  const compared =
    'Debate\n\nAt the debate, Bernie Sanders compared himself to Hillary Clinton, saying, "I do not get speaking fees."\n';
  assert.equal(speakerOf(compared, '"I do not'), 'Bernie Sanders');
  const post =
    'Emails\n\nDana Whitlock wrote in a Facebook post on Tuesday: "The new release is a disaster for her."\n';
  assert.equal(speakerOf(post, '"The new'), 'Dana Whitlock');
  const recap = [
    'Debate',
    '',
    'Republicans pounced. "Debate recap," tweeted Hale spokesman Alex Conant. "Whitlock: \'I come from the 60s.\' Hale: \'This election is about the future.\'"',
  ].join('\n');
  const quotes = analyze(recap).quotes.filter((q) => q.kind === 'direct');
  assert.ok(
    quotes.every((q) => q.speaker === 'Alex Conant'),
    JSON.stringify(quotes.map((q) => q.speaker)),
  );
});

test('of two namesakes, a surname to speak is the one who has spoken, not the relative talked about since', () => {
  const text = [
    'Family says hospital sent grandmother home too soon',
    '',
    'Marisol Ocampo says her grandmother, Lita Ocampo, was discharged from hospital on Jan. 3 after a fall.',
    '',
    '"She could barely stand," Ocampo said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"She could'), 'Marisol Ocampo');
});

test('a description with what it is of, then the name; "No 10"; a "co-" noun before a name', () => {
  const cases: Array<[string, string]> = [
    ['said the second-ranking Democrat in the Senate, Dana Whitlock.', 'Dana Whitlock'],
    ['said the top Republican on the committee, Rep. Ike Hale of Ohio.', 'Ike Hale'],
    ['said the head of the nurses’ union, Abena Owusu.', 'Abena Owusu'],
    ['said the senator, Ike Hale of Kansas.', 'Ike Hale'],
  ];
  for (const [tail, speaker] of cases)
    assert.equal(speakerOf(`Talks stall\n\n"The door remains open," ${tail}\n`, '"The door'), speaker);
  // British "No 10" (Number 10 Downing Street): "No" before a number negates nothing
  for (const tail of ['a No 10 spokesman said.', 'said a No 10 source.', 'said a No. 10 source.'])
    assert.match(String(speakerOf(`Talks stall\n\n"The door remains open," ${tail}\n`, '"The door')), /No\.? 10/);
  const cosponsor = analyze(
    'Bill unveiled\n\nHer co-sponsor, Senator Ike Hale of Kansas, said the measure had support in both parties.\n',
  ).quotes.find((q) => q.kind === 'indirect');
  assert.equal(cosponsor?.speaker, 'Ike Hale');
  // the town closing the description is not the subject: the person named in apposition is
  const local =
    'Trade\n\nThe president of the steelworkers local in Youngstown, Dave Mercado, said: "My members are angry."\n';
  assert.equal(speakerOf(local, '"My members'), 'Dave Mercado');
});

test('hyphenated offices and roles from other Englishes before or beside a name', () => {
  const reported = (sentence: string): string | null | undefined =>
    analyze(`Market fire\n\n${sentence}\n`).quotes.find((q) => q.kind === 'indirect')?.speaker;
  assert.equal(
    reported('Its controller-general, Ngozi Adeleke, told journalists that the market had no hydrants.'),
    'Ngozi Adeleke',
  );
  assert.equal(
    reported('BJP corporator Anand Deshpande echoed the charge, saying the civic body had failed.'),
    'Anand Deshpande',
  );
  assert.equal(
    speakerOf('Market fire\n\n"We failed," said the ex-minister, Anand Deshpande.\n', '"We'),
    'Anand Deshpande',
  );
  assert.equal(speakerOf('Market fire\n\n"We failed," said Surgeon-General Ngozi Adeleke.\n', '"We'), 'Ngozi Adeleke');
  assert.equal(speakerOf('Market fire\n\n"We need help," said RCMP Cpl. Jen Allan.\n', '"We'), 'Jen Allan');
});

test('a nationality epithet is the person the paragraph before introduced; demonyms are the sovereign state’s', () => {
  const text = [
    'Rovers win',
    '',
    '"It is a dream," Okonkwo said.',
    '',
    'Rovers manager Stefan Lindqvist was delighted.',
    '',
    '"Kemi works harder than anyone," the Swede said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Kemi'), 'Stefan Lindqvist');
  assert.equal(demonymCountry('Norwegian'), 'Norway');
  assert.equal(demonymCountry('Indian'), 'India');
  for (const [noun, country] of [
    ['Swede', 'Sweden'],
    ['Dane', 'Denmark'],
    ['Briton', 'United Kingdom'],
  ])
    assert.equal(demonymCountry(noun), country);
});

test('a number inside the body before a name, and users of a platform as people', () => {
  const fight = 'Rally\n\n"We need a raise now," Fight for $15 organizing director Dana Whitlock told reporters.\n';
  assert.equal(speakerOf(fight, '"We need'), 'Dana Whitlock');
  const user = 'Rally\n\n"This is a joke," wrote another Twitter user, Oluwaseun Bayer.\n';
  assert.equal(speakerOf(user, '"This is'), 'Oluwaseun Bayer');
  const unnamed = 'Rally\n\n"This is a joke," one TikTok user wrote.\n';
  assert.equal(speakerOf(unnamed, '"This is'), 'one TikTok user');
});

test('a quote that goes on with an unnamed speaker keeps that speaker near for the next "he"', () => {
  const text = [
    'Vote delayed',
    '',
    'Okafur said the committee would ask for a second estimate.',
    '',
    '"The numbers were known for months," a city hall official said.',
    '',
    '"Nobody here wanted to hide anything."',
    '',
    '"We will build this line," he insisted.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We will'), 'a city hall official');
});

test('a body named with the place it sits in speaks, not the place', () => {
  for (const body of [
    'The U.S. Embassy in Kabul',
    'The Ministry of Agriculture in Ottawa',
    'The Foreign Ministry in Hanoi',
  ]) {
    const found = analyze(`Recall\n\n${body} said the plant would stay shut.\n`).quotes.find(
      (q) => q.kind === 'indirect',
    );
    assert.equal(found?.speaker?.toLowerCase(), body.toLowerCase());
  }
  assert.equal(
    speakerOf('Recall\n\n"It will stay shut," the U.S. Embassy in Kabul said.\n', '"It will'),
    'the U.S. Embassy in Kabul',
  );
});

test('"of state" is a noun: the secretary of state speaks, "state" is no cue', () => {
  const intro = 'Trade\n\nDana Whitlock, the former secretary of state, spoke in Ohio.\n\n';
  for (const tail of ['the former secretary of state said.', 'the former secretary of state told reporters.']) {
    const found = analyze(`${intro}"The economy is rigged," ${tail}\n`).quotes.find((q) => q.text.startsWith('"The'));
    assert.equal(found?.speaker, 'Dana Whitlock');
    assert.equal(found?.speakerMention?.text, 'the former secretary of state');
  }
  const after = analyze('Trade\n\n"The economy is rigged," said the former secretary of state.\n').quotes[0];
  assert.equal(after.speakerMention?.text, 'the former secretary of state');
});

test('"per" right after a quote names its source; "per cent" names none', () => {
  const intro = 'Trade\n\nDana Whitlock spoke in Ohio.\n\n';
  assert.equal(
    speakerOf(`${intro}"The economy is rigged," per a statement from the Whitlock campaign.\n`, '"The'),
    'the Whitlock campaign',
  );
  assert.equal(speakerOf(`${intro}"The economy is rigged," per Whitlock’s spokesman, Tom Hale.\n`, '"The'), 'Tom Hale');
});

test('an aside between commas after the name: "asked about …" is passive, the named one answers', () => {
  const intro = 'Trade\n\nDana Whitlock and Ike Hale spoke in Ohio.\n\n';
  assert.equal(
    speakerOf(`${intro}Whitlock, asked about the deal, was blunt: "The economy is rigged."\n`, '"The'),
    'Dana Whitlock',
  );
  assert.equal(
    speakerOf(`${intro}Hale, asked about the deal, shrugged. "The economy is rigged."\n`, '"The'),
    'Ike Hale',
  );
});

test('a party epithet is the person the passage is about unless known to be of another party or state', () => {
  const text = (lead: string): string =>
    [
      'Standoff',
      '',
      `${lead} accused Mr. Conroy of "holding the government hostage."`,
      '',
      '"He knows exactly what he is doing," the California Democrat said.',
    ].join('\n');
  assert.equal(speakerOf(text('Speaker Nadia Pereira'), '"He knows'), 'Nadia Pereira');
  // the article made her a Texan: the California Democrat is someone else
  assert.notEqual(speakerOf(text('Speaker Nadia Pereira of Texas'), '"He knows'), 'Nadia Pereira');
});

test('auxiliaries and a perceiving participle between the name and the cue after a quote', () => {
  const intro = 'Trade\n\nDana Whitlock and Ike Hale met.\n\n';
  for (const tail of [
    'Whitlock was telling aides.',
    'Whitlock has been saying for months.',
    'Whitlock was heard telling aides.',
    'Whitlock could be heard saying.',
  ])
    assert.equal(speakerOf(`${intro}"The economy is rigged," ${tail}\n`, '"The'), 'Dana Whitlock', tail);
});

test('"it said" after a paragraph naming a statement is the statement’s issuer', () => {
  const intro = 'Hearing\n\nSen. Ana Rivera questioned Thomas Hale on Tuesday.\n\n';
  const text = `${intro}Rivera’s office later released a statement. "The senator stands by her questions," it said.\n`;
  assert.equal(speakerOf(text, '"The senator'), 'Ana Rivera’s office');
});

test('a short first paragraph that ends its sentence is no deck: its office epithet is the headline’s person', () => {
  const text =
    'Whitlock Says She Will Not Back Down on Trade\n\n"I will not back down," the candidate told supporters in Dayton on Tuesday.\n';
  assert.equal(speakerOf(text, '"I will'), 'Whitlock');
});

test('a few quoted words inside the clause before the cue, and "at one point" after a participle', () => {
  const pins =
    'Convention\n\n"We have had better conventions," Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said.\n';
  assert.equal(speakerOf(pins, '"We have'), 'Bill Eastland');
  const banner = 'Rally\n\nRoy Banner, wearing "Vote Hale" pins, said: "This is our year."\n';
  assert.equal(speakerOf(banner, '"This is'), 'Roy Banner');
  const point = 'Debate\n\nMr. Hale mocked his rival, saying at one point, "The answer is not simply to yell."\n';
  assert.equal(speakerOf(point, '"The answer'), 'Hale');
});

test('given names from many countries tell "he" from "she" (birth records beside the lexicon’s names)', () => {
  const clinic = (pair: string, pronoun: string): string =>
    `Clinic opens\n\n${pair} opened the clinic on Monday.\n\n"We waited ten years for this," ${pronoun} said.\n`;
  assert.equal(speakerOf(clinic('Kwame Mensah and Aoife Brennan', 'she'), '"We'), 'Aoife Brennan');
  assert.equal(speakerOf(clinic('Aoife Brennan and Kwame Mensah', 'he'), '"We'), 'Kwame Mensah');
  assert.equal(speakerOf(clinic('Priya Raman and Callum Reid', 'he'), '"We'), 'Callum Reid');
});

test('a word that names an Object property is no demonym ("constructor", "toString")', () => {
  assert.equal(demonymCountry('constructor'), undefined);
  assert.equal(demonymCountry('toString'), undefined);
  assert.equal(demonymCountry('__proto__'), undefined);
});

test('"the Irishman" after a quote of the paragraph before is its speaker, whose nationality the text never gave', () => {
  const text = [
    'Rovers boss stands by keeper',
    '',
    '"One mistake does not change a season," manager Ruairi Corrigan told reporters after the match.',
    '',
    'Asked whether he had spoken to the goalkeeper, the Irishman said: "Briefly. He is hurting."',
  ].join('\n');
  assert.equal(speakerOf(text, '"Briefly'), 'Ruairi Corrigan');
  // near miss: with a paragraph of narration between, the speaker two paragraphs back is not taken for him
  const later = text.replace(
    '\n\nAsked',
    '\n\nThe club has lost four of its last five games and sits ninth in the table.\n\nAsked',
  );
  assert.notEqual(speakerOf(later, '"Briefly'), 'Ruairi Corrigan');
});

test('a given name that is also a title ("Dean") opens a two-word name; the title before a known surname is its holder', () => {
  const given = analyze(
    'Dean Kowalchuk, the mine\'s operations chief, said the cuts were needed. "We know," Kowalchuk said.',
  );
  const dean = given.speakers.find((s) => s.name === 'Dean Kowalchuk');
  assert.equal(dean?.role, "the mine's operations chief".replace(/^the /, ''));
  assert.equal(given.speakers.length, 1);
  // near miss: the dean named in full before is the "Dean Amar" of a later quote, one person, not two
  const office = analyze(
    'Ravi Amar, dean of the Pinecrest College of Law, said the ruling was narrow. "It is a close call," Dean Amar said.',
  );
  assert.deepEqual(
    office.speakers.map((s) => s.name),
    ['Ravi Amar'],
  );
});

test('a named person in a passing state ("an angry Hollande said") speaks, and is a person even when no list knows the name', () => {
  const after = analyze('"The city will always be the city," an angry Varonde said.').quotes[0];
  assert.equal(after.speaker, 'Varonde');
  assert.ok(after.confidence >= 0.8, `confidence ${after.confidence}`);
  assert.equal(analyze('"We are not done," said a visibly tired Mr. Ostrander.').quotes[0].speaker, 'Ostrander');
  const before = analyze('A defiant Kalevi Rask told the crowd: "We stay."').quotes[0];
  assert.equal(before.speaker, 'Kalevi Rask');
  // near misses: an acronym is a body, not a person in a mood; an adjective that is no passing state names no one
  assert.equal(analyze('"We will win this fight," an angry NRA said.').quotes[0].speaker, null);
  assert.equal(analyze('"We will win this fight," a national Varonde said.').quotes[0].speaker, null);
});

test('a description before a name after the cue is its role; a relative named by a given name is the same person named in full', () => {
  const roleOf = (text: string, name: string): string | undefined =>
    analyze(text).speakers.find((s) => s.name === name)?.role;
  assert.equal(roleOf('"It is over," said Acme\'s spokesman, Tom Hale.', 'Tom Hale'), "Acme's spokesman");
  const text = [
    '"We won," Rutger Vance told supporters.',
    '',
    '"It is over," said Vance\'s wife, Delphine.',
    '',
    'Delphine Vance shook her head. "He never listens," she said.',
    '',
    '"We will govern for everyone," Vance said.',
  ].join('\n');
  const a = analyze(text);
  assert.deepEqual(
    a.speakers.map((s) => s.name),
    ['Rutger Vance', 'Delphine Vance'],
  );
  // the bare surname is still the man the article calls by it, not the wife it calls by her given name
  assert.equal(a.quotes.find((q) => q.text.includes('govern'))?.speaker, 'Rutger Vance');
  // near miss: a phrase opening with a preposition after a name goes on with the sentence; it is no role
  const met = analyze('Donald Hale, for years a registered Democrat, switched parties. "I was late," Hale said.');
  assert.equal(met.speakers.find((s) => s.name === 'Donald Hale')?.role, undefined);
});

test('a state of the office before a title opens the speaker phrase ("The nominee, retired Adm. Victor Lanske, said")', () => {
  const q = analyze('The nominee, retired Adm. Victor Lanske, said he had followed the law.').quotes[0];
  assert.equal(q.speaker, 'Victor Lanske');
  assert.equal(analyze('"We followed the law," said the late Sen. Ann Hale.').quotes[0].speaker, 'Ann Hale');
});

test("a short capitalized transcript label is a person's turn, not an acronym, unless the article spells it out", () => {
  const text = [
    'Below is an edited transcript of the interview.',
    '',
    'HOLT: Senator, do you regret the vote?',
    '',
    'SEN. MARGARET OYELOWO: Not for a second. I would cast it again tomorrow.',
    '',
    'HOLT: Even after the polls?',
    '',
    'OYELOWO: Polls come and go. Votes stay.',
  ].join('\n');
  assert.equal(analyze(text).speakers.find((s) => s.name.toUpperCase() === 'HOLT')?.type, 'person');
  // near miss: an acronym in a sentence is still a body's ("MSF said")
  const body = analyze('MSF said the clinic had closed.').speakers.find((s) => s.name === 'MSF');
  assert.equal(body?.type, 'organization');
});

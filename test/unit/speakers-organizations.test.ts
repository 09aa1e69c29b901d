// Organizations and their spokespeople as speakers: companies, agencies, unions, clubs, courts.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { findEntities } from '../../src/core/entities';

/** The speaker of the direct quote that starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  const a = analyze(text);
  const q = a.quotes.find((x) => x.kind === 'direct' && x.text.replace(/^["“]/, '').startsWith(opening));
  assert.ok(q, `no direct quote opening "${opening}"`);
  return q.speaker;
}

function typeOf(text: string, name: string): string | undefined {
  return analyze(text).speakers.find((s) => s.name === name)?.type;
}

test('a company named with its legal ending ("Corp.", "Inc.") is an organization, and "it said" takes it up', () => {
  const text =
    'Vantor Semiconductor Corp. said Wednesday it would cut about 1,800 jobs.\n\n' +
    '"We must reshape the business," it said.\n';
  assert.equal(speakerOf(text, 'We must reshape'), 'Vantor Semiconductor Corp.');
  assert.equal(typeOf(text, 'Vantor Semiconductor Corp.'), 'organization');
});

test('"the WHO said" is the World Health Organization speaking, not the relative pronoun "who"', () => {
  const text =
    'The World Health Organization warned on Monday that measles was spreading in the region.\n\n' +
    '"Vaccination rates have fallen sharply," the WHO said in a statement. "Every child must be reached."\n';
  assert.equal(speakerOf(text, 'Vaccination rates'), 'the World Health Organization');
});

test('a lone acronym that spells out an organization named before is that organization ("MSF said")', () => {
  const text =
    'Médecins Sans Frontières, which runs two clinics in the valley, said the response had been slow.\n\n' +
    '"We raised the alarm in March," MSF said.\n';
  assert.equal(speakerOf(text, 'We raised'), 'Médecins Sans Frontières');
});

test('an acronym that takes a letter from inside a word is the organization named before ("JAXA")', () => {
  const text =
    'The rover will fly with cameras from the Japan Aerospace Exploration Agency, officials said.\n\n' +
    'JAXA said it was ready. "Our cameras passed every test," it said.\n';
  assert.equal(speakerOf(text, 'Our cameras'), 'Japan Aerospace Exploration Agency');
});

test('an acronym whose letters fit no name before stays its own organization (one inner letter at most)', () => {
  const text =
    'The survey was run by the Lakeside Boating Club, officials said.\n\n' +
    'LBXQ said it would appeal. "We were not consulted," it said.\n';
  assert.equal(speakerOf(text, 'We were not'), 'LBXQ');
});

test('a relative "who" still opens a clause that is not the quote\'s cue', () => {
  const text =
    'A storm closed the airport.\n\n"We waited for hours," one passenger, who asked not to be named, told the BBC.\n';
  assert.equal(speakerOf(text, 'We waited'), 'one passenger');
});

test('"it said" and "the bank said" take up the body their paragraph opens with, not one named after it', () => {
  const text =
    'Brindle Capital kept its rating on Tavora Systems unchanged. "We see little upside," the bank said.\n\n' +
    'Tavora Systems disputed that. "Our order book is full," it said.\n';
  assert.equal(speakerOf(text, 'We see little'), 'Brindle Capital');
  assert.equal(speakerOf(text, 'Our order book'), 'Tavora Systems');
});

test('"the group said" takes up the pressure group its paragraph opens with, though read as a name', () => {
  const text =
    'The Environment Agency said it had found repeated breaches at nine sites.\n\n' +
    'River Action, a pressure group, said the fine was too small. "Customers will end up paying," the group said.\n';
  assert.equal(speakerOf(text, 'Customers will'), 'River Action');
});

test('"police said" is no officer whom a Title Case headline seems to name ("Police Arrest Two …")', () => {
  const text =
    "Police Arrest Two After Warehouse Fire; Firefighters' Union Warns of Staffing Gaps\n\n" +
    'Police arrested two men on Sunday after a fire destroyed a furniture warehouse in Millbrook.\n\n' +
    '"Both suspects are in custody," police said in a news release.\n';
  assert.equal(speakerOf(text, 'Both suspects'), 'police');
});

test('"the union said" does not take up an organization glued together by the headline\'s capitals', () => {
  const text =
    "Warehouse Fire Spreads; Firefighters' Union Warns of Staffing Gaps\n\n" +
    'A fire destroyed a furniture warehouse in Millbrook on Saturday. The union representing firefighters said ' +
    'crews were short-handed.\n\n' +
    '"Our crews arrived with too few people," the union said in an email.\n';
  assert.equal(speakerOf(text, 'Our crews'), 'the union');
});

test('"the club said" opening a paragraph takes up the club the paragraph before is about', () => {
  const text =
    'Castleford Town sacked manager Ross Pell on Sunday, a day after a 3-0 defeat by Dunmore Athletic.\n\n' +
    '"The board thanks Ross for his commitment," the club said in a statement.\n';
  assert.equal(speakerOf(text, 'The board thanks'), 'Castleford Town');
});

test('"the carrier said" takes up the airline named before, as "the airline" does', () => {
  const text =
    'SkyBridge Airways cancelled 600 flights on Monday after a computer outage.\n\n' +
    'The carrier blamed a faulty software update. "There is no evidence of an attack," the carrier said.\n';
  assert.equal(speakerOf(text, 'There is no evidence'), 'SkyBridge Airways');
});

test('a body named in the possessive speaks before its verb ("St. Brendan\'s said"), owning nothing', () => {
  const text =
    "Hackers took the records of 180,000 patients of St. Brendan's Health System last month.\n\n" +
    '"We deeply regret that this incident occurred," St. Brendan\'s said in a letter to patients.\n';
  assert.equal(speakerOf(text, 'We deeply regret'), "St. Brendan's");
});

test('"the union said" takes up the union a sentence introduced by description, not the company named before', () => {
  const text =
    'Pellham Foods Inc. recalled 40,000 cases of frozen dinners on Tuesday.\n\n' +
    'The union representing workers at the plant welcomed the decision to keep paying staff. ' +
    '"Our members warned management for months," the union said in an email.\n';
  assert.equal(speakerOf(text, 'Our members warned'), 'the union');
});

test('"the union said" is not a false name a Title Case headline glued together ("Union Vows to Fight")', () => {
  const text =
    "Hospital Cuts Night Shifts, Nurses' Union Vows to Fight\n\n" +
    'The Lakeland Nurses Federation said on Monday that wards were short of 900 nurses.\n\n' +
    '"Patients will wait longer," the union said.\n';
  assert.equal(speakerOf(text, 'Patients will wait'), 'The Lakeland Nurses Federation');
});

test('a short first paragraph is no headline: "the department said" takes up the body it names', () => {
  const text =
    'The federal Department of Justice said it would appeal the ruling.\n\n' +
    '"We disagree with the court," the department said.\n';
  assert.equal(speakerOf(text, 'We disagree'), 'the federal Department of Justice');
});

test('"the Department of Transportation said" is that department, not a person called "Transportation"', () => {
  const text =
    'The Department of Transportation said it had offered the authority emergency funding last year.\n\n' +
    '"That offer remains on the table," the department said.\n';
  assert.equal(speakerOf(text, 'That offer remains'), 'the Department of Transportation');
  assert.equal(typeOf(text, 'the Department of Transportation'), 'organization');
});

test('"The Planetary Society said" is a body: a name of several words after "the" names no person', () => {
  const text =
    'The lunar lander will launch six months late.\n\n' +
    'The Planetary Society urged governments to keep funding the programme. "Delays are normal," the group said.\n';
  assert.equal(typeOf(text, 'the Planetary Society'), 'organization');
  assert.equal(speakerOf(text, 'Delays are normal'), 'the Planetary Society');
});

test('"the Wisconsin Republican" after "the" is still a person described, not a body', () => {
  const text = 'Rep. Dana Whitlock spoke on Thursday.\n\n' + '"We need more time," the Wisconsin Republican said.\n';
  assert.notEqual(typeOf(text, 'the Wisconsin Republican'), 'organization');
});

test('a surname in capitals labelling a turn is the person named, not an acronym ("FALLIN" for Mary Fallin)', () => {
  const text = 'Gov. Mary Fallin spoke to reporters on Monday.\n\nFALLIN said the state would recover.\n';
  const a = analyze(text);
  assert.equal(a.quotes.find((q) => q.kind === 'indirect')?.speaker, 'Mary Fallin');
});

test('a union local speaking after its quote keeps its branch number in its name', () => {
  const text = '"This is a betrayal of riders," said Amalgamated Transit Union Local 1140.\n';
  assert.equal(speakerOf(text, 'This is a betrayal'), 'Amalgamated Transit Union Local 1140');
  // near miss: a number that is no part of the name ("said Harlow Council 12 times") is left out
  const counted = '"We will not move," Harlow Council said 12 times in its letter.\n';
  assert.equal(speakerOf(counted, 'We will not move'), 'Harlow Council');
});

test('a company speaking under its short name after its legal name is one speaker', () => {
  const text =
    'Kenyan operator Savanna Grid Ltd said on Thursday it had raised $45 million.\n\n' +
    '"This is a turning point," Savanna Grid said in a statement.\n';
  assert.equal(speakerOf(text, 'This is a turning point'), 'Savanna Grid Ltd');
  assert.deepEqual(
    analyze(text).speakers.map((s) => s.name),
    ['Savanna Grid Ltd'],
  );
});

test('"Clinton\'s campaign", "her campaign" and "the Clinton campaign" are one speaker; an office keeps the full name', () => {
  const campaign =
    'Hillary Clinton spoke in Ohio on Monday. "We reject the claim," Clinton\'s campaign said. ' +
    '"It is false," her campaign said.\n';
  assert.deepEqual(
    analyze(campaign).speakers.map((s) => s.name),
    ['the Clinton campaign'],
  );
  const office =
    'Mayor Ann Bell spoke on Monday. "We reject the claim," Bell\'s office said. "It is false," her office said.\n';
  assert.deepEqual(
    analyze(office).speakers.map((s) => s.name),
    ["Ann Bell's office"],
  );
});

test('"the department said" after a body named without the noun is that body, from the paragraph before', () => {
  const text = [
    'Northern Health Services Canada said in a statement that 12 clinics were still short of nurses.',
    '',
    '"We are hiring in every region," the department said.',
  ].join('\n');
  assert.equal(speakerOf(text, 'We are hiring'), 'Northern Health Services Canada');
  // near miss: a department further back than the last paragraph is no antecedent; it stays as written
  const far = [
    'Northern Health Services Canada said in a statement that 12 clinics were still short of nurses.',
    '',
    'Nurse Ella Brandt said the shortage had lasted for years.',
    '',
    'Her colleague Tom Vickers agreed with her.',
    '',
    '"We are hiring in every region," the department said.',
  ].join('\n');
  assert.equal(speakerOf(far, 'We are hiring'), 'the department');
});

test('a lone word opening a company name named before is that company: "Northvale reported …"', () => {
  const text = [
    'Brindle Copper Corp cut its forecast on Thursday, citing lower grades at its mine.',
    '',
    'Brindle reported a quarterly loss of $62 million.',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.startsWith('a quarterly loss'));
  assert.equal(q?.speaker, 'Brindle Copper Corp');
  // near miss: a person who shares the word is still that person
  const person = [
    'Brindle Copper Corp cut its forecast on Thursday.',
    '',
    'Analyst Mara Brindle said the cut was overdue. Brindle reported a rise in short positions.',
  ].join('\n');
  const p = analyze(person).quotes.find((x) => x.text.startsWith('a rise'));
  assert.equal(p?.speaker, 'Mara Brindle');
});

test('"CALGARY — X Ltd. will cut …, the company confirmed": the body after a dateline opens the sentence', () => {
  const text = [
    'Oilsands cuts loom as automation spreads',
    '',
    'CALGARY — Brindle Sands Ltd. will cut 600 jobs at its mines, the company confirmed Monday.',
  ].join('\n');
  const q = analyze(text).quotes.find((x) => x.text.startsWith('Brindle Sands'));
  assert.equal(q?.speaker, 'Brindle Sands Ltd.');
  // near miss: a dash inside a sentence is no dateline; the sentence still opens at its first word
  const dash = 'Brindle Sands Ltd. — long a target of critics — will cut 600 jobs, the company confirmed Monday.';
  assert.equal(analyze(dash).quotes.find((x) => x.text.includes('600 jobs'))?.speaker, 'Brindle Sands Ltd.');
});

test('a body named for its purpose is one organization: "the Center for Civilian Protection", never a person', () => {
  const orgs = (text: string): string[] => findEntities(text).organizations.map((o) => o.text);
  assert.deepEqual(orgs('Leila Haddad directs the Center for Civilian Protection in Beirut.'), [
    'Center for Civilian Protection',
  ]);
  assert.deepEqual(orgs('The Centers for Disease Control and Prevention issued a warning.'), [
    'Centers for Disease Control and Prevention',
  ]);
  assert.deepEqual(orgs('Maya Gold of the Committee for a Responsible Federal Budget said so.'), [
    'Committee for a Responsible Federal Budget',
  ]);
  const text = 'The Center for Civilian Protection counts the dead. "We count the bodies," the group said.';
  assert.equal(analyze(text).quotes[0].speaker, 'Center for Civilian Protection');
  // near misses: a lower-case head and a purpose in lower case name no body
  assert.deepEqual(orgs('He visited a centre for refugees in Calais.'), []);
  assert.deepEqual(
    orgs('She founded the Center for the arts in 1990.').filter((o) => o.includes('arts')),
    [],
  );
});

test('a union local before its verb keeps its number ("Teamsters Local 727 said in a statement that …")', () => {
  const q = analyze('Teamsters Local 727 said in a statement that the strike would continue.').quotes[0];
  assert.equal(q.speaker, 'Teamsters Local 727');
  assert.equal(q.speakerMention?.text, 'Teamsters Local 727');
});

test('"the union said" takes up the union, not the Senate of "Senate primaries" named after it', () => {
  const text =
    'The race is one of six that will decide control of the Senate.\n\n' +
    "The rally came a day after the United Tinplate Workers endorsed Mara Vollen, breaking with the union's habit " +
    'of staying neutral in Senate primaries in Idaho.\n\n' +
    '"Mara Vollen has never missed a vote that mattered to us," the union said in a statement.\n';
  assert.equal(speakerOf(text, 'Mara Vollen has'), 'the United Tinplate Workers');
  // near miss: "the agency", a noun a public body goes by too, still takes up the department named last
  const agency =
    'The race is one of six that will decide control of the Senate.\n\n' +
    'Ferry operators were fined on Monday by the Idaho Transportation Department.\n\n' +
    '"Safety rules apply to every boat," the agency said.\n';
  assert.equal(speakerOf(agency, 'Safety rules'), 'Idaho Transportation Department');
});

test('"the group said" takes up the body an indefinite appositive describes ("X, a super PAC backing Y,")', () => {
  const text =
    'Ferrin also answered an ad from the Lakeshore Renewal Fund, a super PAC backing his opponent, that blames him ' +
    'for a rise in car thefts.\n\n' +
    '"Car thefts doubled on his watch," the group said in a statement.\n';
  assert.equal(speakerOf(text, 'Car thefts'), 'Lakeshore Renewal Fund');
  // near miss: ", a day after Belmar Freight …" is no appositive; the company named last stays the one taken up
  const later =
    'Regulators fined Corvane Holdings, a day after Belmar Freight cut its forecast.\n\n' +
    '"We expect a weak quarter," the company said.\n';
  assert.equal(speakerOf(later, 'We expect'), 'Belmar Freight');
});

test('a known company the recognizer left untagged speaks where it does something ("Twitter said it was …")', () => {
  const text = 'Facebook did not respond to a request for comment. Twitter said it was looking into the matter.';
  const q = analyze(text).quotes.find((x) => x.text.includes('looking into'));
  assert.equal(q?.speaker, 'Twitter');
  assert.equal(typeOf(text, 'Twitter'), 'organization');
  // near miss: the platform a person writes on is no speaker
  const wrote = analyze('Ann Bell quit. She wrote on Twitter that she was done.').quotes[0];
  assert.equal(wrote?.speaker, 'Ann Bell');
});

test('"the panel" takes up a committee named before, "the agency" an administration', () => {
  const committee = [
    'The House Select Committee on Harbor Safety released its findings on Tuesday.',
    '',
    '"So far, 59 of the 75 witnesses had never been interviewed," the panel said.',
  ].join('\n');
  assert.equal(analyze(committee).quotes[0]?.speaker, 'House Select Committee');
  const agency = [
    'The Coastal Drug Administration approved the vaccine on Friday.',
    '',
    '"The benefits clearly outweigh the risks," the agency said.',
  ].join('\n');
  assert.equal(analyze(agency).quotes[0]?.speaker, 'Coastal Drug Administration');
});

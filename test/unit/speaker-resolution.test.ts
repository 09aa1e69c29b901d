// Who a quote's speaker resolves to: the attribution finding the right words, and those words naming the right
// entity ("she" after her own quote, a participle after "X said,", the unnamed woman who just spoke). Sentences and
// names invented for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { findEntities } from '../../src/core/entities';

const quoteOf = (text: string, quoteStart: string): ReturnType<typeof analyze>['quotes'][number] | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(quoteStart));
const speakerOf = (text: string, quoteStart: string): string | null | undefined => quoteOf(text, quoteStart)?.speaker;

test('a participle right after "X said," reports for X, not for the sentence subject', () => {
  const text = [
    'Tarrant Biles did not stay long after the meeting, Omar Ubeli said, adding, "He was not very friendly."',
  ].join('\n');
  assert.equal(speakerOf(text, '"He was not'), 'Omar Ubeli');
});

test('"X is quoted as saying" names X', () => {
  const text = [
    'Dara Halvard runs a small polling firm.',
    '',
    '"We ask the right people," Halvard is quoted as saying.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We ask'), 'Dara Halvard');
});

test('phrasal cues: "she went on:", "Brannock shot back"', () => {
  const text = [
    'Mira Santos spoke for an hour at the library. She went on: "It is like a leaking roof."',
    '',
    '"Look at all these people," Ilse Odell said. "They are here for the food," Pieter Brannock shot back.',
  ].join('\n');
  assert.equal(speakerOf(text, '"It is like'), 'Mira Santos');
  assert.equal(speakerOf(text, '"They are here'), 'Pieter Brannock');
});

test('a modal before the cue: "a spokesman for X could only quip:"', () => {
  const text =
    'The timing was so odd that a spokesman for the Varo Party could only quip: "I guess the hall was booked."';
  assert.match(speakerOf(text, '"I guess') ?? '', /spokesman/);
});

test('a list of verbs before "and said" keeps its subject', () => {
  const text = [
    'When I asked Wendell Price about the vote, he looked at the camera, furrowed his brow and said, "I will win!"',
  ].join('\n');
  assert.equal(speakerOf(text, '"I will win'), 'Wendell Price');
});

test('a role subject before ", and added:" speaks', () => {
  const text = [
    'Governor Alma Reyes spoke in Tarnow on Monday.',
    '',
    'The governor noted that she taught law for years, and added: "I know a little about this."',
  ].join('\n');
  assert.equal(speakerOf(text, '"I know a little'), 'Alma Reyes');
});

test('a text sent is not a speaker: "his campaign sent out a text message saying:"', () => {
  const text = [
    'Senator Tomas Rollins of Idaho won the primary on Tuesday.',
    '',
    'Even before Rollins took the stage, his campaign sent out a text message to supporters saying: "We won the state!"',
  ].join('\n');
  assert.notEqual(speakerOf(text, '"We won'), 'a text message to supporters');
});

test("a party tag's dot does not end the sentence before a participle", () => {
  const text = 'Rep. Lena Corvo (D-Ore.) reacted to the news, saying: "This is a disgrace."';
  assert.equal(speakerOf(text, '"This is a disgrace'), 'Lena Corvo');
});

test('"she" after her own quote, continued past a description, stays hers', () => {
  const text = [
    'Jorun Vasquez-Lind has worked at the plant for 20 years. Nadia Ferro, her neighbor, works there too.',
    '',
    'The pay is good, but it was not just the money that kept her there, Ms. Vasquez-Lind said. "It is pretty cool working there," she said, describing how she bends the "copper coils," long rods that carry the heat. "And when you do it for years, people are like family."',
  ].join('\n');
  assert.equal(speakerOf(text, '"And when you do'), 'Jorun Vasquez-Lind');
});

test('"he" takes the paragraph\'s first man named, though a woman opens the paragraph', () => {
  const text = [
    '"We need calm," Inspector Hale Dunmore said at the first hearing.',
    '',
    'While Ms. Petra Ortiz pledged to work with both parties, Mr. Martin Brandt insisted that change will come only from the streets. "Nothing will happen without a revolt," he said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Nothing will happen'), 'Martin Brandt');
});

test('a lone surname is the person of that surname, not a name that merely contains it', () => {
  const text = [
    'Marta Kessel, the minister, met aides on Monday.',
    '',
    'The memo, sent to Kessel Chief of Staff Ana Pruitt, was short.',
    '',
    '"So far so good," Kessel replied.',
  ].join('\n');
  assert.equal(speakerOf(text, '"So far'), 'Marta Kessel');
});

test('"she said" right after an unnamed woman spoke is that woman', () => {
  const text = [
    'Donna Lagarde, who runs the bakery, said the town was calm.',
    '',
    '"They will start fighting soon," said the woman, who did not want to be named. "Too much hate," she said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Too much hate'), 'the woman');
});

test('a rank with its ordinal stays in the title: "said Air Force 1st Lt. Corin Talbot"', () => {
  const text = '"I really do not understand why," said Air Force 1st Lt. Corin Talbot.';
  assert.equal(speakerOf(text, '"I really'), 'Corin Talbot');
});

test('a dateline is not the subject, nor is a possessor: "WASHINGTON (AP) — X\'s aide rallied …, saying:"', () => {
  const text = [
    'Headline',
    '',
    'WASHINGTON, Dec. 8 (AP) — In response to the plan, Mara Quist’s right-hand woman rallied supporters, saying: “We have to be ready.”',
  ].join('\n');
  assert.equal(speakerOf(text, '“We have to'), 'Mara Quist’s right-hand woman');
});

test('a name that is all a pair of quotation marks holds is a title, not a person "he" could be', () => {
  const text = [
    'Later on Sunday, Dr. Owen Marlow shared a syllabus for a 2002 class called “Perception” on his page.',
    '',
    'The candidate also disputed a story about his scholarship. “Those are the words they would use,” he said.',
  ].join('\n');
  const a = analyze(text);
  assert.ok(!a.people.some((p) => p.text === 'Perception'));
  assert.equal(speakerOf(text, '“Those are'), 'Owen Marlow');
});

test("a sentence handing over with a colon and no reporting verb is its subject's, with less confidence", () => {
  const text = [
    'The vote was close.',
    '',
    'Senate Leader Mitch Halloran, R-Ky., delivered a blunt message to the mayor: "It is time to quit attacking people."',
  ].join('\n');
  const q = quoteOf(text, '"It is time');
  assert.equal(q?.speaker, 'Mitch Halloran');
  assert.ok((q?.confidence ?? 1) < 0.8);
});

test('a name before several appositives (age, town, role) is the speaker', () => {
  const text = [
    'Poll',
    '',
    '"I just do not trust her," Cecelia Varga, 67, a retired clerk in Allentown, Pa., said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"I just do not'), 'Cecelia Varga');
});

test('an honorific inside a title run ends the name; a comma after a party tag still leads to the name', () => {
  const text = [
    'Speech',
    '',
    '"Most of the speech is different," said Vermont Gov. Chris Colby.',
    '',
    '"Most of it is the same," Ohio Gov. John Kastner (R-Ohio), said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Most of the speech'), 'Chris Colby');
  assert.equal(speakerOf(text, '"Most of it'), 'John Kastner');
});

test('an office no title matched is the person the passage is about, with low confidence', () => {
  const text = [
    'Budget',
    '',
    'The budget passed the state house on Monday after a long night of debate over schools, roads and the new tax on fuel that the governor had asked for in the spring.',
    '',
    'One month after backing the plan, Marco Ruiz still believes it is flawed. "I stand by everything I said," the Idaho senator told reporters on Thursday.',
  ].join('\n');
  const q = quoteOf(text, '"I stand by');
  assert.equal(q?.speaker, 'Marco Ruiz');
  assert.ok((q?.confidence ?? 1) < 0.8);
});

test('"the Mexican president" is not a person the text never tied to Mexico', () => {
  const text = [
    'Visit',
    '',
    'The visit was arranged in haste over the weekend, and few details of the agenda were released to the press before the two delegations met at the border.',
    '',
    'Tom Barrow met the leader of Mexico on Wednesday. "We had a good talk," Barrow said. Later the Mexican president said, "We did not discuss the wall."',
  ].join('\n');
  assert.notEqual(speakerOf(text, '"We did not'), 'Tom Barrow');
});

test('an organization introducing a statement in the paragraph before speaks the quote that follows', () => {
  const text = [
    'Party apologizes',
    '',
    'The party was under pressure all week after the leaked emails mocked one of its candidates and his faith, and several members called for resignations.',
    '',
    'On Monday, Acme Widgets Inc. issued a statement apologizing to the candidate.',
    '',
    '"On behalf of everyone here, we offer a deep and sincere apology to the candidate and his supporters."',
  ].join('\n');
  assert.match(speakerOf(text, '"On behalf') ?? '', /Acme Widgets/);
});

test('an organization speaks under its whole name, not the words after a title-like one', () => {
  const text = [
    'Party apologizes',
    '',
    'The party was under pressure all week after the leaked emails mocked one of its candidates and his faith, and several members called for resignations.',
    '',
    '"We are sorry," said the Democratic National Council.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We are sorry'), 'the Democratic National Council');
});

test('"his campaign sent out a text message saying:" is the campaign\'s', () => {
  const text = [
    'Senator Tomas Rollins of Idaho won the primary on Tuesday.',
    '',
    'Even before Rollins took the stage, his campaign sent out a text message to supporters saying: "We won the state!"',
  ].join('\n');
  assert.equal(speakerOf(text, '"We won'), 'the Rollins campaign');
});

test('a clause ending in a colon: its subject past a description and a capitalized appositive', () => {
  const text =
    'One early backer, Representative Lena Morrow, Democrat of Ohio, gave the idea a whirl on the radio: "It is unfair."';
  assert.equal(speakerOf(text, '"It is unfair'), 'Lena Morrow');
});

test('a name in apposition to the opening noun phrase is the subject: "The editor I met, Tim Vale, interrupted"', () => {
  const text =
    'The editor I was talking to, Tim Vale, interrupted me in mid-sentence to announce, "There goes the show."';
  assert.equal(speakerOf(text, '"There goes'), 'Tim Vale');
});

test("a participle's subject across a short quoted title in its sentence", () => {
  const text =
    'Later on Sunday, Tom Brandt shared a report called "Perception" on his Facebook page, writing "Here is the report you said never existed."';
  assert.equal(speakerOf(text, '"Here is the report'), 'Tom Brandt');
});

test('a long relative clause between the subject and "issued a statement saying"', () => {
  const text = [
    'Mr. Dale Hollis, who said last week that a judge in a case involving his old company was biased against him because',
    'of where his parents were born, issued a statement Tuesday saying, "I do not doubt the court."',
  ].join(' ');
  assert.equal(speakerOf(text, '"I do not doubt'), 'Dale Hollis');
});

test('an appositive without its closing comma: the name right after the quote is the speaker', () => {
  const text = [
    'Race',
    '',
    '"The mayor needs a plan for the suburbs," Ada Reyes, the pollster who runs the county survey tweeted on Monday.',
  ].join('\n');
  assert.equal(speakerOf(text, '"The mayor needs'), 'Ada Reyes');
});

test('a person\'s ad speaks for their campaign: "one Rivera ad declared" is the Rivera campaign', () => {
  const text = [
    'Ads',
    '',
    'Senator Laura Rivera has spent heavily on television this month.',
    '',
    'Her rival is painted as reckless - "He would gamble away your pension," one Rivera ad declared - and the race has tightened.',
  ].join('\n');
  assert.equal(speakerOf(text, '"He would gamble'), 'the Rivera campaign');
});

test('delayed identification: a description, then the person named opening the next sentence', () => {
  const text = [
    'Harbour',
    '',
    'In reply to the port plan, the mayor\'s right-hand woman rallied volunteers, saying: "We have to stop this."',
    '',
    'Ann Bellamy, deputy mayor of Northport, emailed volunteers on Monday evening.',
  ].join('\n');
  assert.equal(speakerOf(text, '"We have to stop'), 'Ann Bellamy');
});

test('a description stays unnamed when the next name is someone else, a signature, or the source is anonymous', () => {
  const signed = ['Letters', '', 'The reader wrote to us: "The port plan is a disgrace."', '', 'Karl Brenner.'].join(
    '\n',
  );
  assert.notEqual(speakerOf(signed, '"The port plan'), 'Karl Brenner');
  const unnamed = [
    'Harbour',
    '',
    'A spokeswoman for the mayor said: "We have to stop this."',
    '',
    'Ann Bellamy, a resident, disagreed.',
  ].join('\n');
  assert.notEqual(speakerOf(unnamed, '"We have to stop'), 'Ann Bellamy');
});

test('the phrase after a participle cue is its object, not its speaker ("her memo explaining the merger, …")', () => {
  const text = [
    'Merger',
    '',
    'As the chief executive, Ada Lindqvist, put it in her memo to staff explaining the merger, "Imagine a world where we lead."',
  ].join('\n');
  assert.equal(speakerOf(text, '"Imagine a world'), 'Ada Lindqvist');
});

test('a name the recognizer took for a company is a person when its appositive is a role ("executive director of …")', () => {
  const text = [
    'Harbour',
    '',
    'Mercedes Lapp, executive director of the Harbour Majority Fund, a local group, said she thinks the port will grow.',
    '',
    'The mayor, Ann Kessler, agreed.',
    '',
    '"Donors are excited," she said.',
  ].join('\n');
  const a = analyze(text);
  assert.equal(a.speakers.find((s) => s.name === 'Mercedes Lapp')?.type, 'person');
  assert.equal(speakerOf(text, '"Donors are'), 'Mercedes Lapp');
});

test('"the Texan said": a regional demonym as a description is the person the passage is about', () => {
  const text = [
    'Race',
    '',
    'Former governor Rick Navarro endorsed a rival on Monday. The former governor noted that voters want an outsider.',
    '"Those are very skilled, very experienced governors," the Texan said.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Those are very'), 'Rick Navarro');
});

test("a participle after a reported clause goes on with that report's speaker, not an opening phrase", () => {
  const text = [
    'Port',
    '',
    'Alongside union calls for action, even a senior harbour official said the mayor will have to pick a side, saying, "At some point she has to decide."',
  ].join('\n');
  const q = quoteOf(text, '"At some point');
  assert.equal(q?.speakerMention?.text, 'a senior harbour official');
});

test('a lone first name seen alone tells its gender: "he" after "his wife, Kathryn," is not Kathryn', () => {
  const text = [
    'Family',
    '',
    'As for Tobias Varga, his leanings are plain.',
    '',
    "Tobias Varga's wife, Kathryn, is a trustee of a climate fund. The couple started a foundation.",
    '',
    'In an essay in December, he wrote, "Entrenched interests spin the fiction that science is divided."',
  ].join('\n');
  assert.equal(speakerOf(text, '"Entrenched'), 'Tobias Varga');
});

test('"the judge" before any judge is named is the person next named with that title, not the passage subject', () => {
  const text = [
    'Court',
    '',
    'Lawyer Ben Talbot argued for mercy for an hour. Talbot said the case had been slanted.',
    '',
    '"Everything that you have said has overlapped," the judge exclaimed.',
    '',
    'Everyone was puzzled. Here was Judge Orwin professing his inability to tell the two apart.',
  ].join('\n');
  assert.equal(speakerOf(text, '"Everything that'), 'Orwin');
});

test('a surname misspelled by two swapped letters is the person named before ("Keidis" after "Anthony Kiedis")', () => {
  const text = [
    'Band',
    '',
    '"We had written two dozen songs," singer Anthony Kiedis said.',
    '',
    '"He wants new songs written in the studio," Keidis continued.',
  ].join('\n');
  assert.equal(speakerOf(text, '"He wants new'), 'Anthony Kiedis');
});

test('after a quote, a description then the name it gives: the name speaks, the mention runs from the description', () => {
  const text = [
    'Bridges',
    '',
    'The bishop spoke on Sunday.',
    '',
    '"We should build bridges, not walls," the diocese spokesman, Federico Lombardo, told a local radio station.',
  ].join('\n');
  const q = quoteOf(text, '"We should build');
  assert.equal(q?.kind, 'direct');
  assert.equal(q?.speaker, 'Federico Lombardo');
  assert.equal(q?.speakerMention?.text, 'the diocese spokesman, Federico Lombardo');
});

test('a short description opening the clause right before a cue is its subject ("Another child responded, …")', () => {
  const text = ['Visit', '', 'A girl asked who he was. Another child responded, "That is her husband."'].join('\n');
  assert.equal(quoteOf(text, '"That is her')?.speakerMention?.text, 'Another child');
});

test('two descriptions joined by "and" after a quote: the first names the speaker ("the Ohio senator and … candidate")', () => {
  const text = [
    'Tests',
    '',
    'Senator Dana Whitfield of Ohio responded first.',
    '',
    '"The test shows how reckless the regime is," the Ohio senator and presidential candidate said in a statement.',
  ].join('\n');
  assert.equal(speakerOf(text, '"The test shows'), 'Dana Whitfield');
});

test('a quote set as its own paragraph and signed below it ("- Dana Reyes") is the signer\'s', () => {
  const text = [
    'Debate lines',
    '',
    'The best lines of the night:',
    '',
    '"Almost all new income is going to the top 1 percent."',
    '',
    '- Tomas Ferreira',
    '',
    '"I will look into it. I do not know the status."',
    '',
    '— Dana Reyes',
  ].join('\n');
  assert.equal(speakerOf(text, '"Almost all'), 'Tomas Ferreira');
  assert.equal(speakerOf(text, '"I will look'), 'Dana Reyes');
});

test('right after a quote, any past verb before a capitalized speaker is an inverted cue ("beamed Dana Hartley")', () => {
  const text = [
    'Convention',
    '',
    'A delegate climbed atop her chair.',
    '',
    '"This is fantastic!" beamed Dana Hartwell of Madison, who had snuck onto the floor.',
    '',
    'Senator Luis Rivera watched from the stands.',
    '',
    '"What sport is she talking about?" reacted Rivera.',
  ].join('\n');
  assert.equal(speakerOf(text, '"This is fantastic'), 'Dana Hartwell');
  assert.equal(speakerOf(text, '"What sport'), 'Luis Rivera');
});

test('"said one of those advisers": one member of a group after an inverted cue is the speaker', () => {
  const text = ['Race', '', 'The advisers met.', '', '"There is no path for her," said one of those advisers.'].join(
    '\n',
  );
  assert.equal(quoteOf(text, '"There is no path')?.speakerMention?.text, 'one of those advisers');
});

test('before a cue, a description then the name in apposition: "Another user, Roland Zeller, wrote: …"', () => {
  const text = [
    'Posts',
    '',
    '"Whoever opens the borders has no place here!" wrote a man calling himself Karl Karl. Another user, Roland Zeller, wrote of the chancellor: "Your boss is still bringing them in."',
  ].join('\n');
  assert.equal(speakerOf(text, '"Your boss'), 'Roland Zeller');
});

test('an age epithet is the person of that age: "Asante, 19," … "the teenager"; "Landry, 61," … "the 61-year-old"', () => {
  const text = [
    'Substitute Kwame Asante scored in the 89th minute. Manager Siobhan Keane praised him.',
    '',
    '"They believed it," Keane said.',
    '',
    'Asante, 19, was making only his third league appearance.',
    '',
    '"I just closed my eyes and hit it," the teenager told Radio Harbour.',
    '',
    'Peter Landry, 61, pleaded guilty in March. Judge Amelia Grant sentenced him on Friday.',
    '',
    '"I am sorry," the 61-year-old told the court.',
  ].join('\n');
  const speakerOf = (content: string) => analyze(text).quotes.find((q) => q.text.includes(content))?.speaker;
  assert.equal(speakerOf('closed my eyes'), 'Kwame Asante');
  assert.equal(speakerOf('I am sorry'), 'Peter Landry');
});

test('"the mayor said" near the top with no mayor named below is the unnamed mayor, not nobody', () => {
  const text = 'Mill closes\n\n"We will fight," the mayor said. The vote was 5-2.';
  assert.equal(analyze(text).quotes.find((q) => q.text.startsWith('"We will fight'))?.speaker, 'the mayor');
  // a mayor named below still takes the quote
  const named = 'Mill closes\n\n"We will fight," the mayor said. Mayor Ann Voss called it a sad day.';
  assert.equal(analyze(named).quotes.find((q) => q.text.startsWith('"We will fight'))?.speaker, 'Ann Voss');
});

test('a noun of what someone says before a colon hands them the quote: "Hale\'s motto was simple:", "her familiar lines:"', () => {
  const motto = 'Tom Hale ran the campaign. Hale\'s motto was simple: "Never lose a county twice."';
  assert.equal(speakerOf(motto, '"Never lose'), 'Tom Hale');
  const lines =
    'Mayor Ann Voss spoke at the summit.\n\nBut back home, she returned to her familiar lines: "We will build the road."';
  assert.equal(speakerOf(lines, '"We will build'), 'Ann Voss');
  // a clause with no word of speech before the colon is no one's introduction
  const visit = 'Mayor Ann Voss spoke at the summit.\n\nBut back home, she visited the mill: "Closed" read the sign.';
  assert.notEqual(speakerOf(visit, '"Closed'), 'Ann Voss');
});

const HEARING = 'The hearing ran late into the night on Tuesday, and the room was packed with residents.\n\n';

test('a party in an appositive is a role a later description can name: "Tom Hale, a Republican from Ohio," … "the Ohio Republican"', () => {
  for (const desc of ['the Republican', 'the Ohio Republican']) {
    const text = `${HEARING}Tom Hale, a Republican from Ohio, listened for an hour.\n\n"This cannot stand," ${desc} said.`;
    assert.equal(speakerOf(text, '"This cannot'), 'Tom Hale', desc);
  }
  // another state is someone else
  const other = `${HEARING}Tom Hale, a Republican from Ohio, listened for an hour.\n\n"This cannot stand," the Texas Republican said.`;
  assert.notEqual(speakerOf(other, '"This cannot'), 'Tom Hale');
});

test('one office by its other names: "Rep." is "the congresswoman", "Councillor" "the councilman"', () => {
  const rep = `${HEARING}Rep. Jane Hale, a Democrat, listened for an hour.\n\n"This cannot stand," the congresswoman said.`;
  assert.equal(speakerOf(rep, '"This cannot'), 'Jane Hale');
  const council = `${HEARING}Councillor Tom Hale listened for an hour.\n\n"This cannot stand," the councilman said.`;
  assert.equal(speakerOf(council, '"This cannot'), 'Tom Hale');
});

test('who runs a club or a company is its "boss": "Rovers manager Ann Hale" … "the Rovers boss"', () => {
  const club = `${HEARING}Rovers manager Ann Hale watched from the stand. City boss Tom Reid stayed below.\n\n"We earned it," the Rovers boss said.`;
  assert.equal(speakerOf(club, '"We earned'), 'Ann Hale');
  const firm = `${HEARING}Acme chief executive Ann Hale listened for an hour.\n\n"We will appeal," the Acme boss said.`;
  assert.equal(speakerOf(firm, '"We will appeal'), 'Ann Hale');
  // near miss: a captain is no boss; the club's manager named before her is
  const other = `${HEARING}Tom Reid, the Rovers manager, sat in the dugout. Rovers captain Ann Hale scored twice.\n\n"We earned it," the Rovers boss said.`;
  assert.equal(speakerOf(other, '"We earned'), 'Tom Reid');
});

test('"Rep. Tom Hale" opening a sentence is the whole name, not "Tom"', () => {
  const text = `${HEARING}Rep. Tom Hale listened for an hour.\n\n"This cannot stand," the lawmaker said.`;
  assert.equal(speakerOf(text, '"This cannot'), 'Tom Hale');
});

test('"That was Hale\'s warning" after a quote recalls whose words they were', () => {
  const text = `${HEARING}Council member Tom Hale has fought the levy for months.\n\n"Ships will go elsewhere." That was Hale's warning on Tuesday.`;
  assert.equal(speakerOf(text, '"Ships will go'), 'Tom Hale');
  // a recap naming no words of anyone's is no attribution (the paragraph before names no one either)
  const mood = `${HEARING}The levy has been fought for months.\n\n"Ships will go elsewhere." That was the mood in the hall.`;
  assert.equal(speakerOf(mood, '"Ships will go'), null);
});

test('"board member", "council member" are roles before a name: "the board member", "the councillor" later', () => {
  const board = `${HEARING}Board member Jane Hale has fought the levy for months.\n\n"Ships will go elsewhere," the board member said.`;
  assert.equal(speakerOf(board, '"Ships will go'), 'Jane Hale');
  const council = `${HEARING}Council member Tom Hale has fought the levy for months.\n\n"Ships will go elsewhere," the councillor said.`;
  assert.equal(speakerOf(council, '"Ships will go'), 'Tom Hale');
});

test('given names that are also words carry their gender: "she" skips Mark Dunn for Ann Voss', () => {
  const text = `${HEARING}Mayor Ann Voss opened the debate. Mark Dunn, a lawyer for the port, said the levy broke federal law. Voss disagreed.\n\n"He is wrong," she said.`;
  assert.equal(speakerOf(text, '"He is wrong'), 'Ann Voss');
  const grace = `${HEARING}Tom Hale opened the debate. Grace Okafor, a lawyer for the port, said the levy broke federal law. Hale disagreed.\n\n"She is wrong," he said.`;
  assert.equal(speakerOf(grace, '"She is wrong'), 'Tom Hale');
});

test('"the 61-year-old Hale said", "the embattled Hale said": an article and an epithet before the name', () => {
  for (const subject of ['the 61-year-old Hale', 'the embattled Hale', 'the veteran councillor Hale']) {
    const text = `${HEARING}Council member Tom Hale spoke first.\n\n"I have run a boatyard for 20 years," ${subject} said.`;
    assert.equal(speakerOf(text, '"I have run'), 'Tom Hale', subject);
  }
});

test('"As Voss put it:" is Voss: a function word opening the sentence is no part of the name', () => {
  const text = `${HEARING}Mayor Ann Voss spoke first.\n\nAs Voss put it: "He is wrong."`;
  assert.equal(speakerOf(text, '"He is wrong'), 'Ann Voss');
  assert.ok(!findEntities(text).people.some((p) => p.text === 'As Voss'));
});

test('a lone ordinary word opening the sentence is no speaker ("What", "Related"); a group word is unnamed sources', () => {
  const what = `${HEARING}What happened next, Voss said, was a walkout.`;
  assert.ok(!analyze(what).speakers.some((s) => s.name === 'What'));
  const critics = `${HEARING}Critics say the levy will drive ships away.`;
  const q = analyze(critics).quotes.find((x) => x.kind === 'indirect');
  assert.equal(q?.speaker, 'critics');
  assert.equal(analyze(critics).speakers.find((s) => s.name === 'critics')?.type, 'anonymous');
});

test('a short quote right after an attributed one goes on with it: \'"No," he said. "Never."\'', () => {
  const text = `${HEARING}Council member Tom Hale opposes the levy.\n\nHale shook his head. "No," he said. "Never."`;
  const q = analyze(text).quotes.find((x) => x.text.startsWith('"No,"'));
  assert.equal(q?.text, '"No," he said. "Never."');
  assert.equal(q?.speaker, 'Tom Hale');
  // a short title-case quote after a sentence without a quote stays a named title, not speech
  const title = `${HEARING}Council member Tom Hale opposes the levy. He likes the show "Harbour Nights."`;
  assert.ok(!analyze(title).quotes.some((x) => x.kind === 'direct'));
});

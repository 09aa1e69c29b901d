// "She said" when two women (or two men) compete: who took the floor inside the pronoun's own paragraph, who was
// asked and who asked, the role a name has after "said union president …", and a person's gender read from the
// words around the name ("a father of three", "Councilwoman", "her flat") when the first name does not tell.
// Passages written for these tests in British, Canadian and wire styles; people, places and outlets fictional.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { tokenize } from '../../src/core/entities/tokenize';
import { mentionRole } from '../../src/core/speakers/mentionRole';

const speakerOf = (text: string, quoteStart: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.kind === 'direct' && q.text.includes(quoteStart))?.speaker;

const passage = (...paragraphs: string[]): string => paragraphs.join('\n\n');

/** The role of the first mention of `name` in `sentence`. */
function roleIn(sentence: string, name: string): string {
  const tokens = tokenize(sentence).map((t) => ({ ...t, line: 0 }));
  const first = name.split(' ')[0];
  const from = tokens.findIndex((t) => t.text === first);
  return mentionRole(tokens, from, from + name.split(' ').length, false);
}

test('mentionRole: a speaker named after "said" and a lower-case title is a subject; the one asked is an object', () => {
  assert.equal(roleIn('"We will vote next week," said union president Diane Coutts.', 'Diane Coutts'), 'subject');
  assert.equal(roleIn('"It is over," said hospital director Lynn Carver on Friday.', 'Lynn Carver'), 'subject');
  assert.equal(
    roleIn('Rosa Delgado, an organiser, asked Senator Janet Pryce whether the state would act.', 'Janet Pryce'),
    'object',
  );
  assert.equal(roleIn('The plan, said Mayor Ann Kessler, is dead.', 'Ann Kessler'), 'subject');
});

test('a woman who becomes the subject inside the speaker’s paragraph takes the floor', () => {
  // British: the minister spoke, the GP is the subject of the sentence before "she said"
  const gp = passage(
    '"We are spending more on the health service than ever," Health Secretary Joanna Blake told MPs. Priya Raman, a GP in Leeds, laughed when she heard that on the radio. "The waiting list has doubled in two years," she said.',
  );
  assert.equal(speakerOf(gp, 'The waiting list'), 'Priya Raman');
  // Canadian
  const nurse = passage(
    'TORONTO — "The province has done its part," Premier Gail Morrow said Thursday. Lucy Brennan, whose son waited 14 hours in an emergency room in Sudbury, shook her head. "We just want a doctor," she said.',
  );
  assert.equal(speakerOf(nurse, 'We just want'), 'Lucy Brennan');
  // wire: the man named after the first speaker's quote is the subject of the sentence before
  const wire = passage(
    'PARIS (AP) — "The plant will stay open," chief executive Henri Laval said Tuesday. Union leader Marc Dufour was not persuaded. "We were promised the same thing in 2019," he said.',
  );
  assert.equal(speakerOf(wire, 'We were promised'), 'Marc Dufour');
});

test('the paragraph’s speaker goes on when the other woman is only met, thanked or named after a preposition', () => {
  const met = passage(
    '"The offer is fair," said union president Diane Coutts. She met transit chair Hélène Tremblay on Friday. "Our members will not be bullied," she said.',
  );
  assert.equal(speakerOf(met, 'Our members will not'), 'Diane Coutts');
  const oblique = passage(
    '"Recruitment is up," said hospital director Lynn Carver. The figures were prepared for Health Minister Joan Lacroix. "We hired 40 nurses in March," she said.',
  );
  assert.equal(speakerOf(oblique, 'We hired 40'), 'Lynn Carver');
});

test('the latest speaker stays over a woman only named after "led by" or in a possessive', () => {
  const ledBy = passage(
    '"Our members will vote next week," said union president Diane Coutts.',
    'The vote comes a month after the transit authority, led by Hélène Tremblay, offered a two per cent raise.',
    '"Our members will not be bullied," she said.',
  );
  assert.equal(speakerOf(ledBy, 'Our members will not'), 'Diane Coutts');
  const possessive = passage(
    '"The bridge will reopen by June," Transport Minister Claire Dunmore told reporters in Halifax on Tuesday.',
    "The repairs will cost $40 million, according to opposition critic Megan Ruiz's office.",
    '"Engineers found cracks in two of the piers," she said.',
  );
  assert.equal(speakerOf(possessive, 'Engineers found cracks'), 'Claire Dunmore');
});

test('the person asked answers, with a title before the name; the one told does not speak next', () => {
  const asked = passage(
    'Rosa Delgado, an organiser with the miners’ union, asked Senator Janet Pryce whether the government would act.',
    '"We have heard you," she said.',
  );
  assert.equal(speakerOf(asked, 'We have heard you'), 'Janet Pryce');
  const askedMinister = passage(
    'LONDON (Reuters) - Opposition MP Carol Hughes asked Home Secretary Ruth Ainsley on Monday why the inquiry had stalled.',
    '"The inquiry will report in the spring," she said.',
  );
  assert.equal(speakerOf(askedMinister, 'The inquiry will report'), 'Ruth Ainsley');
  const told = passage(
    'Rosa Delgado told Senator Janet Pryce on Thursday that the march would go ahead.',
    '"We will not stop until the mine is closed," she said.',
  );
  assert.equal(speakerOf(told, 'We will not stop'), 'Rosa Delgado');
  const toldTwice = passage(
    'Rosa Delgado met Senator Janet Pryce in Bogotá on Thursday. Delgado told Pryce that the march would go ahead.',
    '"I told her the truth," she said.',
  );
  assert.equal(speakerOf(toldTwice, 'I told her the truth'), 'Rosa Delgado');
});

test('a newcomer introduced between the speaker and "she said" takes the floor; one only mentioned does not', () => {
  const introduced = passage(
    '"Our members will vote next week," said union president Diane Coutts.',
    'Hélène Tremblay has driven a city bus in Laval for 22 years. She is not sure she will vote for a strike.',
    '"I have never seen morale this low," she said.',
  );
  assert.equal(speakerOf(introduced, 'I have never seen'), 'Hélène Tremblay');
  const twoParagraphs = passage(
    '"The council has a plan," said Councillor Fiona Grant.',
    'Nadia Osei, 67, has lived on Mare Street since 1980.',
    'The council has twice promised new drains, and twice the money went elsewhere.',
    '"Everyone on this street is scared of the rain now," she said.',
  );
  assert.equal(speakerOf(twoParagraphs, 'Everyone on this street'), 'Nadia Osei');
  const answering = passage(
    '"The bridge will reopen by June," Transport Minister Claire Dunmore told reporters in Halifax on Tuesday.',
    'She was answering a question from opposition critic Megan Ruiz about the cost of the repairs.',
    '"Engineers found cracks in two of the piers," she said.',
  );
  assert.equal(speakerOf(answering, 'Engineers found cracks'), 'Claire Dunmore');
});

test('gender read from the words around a name whose first name does not tell', () => {
  // a man described as a father is no rival for "she"
  const father = passage(
    '"The estate will be rebuilt," said Patricia Vane, a spokeswoman for the developer.',
    'Robin Achebe, a father of three, has lived on the estate since 1994.',
    '"We have offered every family a new flat," she said.',
  );
  assert.equal(speakerOf(father, 'We have offered'), 'Patricia Vane');
  // … nor one the next sentence calls "he"
  const he = passage(
    '"The estate will be rebuilt," said Patricia Vane, a spokeswoman for the developer.',
    "Tenants' leader Robin Achebe has lived on the estate since 1994. He chairs the residents' association.",
    '"We have offered every family a new flat," she said.',
  );
  assert.equal(speakerOf(he, 'We have offered'), 'Patricia Vane');
  const his = passage(
    '"The estate will be rebuilt," said Patricia Vane, a spokeswoman for the developer.',
    'Robin Achebe has lived on the estate since 1994. His flat overlooks the canal.',
    '"We have offered every family a new flat," she said.',
  );
  assert.equal(speakerOf(his, 'We have offered'), 'Patricia Vane');
  // a woman so described stays a candidate for "she"
  const grandmother = passage(
    '"The estate will be rebuilt," said Patricia Vane, a spokeswoman for the developer.',
    'Robin Achebe, a grandmother of four, has lived on the estate since 1994.',
    '"This is our home," she said.',
  );
  assert.equal(speakerOf(grandmother, 'This is our home'), 'Robin Achebe');
  const her = passage(
    '"The estate will be rebuilt," said Patricia Vane, a spokeswoman for the developer.',
    'Robin Achebe has lived on the estate since 1994. Her flat overlooks the canal.',
    '"This is our home," she said.',
  );
  assert.equal(speakerOf(her, 'This is our home'), 'Robin Achebe');
  // a title says it too
  const councilwoman = passage(
    '"The vote was rigged," Councillor Brenda Fox said Tuesday.',
    'Councilwoman Morgan Hale, who chaired the vote, rejected the claim.',
    '"I kept my word," she said.',
  );
  assert.equal(speakerOf(councilwoman, 'I kept my word'), 'Morgan Hale');
  const honorific = passage(
    '"The team is in good hands," coach Kim Harlow said.',
    'Ms. Jordan Ellis, the team’s captain, told reporters after practice that she had no plans to leave.',
    '"I am staying," she said.',
  );
  assert.equal(speakerOf(honorific, 'I am staying'), 'Jordan Ellis');
});

test('a speaker whose relative clause names places stays the subject of "said", and "she" goes on with her', () => {
  const canadian = passage(
    'Sandra Phelps, who lost her son during the flood in Halton, Ontario, in May 2019, said that the province had ignored her family.',
    '"We were promised a meeting," she said.',
  );
  const reported = analyze(canadian).quotes.find((q) => q.kind === 'indirect');
  assert.equal(reported?.speaker, 'Sandra Phelps');
  assert.equal(speakerOf(canadian, 'We were promised'), 'Sandra Phelps');
  const british = passage(
    '"The trust has failed us," said Councillor Joan Marsh.',
    'Alma Okoro, who has lived in Tottenham, north London, since 1988, said the clinic had closed without warning.',
    '"Nobody wrote to us," she said.',
  );
  assert.equal(speakerOf(british, 'Nobody wrote to us'), 'Alma Okoro');
});

test('a name after an opening quote mark is a title, not a speaker taking the floor', () => {
  const show = passage(
    '"Of course the budget is fair game," Senator Ruth Calder told "Morgan and Friends," reminding the hosts that the vote was close. "But you will not win by shouting," she said.',
  );
  assert.equal(speakerOf(show, 'But you will not win'), 'Ruth Calder');
  assert.equal(roleIn('Calder told "Morgan and Friends" on Monday.', 'Morgan'), 'object');
});

test('a pronoun two sentences into a paragraph about someone else gives a name no gender', () => {
  // "She" takes up the paragraph's subject, not the minister named in the sentence before
  const levy =
    'Reyes backed a levy in 2019. Minister Kerry Obi later adopted a similar plan. She has since called for a second levy.';
  const text = passage(
    '"Schools need more money," said Councillor Ann Reyes.',
    levy,
    '"We cannot wait for the province," she said.',
  );
  assert.equal(speakerOf(text, 'We cannot wait'), 'Ann Reyes');
  // so Obi stays a candidate for "he"
  const obi = passage(
    '"Schools need more money," said Councillor Ann Reyes.',
    levy,
    '"It works," Obi said at a school in Brandon. "Every school got a new roof," he said.',
  );
  assert.equal(speakerOf(obi, 'Every school'), 'Kerry Obi');
  // where the name opens its paragraph, the next sentence's pronoun tells
  const opens = passage(
    '"Schools need more money," said Councillor Ann Reyes.',
    'Kerry Obi has taught in Brandon since 2001. He runs the union local.',
    '"We cannot wait for the province," she said.',
  );
  assert.equal(speakerOf(opens, 'We cannot wait'), 'Ann Reyes');
});

test('a person named first after a preposition is not the paragraph’s subject when someone else is', () => {
  const letter = passage(
    '"We are spending more than ever," Health Secretary Joanna Blake told MPs.',
    'In a letter to Blake, Priya Raman, a GP in Leeds, said the figures were wrong. "The waiting list has doubled in two years," she said.',
  );
  assert.equal(speakerOf(letter, 'The waiting list'), 'Priya Raman');
  const afterMeeting = passage(
    'OTTAWA — "The rules are clear," Finance Minister Joan Lacroix said Monday.',
    'After a meeting with Lacroix, Beth Amani, who speaks for the province’s accountants, was not persuaded. "Nobody told us the deadline had changed," she said.',
  );
  assert.equal(speakerOf(afterMeeting, 'Nobody told us'), 'Beth Amani');
  // alone in the paragraph, the person after the preposition is still what it is about
  const alone = passage(
    '"The bridge will reopen by June," Transport Minister Claire Dunmore said on Tuesday.',
    'For Megan Ruiz, who runs a bakery on Water Street, that is too late. "We lost half our customers overnight," she said.',
  );
  assert.equal(speakerOf(alone, 'We lost half'), 'Megan Ruiz');
});

test('a noun of sex or kin outweighs the first name; an office in -man does not', () => {
  const grandmother = passage(
    '"We have offered fair compensation," said Patricia Vane, a spokeswoman for the developer.',
    'Sam Okafor, a grandmother of four, has lived on the estate for thirty years.',
    '"This is our home," she said.',
  );
  assert.equal(speakerOf(grandmother, 'This is our home'), 'Sam Okafor');
  const spokesman = passage(
    '"The tower was never safe," said resident Emma Dorsey.',
    'Developer spokesman Alice Trent said the building had passed every inspection.',
    '"Every flat was checked twice," she said.',
  );
  assert.equal(speakerOf(spokesman, 'Every flat was checked'), 'Alice Trent');
});

// Speakers named by a description or a partitive rather than a name: occupations, playing positions, "one of them".
// Every sentence here is written for the test.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';

const speakerOf = (text: string, start: string): string | null | undefined =>
  analyze(text).quotes.find((q) => q.text.startsWith(start))?.speaker;

test('an occupation re-describes the person the paragraph named with it', () => {
  const audit = [
    'The state auditor, Frank DeLuca, said his office had referred the findings to prosecutors. "Whether a crime was committed is not my call," the auditor said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(audit, '"Whether a crime'), 'Frank DeLuca');
  const titled = 'State auditor Frank DeLuca said the books were a mess. "It is not my call," the auditor said.';
  assert.equal(speakerOf(titled, '"It is not my call'), 'Frank DeLuca');
});

test('a playing position re-describes a team captain, but not a mayor', () => {
  const derby = [
    'United captain Kofi Mensah, who scored the opener, said the dressing room was flat. "A draw feels like a loss today," the midfielder said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(derby, '"A draw feels'), 'Kofi Mensah');
  const mayor = 'Mayor Ann Bell said the stadium would be rebuilt. "We will be back," the midfielder said.';
  assert.notEqual(speakerOf(mayor, '"We will be back'), 'Ann Bell');
});

test('"one of them", "another" and "the other" are the person named in apposition', () => {
  const board = [
    'Two board members voted against the firing. One of them, Dolores Kemp, said: "We owed him a hearing."',
    '',
    'The other, Steve Alvarado, said he agreed with Kemp.',
    '',
    'Another, Ruth Baker, said: "It was decided before tonight."',
    '',
    'A third, Mia Long, said: "No."',
    '',
  ].join('\n');
  assert.equal(speakerOf(board, '"We owed him'), 'Dolores Kemp');
  assert.equal(speakerOf(board, 'he agreed with Kemp'), 'Steve Alvarado');
  assert.equal(speakerOf(board, '"It was decided'), 'Ruth Baker');
  assert.equal(speakerOf(board, '"No."'), 'Mia Long');
  // a description in apposition still describes an unnamed person
  const unnamed = 'Another, a family doctor in Brandon, said: "It hurts."';
  assert.equal(speakerOf(unnamed, '"It hurts'), 'a family doctor in Brandon');
});

test('a quote after "X said as Y yelled:" is Y’s, not a continuation of X', () => {
  const rally =
    '"There is a young man here," Hale said as the heckler yelled: "You are a fraud!" "Thank you, son," Hale replied.';
  assert.equal(speakerOf(rally, '"You are a fraud'), 'the heckler');
  assert.equal(speakerOf(rally, '"Thank you'), 'Hale');
});

test('a chant run into its verb is the chanters’, and its "Name:" opening is no transcript label', () => {
  const text =
    'Holding signs, the protesters chanted "Ike Hale: Bad for Ohio, bad for you." Hale slipped in a back door.';
  assert.equal(speakerOf(text, '"Ike Hale: Bad'), 'the protesters');
});

test('an appositive set off by dashes leaves the name before it as the speaker', () => {
  const text = [
    'Ana Ruiz has led the nurses’ union since 2019.',
    '',
    'Ruiz – a former nurse – said: "We fought hard."',
    '',
    '"It is over," Tom Hale — the union treasurer — said.',
    '',
    'Hale – who joined in 1990 – told reporters the vote was close.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"We fought hard'), 'Ana Ruiz');
  assert.equal(speakerOf(text, '"It is over'), 'Tom Hale');
  assert.equal(speakerOf(text, 'the vote was close'), 'Tom Hale');
});

test('"she" after "a woman in the crowd" is that woman; "the mother of three" may re-describe a named one', () => {
  const rally = 'Hale spoke for an hour. A woman in the crowd shouted at him. "You lied," she said.';
  assert.equal(speakerOf(rally, '"You lied'), 'a woman in the crowd');
  const alone = 'The Alberta man was arrested Tuesday. "I did nothing wrong," he told reporters.';
  assert.equal(speakerOf(alone, '"I did nothing'), 'The Alberta man');
  const epithet = [
    'Ann Hale said the clinic closed.',
    '',
    'The mother of three was at work. "It is hard," she said.',
  ].join('\n');
  assert.equal(speakerOf(epithet, '"It is hard'), 'Ann Hale');
});

test('"took to Instagram:" before a quote speaks there', () => {
  const text = 'Ana Ruiz won the seat. Ruiz took to social media: "We are not done."';
  assert.equal(speakerOf(text, '"We are not done'), 'Ana Ruiz');
});

test('"they" after a paragraph opened by "The researchers" is the researchers, not a university named before', () => {
  const text = [
    'The lead author is a professor at the University of Southern Denmark.',
    '',
    'The researchers followed 78,000 adults who wore wrist trackers. They wrote that the findings "do not prove cause and effect."',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, 'the findings'), 'the researchers');
});

test('a former occupation re-describes a person who holds an office now', () => {
  const text = [
    'Rovers manager Ian Matthews said his side had deserved the win. "We were better," he said. The former Wales midfielder added that Okafor was "a special talent."',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, 'Okafor was'), 'Ian Matthews');
  // without "former", a mayor is no midfielder (see above)
});

test('a relative clause gives a role: "who chairs the board" is the chair, "who founded it" the founder', () => {
  const board = [
    'Ann Bell, who chairs the hospital board, told the meeting the wards would stay open. Director Tom Hale disagreed.',
    '',
    '"We have looked under every stone," the chair said.',
    '',
  ].join('\n');
  const q = analyze(board).quotes.find((x) => x.text.startsWith('"We have looked'));
  assert.equal(q?.speaker, 'Ann Bell');
  assert.ok((q?.confidence ?? 0) >= 0.8, 'a role matched, not a guess by salience');
});

test('a profession formed with a productive ending is a role too ("neurosurgeon", "criminologist")', () => {
  const text = [
    'Ada Quist, a retired neurosurgeon, said the rumours were false. Her rival Tom Hale disagreed.',
    '',
    '"I was never at Yale," the neurosurgeon said.',
    '',
  ].join('\n');
  assert.equal(speakerOf(text, '"I was never'), 'Ada Quist');
});

test('an office of the body the lede is about ("its leader warned") waits for its holder named below', () => {
  const council = [
    'Tarrow council to raise tax by 5%',
    '',
    'Tarrow District Council is to raise council tax by almost 5% after its leader warned that the authority faced "the toughest budget in a generation".',
    '',
    'Councillor Maeve Dunne, who leads the Labour-run authority, told the BBC the increase could not be avoided.',
    '',
  ].join('\n');
  assert.equal(speakerOf(council, 'the authority faced'), 'Maeve Dunne');
  const unnamed = council.split('\n').slice(0, 3).join('\n');
  assert.equal(speakerOf(unnamed, 'the authority faced'), 'its leader');
});

test('kin before an apposed name speak as "sister" does ("Her cousin, Maria Delgado, said …")', () => {
  const text = 'Her cousin, Maria Delgado, said she had waited all night for help.';
  assert.equal(speakerOf(text, 'she had waited'), 'Maria Delgado');
  assert.equal(speakerOf('"We waited all night," said her nephew.', '"We waited'), 'her nephew');
  // near miss: kin inside what is reported are not its speaker
  assert.equal(speakerOf('The police said her cousin had left the town.', 'her cousin had left'), 'the police');
});

test('a trade written as one word with "worker" or "keeper" re-describes the person just introduced', () => {
  const mill = [
    'Arlo Pensky, 71, spent 29 years at the foundry before it closed.',
    '',
    '"They promised us the jobs would come back," said the retired steelworker.',
    '',
  ].join('\n');
  assert.equal(speakerOf(mill, '"They promised'), 'Arlo Pensky');
  const shop = 'Nell Orrin, 58, has sold maps on Dock Street since 1990. "Nobody buys maps now," the shopkeeper said.';
  assert.equal(speakerOf(shop, '"Nobody buys'), 'Nell Orrin');
  // near miss: "co-worker" is a relation to someone, not a trade: no one named is that co-worker
  const colleague = 'Arlo Pensky, 71, spent 29 years at the foundry. "He never missed a shift," a co-worker said.';
  assert.notEqual(speakerOf(colleague, '"He never missed'), 'Arlo Pensky');
});

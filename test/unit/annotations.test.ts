// Human annotations: anchoring after edits, each correction kind, orphans, complete codings, undo/redo.
// The article is written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Analysis, Quote } from '../../src/core/types';
import {
  AnnotationHistory,
  anchorFor,
  applyAnnotations,
  corrections as c,
  emptySidecar,
  resolveAnchor,
  type Sidecar,
} from '../../src/shared/annotations';

const TEXT = [
  'RIVERTON — The city council met on Tuesday.',
  '"We will not close the library," Tom Hale said at the meeting.',
  'Maria Lopez, the council treasurer, said the budget was tight.',
  '"Every branch costs money," Lopez said.',
  'A spokesman for the mayor said the decision would come in March.',
].join('\n');

const range = (text: string, words: string, from = 0): { start: number; end: number } => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" not in the text`);
  return { start, end: start + words.length };
};

const LIBRARY = '"We will not close the library,"';
const quoteAt = (a: Analysis, words: string): Quote | undefined => a.quotes.find((q) => q.text === words);

/** Analyses `text` and applies `sidecar`, checking that the result is consistent. */
function run(text: string, sidecar: Sidecar): ReturnType<typeof applyAnnotations> {
  const applied = applyAnnotations(analyze(text), text, sidecar);
  const { quotes, speakers } = applied.analysis;
  for (const q of quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    if (q.speaker)
      assert.equal(speakers.find((s) => s.id === q.speakerId)?.name, q.speaker, 'speakerId names the quote’s speaker');
  }
  for (const s of speakers)
    assert.equal(s.quoteCount, quotes.filter((q) => q.speakerId === s.id).length, `quoteCount of ${s.name}`);
  assert.equal(new Set(speakers.map((s) => s.id)).size, speakers.length, 'speaker ids are unique');
  return applied;
}

test('machine quotes are marked origin machine; no sidecar changes nothing else', () => {
  const machine = analyze(TEXT);
  const { analysis, orphans } = applyAnnotations(machine, TEXT, undefined);
  assert.ok(analysis.quotes.length > 0 && analysis.quotes.every((q) => q.origin === 'machine'));
  assert.equal(analysis, machine, 'returned as is, not copied');
  assert.deepEqual(orphans, []);
});

test('set speaker to a new person: the quote is theirs, with origin human, and Tom Hale has no quote left', () => {
  const s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Ann Reyes', type: 'person' });
  const { analysis } = run(TEXT, s);
  const q = quoteAt(analysis, LIBRARY);
  assert.equal(q?.speaker, 'Ann Reyes');
  assert.equal(q?.origin, 'human');
  assert.equal(q?.confidence, 1);
  assert.ok(!analysis.speakers.some((sp) => sp.name === 'Tom Hale'), 'a speaker left without quotes disappears');
  assert.equal(analysis.speakers.find((sp) => sp.name === 'Ann Reyes')?.type, 'person');
  assert.equal(analysis.quotes.filter((x) => x.origin === 'human').length, 1, 'the other quotes stay machine');
});

test('set speaker to an existing speaker keeps that speaker’s id, and the mention marked becomes the quote’s mention', () => {
  const mention = range(TEXT, 'Tom Hale');
  const machine = analyze(TEXT);
  const lopezId = machine.speakers.find((sp) => sp.name === 'Maria Lopez')?.id;
  const s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Maria Lopez', type: 'person' }, mention);
  const { analysis } = run(TEXT, s);
  const q = quoteAt(analysis, LIBRARY);
  assert.equal(q?.speakerId, lopezId);
  assert.deepEqual(q?.speakerMention, { ...mention, text: 'Tom Hale' });
  assert.equal(analysis.speakers.find((sp) => sp.id === lopezId)?.quoteCount, 3);
});

test('rename, merge and set role re-derive the speaker list', () => {
  let s = c.renameSpeaker(emptySidecar(), 'Tom Hale', 'Thomas Hale');
  s = c.setRole(s, 'Thomas Hale', 'council member');
  let { analysis } = run(TEXT, s);
  const hale = analysis.speakers.find((sp) => sp.name === 'Thomas Hale');
  assert.equal(hale?.id, 'tom-hale', 'a rename keeps the id');
  assert.equal(hale?.role, 'council member');
  assert.equal(quoteAt(analysis, LIBRARY)?.speaker, 'Thomas Hale');
  s = c.mergeSpeakers(s, ['Thomas Hale'], 'Maria Lopez');
  ({ analysis } = run(TEXT, s));
  const lopez = analysis.speakers.find((sp) => sp.name === 'Maria Lopez');
  assert.equal(lopez?.quoteCount, 3);
  assert.ok(
    lopez?.mentions.some((m) => m.text === 'Tom Hale'),
    'mentions of a merged speaker move along',
  );
  assert.ok(!analysis.speakers.some((sp) => sp.name.includes('Hale')));
});

test('not a quote removes it; confirm marks it human without changing it', () => {
  const machine = analyze(TEXT);
  let s = c.notQuote(emptySidecar(), TEXT, range(TEXT, LIBRARY));
  assert.equal(quoteAt(run(TEXT, s).analysis, LIBRARY), undefined);
  assert.equal(run(TEXT, s).analysis.quotes.length, machine.quotes.length - 1);
  s = c.confirm(emptySidecar(), TEXT, range(TEXT, LIBRARY));
  const q = quoteAt(run(TEXT, s).analysis, LIBRARY);
  assert.equal(q?.origin, 'human');
  assert.equal(q?.speaker, 'Tom Hale');
});

test('add quote with speaker, mention, cue and parts; it replaces the machine quote it overlaps', () => {
  const target = range(TEXT, 'city council met on Tuesday');
  const s = c.addQuote(emptySidecar(), TEXT, {
    range: target,
    kind: 'indirect',
    speaker: { name: 'the city clerk', type: 'anonymous' },
    cue: range(TEXT, 'met'),
    parts: [range(TEXT, 'city council'), range(TEXT, 'on Tuesday')],
  });
  const { analysis } = run(TEXT, s);
  const q = analysis.quotes.find((x) => x.start === target.start);
  assert.equal(q?.kind, 'indirect');
  assert.equal(q?.origin, 'human');
  assert.equal(q?.cue?.text, 'met');
  assert.deepEqual(
    q?.parts?.map((p) => p.text),
    ['city council', 'on Tuesday'],
  );
  assert.equal(analysis.speakers.find((sp) => sp.id === q?.speakerId)?.type, 'anonymous');
  const over = c.addQuote(emptySidecar(), TEXT, {
    range: range(TEXT, 'We will not close'),
    kind: 'direct',
    speaker: null,
  });
  const replaced = run(TEXT, over).analysis;
  assert.equal(quoteAt(replaced, LIBRARY), undefined);
  assert.equal(replaced.quotes.find((x) => x.text === 'We will not close')?.speaker, null);
});

test('change quote extent, then set the speaker of the changed quote', () => {
  const shorter = range(TEXT, 'We will not close the library');
  let s = c.changeExtent(emptySidecar(), TEXT, range(TEXT, LIBRARY), shorter);
  s = c.setSpeaker(s, TEXT, shorter, { name: 'Ann Reyes', type: 'person' });
  const { analysis, orphans } = run(TEXT, s);
  const q = analysis.quotes.find((x) => x.start === shorter.start);
  assert.equal(q?.text, 'We will not close the library');
  assert.equal(q?.speaker, 'Ann Reyes');
  assert.deepEqual(orphans, []);
});

test('mark place / person and not a place / person', () => {
  let s = c.markEntity(emptySidecar(), TEXT, 'place', range(TEXT, 'RIVERTON'), 'Riverton');
  s = c.notEntity(s, TEXT, 'person', range(TEXT, 'Tom Hale'));
  s = c.markEntity(s, TEXT, 'person', range(TEXT, 'The city council'));
  const { analysis } = run(TEXT, s);
  assert.deepEqual(
    analysis.places.map((p) => [p.text, p.name]),
    [['RIVERTON', 'Riverton']],
  );
  assert.ok(!analysis.people.some((p) => p.text === 'Tom Hale'));
  assert.ok(analysis.people.some((p) => p.text === 'The city council'));
  const undone = run(TEXT, c.notEntity(s, TEXT, 'place', range(TEXT, 'RIVERTON'))).analysis;
  assert.deepEqual(undone.places, []);
});

test('moved text: a paragraph inserted above, the correction follows its quote', () => {
  const s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Ann Reyes', type: 'person' });
  const moved = `Earlier, the council had voted on the parks plan.\n\n${TEXT}`;
  const anchored = resolveAnchor(
    moved,
    s.annotations[0].kind === 'setSpeaker' ? s.annotations[0].target : anchorFor(TEXT, 0, 1),
  );
  assert.equal(anchored?.how, 'exact');
  const { analysis, orphans } = run(moved, s);
  assert.equal(quoteAt(analysis, LIBRARY)?.speaker, 'Ann Reyes');
  assert.deepEqual(orphans, []);
});

test('duplicated text: the copy with the stored context wins, even when the other copy slid under the old offsets', () => {
  const article = 'First: "Yes," he said. Second: "Yes," she said.';
  const second = range(article, '"Yes,"', 20);
  const anchor = anchorFor(article, second.start, second.end);
  // Insert the first sentence's "Yes" with its own context so that a copy sits exactly at the old offsets.
  const edited = `${article.slice(0, second.start - 8)}"Yes," ${article.slice(second.start - 8)}`;
  const found = resolveAnchor(edited, anchor);
  assert.ok(found);
  assert.equal(edited.slice(found.end, found.end + 9), ' she said', 'the copy followed by the stored suffix');
});

test('text edited inside the quote: fuzzy matching still finds it', () => {
  const s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Ann Reyes', type: 'person' });
  const edited = TEXT.replace('We will not close the library', 'We will never close the library');
  const target = s.annotations[0].kind === 'setSpeaker' ? s.annotations[0].target : anchorFor(TEXT, 0, 1);
  const found = resolveAnchor(edited, target);
  assert.equal(found?.how, 'fuzzy');
  assert.equal(edited.slice(found?.start, found?.end), '"We will never close the library,"');
  assert.equal(run(edited, s).analysis.quotes.find((q) => q.text.includes('never'))?.speaker, 'Ann Reyes');
});

test('text gone: the annotation is kept and reported as orphaned, never dropped', () => {
  const s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Ann Reyes', type: 'person' });
  const edited = TEXT.replace(/"We will not close[^\n]*\n/, '');
  const { analysis, orphans } = run(edited, s);
  assert.equal(orphans.length, 1);
  assert.equal(orphans[0].reason, 'text-gone');
  assert.equal(orphans[0].annotation.id, s.annotations[0].id);
  assert.ok(!analysis.quotes.some((q) => q.speaker === 'Ann Reyes'));
});

test('text there but no quote: a confirmation is orphaned with reason no-quote', () => {
  const s = c.confirm(emptySidecar(), TEXT, range(TEXT, 'The city council met'));
  assert.deepEqual(
    run(TEXT, s).orphans.map((o) => o.reason),
    ['no-quote'],
  );
});

test('complete coding hides machine quotes no annotation touched; removing the flag brings them back', () => {
  let s = c.addQuote(emptySidecar(), TEXT, {
    range: range(TEXT, 'the budget was tight'),
    kind: 'indirect',
    speaker: { name: 'Maria Lopez', type: 'person' },
    mention: range(TEXT, 'Maria Lopez'),
  });
  s = c.setCoding(s, { complete: true, source: 'brat:story.ann' });
  const coded = run(TEXT, s).analysis;
  assert.deepEqual(
    coded.quotes.map((q) => [q.text, q.speaker, q.origin, q.speakerMention?.text]),
    [['the budget was tight', 'Maria Lopez', 'human', 'Maria Lopez']],
  );
  assert.deepEqual(
    coded.speakers.map((sp) => [sp.name, sp.quoteCount]),
    [['Maria Lopez', 1]],
  );
  const back = run(TEXT, c.setCoding(s, undefined)).analysis;
  assert.equal(back.quotes.length, analyze(TEXT).quotes.length);
});

test('the input analysis is never modified', () => {
  const machine = analyze(TEXT);
  const before = JSON.stringify(machine);
  let s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Ann Reyes', type: 'person' });
  s = c.renameSpeaker(s, 'Maria Lopez', 'M. Lopez');
  applyAnnotations(machine, TEXT, s);
  assert.equal(JSON.stringify(machine), before);
});

test('undo and redo walk the stack of sidecar states; a new correction clears redo', () => {
  const h = new AnnotationHistory(emptySidecar());
  assert.equal(h.undo(), undefined);
  h.push(c.notQuote(h.state, TEXT, range(TEXT, LIBRARY)));
  h.push(c.confirm(h.state, TEXT, range(TEXT, 'the budget was tight')));
  assert.deepEqual(
    h.state.annotations.map((a) => a.id),
    ['a1', 'a2'],
  );
  assert.equal(h.undo()?.annotations.length, 1);
  assert.equal(h.undo()?.annotations.length, 0);
  assert.equal(h.canUndo, false);
  assert.equal(h.redo()?.annotations.length, 1);
  h.push(c.renameSpeaker(h.state, 'Tom Hale', 'T. Hale'));
  assert.equal(h.canRedo, false);
  assert.deepEqual(
    h.state.annotations.map((a) => a.kind),
    ['notQuote', 'renameSpeaker'],
  );
});

test('remove and re-anchor an orphan', () => {
  let s = c.confirm(emptySidecar(), TEXT, range(TEXT, LIBRARY));
  const edited = TEXT.replace('"We will not close the library,"', '"The library stays open,"');
  assert.equal(run(edited, s).orphans.length, 1);
  s = c.reanchor(s, edited, 'a1', range(edited, '"The library stays open,"'));
  assert.deepEqual(run(edited, s).orphans, []);
  assert.equal(run(edited, s).analysis.quotes.find((q) => q.text === '"The library stays open,"')?.origin, 'human');
  assert.deepEqual(c.removeAnnotation(s, 'a1').annotations, []);
});

test('every export carries the origin of each quote', async () => {
  const { toCsv, toJson, toMarkdown } = await import('../../src/shared/exporters');
  const s = c.confirm(emptySidecar(), TEXT, range(TEXT, LIBRARY));
  const input = { analysis: run(TEXT, s).analysis, text: TEXT, source: 'story.txt' };
  const json = JSON.parse(toJson(input)) as { quotes: { text: string; origin: string }[] };
  assert.deepEqual(
    json.quotes.map((q) => q.origin),
    ['human', 'machine', 'machine', 'machine'],
  );
  const csv = toCsv(input).trimEnd().split('\r\n');
  assert.ok(csv[0].endsWith(',origin,check,machine_speaker'));
  assert.ok(csv[1].endsWith(',human,confirmed,') && csv[2].endsWith(',machine,,'));
  assert.equal(toMarkdown(input).match(/confirmed by a person/g)?.length, 1);
});

test('a confirmation and a correction are told apart, and a correction keeps whom the machine had named', async () => {
  const { toJson, toMarkdown } = await import('../../src/shared/exporters');
  const { checkWording, machineSaid } = await import('../../src/shared/humanCheck');
  const every = range(TEXT, '"Every branch costs money,"');
  let s = c.confirm(emptySidecar(), TEXT, range(TEXT, LIBRARY));
  s = c.setSpeaker(s, TEXT, every, { name: 'Ann Reyes', type: 'person' });
  const { analysis } = run(TEXT, s);
  const confirmed = quoteAt(analysis, LIBRARY);
  const corrected = quoteAt(analysis, '"Every branch costs money,"');
  assert.equal(confirmed?.check, 'confirmed');
  assert.equal(corrected?.check, 'corrected');
  assert.equal(corrected?.machineSpeaker, 'Maria Lopez');
  assert.equal(corrected && machineSaid(corrected), 'the machine said “Maria Lopez”');
  assert.equal(confirmed && machineSaid(confirmed), null);
  assert.deepEqual(corrected && checkWording(corrected), { icon: 'edit', verb: 'corrected' });
  const input = { analysis, text: TEXT, source: 'story.txt' };
  const rows = (JSON.parse(toJson(input)) as { quotes: { check: string | null; machineSpeaker: string | null }[] })
    .quotes;
  assert.deepEqual(
    rows.map((q) => q.check),
    ['confirmed', null, 'corrected', null],
  );
  assert.match(toMarkdown(input), /corrected by a person \(the machine said “Maria Lopez”\)/);
  assert.equal(
    JSON.parse(toJson(input)).counts.corrected as number,
    1,
    'the counts say how many quotes were corrected',
  );
});

test('setting the speaker the machine had is a confirmation; confirming a correction keeps it a correction', () => {
  const every = range(TEXT, '"Every branch costs money,"');
  const same = c.setSpeaker(emptySidecar(), TEXT, every, { name: 'Maria Lopez', type: 'person' });
  assert.equal(quoteAt(run(TEXT, same).analysis, '"Every branch costs money,"')?.check, 'confirmed');
  let s = c.setSpeaker(emptySidecar(), TEXT, every, { name: 'Ann Reyes', type: 'person' });
  s = c.confirm(s, TEXT, every);
  const q = quoteAt(run(TEXT, s).analysis, '"Every branch costs money,"');
  assert.equal(q?.check, 'corrected');
  assert.equal(q?.machineSpeaker, 'Maria Lopez');
});

test('the panel may ask only for the listed correction commands, with checked offsets', async () => {
  const { parseWebviewMessage } = await import('../../src/shared/panelProtocol');
  assert.deepEqual(parseWebviewMessage({ type: 'correct', command: 'newsAnnotator.confirm', offset: 5 }, 100), {
    type: 'correct',
    command: 'newsAnnotator.confirm',
    offset: 5,
    speakerId: undefined,
    annotationId: undefined,
  });
  assert.equal(parseWebviewMessage({ type: 'correct', command: 'workbench.action.terminal.new' }, 100), undefined);
  assert.equal(
    parseWebviewMessage({ type: 'correct', command: 'newsAnnotator.confirm', offset: 500 }, 100)?.type,
    'correct',
  );
  const far = parseWebviewMessage({ type: 'correct', command: 'newsAnnotator.confirm', offset: 500 }, 100);
  assert.equal(far?.type === 'correct' ? far.offset : 'x', undefined, 'an offset past the end is dropped');
});

test('the panel model carries origin per quote and the orphans', async () => {
  const { buildPanelState } = await import('../../src/shared/panelModel');
  const s = c.confirm(emptySidecar(), TEXT, range(TEXT, LIBRARY));
  const gone = c.confirm(s, 'Words that are not in the article.', { start: 0, end: 20 });
  const { analysis, orphans } = run(TEXT, gone);
  const panel = buildPanelState(analysis, TEXT, 'story.txt', 1, undefined, orphans);
  const quotes = [...panel.speakers.flatMap((sp) => sp.quotes), ...panel.unattributed];
  assert.deepEqual(
    quotes.filter((q) => q.origin === 'human').map((q) => q.text),
    [LIBRARY],
  );
  assert.deepEqual(
    panel.orphans.map((o) => [o.id, o.what, o.reason]),
    [['a2', 'Confirmed', 'text-gone']],
  );
  assert.equal(panel.counts.checked, 1);
  assert.equal(panel.counts.corrected, 0);
  assert.deepEqual(
    quotes.filter((q) => q.check).map((q) => [q.check, q.machineSaid]),
    [['confirmed', undefined]],
  );
});

test('the panel model says what the machine had said before a correction', async () => {
  const { buildPanelState } = await import('../../src/shared/panelModel');
  const s = c.setSpeaker(emptySidecar(), TEXT, range(TEXT, LIBRARY), { name: 'Ann Reyes', type: 'person' });
  const panel = buildPanelState(run(TEXT, s).analysis, TEXT, 'story.txt', 1);
  const q = panel.speakers.find((sp) => sp.name === 'Ann Reyes')?.quotes[0];
  assert.deepEqual([q?.check, q?.machineSaid], ['corrected', 'the machine said “Tom Hale”']);
  assert.equal(panel.counts.corrected, 1);
});

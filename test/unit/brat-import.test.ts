// A brat coding imported as human annotations (src/shared/brat/importCoding.ts) and applied by the annotations
// model: export then import gives back the same quotes, an imported speaker wins, machine quotes the coding lacks
// are hidden and come back when the import is undone. The article is written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Analysis, Quote } from '../../src/core/types';
import { applyAnnotations, emptySidecar, corrections, validateSidecar } from '../../src/shared/annotations';
import { readAttributions, type BratAttributions } from '../../src/shared/brat/attributions';
import { hasImport, importCoding, undoImport } from '../../src/shared/brat/importCoding';
import { parseStandoff } from '../../src/shared/brat/parseStandoff';
import { writeStandoff } from '../../src/shared/brat/writeStandoff';

const ARTICLE = `Library hours cut

"We cannot keep every branch open six days a week," library director Nadia Petrov said on Friday.

Petrov said the cuts would start in May. "It breaks my heart," she added, "but the budget is the budget."

Parent Omar Haddad said families would suffer.
`;

function coding(ann: string, text = ARTICLE): BratAttributions {
  const parsed = parseStandoff(ann, text);
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors));
  return readAttributions(parsed.document);
}

const shape = (q: Quote): unknown => ({
  start: q.start,
  end: q.end,
  kind: q.kind,
  speaker: q.speaker,
  mention: q.speakerMention,
  cue: q.cue,
  parts: q.parts?.map((p) => [p.start, p.end]) ?? null,
});

function applied(
  machine: Analysis,
  ann: string,
  previous = emptySidecar(),
): { sidecar: ReturnType<typeof importCoding>; analysis: Analysis } {
  const sidecar = importCoding(previous, ARTICLE, machine, coding(ann), 'library.ann', new Date(0));
  return { sidecar, analysis: applyAnnotations(machine, ARTICLE, sidecar).analysis };
}

test('brat export then import gives back the same quotes, places and people, each quote origin "human"', () => {
  const machine = analyze(ARTICLE);
  assert.ok(machine.quotes.length >= 3, 'the test article has quotes');
  const { sidecar, analysis } = applied(machine, writeStandoff(ARTICLE, machine));
  assert.equal(validateSidecar(JSON.parse(JSON.stringify(sidecar))).ok, true, 'the sidecar is valid');
  assert.deepEqual(sidecar.coding, { complete: true, source: 'brat:library.ann' });
  assert.deepEqual(analysis.quotes.map(shape), machine.quotes.map(shape));
  assert.ok(analysis.quotes.every((q) => q.origin === 'human'));
  assert.deepEqual(
    analysis.places.map((p) => [p.start, p.end]),
    machine.places.map((p) => [p.start, p.end]),
  );
  assert.deepEqual(
    analysis.people.map((p) => [p.start, p.end]),
    machine.people.map((p) => [p.start, p.end]),
  );
  // and exporting the applied analysis writes the same .ann again
  assert.equal(writeStandoff(ARTICLE, analysis), writeStandoff(ARTICLE, machine));
});

test("an imported speaker different from the machine's wins; machine quotes the coding lacks are hidden; undo brings them back", () => {
  const machine = analyze(ARTICLE);
  const ann = writeStandoff(ARTICLE, machine);
  const first = /^(T\d+)\tSource (\d+) (\d+)\t(.+)$/m.exec(ann);
  assert.ok(first);
  const haddad = ARTICLE.indexOf('Omar Haddad');
  // the first quote recoded as Haddad's, and the last attribution (E of Haddad's reported speech) dropped
  const events = ann.match(/^E\d+\t.*$/gm) ?? [];
  const recoded = ann
    .replace(first[0], `${first[1]}\tSource ${haddad} ${haddad + 11}\tOmar Haddad`)
    .replace(`${events[events.length - 1]}\n`, '');
  const { sidecar, analysis } = applied(machine, recoded);
  assert.equal(analysis.quotes.length, machine.quotes.length - 1, 'the quote the coding lacks is hidden');
  // named as the machine names the speaker it found there (its canonical name), not as the first quote's
  assert.match(analysis.quotes[0].speaker ?? '', /Omar Haddad$/);
  assert.notEqual(analysis.quotes[0].speaker, machine.quotes[0].speaker);
  assert.deepEqual(analysis.quotes[0].speakerMention, { start: haddad, end: haddad + 11, text: 'Omar Haddad' });
  assert.ok(analysis.speakers.some((s) => /Omar Haddad$/.test(s.name) && s.quoteCount >= 1));
  assert.equal(hasImport(sidecar), true);
  const undone = undoImport(sidecar);
  assert.equal(hasImport(undone), false);
  const back = applyAnnotations(machine, ARTICLE, undone).analysis;
  assert.deepEqual(back.quotes.map(shape), machine.quotes.map(shape));
  assert.ok(back.quotes.every((q) => q.origin === 'machine'));
});

test("a person's earlier corrections are kept through an import and its undo; a second import replaces the first", () => {
  const machine = analyze(ARTICLE);
  const q = machine.quotes[1];
  const before = corrections.confirm(emptySidecar(), ARTICLE, q);
  const once = importCoding(before, ARTICLE, machine, coding(writeStandoff(ARTICLE, machine)), 'a.ann');
  const twice = importCoding(once, ARTICLE, machine, coding(writeStandoff(ARTICLE, machine)), 'b.ann');
  assert.equal(twice.annotations.length, once.annotations.length, 'the second import replaced the first');
  assert.equal(twice.coding?.source, 'brat:b.ann');
  assert.deepEqual(undoImport(twice), before);
});

test("a pronoun Source takes the machine's canonical speaker; an unknown one keeps its own words", () => {
  const machine = analyze(ARTICLE);
  const { sidecar } = applied(machine, writeStandoff(ARTICLE, machine));
  const speakers = sidecar.annotations.flatMap((a) => (a.kind === 'addQuote' && a.speaker ? [a.speaker.name] : []));
  assert.ok(!speakers.includes('she'), speakers.join(', '));
  assert.ok(speakers.includes('Nadia Petrov'), speakers.join(', '));
});

/**
 * Hostile-text generators and the invariants every analysis must keep, shared by the property tests
 * (test/unit/property.test.ts, fixed seed, modest runs) and `npm run fuzz` (scripts/fuzz.ts, random seed, many runs).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis, Span } from '../../src/core/types';

// ---------------------------------------------------------------------------------------------------------------
// Generators

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‚', '‹', '›', '「', '」', '`', '″', '＂'];
const WORDS = [
  'said',
  'says',
  'told',
  'reporters',
  'according',
  'to',
  'added',
  'warned',
  'noted',
  'argued',
  'that',
  'he',
  'she',
  'they',
  'it',
  'the',
  'a',
  'of',
  'in',
  'and',
  'officials',
  'minister',
  'president',
  'spokesman',
  'Putin',
  'Vladimir',
  'Abe',
  'Shinzo',
  'Lavrov',
  'Sergei',
  'Russia',
  'Japan',
  'Moscow',
  'Tokyo',
  'Kuril',
  'Islands',
  'Sea',
  'Okhotsk',
  'Mr.',
  'Dr.',
  'U.S.',
  'New',
  'York',
  'Times',
  'Press',
  'TV',
  'Foreign',
  'Ministry',
  'President',
  'The',
  'We',
  "don't",
  "Japan's",
  "'90s",
  'rock’n’roll',
  'O’Brien',
  'expressed',
  'optimism',
  'over',
  'on',
  'condition',
  'anonymity',
  'person',
  'familiar',
  'with',
  'talks',
  'Wall',
  'Street',
  'woke',
  'city',
  'of',
  'Iturup',
];
const PUNCTUATION = ['.', ',', ':', ';', '!', '?', '—', '–', '-', '(', ')', '[', ']', '…', '...', '/', '&'];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u2028', '\u200B'];
const ODD = [
  '\uFEFF',
  '\u0000',
  '\uFFFD',
  '\u202E',
  '😀',
  '👍🏽',
  '🇯🇵',
  '𝄞',
  '\uD800',
  '\uDC00',
  'e\u0301',
  '\u0645\u0648\u0633\u0643\u0648',
  'Москва',
  '東京',
];

/** Any UTF-16 code unit, lone surrogates included: what a broken decoder or a cut string can produce. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Text shaped like news (names, cues, quote marks, punctuation, line breaks), where the core's rules fire. */
export const newsSoup = (maxLength = 120): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
        { weight: 4, arbitrary: fc.constantFrom(' ') },
        { weight: 2, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
        { weight: 2, arbitrary: fc.constantFrom(...PUNCTUATION) },
        { weight: 1, arbitrary: fc.constantFrom(...SPACES) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''));

/** Quote-mark soup: unbalanced, nested and mismatched marks with a little text between them. */
export const quoteSoup = (maxLength = 80): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
        { weight: 2, arbitrary: fc.constantFrom(' ', 'a', 'He said', '\n', ',', '.', 'Putin') },
      ),
      {
        maxLength,
      },
    )
    .map((parts) => parts.join(''));

/** Random Unicode: whole code points (surrogate pairs) and raw code units (lone surrogates, controls, NUL). */
export const randomUnicode = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: anyCodeUnit, maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
  );

/** Well-formed articles built from sentences, with CRLF, lone CR, a BOM or NULs mixed in. */
export const articleLike = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(
        fc.oneof(
          fc.constantFrom(
            '"We are ready to talk," Putin said.',
            '“There is still time,” she added, “but not much.”',
            'Lavrov said Tokyo was interested in the islands.',
            'According to officials, the talks will resume.',
            'A person familiar with the talks, speaking on condition of anonymity, said no deal was near.',
            '«Nous verrons», a déclaré le ministre.',
            '„Das ist gut“, sagte Merkel.',
            'The Russian president said: "Nobody loses."',
            '"It is a \'key\' issue," Abe told reporters in Vladivostok.',
            'Shinzo Abe expressed optimism over the Kuril Islands.',
            '"We\'re not talking about an exchange.',
            '"A new paragraph of the same quote," he said.',
          ),
          newsSoup(30),
        ),
        { minLength: 1, maxLength: 12 },
      ),
      fc.constantFrom('\n', '\n\n', '\r\n', '\r', ' ', '\r\n\r\n'),
      fc.boolean(),
    )
    .map(([sentences, joiner, bom]) => (bom ? '\uFEFF' : '') + sentences.join(joiner));

/** One very long line: sentences with no line break at all. */
export const longLine = (): fc.Arbitrary<string> =>
  fc.array(newsSoup(40), { minLength: 50, maxLength: 200 }).map((parts) => parts.join(' '));

// ---------------------------------------------------------------------------------------------------------------
// Invariants

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` would cut a surrogate pair in two. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function checkSpan(text: string, span: Span | null | undefined, what: string): void {
  if (span === null || span === undefined) return;
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets (${start}, ${end})`);
  assert.ok(start >= 0 && start <= end && end <= text.length, `${what}: ${start}-${end} inside 0-${text.length}`);
  assert.equal(span.text, text.slice(start, end), `${what}: text is the slice ${start}-${end}`);
  assert.ok(
    !splitsSurrogatePair(text, start) && !splitsSurrogatePair(text, end),
    `${what}: ${start}-${end} splits a surrogate pair`,
  );
}

/** Each span is exact and in range; spans of one kind never overlap one another. */
export function assertValidSpans(text: string, spans: Span[], what: string): void {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  sorted.forEach((s, i) => {
    checkSpan(text, s, `${what} ${i}`);
    assert.ok(s.end > s.start, `${what} ${i} (${s.start}-${s.end}) is not empty`);
    if (i > 0)
      assert.ok(
        s.start >= sorted[i - 1].end,
        `${what} ${i} (${s.start}-${s.end}) overlaps ${sorted[i - 1].start}-${sorted[i - 1].end}`,
      );
  });
}

/** Every structural promise of the Analysis contract, for one input. */
export function assertValidAnalysis(text: string, analysis: Analysis): void {
  assert.ok(Array.isArray(analysis.quotes) && Array.isArray(analysis.speakers), 'quotes and speakers are arrays');
  assert.ok(Array.isArray(analysis.people) && Array.isArray(analysis.places), 'people and places are arrays');
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  assert.equal(speakers.size, analysis.speakers.length, 'speaker ids are unique');
  const quoteCounts = new Map<string, number>();
  let previousEnd = -1;
  let previousStart = -1;
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start);
  quotes.forEach((q, i) => {
    const what = `quote ${i} (${q.start}-${q.end})`;
    checkSpan(text, q, what);
    assert.ok(q.end > q.start, `${what}: not empty`);
    assert.ok(q.kind === 'direct' || q.kind === 'indirect', `${what}: kind`);
    assert.ok(q.start >= previousEnd, `${what} overlaps the quote at ${previousStart}-${previousEnd}`);
    previousEnd = q.end;
    previousStart = q.start;
    assert.ok(
      Number.isFinite(q.confidence) && q.confidence >= 0 && q.confidence <= 1,
      `${what}: confidence ${q.confidence}`,
    );
    let partEnd = q.start;
    for (const [j, part] of (q.parts ?? []).entries()) {
      checkSpan(text, part, `${what} part ${j}`);
      assert.ok(
        part.start >= partEnd && part.end <= q.end,
        `${what} part ${j} (${part.start}-${part.end}) in order and inside the quote`,
      );
      partEnd = part.end;
    }
    checkSpan(text, q.cue, `${what} cue`);
    checkSpan(text, q.speakerMention, `${what} speakerMention`);
    if (q.speakerId === null) {
      assert.equal(q.speaker, null, `${what}: no speaker without a speakerId`);
    } else {
      const speaker = speakers.get(q.speakerId);
      assert.ok(speaker, `${what}: speakerId ${q.speakerId} is in speakers`);
      assert.equal(q.speaker, speaker.name, `${what}: speaker is the speaker's name`);
      quoteCounts.set(q.speakerId, (quoteCounts.get(q.speakerId) ?? 0) + 1);
    }
  });
  for (const s of analysis.speakers) {
    assert.ok(['person', 'organization', 'anonymous'].includes(s.type), `speaker ${s.id}: type ${s.type}`);
    assert.equal(s.quoteCount, quoteCounts.get(s.id) ?? 0, `speaker ${s.id}: quoteCount matches its quotes`);
    s.mentions.forEach((m, j) => checkSpan(text, m, `speaker ${s.id} mention ${j}`));
  }
  assertValidSpans(text, analysis.people, 'person');
  assertValidSpans(text, analysis.places, 'place');
}

/** Converts "\n" line ends to "\r\n"; `shift(offset)` maps an offset of the original to the converted text. */
export function toCrlf(text: string): { crlf: string; shift: (offset: number) => number } {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  const crlf = text.replace(/\n/g, '\r\n');
  const shift = (offset: number): number => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + lo; // one extra \r before each newline that precedes the offset
  };
  return { crlf, shift };
}

type Shape = Record<string, unknown>;

/** The analysis of the CRLF text must be the LF analysis with every offset shifted and every text re-sliced. */
export function shiftAnalysis(analysis: Analysis, crlf: string, shift: (offset: number) => number): Analysis {
  const move = <T extends Span>(s: T): T => {
    const start = shift(s.start);
    const end = shift(s.end);
    return { ...s, start, end, text: crlf.slice(start, end) };
  };
  const moveOrNull = (s: Span | null): Span | null => (s === null ? null : move(s));
  return {
    quotes: analysis.quotes.map((q) => {
      const moved = { ...move(q), cue: moveOrNull(q.cue), speakerMention: moveOrNull(q.speakerMention) };
      return q.parts ? { ...moved, parts: q.parts.map(move) } : moved;
    }),
    speakers: analysis.speakers.map((s) => ({ ...s, mentions: s.mentions.map(move) })),
    people: analysis.people.map(move),
    places: analysis.places.map(move),
  };
}

/** Canonical JSON for comparing two analyses (drops undefined fields, keeps order). */
export function canonical(value: Analysis | Shape): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

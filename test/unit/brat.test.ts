// brat standoff both ways: the .ann parser (offsets checked against the article, CRLF and code-point counting,
// errors naming the line, nothing returned on error), the writer (PolNeAR's attribution events), the round trip,
// and the agreement between two codings. Articles are written for these tests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Analysis } from '../../src/core/types';
import { readAttributions } from '../../src/shared/brat/attributions';
import { attributionToQuote } from '../../src/shared/brat/bratQuotes';
import { parseStandoff } from '../../src/shared/brat/parseStandoff';
import type { BratDocument } from '../../src/shared/brat/standoff';
import { splitAtLineBreaks, writeStandoff } from '../../src/shared/brat/writeStandoff';
import { compareCodings } from '../../src/shared/agreement/compareCodings';
import { formatComparison } from '../../src/shared/agreement/formatComparison';

const ARTICLE = `Harbour talks stall

"We will not sign an agreement that empties our harbours," Fisheries Minister Clara Okafor told reporters.

"There is still time," she added, "but not much."

Tomas Brandt said his delegation was ready to compromise.
`;

const at = (text: string, words: string, from = 0): [number, number] => {
  const start = text.indexOf(words, from);
  assert.ok(start >= 0, `"${words}" in the test text`);
  return [start, start + words.length];
};

function parsed(ann: string, text = ARTICLE): BratDocument {
  const result = parseStandoff(ann, text);
  assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.errors));
  return result.document;
}

function errorsOf(ann: string, text = ARTICLE): Array<{ line: number; message: string }> {
  const result = parseStandoff(ann, text);
  assert.equal(result.ok, false, 'the file is refused');
  return result.ok ? [] : result.errors;
}

function hand(text: string): string {
  const src = at(text, 'Clara Okafor');
  const cue = at(text, 'told reporters');
  const content = at(text, '"We will not sign an agreement that empties our harbours,"');
  return [
    `T1\tSource ${src.join(' ')}\tClara Okafor`,
    `T2\tCue ${cue.join(' ')}\ttold reporters`,
    `T3\tContent ${content.join(' ')}\t"We will not sign an agreement that empties our harbours,"`,
    `T4\tAttribution ${cue.join(' ')}\ttold reporters`,
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'A1\tFactuality E1 Asserted',
    'R1\tCoref Arg1:T1 Arg2:T2',
    '#1\tAnnotatorNotes T1\tthe minister',
    'N1\tReference T1 Wikidata:Q1\tClara Okafor',
    '*\tEquiv T1 T2',
    '',
  ].join('\n');
}

test('a hand-written PolNeAR-style file parses; A, R, #, N and * lines are skipped, not rejected', () => {
  const doc = parsed(hand(ARTICLE));
  assert.equal(doc.textBounds.length, 4);
  assert.equal(doc.events.length, 1);
  assert.equal(doc.skipped, 5);
  assert.equal(doc.counting, 'utf16');
  const { attributions, warnings } = readAttributions(doc);
  assert.deepEqual(warnings, []);
  assert.equal(attributions.length, 1);
  assert.deepEqual(attributions[0].source, [at(ARTICLE, 'Clara Okafor')]);
  assert.equal(attributions[0].sourceText, 'Clara Okafor');
  assert.deepEqual(attributions[0].cue, [at(ARTICLE, 'told reporters')]);
});

test('discontinuous spans "start end;start end" are read as fragments joined by a space', () => {
  const a = at(ARTICLE, '"There is still time,"');
  const b = at(ARTICLE, '"but not much."');
  const she = at(ARTICLE, 'she added');
  const ann = `T1\tContent ${a.join(' ')};${b.join(' ')}\t"There is still time," "but not much."\nT2\tAttribution ${she.join(' ')}\tshe added\nE1\tAttribution:T2 Content:T1\n`;
  const { attributions } = readAttributions(parsed(ann));
  assert.deepEqual(attributions[0].content, [a, b]);
  assert.equal(attributions[0].source, null);
});

test('bad offsets are refused with the line: beyond the end, text that differs, reversed spans, not numbers', () => {
  const beyond = errorsOf(`T1\tSource 10 99999\tClara\n`);
  assert.equal(beyond[0].line, 1);
  assert.match(beyond[0].message, /T1: the span 10-99999 lies beyond the article's end/);
  const differs = errorsOf(`\nT1\tSource ${at(ARTICLE, 'Clara Okafor').join(' ')}\tTomas Brandt\n`);
  assert.equal(differs[0].line, 2);
  assert.match(differs[0].message, /the file says "Tomas Brandt" but the article has "Clara Okafor"/);
  // one character too many, even a space, is an error: the offsets are off
  const [s, e] = at(ARTICLE, 'Clara Okafor');
  assert.match(errorsOf(`T1\tSource ${s} ${e + 1}\tClara Okafor\n`)[0].message, /the article has "Clara Okafor "/);
  assert.match(errorsOf('T1\tSource 9 3\tx\n')[0].message, /ends before it starts/);
  assert.match(errorsOf('T1\tSource a b\tx\n')[0].message, /"a b" is not an offset pair/);
  assert.match(errorsOf('T1\tSource 1 2\n')[0].message, /three tab-separated fields/);
});

test('structural errors name the line: duplicate ids, unknown kinds, events pointing nowhere, wrong triggers', () => {
  const src = at(ARTICLE, 'Clara Okafor').join(' ');
  const dup = errorsOf(`T1\tSource ${src}\tClara Okafor\nT1\tSource ${src}\tClara Okafor\n`);
  assert.deepEqual(
    dup.map((e) => e.line),
    [2],
  );
  assert.match(dup[0].message, /T1 is defined twice \(first on line 1\)/);
  assert.match(errorsOf('X1\tFoo bar\n')[0].message, /unknown annotation kind "X"/);
  assert.match(errorsOf('hello world\n')[0].message, /is not a brat id/);
  const noTrigger = errorsOf(`T1\tSource ${src}\tClara Okafor\nE1\tAttribution:T9 Source:T1\n`);
  assert.equal(noTrigger[0].line, 2);
  assert.match(noTrigger[0].message, /E1: its trigger T9 is not a T annotation/);
  const wrongLabel = errorsOf(`T1\tSource ${src}\tClara Okafor\nE1\tAttribution:T1\n`);
  assert.match(wrongLabel[0].message, /labelled Source, not Attribution/);
  const danglingArg = errorsOf(`T1\tAttribution ${src}\tClara Okafor\nE1\tAttribution:T1 Content:T7\n`);
  assert.match(danglingArg[0].message, /Content:T7 names no annotation/);
});

test('unknown labels and roles are warnings with their line; the rest still imports', () => {
  const src = at(ARTICLE, 'Clara Okafor').join(' ');
  const ann =
    hand(ARTICLE) +
    `T9\tSpeaker ${src}\tClara Okafor\nT10\tAttribution ${src}\tClara Okafor\nE2\tAttribution:T10 Speaker:T9\n`;
  const { attributions, warnings } = readAttributions(parsed(ann));
  assert.equal(attributions.length, 1);
  assert.deepEqual(
    warnings.map((w) => w.line),
    [11, 13, 13],
  );
  assert.match(warnings[0].message, /T9: the label "Speaker" is not one News Annotator reads/);
  assert.match(warnings[1].message, /role "Speaker" is not Source, Cue or Content/);
  assert.match(warnings[2].message, /E2: an Attribution without a Content/);
});

test('an empty file is a valid coding with nothing in it; a binary file is refused once, naming its line', () => {
  const empty = parsed('');
  assert.equal(empty.textBounds.length + empty.events.length, 0);
  assert.equal(parsed('\n\n  \n').textBounds.length, 0);
  const binary = errorsOf('T1\tSource 0 1\tH\n\u0000\u0001\u0002garbage\u0000\n');
  assert.equal(binary.length, 1);
  assert.equal(binary[0].line, 2);
  assert.match(binary[0].message, /binary data/);
});

test('CRLF articles: offsets counting the file as is are read as they are; brat server offsets (\\r\\n once) are recognised', () => {
  const crlf = ARTICLE.replace(/\n/g, '\r\n');
  const asIs = hand(crlf);
  const doc = parsed(asIs, crlf);
  assert.equal(doc.counting, 'utf16');
  assert.deepEqual(readAttributions(doc).attributions[0].source, [at(crlf, 'Clara Okafor')]);
  // brat's server reads the text with universal newlines: every earlier "\r\n" counts once
  const lf = ARTICLE;
  const server = parsed(hand(lf), crlf);
  assert.equal(server.counting, 'universal newlines');
  const okafor = readAttributions(server).attributions[0].source?.[0];
  assert.deepEqual(okafor, at(crlf, 'Clara Okafor'));
  // an .ann file with CRLF line ends of its own reads the same
  assert.equal(parsed(asIs.replace(/\n/g, '\r\n'), crlf).textBounds.length, 4);
});

test('astral characters: code-point offsets (brat, Python) and UTF-16 offsets (JavaScript tools) both read', () => {
  const text = 'Fans 🎉 cheered. "We won," Okafor said.';
  const [s, e] = at(text, 'Okafor');
  assert.equal(parsed(`T1\tSource ${s} ${e}\tOkafor\n`, text).counting, 'utf16');
  const doc = parsed(`T1\tSource ${s - 1} ${e - 1}\tOkafor\n`, text);
  assert.equal(doc.counting, 'code points');
  assert.deepEqual(doc.textBounds[0].fragments, [[s, e]]);
  // and the writer counts code points
  const written = writeStandoff(text, {
    quotes: [],
    speakers: [],
    people: [{ start: s, end: e, text: 'Okafor' }],
    places: [],
  });
  assert.equal(written, `T1\tPerson ${s - 1} ${e - 1}\tOkafor\n`);
});

test('the writer follows PolNeAR: Source, Cue, Content, Attribution trigger, one event; Place and Person lines', () => {
  const analysis = analyze(ARTICLE);
  const ann = writeStandoff(ARTICLE, analysis);
  const lines = ann.trimEnd().split('\n');
  const first = lines.slice(0, 5);
  assert.match(first[0], /^T1\tSource \d+ \d+\t(Fisheries Minister )?Clara Okafor$/);
  assert.match(first[1], /^T2\tCue \d+ \d+\ttold reporters$/);
  assert.match(first[2], /^T3\tContent \d+ \d+\t"We will not sign/);
  assert.match(first[3], /^T4\tAttribution \d+ \d+\ttold reporters$/);
  assert.equal(first[4], 'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1');
  assert.ok(
    lines.some((l) => /^T\d+\tContent \d+ \d+;\d+ \d+\t"There is still time," "but not much\."$/.test(l)),
    ann,
  );
  assert.ok(
    lines.some((l) => /^T\d+\tPerson \d+ \d+\tTomas Brandt$/.test(l)),
    ann,
  );
});

test('spans crossing a line break are written as fragments on either side of it', () => {
  const text = 'He said "first line\nsecond line" today.';
  assert.deepEqual(splitAtLineBreaks(text, at(text, '"first line\nsecond line"')), [
    at(text, '"first line'),
    at(text, 'second line"'),
  ]);
  assert.deepEqual(splitAtLineBreaks('a\r\n\r\nb', [0, 6]), [
    [0, 1],
    [5, 6],
  ]);
});

test('round trip: analysis → .ann → attributions → quotes → .ann gives the same file, CRLF and line breaks included', () => {
  for (const text of [ARTICLE, ARTICLE.replace(/\n/g, '\r\n'), `"Quotes over\ntwo lines," the mayor said.\n`]) {
    const analysis = analyze(text);
    const ann = writeStandoff(text, analysis);
    const { attributions, places, people } = readAttributions(parsed(ann, text));
    assert.equal(attributions.length, analysis.quotes.length);
    const quotes = attributions.map((a) => attributionToQuote(text, a));
    const back: Analysis = {
      quotes,
      speakers: [],
      places: places.map(([start, end]) => ({
        start,
        end,
        text: text.slice(start, end),
        name: text.slice(start, end),
      })),
      people: people.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
    };
    assert.equal(writeStandoff(text, back), ann);
    analysis.quotes.forEach((q, i) => {
      assert.equal(quotes[i].kind, q.kind, `kind of ${q.text}`);
      assert.deepEqual(quotes[i].speakerMention, q.speakerMention);
      assert.deepEqual(quotes[i].cue, q.cue);
    });
  }
});

test('compare: the machine against itself agrees fully; a changed speaker, a missing and an extra quote are listed', () => {
  const analysis = analyze(ARTICLE);
  const self = readAttributions(parsed(writeStandoff(ARTICLE, analysis))).attributions;
  const human = self.map((a) => ({ content: a.content, source: a.source, sourceText: a.sourceText }));
  const same = compareCodings(ARTICLE, analysis, human);
  assert.equal(same.matched, analysis.quotes.length);
  assert.equal(same.speakersAgree, same.matched);
  assert.deepEqual(same.disagreements, []);

  const brandt = at(ARTICLE, 'Tomas Brandt');
  const changed = human
    .map((h, i) => (i === 0 ? { ...h, source: [brandt], sourceText: 'Tomas Brandt' } : h))
    .slice(0, -1);
  changed.push({ content: [at(ARTICLE, 'Harbour talks stall')], source: null, sourceText: null });
  const diff = compareCodings(ARTICLE, analysis, changed);
  assert.deepEqual(
    diff.disagreements.map((d) => d.kind),
    ['missing', 'speaker', 'extra'],
  );
  const report = formatComparison('talks.txt', ARTICLE, diff);
  assert.match(report, /^talks\.txt:1:1: missing: "Harbour talks stall" \(person: no speaker\)/m);
  assert.match(report, /^talks\.txt:3:1: different speaker: .* machine Clara Okafor, person Tomas Brandt$/m);
  assert.match(report, /speakers: agree on \d+ of \d+ matched quotes/);
});

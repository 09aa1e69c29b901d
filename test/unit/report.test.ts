// Source summaries and folder reports: counts by type, quoted words, the gender estimate, merging across articles.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import type { Analysis, Quote, Speaker } from '../../src/core/types';
import { genderCounts, sourceTypes, summarizeArticle } from '../../src/shared/report/articleSummary';
import { estimateGender } from '../../src/shared/report/genderEstimate';
import { ReportBuilder } from '../../src/shared/report/folderReport';
import { reportToCsv, reportToJson, reportToMarkdown } from '../../src/shared/report/reportExporters';
import { parseReportMessage } from '../../src/shared/report/reportProtocol';
import { speakerKey, wordCount } from '../../src/shared/report/speakerKey';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

function speaker(id: string, name: string, type: Speaker['type'], mentions: string[] = [name]): Speaker {
  return { id, name, type, mentions: mentions.map((m, i) => span(i * 100, m)), quoteCount: 0 };
}

function quote(start: number, text: string, speakerId: string | null, kind: Quote['kind'] = 'direct'): Quote {
  return {
    ...span(start, text),
    kind,
    speaker: speakerId,
    speakerId,
    speakerMention: null,
    cue: null,
    confidence: 0.9,
    origin: 'machine',
  };
}

function article(quotes: Quote[], speakers: Speaker[], places: string[] = []): Analysis {
  return { quotes, speakers, people: [], places: places.map((p, i) => ({ ...span(1000 + i * 20, p), name: p })) };
}

test('word counts: contractions and hyphenated words are one word', () => {
  assert.equal(wordCount("We don't sign well-known deals, 2 times."), 7);
  assert.equal(wordCount('  '), 0);
});

test('speaker keys merge case, spacing, accents and a leading "the"', () => {
  assert.equal(speakerKey('Clára  OKAFOR'), speakerKey('Clara Okafor'));
  assert.equal(speakerKey('the Foreign Ministry'), speakerKey('Foreign Ministry'));
  assert.notEqual(speakerKey('Clara Okafor'), speakerKey('Clara Okafur'));
});

test('gender: a title wins over the first name, unisex and surname-only are unknown, non-people get none', () => {
  assert.equal(estimateGender(speaker('a', 'Clara Okafor', 'person')), 'female');
  assert.equal(estimateGender(speaker('b', 'John Brandt', 'person')), 'male');
  assert.equal(estimateGender(speaker('c', 'Okafor', 'person', ['Mrs. Okafor'])), 'female');
  assert.equal(estimateGender(speaker('d', 'Okafor', 'person')), 'unknown');
  assert.equal(estimateGender(speaker('e', 'J. Brandt', 'person')), 'unknown');
  assert.equal(estimateGender(speaker('f', 'Xqzt Brandt', 'person')), 'unknown');
  assert.equal(estimateGender(speaker('g', 'Lee Brandt', 'person', ['Mr. Brandt', 'Mrs. Brandt'])), 'unknown');
  assert.equal(estimateGender(speaker('h', 'the Foreign Ministry', 'organization')), undefined);
  assert.equal(estimateGender(speaker('i', 'a senior official', 'anonymous')), undefined);
});

test('an article summary counts sources by type, direct vs reported, and quoted words per speaker', () => {
  const a = article(
    [
      quote(10, 'We will not sign this', 'okafor'),
      quote(50, 'the talks would resume', 'okafor', 'indirect'),
      quote(90, 'No comment', 'ministry'),
      quote(120, 'It is over', 'official'),
      quote(150, 'Nobody knows', null),
    ],
    [
      speaker('okafor', 'Clara Okafor', 'person'),
      speaker('ministry', 'the Foreign Ministry', 'organization'),
      speaker('official', 'a senior official', 'anonymous'),
      speaker('silent', 'Tomas Brandt', 'person'),
    ],
    ['Valmore', 'Estavia', 'Valmore'],
  );
  const s = summarizeArticle(a);
  assert.deepEqual([s.quotes, s.direct, s.reported, s.unattributed, s.words], [5, 4, 1, 1, 16]);
  // Tomas Brandt is mentioned but never quoted: no source
  assert.deepEqual(
    s.sources.map((x) => [x.name, x.quotes, x.words]),
    [
      ['Clara Okafor', 2, 9],
      ['a senior official', 1, 3],
      ['the Foreign Ministry', 1, 2],
    ],
  );
  assert.deepEqual(s.sources[0].first, { start: 10, end: 31 });
  assert.deepEqual(sourceTypes(s.sources), { person: 1, organization: 1, anonymous: 1, document: 0 });
  assert.deepEqual(genderCounts(s.sources), { female: 1, male: 0, unknown: 0 });
  assert.deepEqual(
    s.places.map((p) => [p.name, p.mentions]),
    [
      ['Valmore', 2],
      ['Estavia', 1],
    ],
  );
});

test('an interrupted quote counts its pieces, not the attribution between them', () => {
  const q = {
    ...quote(0, '"We wait," she said, "and see."', 'x'),
    parts: [span(0, '"We wait,"'), span(21, '"and see."')],
  };
  const s = summarizeArticle(article([q], [speaker('x', 'Clara Okafor', 'person')]));
  assert.equal(s.sources[0].words, 4);
});

test('the folder report merges a person quoted in two articles into one row, and counts anonymous sources per article', () => {
  const one = article(
    [quote(0, 'One two three', 'a'), quote(40, 'Four', 'anon')],
    [speaker('a', 'Clara Okafor', 'person'), speaker('anon', 'a senior official', 'anonymous')],
    ['Valmore'],
  );
  const two = article(
    [quote(5, 'Five six', 'b'), quote(30, 'Seven', 'c'), quote(60, 'Eight', 'anon')],
    [
      speaker('b', 'CLARA OKAFOR', 'person', ['Mrs. Okafor']),
      speaker('c', 'the Fisheries Ministry', 'organization'),
      speaker('anon', 'a senior official', 'anonymous'),
    ],
    ['Valmore', 'Valmore', 'Serin'],
  );
  const builder = new ReportBuilder();
  builder.add('one.news', summarizeArticle(one));
  builder.add('two.news', summarizeArticle(two));
  builder.add('empty.news', summarizeArticle(article([], [])));
  const r = builder.build();
  assert.equal(r.articles, 3);
  assert.deepEqual(
    {
      quotes: r.totals.quotes,
      speakers: r.totals.speakers,
      named: r.totals.named,
      anonymous: r.totals.anonymous,
      organizations: r.totals.organizations,
    },
    { quotes: 5, speakers: 4, named: 1, anonymous: 2, organizations: 1 },
  );
  const okafor = r.speakers.find((s) => s.name === 'Clara Okafor');
  assert.deepEqual(okafor && [okafor.articles, okafor.quotes, okafor.words, okafor.gender, okafor.first.article], [
    2,
    2,
    5,
    'female',
    'one.news',
  ]);
  assert.deepEqual(
    r.places.map((p) => [p.name, p.articles, p.mentions]),
    [
      ['Valmore', 2, 3],
      ['Serin', 1, 1],
    ],
  );
  assert.deepEqual(
    r.perArticle.map((a) => [a.article, a.sources, a.anonymous, Math.round(a.anonymousShare * 100)]),
    [
      ['one.news', 2, 1, 50],
      ['two.news', 3, 1, 33],
      ['empty.news', 0, 0, 0],
    ],
  );
});

test('report JSON keeps the documented keys first; CSV guards formulas; Markdown escapes names', () => {
  const a = article(
    [quote(0, 'Sum it up', 'x')],
    [speaker('x', '=HYPERLINK("http://x") | *Bold*', 'organization')],
    ['@Place'],
  );
  const builder = new ReportBuilder();
  builder.add('a|b.news', summarizeArticle(a));
  const r = builder.build();
  const json = JSON.parse(reportToJson(r)) as Record<string, unknown>;
  assert.deepEqual(Object.keys(json).slice(0, 4), ['articles', 'totals', 'speakers', 'places']);
  assert.deepEqual(Object.keys(json.totals as object).slice(0, 5), [
    'quotes',
    'speakers',
    'named',
    'anonymous',
    'organizations',
  ]);
  assert.deepEqual(Object.keys((json.speakers as object[])[0]).slice(0, 5), [
    'name',
    'type',
    'articles',
    'quotes',
    'words',
  ]);
  assert.deepEqual(Object.keys((json.places as object[])[0]).slice(0, 3), ['name', 'articles', 'mentions']);
  const csv = reportToCsv(r);
  assert.match(csv, /^section,name,type,articles,quotes,words/);
  assert.match(csv, /\r\nspeaker,"'=HYPERLINK\(""http:\/\/x""\) \| \*Bold\*",organization,1,1,3,/);
  assert.match(csv, /\r\nplace,'@Place,,1,/);
  const md = reportToMarkdown(r);
  assert.ok(md.includes('=HYPERLINK("http://x") \\| \\*Bold\\*'), md);
  assert.ok(md.includes('| a\\|b.news |'), md);
});

test('a real analysis: the surname-only mention resolves to the full name before the report merges it', () => {
  const text = `Norland's Fisheries Minister Clara Okafor spoke in Valmore.\n\n"We will not sign," Okafor told reporters.\n\n"There is still time," Okafor said.\n`;
  const s = summarizeArticle(analyze(text));
  const okafor = s.sources.find((x) => x.name === 'Clara Okafor');
  assert.ok(okafor, JSON.stringify(s.sources));
  assert.equal(okafor.quotes, 2);
  assert.equal(okafor.gender, 'female');
});

test('memory stays bounded: 10,000 article summaries keep one small row per article', () => {
  const builder = new ReportBuilder();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10_000; i++) {
    const a = article(
      [quote(0, 'A few quoted words here', `p${i % 50}`)],
      [speaker(`p${i % 50}`, `Person${i % 50} Okafor`, 'person')],
      ['Valmore'],
    );
    builder.add(`folder/article-${i}.news`, summarizeArticle(a));
  }
  const r = builder.build();
  const grown = process.memoryUsage().heapUsed - before;
  assert.equal(r.speakers.length, 50);
  assert.equal(r.places[0].articles, 10_000);
  assert.equal(r.totals.quotes, 10_000);
  assert.ok(grown < 40 * 1024 * 1024, `heap grew ${(grown / 1048576).toFixed(1)} MB`);
});

test('report webview messages: only articles of the report open, at valid offsets; only known export formats', () => {
  const articles = new Set(['talks.news', 'april/follow-up.txt']);
  assert.deepEqual(parseReportMessage({ type: 'open', article: 'talks.news', start: 3, end: 9 }, articles), {
    type: 'open',
    article: 'talks.news',
    start: 3,
    end: 9,
  });
  assert.equal(
    parseReportMessage({ type: 'open', article: '../../etc/passwd', start: 0, end: 1 }, articles),
    undefined,
  );
  assert.equal(parseReportMessage({ type: 'open', article: 'talks.news', start: 9, end: 3 }, articles), undefined);
  assert.equal(parseReportMessage({ type: 'open', article: 'talks.news', start: -1, end: 3 }, articles), undefined);
  assert.equal(parseReportMessage({ type: 'open', article: 'talks.news', start: 1.5, end: 3 }, articles), undefined);
  assert.deepEqual(parseReportMessage({ type: 'export', format: 'csv' }, articles), { type: 'export', format: 'csv' });
  assert.equal(parseReportMessage({ type: 'export', format: 'html' }, articles), undefined);
  assert.equal(parseReportMessage('ready', articles), undefined);
  assert.deepEqual(parseReportMessage({ type: 'ready' }, articles), { type: 'ready' });
});

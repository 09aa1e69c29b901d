// The worker-side highlight data (paintData.ts) must paint exactly what the decoration plan describes, for every
// combination of settings, with positions as VS Code counts lines (LF, CRLF, lone CR).
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { LineIndex } from '../../src/core/text/lineIndex';
import {
  ALL_HIGHLIGHTS,
  planDecorations,
  TINT_COUNT,
  type HighlightOptions,
  type OffsetRange,
} from '../../src/shared/decorationPlan';
import {
  buildPaintData,
  LAYERS,
  lineStarts,
  paintBuffers,
  positionsOver,
  selectPaint,
} from '../../src/shared/paintData';
import { buildSymbolModel } from '../../src/shared/symbolModel';
import { hoverAt } from '../../src/shared/hoverContent';

const ARTICLE = [
  'HARBOURTOWN, May 2 (Wire) — The ferry to Northport will stop for a week, the port said.',
  '',
  '"We need the dock repaired before the summer," said Paula Grant, the harbour master.',
  '',
  'Grant said the work was overdue. "It will be quick," she added.',
  '',
  'A council official said the town would pay for a bus to Northport.',
  '',
  '"Nobody told us," said Tom Reyes, a fisherman in Harbourtown.',
].join('\n');

const key = (positions: Uint32Array): string[] => {
  const out: string[] = [];
  for (let i = 0; i < positions.length; i += 4)
    out.push(`${positions[i]}:${positions[i + 1]}-${positions[i + 2]}:${positions[i + 3]}`);
  return out.sort();
};

function expectedPositions(text: string, ranges: OffsetRange[]): string[] {
  const lines = new LineIndex(text);
  return ranges
    .map((r) => {
      const a = lines.position(r.start);
      const b = lines.position(r.end);
      return `${a.line - 1}:${a.column - 1}-${b.line - 1}:${b.column - 1}`;
    })
    .sort();
}

const dedupe = (list: string[]): string[] => [...new Set(list)].sort();

const OPTION_SETS: HighlightOptions[] = [
  ALL_HIGHLIGHTS,
  { ...ALL_HIGHLIGHTS, speakerTints: false },
  { speakers: false, directQuotes: true, reportedQuotes: false, places: true, speakerTints: true },
  { speakers: true, directQuotes: false, reportedQuotes: true, places: false, speakerTints: true },
];

for (const [label, text] of [
  ['LF', ARTICLE],
  ['CRLF', ARTICLE.replace(/\n/g, '\r\n')],
  ['lone CR', ARTICLE.replace(/\n/g, '\r')],
] as const) {
  test(`paint data selects what the decoration plan plans, at VS Code positions (${label})`, () => {
    const analysis = analyze(text);
    assert.ok(analysis.quotes.length >= 3 && analysis.speakers.length >= 2, 'the article has quotes and speakers');
    const data = buildPaintData(analysis, text);
    for (const options of OPTION_SETS) {
      const plan = planDecorations(analysis, options);
      const chosen = selectPaint(data, options);
      for (const layer of LAYERS) {
        assert.deepEqual(
          key(chosen.kinds[layer]),
          expectedPositions(text, plan[layer]),
          `${layer} ${JSON.stringify(options)}`,
        );
      }
      assert.equal(chosen.tints.length, TINT_COUNT);
      chosen.tints.forEach((t, i) =>
        assert.deepEqual(
          dedupe(key(t)),
          dedupe(expectedPositions(text, plan.tints[i])),
          `tint ${i} ${JSON.stringify(options)}`,
        ),
      );
    }
  });
}

test('paint data travels as transferable buffers, one pair per layer and one for the confidence marks', () => {
  const analysis = analyze(ARTICLE);
  const data = buildPaintData(analysis, ARTICLE);
  const buffers = paintBuffers(data);
  assert.equal(buffers.length, LAYERS.length * 2 + 2);
  assert.ok(buffers.every((b) => b instanceof ArrayBuffer));
  assert.equal(new Set(buffers).size, buffers.length, 'no buffer listed twice (transfer would throw)');
});

test('symbol model: speakers in order of appearance with their quotes, at VS Code positions', () => {
  const text = ARTICLE.replace(/\n/g, '\r\n');
  const analysis = analyze(text);
  const model = buildSymbolModel(analysis, positionsOver(lineStarts(text)));
  const grant = model.find((s) => s.name === 'Paula Grant');
  assert.ok(grant, JSON.stringify(model.map((s) => s.name)));
  assert.ok(grant.children.length >= 2 && grant.children.every((c) => c.kind === 'direct' || c.kind === 'reported'));
  assert.match(grant.detail, /quotes/);
  const lines = text.split('\r\n');
  const [l, c] = grant.selection;
  assert.ok(lines[l].slice(c).startsWith('Paula Grant') || lines[l].slice(c).startsWith('Grant'), lines[l].slice(c));
  // each range is the symbol's own words (sticky scroll pins the first line of ranges that enclose the view)
  assert.deepEqual(grant.range, grant.selection);
  for (const s of model)
    for (const child of s.children) assert.equal(child.range[0], child.range[2], `${child.name}: one line, its own`);
});

test('symbol names cannot render $(icons) in Go to Symbol (which renders icons in its labels)', () => {
  const text = '"Press $(zap) now," said Paula Grant.\n';
  const analysis = analyze(text);
  analysis.speakers = analysis.speakers.map((s) => ({ ...s, name: `${s.name} $(alert)` }));
  const model = buildSymbolModel(analysis, positionsOver(lineStarts(text)));
  const names = model.flatMap((s) => [s.name, s.detail, ...s.children.flatMap((c) => [c.name, c.detail])]);
  assert.ok(names.some((n) => n.includes('zap')) && names.some((n) => n.includes('alert')), JSON.stringify(names));
  assert.ok(
    names.every((n) => !n.includes('$(')),
    JSON.stringify(names),
  );
  assert.ok(
    names.some((n) => n.includes('$\u200b(zap)')),
    'the characters stay',
  );
});

test('hoverAt (answered by the worker): innermost item first, its span, nothing on plain narrative', () => {
  const analysis = analyze(ARTICLE);
  const onName = hoverAt(analysis, ARTICLE.indexOf('Paula Grant') + 2);
  assert.ok(onName, 'a hover on the speaker');
  assert.equal(ARTICLE.slice(onName.start, onName.end), 'Paula Grant');
  assert.match(onName.markdown, /Paula Grant/);
  const inQuote = hoverAt(analysis, ARTICLE.indexOf('dock repaired'));
  assert.ok(inQuote && /Direct quote/.test(inQuote.markdown), inQuote?.markdown);
  assert.equal(hoverAt(analysis, ARTICLE.indexOf('will stop for a week') + 3), undefined);
});

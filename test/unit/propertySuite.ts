/**
 * The property suite, parameterised by the functions under test so the unit tests and the fuzz script run the
 * very same checks. Each property names a hostile family of inputs and the invariant it must keep.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Analysis, Span } from '../../src/core/types';
import type { InspectResult } from '../../src/core/text/input';
import {
  articleLike,
  assertValidAnalysis,
  assertValidSpans,
  canonical,
  longLine,
  newsSoup,
  quoteSoup,
  randomUnicode,
  shiftAnalysis,
  toCrlf,
} from './propertyInvariants';

export interface SuiteTargets<Cache> {
  analyze: (text: string, options?: { cache?: Cache }) => Analysis;
  createAnalysisCache: () => Cache;
  inspectText: (text: string) => InspectResult;
  findEntities: (text: string) => { people: Span[]; places: Span[]; organizations: Span[] };
  terminalSafe: (text: string, max?: number) => string;
  windowsOf: (text: string, size: number) => Array<[number, number]>;
  analyzeInWindows: (text: string, analyzeWindow: (part: string) => Analysis, size: number) => Analysis;
}

export interface Property {
  name: string;
  /** Runs in `npm test`; the fuzz script multiplies it. */
  runs: number;
  /** Runs the property with fast-check (seed and run count in `params`) and returns what happened. */
  check(params: { seed: number; numRuns: number }): { failed: boolean; numRuns: number; report: string | undefined };
}

/** Wraps a typed fast-check property so properties over different argument types fit in one list. */
function property<Ts extends unknown[]>(name: string, runs: number, prop: fc.IProperty<Ts>): Property {
  return {
    name,
    runs,
    check: (params) => {
      const details = fc.check(prop, params);
      return { failed: details.failed, numRuns: details.numRuns, report: fc.defaultReportMessage(details) };
    },
  };
}

/** Any hostile input, for the invariants that must hold for every text. */
const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(
    randomUnicode(),
    quoteSoup(),
    newsSoup(),
    articleLike(),
    fc.constantFrom('', ' ', '"', '“', '\uFEFF', '\u0000', '\r', '\r\n', '\uD800', '\uDFFF\uD800'),
  );

/** Text without carriage returns, so that its CRLF version adds exactly one \r per \n. */
const lfText = (): fc.Arbitrary<string> =>
  fc.oneof(newsSoup(), articleLike(), quoteSoup()).map((t) => t.replace(/\r\n?/g, '\n'));

export function PROPERTIES<Cache>(t: SuiteTargets<Cache>): Property[] {
  const valid = (text: string): void => assertValidAnalysis(text, t.analyze(text));
  return [
    property(
      'random Unicode (surrogate pairs, lone surrogates, controls, NUL): valid spans, no exception',
      150,
      fc.property(randomUnicode(), valid),
    ),
    property(
      'quote-mark soup (unbalanced, nested, mismatched marks): valid, quotes never overlap',
      200,
      fc.property(quoteSoup(), valid),
    ),
    property(
      'news-like token soup (names, cues, marks, odd characters): valid spans',
      200,
      fc.property(newsSoup(), valid),
    ),
    property('articles with CRLF, lone CR, a BOM and NULs: valid spans', 100, fc.property(articleLike(), valid)),
    property('very long single lines: valid spans', 15, fc.property(longLine(), valid)),
    property(
      'entity mentions (people, places, organizations) are exact, in range, on code-point boundaries',
      150,
      fc.property(anyText(), (text) => {
        const found = t.findEntities(text);
        assertValidSpans(text, found.people, 'person');
        assertValidSpans(text, found.places, 'place');
        assertValidSpans(text, found.organizations, 'organization');
      }),
    ),
    property(
      'deterministic: two runs, and runs with a fresh or a reused cache, give the same analysis',
      100,
      fc.property(anyText(), anyText(), (text, other) => {
        const first = canonical(t.analyze(text));
        assert.deepEqual(canonical(t.analyze(text)), first, 'second run');
        assert.deepEqual(canonical(t.analyze(text, { cache: t.createAnalysisCache() })), first, 'fresh cache');
        const cache = t.createAnalysisCache();
        t.analyze(other, { cache });
        t.analyze(text, { cache });
        assert.deepEqual(canonical(t.analyze(text, { cache })), first, 'cache reused after another text');
      }),
    ),
    property(
      'edit sequences through one cache give what a fresh analysis gives',
      60,
      fc.property(
        articleLike(),
        fc.array(
          fc.record({
            at: fc.nat(),
            remove: fc.nat({ max: 40 }),
            insert: fc.oneof(newsSoup(20), quoteSoup(10), fc.constantFrom('\n', '\n\n', '"', '')),
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (initial, edits) => {
          const cache = t.createAnalysisCache();
          let text = initial;
          t.analyze(text, { cache });
          for (const edit of edits) {
            const at = edit.at % (text.length + 1);
            text = text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.remove));
            const cached = t.analyze(text, { cache });
            assertValidAnalysis(text, cached);
            assert.deepEqual(
              canonical(cached),
              canonical(t.analyze(text)),
              'cached analysis after an edit equals a fresh one',
            );
          }
        },
      ),
    ),
    property(
      'CRLF line endings give the same annotations, shifted',
      150,
      fc.property(lfText(), (text) => {
        const { crlf, shift } = toCrlf(text);
        const expected = canonical(shiftAnalysis(t.analyze(text), crlf, shift));
        assert.deepEqual(canonical(t.analyze(crlf)), expected);
      }),
    ),
    property(
      'tiny windows (paragraph, line, sentence, space and bare cuts): they tile the text and join into a valid analysis',
      100,
      fc.property(anyText(), fc.integer({ min: 1, max: 120 }), (text, size) => {
        let at = 0;
        for (const [from, to] of t.windowsOf(text, size)) {
          assert.ok(from === at && to > from, `window ${from}-${to} follows ${at}`);
          const high = text.charCodeAt(to - 1);
          const low = text.charCodeAt(to);
          assert.ok(
            !(high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff),
            `cut ${to} splits a surrogate pair`,
          );
          at = to;
        }
        assert.equal(at, text.length, 'the windows cover the text');
        assertValidAnalysis(
          text,
          t.analyzeInWindows(text, (part) => t.analyze(part), size),
        );
      }),
    ),
    property(
      'inspectText never throws and judges any text',
      300,
      fc.property(anyText(), (text) => {
        const r = t.inspectText(text);
        assert.ok(r.ok || ['binary', 'empty', 'too-large'].includes(r.reason));
        if (text.includes('\u0000')) assert.ok(!r.ok, 'NUL means binary (or empty)');
      }),
    ),
    property(
      'the terminal summary never prints control or bidi characters, nor cuts a surrogate pair',
      300,
      fc.property(randomUnicode(400), (text) => {
        const shown = t.terminalSafe(text);
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(shown, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        if (shown.endsWith('…') && !text.endsWith('…')) {
          const last = shown.charCodeAt(shown.length - 2);
          assert.ok(!(last >= 0xd800 && last <= 0xdbff), 'a cut never ends in a high surrogate');
        }
      }),
    ),
  ];
}

// Paints the analysis into editors: one decoration type per kind, theme colours from `contributes.colors`,
// overview-ruler marks, and a tint per speaker. Only results for the editor's current document version are
// painted; while a newer analysis runs, VS Code keeps the old marks aligned with the edits.
//
// Responsiveness: the worker sends positions ready to use (see paintData.ts); here they only become Ranges, in
// slices of a few milliseconds with a yield to the event loop between slices and between decoration types, so a
// long article never blocks the extension host. A paint that a newer paint or an edit overtakes stops halfway:
// the rest would be stale.
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { TINT_COUNT, type HighlightOptions } from '../shared/decorationPlan';
import { LAYERS, selectPaint, uncertainPositions, type Layer, type PaintData } from '../shared/paintData';

const color = (id: string): vscode.ThemeColor => new vscode.ThemeColor(`newsAnnotator.${id}`);

/** Work done between two yields to the event loop. */
const SLICE_MS = 8;
/** Ranges made between two looks at the clock. */
const CHECK_EVERY = 512;

interface Types {
  kinds: Record<Layer, vscode.TextEditorDecorationType>;
  tints: vscode.TextEditorDecorationType[];
  /** Low-confidence attributions: a dotted underline (a text decoration, so it composes with the tint's border). */
  uncertain: vscode.TextEditorDecorationType;
}

function createTypes(): Types {
  const kind = (
    name: Layer,
    lane: vscode.OverviewRulerLane,
    extra: vscode.DecorationRenderOptions = {},
  ): vscode.TextEditorDecorationType =>
    vscode.window.createTextEditorDecorationType({
      backgroundColor: color(`${name}Background`),
      border: '1px solid',
      borderColor: color(`${name}Border`),
      borderRadius: '2px',
      overviewRulerColor: color(`${name}Ruler`),
      overviewRulerLane: lane,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      ...extra,
    });
  return {
    kinds: {
      speaker: kind('speaker', vscode.OverviewRulerLane.Left, { fontWeight: '600' }),
      directQuote: kind('directQuote', vscode.OverviewRulerLane.Right),
      reportedQuote: kind('reportedQuote', vscode.OverviewRulerLane.Right, { fontStyle: 'italic' }),
      place: kind('place', vscode.OverviewRulerLane.Center),
    },
    tints: Array.from({ length: TINT_COUNT }, (_, i) =>
      vscode.window.createTextEditorDecorationType({
        // An underline in the speaker's colour, drawn as a bottom border so it composes with the kind's background.
        borderStyle: 'solid',
        borderWidth: '0 0 2px 0',
        borderColor: color(`speakerTint${i + 1}`),
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    ),
    uncertain: vscode.window.createTextEditorDecorationType({
      // theme colours reach CSS as variables: the underline follows the theme like every other mark
      textDecoration: 'underline dotted var(--vscode-newsAnnotator-uncertainUnderline)',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  };
}

const sameOptions = (a: HighlightOptions, b: HighlightOptions): boolean =>
  (Object.keys(a) as (keyof HighlightOptions)[]).every((k) => a[k] === b[k]);

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Time-slicing for one paint: yields when the slice is used up, and says when the paint has been overtaken. */
class Slicer {
  private sliceStart = performance.now();
  constructor(readonly current: () => boolean) {}

  /** Yields if the slice is spent; false when the paint must stop. */
  async pause(force = false): Promise<boolean> {
    if (force || performance.now() - this.sliceStart >= SLICE_MS) {
      await nextTurn();
      this.sliceStart = performance.now();
    }
    return this.current();
  }
}

export class DecorationPainter implements vscode.Disposable {
  private readonly types = createTypes();
  /** Per editor, the number of the newest paint: an older paint that sees a newer number stops. */
  private readonly paints = new WeakMap<vscode.TextEditor, number>();
  /** Per editor, what it shows now: painting the same thing again (another state event) is skipped. */
  private readonly shown = new WeakMap<
    vscode.TextEditor,
    { data: PaintData; options: HighlightOptions; version: number }
  >();
  private counter = 0;

  /**
   * Applies `data` (computed for document version `version`) to `editor`. Resolves when done or overtaken;
   * true when every decoration type was set.
   */
  async paint(
    editor: vscode.TextEditor,
    data: PaintData,
    options: HighlightOptions,
    version: number,
  ): Promise<boolean> {
    const shown = this.shown.get(editor);
    if (shown && shown.data === data && shown.version === version && sameOptions(shown.options, options)) return true;
    this.shown.delete(editor);
    const id = ++this.counter;
    this.paints.set(editor, id);
    const doc = editor.document;
    const slicer = new Slicer(() => this.paints.get(editor) === id && doc.version === version && !doc.isClosed);
    if (!slicer.current()) return false;
    const selection = selectPaint(data, options);
    const jobs: Array<[vscode.TextEditorDecorationType, Uint32Array]> = [
      ...LAYERS.map((name): [vscode.TextEditorDecorationType, Uint32Array] => [
        this.types.kinds[name],
        selection.kinds[name],
      ]),
      ...selection.tints.map((list, i): [vscode.TextEditorDecorationType, Uint32Array] => [this.types.tints[i], list]),
      [this.types.uncertain, uncertainPositions(data.confidence, options.lowConfidence ?? 0)],
    ];
    for (const [type, positions] of jobs) {
      const ranges = await this.toRanges(positions, slicer);
      if (!ranges) return false;
      editor.setDecorations(type, ranges);
      if (!(await slicer.pause(ranges.length > CHECK_EVERY))) return false;
    }
    this.shown.set(editor, { data, options, version });
    return true;
  }

  /** What the editor shows now (document version and number of ranges), once a paint completed; for the tests. */
  shownIn(editor: vscode.TextEditor): { version: number; ranges: number } | undefined {
    const shown = this.shown.get(editor);
    if (!shown) return undefined;
    const { kinds } = selectPaint(shown.data, shown.options);
    return { version: shown.version, ranges: LAYERS.reduce((n, layer) => n + kinds[layer].length / 4, 0) };
  }

  clear(editor: vscode.TextEditor): void {
    this.paints.set(editor, ++this.counter); // stops a paint in progress
    this.shown.delete(editor);
    for (const t of this.allTypes()) editor.setDecorations(t, []);
  }

  dispose(): void {
    for (const t of this.allTypes()) t.dispose();
  }

  private allTypes(): vscode.TextEditorDecorationType[] {
    return [...Object.values(this.types.kinds), ...this.types.tints, this.types.uncertain];
  }

  private async toRanges(positions: Uint32Array, slicer: Slicer): Promise<vscode.Range[] | undefined> {
    const count = positions.length / 4;
    const ranges = new Array<vscode.Range>(count);
    const Range = vscode.Range; // one property lookup, not one per range
    for (let i = 0; i < count; i++) {
      const p = i * 4;
      ranges[i] = new Range(positions[p], positions[p + 1], positions[p + 2], positions[p + 3]);
      if (i % CHECK_EVERY === CHECK_EVERY - 1 && !(await slicer.pause())) return undefined;
    }
    return ranges;
  }
}

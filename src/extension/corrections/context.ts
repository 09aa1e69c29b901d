// What every correction command needs: the article it acts on (the active editor, or the panel's article), its
// analysis with the corrections so far, the text it was made for, and where the command points (an offset passed
// by a hover link, code action or the panel's menu, else the cursor or selection). One helper, so each command
// file holds only its own decision.
import * as vscode from 'vscode';
import * as notify from '../notify';
import { fileName, type AnalysisController } from '../analysisController';
import type { Analysis, Place, Quote, Span, SpeakerType } from '../../core/types';
import { itemsAt } from '../../shared/analysisQueries';
import { matchIndex, type Range } from '../../shared/annotations/matchSpans';
import type { Sidecar } from '../../shared/annotations/types';
import type { AnnotationStore } from './annotationStore';

/** Arguments a command may receive from a hover link, a code action, the panel or a test (all optional). */
export interface CorrectionArgs {
  /** An offset inside the quote / speaker mention / place to act on (default: the cursor). */
  offset?: number;
  /** A span to act on (default: the selection), for the "Mark Selection as …" and "Change Quote Extent" commands. */
  start?: number;
  end?: number;
  speakerId?: string;
  /** Answers the command would otherwise ask for (tests, scripted use). */
  name?: string;
  type?: SpeakerType;
  role?: string;
  kind?: 'direct' | 'indirect';
  /** Merge: the ids of the speakers to merge into `speakerId`. */
  speakerIds?: string[];
  /** Orphans: the annotation to re-anchor or delete. */
  annotationId?: string;
}

export interface Deps {
  controller: AnalysisController;
  store: AnnotationStore;
  /** The article the panel shows, when no editor is active (a command from the panel's menu). */
  panelDocument(): vscode.TextDocument | undefined;
}

export interface Article {
  doc: vscode.TextDocument;
  text: string;
  analysis: Analysis;
  /** The offset the command points at. */
  offset: number;
  /** The span the command points at (the selection, or start/end from the arguments); empty when none. */
  range: Range;
}

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** The article at the version of its ready analysis, or undefined after telling the person why there is none. */
export async function article(deps: Deps, args: CorrectionArgs | undefined): Promise<Article | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document ?? deps.panelDocument();
  if (!doc || doc.isClosed || !deps.controller.isAnnotated(doc)) {
    void notify.info('News Annotator: open an annotated news article first.');
    return undefined;
  }
  await deps.controller.analyseNow(doc);
  const result = deps.controller.currentResult(doc);
  if (!result) {
    void notify.info(`${fileName(doc.uri)} has no analysis yet; try again in a moment.`);
    return undefined;
  }
  const sel = editor?.document === doc ? editor.selection : undefined;
  const selStart = sel ? doc.offsetAt(sel.start) : 0;
  const selEnd = sel ? doc.offsetAt(sel.end) : 0;
  const range =
    isOffset(args?.start) && isOffset(args?.end) && args.end >= args.start
      ? { start: args.start, end: args.end }
      : { start: selStart, end: selEnd };
  const offset = isOffset(args?.offset) ? args.offset : selStart;
  return { doc, text: doc.getText(), analysis: result.analysis, offset, range };
}

/** The quote the command is about: at the offset, else the one overlapping the selection most. */
export function targetQuote(a: Article): Quote | undefined {
  const at = itemsAt(a.analysis, a.offset).quote;
  if (at) return at;
  if (a.range.end > a.range.start) {
    const i = matchIndex(a.analysis.quotes, a.range, 0.01);
    if (i >= 0) return a.analysis.quotes[i];
  }
  void notify.info('News Annotator: put the cursor in a quote first.');
  return undefined;
}

export function targetPlace(a: Article): Place | undefined {
  const place = itemsAt(a.analysis, a.offset).place;
  if (!place) void notify.info('News Annotator: put the cursor on a place first.');
  return place;
}

export function targetPerson(a: Article): Span | undefined {
  const person = a.analysis.people.find((p) => p.start <= a.offset && a.offset < p.end);
  if (!person) void notify.info('News Annotator: put the cursor on a person’s name first.');
  return person;
}

/** The selection (or start/end), trimmed of white space; undefined (after saying so) when nothing is selected. */
export function selection(a: Article): Range | undefined {
  let { start, end } = a.range;
  while (start < end && /\s/.test(a.text[start])) start++;
  while (end > start && /\s/.test(a.text[end - 1])) end--;
  if (end > start) return { start, end };
  void notify.info('News Annotator: select the words first.');
  return undefined;
}

/** Saves a correction and waits until every view shows it. */
export async function correct(deps: Deps, a: Article, change: (s: Sidecar) => Sidecar, done: string): Promise<boolean> {
  if (a.doc.getText() !== a.text) {
    void notify.info(`${fileName(a.doc.uri)} changed meanwhile: run the command again.`);
    return false;
  }
  const ok = await deps.store.update(a.doc.uri, change);
  if (!ok) return false;
  await deps.controller.whenIdle();
  vscode.window.setStatusBarMessage(`$(check) News Annotator: ${done} (Undo Last Correction to take it back)`, 4000);
  return true;
}

/** The speaker the command points at: given by id, mentioned at the offset, or the speaker of the quote there. */
export function speakerIdAt(a: Article, args: CorrectionArgs | undefined): string | undefined {
  if (typeof args?.speakerId === 'string') return args.speakerId;
  const found = itemsAt(a.analysis, a.offset);
  return found.speaker?.speaker.id ?? found.quote?.speakerId ?? undefined;
}

/** One correction command (one file each, under src/extension/corrections/). */
export interface CorrectionCommand {
  id: string;
  run(deps: Deps, args: CorrectionArgs | undefined): Promise<boolean>;
}

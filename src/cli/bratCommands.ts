/**
 * The brat modes of `news-annotate`: `--format brat FILE` (the analysis as a .ann), `--compare ANN FILE` (where the
 * machine and a person's coding disagree) and `--import-brat ANN FILE` (the coding becomes FILE's human annotations).
 * Each reads one article and one .ann; an .ann that does not fit its article is reported line by line and nothing is
 * printed or written for it.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { Analysis } from '../core/types';
import { compareCodings, agreementFigures, type Comparison } from '../shared/agreement/compareCodings';
import { formatComparison, describeDisagreement } from '../shared/agreement/formatComparison';
import { LineIndex } from '../shared/analysisQueries';
import { emptySidecar, sidecarPathFor, type Sidecar } from '../shared/annotations';
import { describeInvalid, readSidecarFile, writeSidecarFile } from '../shared/annotations/sidecarFile';
import { readAttributions, type BratAttributions } from '../shared/brat/attributions';
import { hasImport, importCoding, undoImport } from '../shared/brat/importCoding';
import { parseStandoff } from '../shared/brat/parseStandoff';
import { issueText } from '../shared/brat/standoff';
import { writeStandoff } from '../shared/brat/writeStandoff';
import { readArticle } from '../shared/batch/readArticle';

export interface BratContext {
  maxBytes: number;
  analyze: () => Promise<(text: string) => Analysis>;
  /** Prints to stdout with back-pressure. */
  write: (text: string) => Promise<void>;
  /** Reports a problem on stderr (prefixed, made safe for the terminal). */
  fail: (message: string) => void;
}

const nameOf = (file: string): string => (file === '-' ? '<stdin>' : file);

/** The article's text, or undefined after reporting why it cannot be used. An empty article is text too. */
async function articleText(file: string, ctx: BratContext): Promise<string | undefined> {
  const read = await readArticle(file, ctx.maxBytes);
  if (read.ok) {
    if (read.warning) ctx.fail(`${nameOf(file)}: warning: ${read.warning}`);
    return read.text;
  }
  if (read.empty) return '';
  ctx.fail(`${nameOf(file)}: ${read.message}`);
  return undefined;
}

/** The .ann file's coded attributions, checked against the article; undefined after listing its errors. */
export async function readCoding(
  annPath: string,
  text: string,
  ctx: BratContext,
): Promise<BratAttributions | undefined> {
  let ann: string;
  try {
    const stat = await fs.stat(annPath);
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory, not a file'), { code: 'EISDIR' });
    if (stat.size > ctx.maxBytes) {
      ctx.fail(`${annPath}: larger than --max-size`);
      return undefined;
    }
    ann = await fs.readFile(annPath, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    ctx.fail(
      `${annPath}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a file' : message}`,
    );
    return undefined;
  }
  const parsed = parseStandoff(ann, text);
  if (!parsed.ok) {
    for (const issue of parsed.errors) ctx.fail(issueText(annPath, issue));
    return undefined;
  }
  const coding = readAttributions(parsed.document);
  for (const issue of coding.warnings) ctx.fail(`${issueText(annPath, issue)} (warning)`);
  return coding;
}

/** Applies the article's human annotations (undefined after reporting a broken sidecar). */
export type Annotate = (file: string, text: string, analysis: Analysis) => Promise<Analysis | undefined>;

/** `--format brat FILE`: the analysis as the editor shows it, the person's corrections applied. */
export async function exportBrat(file: string, ctx: BratContext, annotate: Annotate): Promise<boolean> {
  const text = await articleText(file, ctx);
  if (text === undefined) return false;
  const analysis = await annotate(file, text, (await ctx.analyze())(text));
  if (!analysis) return false;
  await ctx.write(writeStandoff(text, analysis));
  return true;
}

function comparisonJson(file: string, annPath: string, text: string, c: Comparison): unknown {
  const lines = new LineIndex(text);
  return {
    article: file,
    coding: annPath,
    machineQuotes: c.machineQuotes,
    humanQuotes: c.humanQuotes,
    matched: c.matched,
    speakersAgree: c.speakersAgree,
    ...agreementFigures(c),
    disagreements: c.disagreements.map((d) => ({
      ...d,
      ...lines.position(d.start),
      text: text.slice(d.start, d.end),
      message: describeDisagreement(text, d),
    })),
  };
}

/** `--compare ANN FILE`: the machine's own analysis (no human annotations) against the coding. */
export async function compareBrat(annPath: string, file: string, json: boolean, ctx: BratContext): Promise<boolean> {
  const text = await articleText(file, ctx);
  if (text === undefined) return false;
  const coding = await readCoding(annPath, text, ctx);
  if (!coding) return false;
  const machine = (await ctx.analyze())(text);
  const human = coding.attributions.map((a) => ({ content: a.content, source: a.source, sourceText: a.sourceText }));
  const comparison = compareCodings(text, machine, human);
  await ctx.write(
    json
      ? JSON.stringify(comparisonJson(file, annPath, text, comparison), null, 2) + '\n'
      : formatComparison(nameOf(file), text, comparison),
  );
  return true;
}

/** The article's sidecar, a new one when there is none, or undefined after saying why it must not be touched. */
async function currentSidecar(path: string, ctx: BratContext): Promise<Sidecar | undefined> {
  const read = await readSidecarFile(path);
  if (read.status === 'missing') return emptySidecar();
  if (read.status === 'ok') return read.sidecar;
  ctx.fail(`${describeInvalid(path, read.problems)}; it is left as it is and nothing was written`);
  return undefined;
}

async function saveSidecar(path: string, sidecar: Sidecar, ctx: BratContext): Promise<boolean> {
  try {
    await writeSidecarFile(path, sidecar);
    return true;
  } catch (error) {
    ctx.fail(error instanceof Error ? error.message : String(error));
    return false;
  }
}

const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;

/** `--import-brat ANN FILE`: the coding replaces FILE's earlier import, as a person's complete coding. */
export async function importBrat(annPath: string, file: string, ctx: BratContext): Promise<boolean> {
  const text = await articleText(file, ctx);
  if (text === undefined) return false;
  const coding = await readCoding(annPath, text, ctx);
  if (!coding) return false;
  if (coding.attributions.length === 0) {
    ctx.fail(
      `${annPath}: no Attribution events to import; nothing was written (a complete coding without quotes would hide every quote)`,
    );
    return false;
  }
  const path = sidecarPathFor(file);
  const previous = await currentSidecar(path, ctx);
  if (!previous) return false;
  const machine = (await ctx.analyze())(text);
  const next = importCoding(previous, text, machine, coding, basename(annPath));
  if (!(await saveSidecar(path, next, ctx))) return false;
  const what = [
    count(coding.attributions.length, 'quote'),
    count(coding.places.length, 'place'),
    count(coding.people.length, 'person mention'),
  ].join(', ');
  await ctx.write(
    `${path}: imported ${what} from ${annPath} as a complete coding (machine quotes it lacks are hidden; --undo-import brings them back)\n`,
  );
  return true;
}

/** `--undo-import FILE`: a graceful no-op when there is no import to undo. */
export async function undoBratImport(file: string, ctx: BratContext): Promise<boolean> {
  const path = sidecarPathFor(file);
  const previous = await currentSidecar(path, ctx);
  if (!previous) return false;
  if (!hasImport(previous)) {
    await ctx.write(`${path}: no brat import to undo\n`);
    return true;
  }
  if (!(await saveSidecar(path, undoImport(previous), ctx))) return false;
  await ctx.write(`${path}: the brat import was removed; the machine's quotes are back\n`);
  return true;
}

/**
 * `--errors`: lists the attributions the core missed (FN) and the ones it made up (FP), each with the words around
 * it, then tallies the misses by cue and by why they were missed. For studying recall by category; not a score.
 */
export interface ErrorGold {
  start: number;
  end: number;
  speaker: string | null;
  cue: string | null;
  kind_detail: string;
}

export interface ErrorPred {
  start: number;
  end: number;
  kind: string;
  speaker: string | null;
  cue: string | null;
}

export interface ErrorTally {
  fnByCue: Map<string, number>;
  fnByReason: Map<string, number>;
  fpByCue: Map<string, number>;
}

export function newTally(): ErrorTally {
  return { fnByCue: new Map(), fnByReason: new Map(), fpByCue: new Map() };
}

const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);

/** A few words either side of [a, b), with the span itself in brackets, on one line. */
function context(text: string, a: number, b: number, width = 80): string {
  const left = text.slice(Math.max(0, a - width), a).replace(/\s+/g, ' ');
  const right = text.slice(b, b + width).replace(/\s+/g, ' ');
  const mid = text.slice(a, b).replace(/\s+/g, ' ');
  return `…${left}[${mid.length > 240 ? `${mid.slice(0, 120)} … ${mid.slice(-100)}` : mid}]${right}…`;
}

/** Why a gold attribution was missed: a prediction overlaps it (wrong boundaries) or none does. */
function reason(text: string, g: ErrorGold, preds: ErrorPred[]): string {
  const over = preds.find((p) => p.start < g.end && p.end > g.start);
  if (over)
    return over.end - over.start > g.end - g.start
      ? `overlap:too-long(${over.kind})`
      : `overlap:too-short(${over.kind})`;
  // the sentence around it holds a quote mark: reported speech next to a direct quote
  const lineStart = text.lastIndexOf('\n', g.start) + 1;
  let lineEnd = text.indexOf('\n', g.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (/["“”]/.test(line)) return `none:line-has-quote-marks`;
  if (g.cue && g.cue.length > 0 && text.indexOf(g.cue, g.start) >= 0 && text.indexOf(g.cue, g.start) < g.end)
    return 'none:cue-inside';
  return 'none';
}

export function reportErrors(
  id: string,
  text: string,
  gold: ErrorGold[],
  missed: number[],
  preds: ErrorPred[],
  wrong: number[],
  tally: ErrorTally,
): void {
  for (const j of missed) {
    const g = gold[j];
    const cue = (g.cue ?? '').toLowerCase() || '(none)';
    const why = reason(text, g, preds);
    bump(tally.fnByCue, cue);
    bump(tally.fnByReason, `${g.kind_detail}/${why}`);
    const over = preds.find((p) => p.start < g.end && p.end > g.start);
    const predicted = over ? `\n   predicted: ${context(text, over.start, over.end, 0)}` : '';
    console.log(
      `FN ${id} [${g.kind_detail}] cue=${JSON.stringify(cue)} src=${JSON.stringify(g.speaker)} ${why}\n   ${context(text, g.start, g.end)}${predicted}`,
    );
  }
  for (const i of wrong) {
    const p = preds[i];
    bump(tally.fpByCue, `${p.kind}:${(p.cue ?? '(none)').toLowerCase()}`);
    console.log(
      `FP ${id} [${p.kind}] cue=${JSON.stringify(p.cue)} speaker=${JSON.stringify(p.speaker)}\n   ${context(text, p.start, p.end)}`,
    );
  }
}

export function printTally(t: ErrorTally): void {
  const top = (m: Map<string, number>, n: number): string =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
  console.log(`# FN by reason: ${top(t.fnByReason, 20)}`);
  console.log(`# FN by cue: ${top(t.fnByCue, 60)}`);
  console.log(`# FP by cue: ${top(t.fpByCue, 40)}`);
}

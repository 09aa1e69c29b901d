/**
 * People/places scoring on CoNLL-style documents (`{"id","text","entities":[{start,end,type,text}]}`):
 * places vs LOC and people vs PER by exact span, for findEntities and, on the same documents, for compromise's
 * people()/places() with punctuation trimmed (the baseline the issue quotes).
 */
import nlp from 'compromise';
import { findEntities } from '../../src/core/entities';

interface Gold {
  start: number;
  end: number;
  type: string;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

type SpanLike = { start: number; end: number };

function prf(c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f = (2 * p * r) / Math.max(1e-9, p + r);
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
}

function count(
  c: Counts,
  predicted: SpanLike[],
  gold: SpanLike[],
  onError?: (kind: 'fp' | 'fn', s: SpanLike) => void,
): void {
  const g = new Set(gold.map((s) => `${s.start}:${s.end}`));
  const p = new Set(predicted.map((s) => `${s.start}:${s.end}`));
  for (const s of predicted) {
    if (g.has(`${s.start}:${s.end}`)) c.tp++;
    else {
      c.fp++;
      onError?.('fp', s);
    }
  }
  for (const s of gold) {
    if (!p.has(`${s.start}:${s.end}`)) {
      c.fn++;
      onError?.('fn', s);
    }
  }
}

/** compromise's spans with leading/trailing punctuation and spaces trimmed. */
function trimmedSpans(text: string, matches: Array<{ offset: { start: number; length: number } }>): SpanLike[] {
  return matches.map(({ offset }) => {
    let start = offset.start;
    let end = offset.start + offset.length;
    while (end > start && /[\s.,;:!?'"’”)\]-]/.test(text[end - 1])) end--;
    while (start < end && /[\s'"‘“([-]/.test(text[start])) start++;
    return { start, end };
  });
}

export function evalEntities(docs: Array<Record<string, unknown>>, { verbose }: { verbose: boolean }): void {
  const ours = { LOC: { tp: 0, fp: 0, fn: 0 }, PER: { tp: 0, fp: 0, fn: 0 } };
  const base = { LOC: { tp: 0, fp: 0, fn: 0 }, PER: { tp: 0, fp: 0, fn: 0 } };
  const texts = docs.map((d) => String(d.text ?? ''));
  const golds = docs.map((d) => (Array.isArray(d.entities) ? (d.entities as Gold[]) : []));
  const kb = texts.reduce((sum, t) => sum + t.length, 0) / 1024;

  let t = performance.now();
  findEntities('Warm-up: Vladimir Putin met Shinzo Abe in Vladivostok.');
  const firstCallMs = performance.now() - t;
  // timed on their own, so that compromise's garbage does not land on our clock
  t = performance.now();
  const found = texts.map((text) => findEntities(text));
  const coldMs = performance.now() - t;
  t = performance.now();
  for (const text of texts) findEntities(text);
  const oursMs = performance.now() - t;
  texts.forEach((text, k) => {
    const show = (label: string) => (kind: 'fp' | 'fn', s: SpanLike) => {
      if (!verbose) return;
      const ctx = text.slice(Math.max(0, s.start - 30), Math.min(text.length, s.end + 30)).replace(/\n/g, ' ⏎ ');
      console.log(`  ${label} ${kind.toUpperCase()} ${JSON.stringify(text.slice(s.start, s.end))}  …${ctx}…`);
    };
    count(
      ours.LOC,
      found[k].places,
      golds[k].filter((e) => e.type === 'LOC'),
      show('place'),
    );
    count(
      ours.PER,
      found[k].people,
      golds[k].filter((e) => e.type === 'PER'),
      show('person'),
    );
  });

  t = performance.now();
  texts.forEach((text, k) => {
    type J = Array<{ offset: { start: number; length: number } }>;
    const d = nlp(text);
    count(
      base.LOC,
      trimmedSpans(text, d.places().json({ offset: true }) as J),
      golds[k].filter((e) => e.type === 'LOC'),
    );
    count(
      base.PER,
      trimmedSpans(text, d.people().json({ offset: true }) as J),
      golds[k].filter((e) => e.type === 'PER'),
    );
  });
  const baseMs = performance.now() - t;

  console.log(`places (LOC, exact span)   findEntities: ${prf(ours.LOC)}`);
  console.log(`                           compromise:   ${prf(base.LOC)}`);
  console.log(`people (PER, exact span)   findEntities: ${prf(ours.PER)}`);
  console.log(`                           compromise:   ${prf(base.PER)}`);
  console.log(
    `time: findEntities ${oursMs.toFixed(0)} ms (${((oursMs / kb) * 5).toFixed(2)} ms per 5 KB warm, ${((coldMs / kb) * 5).toFixed(2)} cold; first call incl. loading ${firstCallMs.toFixed(0)} ms), ` +
      `compromise nlp+people+places ${baseMs.toFixed(0)} ms (${((baseMs / kb) * 5).toFixed(2)} ms per 5 KB), on ${kb.toFixed(0)} KB`,
  );
}

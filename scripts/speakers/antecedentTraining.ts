/**
 * What the antecedent ranker's trainer (train-antecedents.ts) and the GAP measure (gap-choice.ts) share: labelled
 * choices traced from the analysis (PolNeAR train's hand-resolved speakers, GAP's pronouns), and the averaged
 * perceptron that ranks the right candidate above the others.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index';
import { useAntecedentWeights, type AntecedentChoice } from '../../src/core/speakers/antecedents';
import { resolvedVerdict, samePerson } from '../eval/speakerMatch';

export interface GoldQuote {
  kind_detail: string;
  speaker_spans: Array<[number, number]>;
  speaker_canonical?: string;
  speaker_canonical_type?: string;
}
export interface Article {
  id: string;
  text: string;
  quotes: GoldQuote[];
}
export interface GapItem {
  id?: string;
  text: string;
  pronoun: { start: number; end: number; text: string };
  candidates: Array<{ start?: number; end?: number; text: string; coref: boolean }>;
}
export interface Example {
  /** Index of its article (GAP: -1 - the item's index). */
  article: number;
  /** Offset of the mention in its article (GAP: -1). */
  start: number;
  kind: string;
  features: string[][];
  right: boolean[];
}

export const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);

/** The labelled choices of every article, traced with the weights in use (null: rule only). */
export function collectNews(
  articles: Article[],
  w: Record<string, number> | null,
): { examples: Example[]; unreachable: number } {
  useAntecedentWeights(w ?? {});
  const examples: Example[] = [];
  let unreachable = 0;
  articles.forEach((a, article) => {
    const choices: AntecedentChoice[] = [];
    analyze(a.text, { onAntecedents: (c) => choices.push(c) });
    const used = new Set<AntecedentChoice>();
    for (const g of a.quotes) {
      if (!g.speaker_canonical || g.kind_detail !== 'direct') continue;
      const c = choices.find((ch) => !used.has(ch) && g.speaker_spans.some(([s, e]) => ch.start < e && ch.end > s));
      if (!c) continue;
      used.add(c);
      const right = c.candidates.map((k) =>
        k.name === null
          ? g.speaker_canonical_type === 'anonymous'
          : !!resolvedVerdict(
              [{ name: k.name, type: k.type ?? 'person' }],
              g.speaker_canonical,
              g.speaker_canonical_type,
            )?.right,
      );
      if (!right.some(Boolean)) unreachable++;
      else
        examples.push({ article, start: c.start, kind: c.kind, features: c.candidates.map((k) => k.features), right });
    }
  });
  useAntecedentWeights(null);
  return { examples, unreachable };
}

/** Which of GAP's two names a speaker's name is: 'A', 'B', or null (neither, or both alike). */
export function gapSide(name: string, g: GapItem): 'A' | 'B' | null {
  const a = samePerson(name, g.candidates[0].text);
  const b = samePerson(name, g.candidates[1].text);
  return a === b ? null : a ? 'A' : 'B';
}

/** GAP's pronouns as choices: right is the candidate naming GAP's answer and not the other name. */
export function collectGap(items: GapItem[], w: Record<string, number> | null): Example[] {
  useAntecedentWeights(w ?? {});
  const out: Example[] = [];
  items.forEach((g, index) => {
    const answer = g.candidates.findIndex((c) => c.coref);
    if (answer < 0) return;
    let choice: AntecedentChoice | undefined;
    analyze(g.text, {
      probePronouns: [g.pronoun.start],
      onAntecedents: (c) => void (c.start === g.pronoun.start && (choice = c)),
    });
    if (!choice) return;
    const right = choice.candidates.map((k) => k.name !== null && gapSide(k.name, g) === 'AB'[answer]);
    if (right.some(Boolean))
      out.push({
        article: -1 - index,
        start: -1,
        kind: 'gap',
        features: choice.candidates.map((k) => k.features),
        right,
      });
  });
  useAntecedentWeights(null);
  return out;
}

export const dot = (w: Map<string, number>, f: string[]): number => f.reduce((s, x) => s + (w.get(x) ?? 0), 0);

export function pick(w: Map<string, number>, ex: Example): number {
  let best = 0;
  for (let i = 1; i < ex.features.length; i++) if (dot(w, ex.features[i]) > dot(w, ex.features[best])) best = i;
  return best;
}

export interface TrainOptions {
  epochs: number;
  seeds: number;
  /** Which domain's copy of the features is kept (default news). */
  keep?: 'news' | 'gap';
}

/**
 * Domain adaptation by feature augmentation (Daumé III 2007): every feature also gets a copy for its domain
 * ("news|…" or "gap|…"), so GAP teaches what pronouns share everywhere without its Wikipedia habits outweighing
 * news. The weights kept for news are general + news copy.
 */
export function train(examples: Example[], o: TrainOptions): Map<string, number> {
  const keep = o.keep ?? 'news';
  const augmented = examples.map((ex) => {
    const domain = ex.kind === 'gap' ? 'gap' : 'news';
    return { ...ex, features: ex.features.map((f) => [...f, ...f.map((x) => `${domain}|${x}`)]) };
  });
  // several shuffles averaged (`--seeds N`): one perceptron's weights swing with the order it saw the examples in
  const raw = new Map<string, number>();
  for (let k = 0; k < o.seeds; k++)
    for (const [f, v] of trainRaw(augmented, 7 + 1000 * k, o.epochs)) raw.set(f, (raw.get(f) ?? 0) + v / o.seeds);
  const folded = new Map<string, number>();
  const other = keep === 'news' ? 'gap|' : 'news|';
  for (const [f, v] of raw) {
    if (f.startsWith(other)) continue;
    const key = f.startsWith(`${keep}|`) ? f.slice(keep.length + 1) : f;
    folded.set(key, Math.round(((folded.get(key) ?? 0) + v) * 1000) / 1000);
  }
  for (const [f, v] of folded) if (v === 0) folded.delete(f);
  return folded;
}

/** Averaged perceptron: on a wrong pick, +1 to the best right candidate's features, -1 to the pick's. */
function trainRaw(examples: Example[], firstSeed: number, epochs: number): Map<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let now = 0;
  const bump = (f: string, d: number): void => {
    total.set(f, (total.get(f) ?? 0) + (w.get(f) ?? 0) * (now - (stamp.get(f) ?? 0)));
    stamp.set(f, now);
    w.set(f, (w.get(f) ?? 0) + d);
  };
  let seed = firstSeed;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      now++;
      const ex = examples[k];
      const p = pick(w, ex);
      if (ex.right[p]) continue;
      let gold = -1;
      for (let i = 0; i < ex.right.length; i++)
        if (ex.right[i] && (gold < 0 || dot(w, ex.features[i]) > dot(w, ex.features[gold]))) gold = i;
      for (const f of ex.features[gold]) bump(f, 1);
      for (const f of ex.features[p]) bump(f, -1);
    }
  }
  const avg = new Map<string, number>();
  for (const [f, v] of w) {
    const t = (total.get(f) ?? 0) + v * (now - (stamp.get(f) ?? 0));
    const a = Math.round((t / now) * 1000) / 1000;
    if (a !== 0) avg.set(f, a);
  }
  return avg;
}

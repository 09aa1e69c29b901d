/**
 * Hand-resolved speakers for PolNeAR train quotes that the corpus leaves unresolved: the quotes of 546 training
 * articles outside the 147 that carry `speaker_canonical`, whose annotated speaker is a pronoun or a description
 * ("she", "the senator", "the letter") our mention already found. Two readers named whom each denotes (the person,
 * organization, or an anonymous description), in scripts/speakers/data/resolvedTrainSpeakers.tsv:
 *
 *   article id <TAB> gold quote start <TAB> person|organization|anonymous|group <TAB> name
 *
 * Merged into the documents as `speaker_canonical`, they let "speaker right by resolved name" (eval/quotes.ts) and
 * the antecedent ranker's training (scripts/speakers/train-antecedents.ts) see five times more resolutions than the
 * corpus gives. Train only: the labels never touch a dev file, whose resolved speakers come with the corpus.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LABELS = 'scripts/speakers/data/resolvedTrainSpeakers.tsv';

interface Label {
  type: string;
  name: string;
}

/** The labels by "article id@quote start"; empty when the file is not there (a packaged build). */
function readLabels(root: string): Map<string, Label> {
  const path = join(root, LABELS);
  const labels = new Map<string, Label>();
  if (!existsSync(path)) return labels;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, start, type, name] = line.split('\t');
    if (id && start && type && name) labels.set(`${id}@${start}`, { type, name });
  }
  return labels;
}

interface LabelledQuote {
  start: number;
  speaker_canonical?: string;
  speaker_canonical_type?: string;
}

/**
 * The documents with the hand-resolved speakers filled in where the corpus has none; the count of quotes filled.
 * Documents of other files (dev, probes) have no labels and pass unchanged.
 */
export function withResolvedLabels<D extends { id?: unknown; quotes?: unknown }>(
  docs: D[],
  root = process.cwd(),
): { docs: D[]; filled: number } {
  const labels = readLabels(root);
  let filled = 0;
  if (labels.size === 0) return { docs, filled };
  const out = docs.map((d) => {
    if (typeof d.id !== 'string' || !d.id.startsWith('polnear-train-') || !Array.isArray(d.quotes)) return d;
    const quotes = (d.quotes as LabelledQuote[]).map((q) => {
      const label = q.speaker_canonical ? undefined : labels.get(`${d.id as string}@${q.start}`);
      if (!label) return q;
      filled++;
      return { ...q, speaker_canonical: label.name, speaker_canonical_type: label.type };
    });
    return { ...d, quotes };
  });
  return { docs: out, filled };
}

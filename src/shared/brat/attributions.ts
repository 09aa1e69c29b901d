/**
 * The attributions a brat file codes: each `Attribution` event with its `Source`, `Cue` and `Content` arguments
 * (PolNeAR's scheme). Labels News Annotator does not use are reported with their line and skipped, so a file coded
 * with a richer scheme still imports what it can, and the coder learns what was left out.
 *
 *   E1	Attribution:T4 Content:T3 Cue:T2 Source:T1  →  { content: T3's fragments, cue: T2's, source: T1's }
 */
import type { BratDocument, BratIssue, BratTextBound, Fragment } from './standoff';

export const ATTRIBUTION_LABELS = ['Source', 'Cue', 'Content', 'Attribution'] as const;
export const ENTITY_LABELS = ['Place', 'Person'] as const;
const KNOWN_LABELS = new Set<string>([...ATTRIBUTION_LABELS, ...ENTITY_LABELS]);

export interface BratAttribution {
  /** The event's id and line, for messages. */
  id: string;
  line: number;
  /** Sorted by start; the hull is [content[0][0], content[last][1]]. */
  content: Fragment[];
  cue: Fragment[] | null;
  source: Fragment[] | null;
  sourceText: string | null;
}

export interface BratAttributions {
  attributions: BratAttribution[];
  places: Fragment[];
  people: Fragment[];
  warnings: BratIssue[];
}

/** Place and Person are single spans here: a discontinuous one is read as the range that covers it. */
const hull = (fragments: Fragment[]): Fragment => [
  Math.min(...fragments.map((f) => f[0])),
  Math.max(...fragments.map((f) => f[1])),
];
const sorted = (fragments: Fragment[]): Fragment[] => [...fragments].sort((a, b) => a[0] - b[0]);

function unknownLabels(document: BratDocument, warnings: BratIssue[]): void {
  for (const t of document.textBounds) {
    if (!KNOWN_LABELS.has(t.label)) {
      warnings.push({
        line: t.line,
        message: `${t.id}: the label "${t.label}" is not one News Annotator reads (Source, Cue, Content, Attribution, Place, Person): skipped`,
      });
    }
  }
  for (const e of document.events) {
    if (e.label !== 'Attribution')
      warnings.push({ line: e.line, message: `${e.id}: the event type "${e.label}" is not Attribution: skipped` });
  }
}

/** The one argument of a role (Source, Source2, … count as Source); a second one is reported and ignored. */
function argument(
  event: BratDocument['events'][number],
  role: string,
  byId: Map<string, BratTextBound>,
  warnings: BratIssue[],
): BratTextBound | null {
  const found = event.args.filter((a) => a.role.replace(/\d+$/, '') === role).map((a) => byId.get(a.ref));
  const bound = found.filter((t): t is BratTextBound => t !== undefined);
  if (bound.length > 1)
    warnings.push({
      line: event.line,
      message: `${event.id}: more than one ${role}; only the first (${bound[0].id}) is used`,
    });
  return bound[0] ?? null;
}

export function readAttributions(document: BratDocument): BratAttributions {
  const warnings: BratIssue[] = [];
  unknownLabels(document, warnings);
  const byId = new Map(document.textBounds.map((t) => [t.id, t]));
  const attributions: BratAttribution[] = [];
  for (const event of document.events) {
    if (event.label !== 'Attribution') continue;
    for (const arg of event.args) {
      if (!['Source', 'Cue', 'Content'].includes(arg.role.replace(/\d+$/, ''))) {
        warnings.push({
          line: event.line,
          message: `${event.id}: the role "${arg.role}" is not Source, Cue or Content: skipped`,
        });
      }
    }
    const content = argument(event, 'Content', byId, warnings);
    if (!content) {
      warnings.push({
        line: event.line,
        message: `${event.id}: an Attribution without a Content T annotation says nothing: skipped`,
      });
      continue;
    }
    const cue = argument(event, 'Cue', byId, warnings);
    const source = argument(event, 'Source', byId, warnings);
    attributions.push({
      id: event.id,
      line: event.line,
      content: sorted(content.fragments),
      cue: cue ? sorted(cue.fragments) : null,
      source: source ? sorted(source.fragments) : null,
      sourceText: source?.text ?? null,
    });
  }
  attributions.sort((a, b) => a.content[0][0] - b.content[0][0]);
  const of = (label: string): Fragment[] =>
    document.textBounds.filter((t) => t.label === label).map((t) => hull(t.fragments));
  return {
    attributions,
    places: of('Place'),
    people: of('Person'),
    warnings: warnings.sort((a, b) => a.line - b.line),
  };
}

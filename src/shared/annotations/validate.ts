// Checks a parsed sidecar against schemas/annotations.schema.json, written out by hand rather than with a
// schema library: the file is small and fixed, and ajv would add ~120 KB to each of three bundles (extension,
// worker, CLI). test/unit/annotations-schema.test.ts runs the same good and bad files through ajv and the schema
// file, so the two cannot drift apart. Each problem names where it is: "annotations[2].target.end: must be ≥ start".
import { SIDECAR_VERSION, type Sidecar } from './types';

export type Validation = { ok: true; sidecar: Sidecar } | { ok: false; errors: string[] };

type Obj = Record<string, unknown>;
type Check = (value: unknown, at: string, errors: string[]) => void;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const KINDS = [
  'setSpeaker',
  'mergeSpeakers',
  'renameSpeaker',
  'setRole',
  'notQuote',
  'addQuote',
  'changeExtent',
  'markPlace',
  'markPerson',
  'notPlace',
  'notPerson',
  'confirm',
] as const;
const SPEAKER_TYPES = ['person', 'organization', 'anonymous', 'document'];

const str =
  (minLength = 0): Check =>
  (v, at, errors) => {
    if (typeof v !== 'string') errors.push(`${at}: must be a string`);
    else if (v.length < minLength) errors.push(`${at}: must not be empty`);
  };

const oneOf =
  (values: readonly unknown[]): Check =>
  (v, at, errors) => {
    if (!values.includes(v)) errors.push(`${at}: must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
  };

/** An object with exactly these properties (those in `required` must be there; no others allowed). */
function shape(props: Record<string, Check>, required: string[]): Check {
  return (v, at, errors) => {
    if (!isObject(v)) {
      errors.push(`${at}: must be an object`);
      return;
    }
    for (const key of required) if (!(key in v)) errors.push(`${at}: missing "${key}"`);
    for (const [key, value] of Object.entries(v)) {
      const check = props[key];
      if (!check) errors.push(`${at}: unknown property "${key}"`);
      else check(value, `${at}.${key}`, errors);
    }
  };
}

const arrayOf =
  (item: Check, minItems = 0): Check =>
  (v, at, errors) => {
    if (!Array.isArray(v)) {
      errors.push(`${at}: must be an array`);
      return;
    }
    if (v.length < minItems) errors.push(`${at}: must have at least ${minItems} item(s)`);
    v.forEach((x, i) => item(x, `${at}[${i}]`, errors));
  };

const offset: Check = (v, at, errors) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) errors.push(`${at}: must be a whole number ≥ 0`);
};

const anchorShape = shape({ start: offset, end: offset, exact: str(1), prefix: str(), suffix: str() }, [
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
]);
const anchor: Check = (v, at, errors) => {
  anchorShape(v, at, errors);
  if (isObject(v) && typeof v.start === 'number' && typeof v.end === 'number' && v.end < v.start)
    errors.push(`${at}.end: must be ≥ start`);
};

const speaker = shape({ name: str(1), type: oneOf(SPEAKER_TYPES) }, ['name', 'type']);
const speakerOrNull: Check = (v, at, errors) => (v === null ? undefined : speaker(v, at, errors));

const common = { id: str(1), created: str(), kind: str() };
const ID_KIND_TARGET = ['id', 'kind', 'target'];

/** The properties each kind of annotation has, and which are required. */
const BY_KIND: Record<(typeof KINDS)[number], Check> = {
  setSpeaker: shape({ ...common, target: anchor, speaker, mention: anchor }, [...ID_KIND_TARGET, 'speaker']),
  mergeSpeakers: shape({ ...common, names: arrayOf(str(1), 1), into: str(1) }, ['id', 'kind', 'names', 'into']),
  renameSpeaker: shape({ ...common, name: str(1), newName: str(1) }, ['id', 'kind', 'name', 'newName']),
  setRole: shape({ ...common, name: str(1), role: str() }, ['id', 'kind', 'name', 'role']),
  notQuote: shape({ ...common, target: anchor }, ID_KIND_TARGET),
  notPlace: shape({ ...common, target: anchor }, ID_KIND_TARGET),
  notPerson: shape({ ...common, target: anchor }, ID_KIND_TARGET),
  confirm: shape({ ...common, target: anchor }, ID_KIND_TARGET),
  addQuote: shape(
    {
      ...common,
      target: anchor,
      quoteKind: oneOf(['direct', 'indirect']),
      speaker: speakerOrNull,
      mention: anchor,
      cue: anchor,
      parts: arrayOf(anchor),
    },
    [...ID_KIND_TARGET, 'quoteKind', 'speaker'],
  ),
  changeExtent: shape({ ...common, target: anchor, extent: anchor }, [...ID_KIND_TARGET, 'extent']),
  markPlace: shape({ ...common, target: anchor, name: str(1) }, ID_KIND_TARGET),
  markPerson: shape({ ...common, target: anchor, name: str(1) }, ID_KIND_TARGET),
};

const annotation: Check = (v, at, errors) => {
  if (!isObject(v)) {
    errors.push(`${at}: must be an object`);
    return;
  }
  const kind = v.kind as (typeof KINDS)[number];
  if (!KINDS.includes(kind)) {
    errors.push(`${at}.kind: must be one of ${KINDS.join(', ')}`);
    return;
  }
  BY_KIND[kind](v, at, errors);
};

const coding = shape(
  {
    complete: (v, at, e) => (typeof v === 'boolean' ? undefined : e.push(`${at}: must be true or false`)),
    source: str(),
  },
  ['complete'],
);

const sidecarShape = shape(
  { $schema: str(), version: oneOf([SIDECAR_VERSION]), coding, annotations: arrayOf(annotation) },
  ['version', 'annotations'],
);

/** Validates parsed JSON; at most 20 problems are listed (a wholly wrong file would otherwise list thousands). */
export function validateSidecar(value: unknown): Validation {
  const errors: string[] = [];
  sidecarShape(value, 'file', errors);
  if (errors.length === 0) {
    const ids = new Set<string>();
    (value as Sidecar).annotations.forEach((a, i) => {
      if (ids.has(a.id)) errors.push(`file.annotations[${i}].id: "${a.id}" is used twice`);
      ids.add(a.id);
    });
  }
  return errors.length === 0 ? { ok: true, sidecar: value as Sidecar } : { ok: false, errors: errors.slice(0, 20) };
}

/** Parses and validates a sidecar's text. */
export function parseSidecar(json: string): Validation {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, errors: [`not valid JSON: ${err instanceof Error ? err.message : String(err)}`] };
  }
  return validateSidecar(value);
}

/** The sidecar as written to disk: stable key order, two-space indent, final newline (diff-friendly in git). */
export function serializeSidecar(sidecar: Sidecar): string {
  return `${JSON.stringify(sidecar, null, 2)}\n`;
}

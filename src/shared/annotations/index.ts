// Human annotations: the sidecar's schema and validation, anchoring, corrections, undo and their application to
// an analysis. vscode-free: used by the worker, the extension host and the CLI.
export * from './types';
export { validateSidecar, parseSidecar, serializeSidecar, type Validation } from './validate';
export { anchorFor, resolveAnchor, CONTEXT_CHARS, type Anchored, type AnchorHow } from './anchor';
export { applyAnnotations, type Applied, type Orphan, type OrphanReason } from './apply';
export * as corrections from './corrections';
export type { NewQuote, EntityKind } from './corrections';
export { AnnotationHistory } from './history';

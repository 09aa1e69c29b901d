// Typed access to the `newsAnnotator.*` settings (declared in package.json `contributes.configuration`).
import * as vscode from 'vscode';
import { DEFAULT_LOW_CONFIDENCE } from '../shared/confidenceReason';
import type { HighlightOptions } from '../shared/decorationPlan';

export interface Settings {
  languages: string[];
  highlight: HighlightOptions;
  debounceMs: number;
  maxFileSizeKB: number;
  statusBar: boolean;
  outline: OutlineMode;
  /** `newsAnnotator.audit.gender`: the gender estimate in the panel's Sources section. */
  auditGender: boolean;
  /** Where human corrections are kept: a sidecar file beside the article (default) or the workspace's storage. */
  annotationsStorage: AnnotationsStorage;
}

export type AnnotationsStorage = 'sidecar' | 'workspace';

/**
 * How speakers and quotes appear in the Outline, breadcrumbs and Go to Symbol. `auto`: at the top level in news
 * articles (nothing else describes them), under one "Who said what" symbol elsewhere, so a Markdown file's own
 * heading outline stays as it was.
 */
export type OutlineMode = 'auto' | 'grouped' | 'flat' | 'off';
const OUTLINE_MODES: readonly OutlineMode[] = ['auto', 'grouped', 'flat', 'off'];

export const DEFAULT_LANGUAGES = ['news-article', 'plaintext', 'markdown'];

function clamp(n: unknown, min: number, max: number, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function readSettings(): Settings {
  const c = vscode.workspace.getConfiguration('newsAnnotator');
  const languages = c.get<unknown>('languages');
  return {
    languages: Array.isArray(languages)
      ? languages.filter((l): l is string => typeof l === 'string')
      : DEFAULT_LANGUAGES,
    highlight: {
      speakers: c.get<boolean>('highlight.speakers', true),
      directQuotes: c.get<boolean>('highlight.directQuotes', true),
      reportedQuotes: c.get<boolean>('highlight.reportedQuotes', true),
      places: c.get<boolean>('highlight.places', true),
      speakerTints: c.get<boolean>('speakerTints', true),
      lowConfidence: clamp(c.get('lowConfidence'), 0, 1, DEFAULT_LOW_CONFIDENCE),
    },
    debounceMs: clamp(c.get('debounceMs'), 0, 5000, 50),
    maxFileSizeKB: clamp(c.get('maxFileSizeKB'), 1, 1024 * 1024, 2048),
    statusBar: c.get<boolean>('statusBar', true),
    outline: OUTLINE_MODES.find((m) => m === c.get<unknown>('outline')) ?? 'auto',
    auditGender: c.get<boolean>('audit.gender', true),
    annotationsStorage: c.get<unknown>('annotations.storage') === 'workspace' ? 'workspace' : 'sidecar',
  };
}

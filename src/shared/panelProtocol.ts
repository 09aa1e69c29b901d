// The who-said-what panel's data model and the messages between the extension and its webview, plus the
// validation of everything the webview sends (a webview is untrusted: it renders article text).
// No `vscode` import; the webview bundle imports the types from here. The model is built in panelModel.ts.
import type { HumanCheck, QuoteOrigin, SpeakerType } from '../core/types';
import type { Orphan } from './annotations/apply';
import type { Counts } from './analysisQueries';
import type { GenderEstimate } from './report/genderEstimate';
import { CORRECTION_COMMAND_IDS } from './commandIds';

export interface PanelQuote {
  start: number;
  end: number;
  text: string;
  kind: 'direct' | 'indirect';
  cue: string | null;
  via: string | null;
  confidence: number;
  line: number;
  /** 'human': a person corrected, added or confirmed it (shown with a check badge). */
  origin: QuoteOrigin;
  /** Which of the three (see Quote.check); absent for the machine's own answer. */
  check?: HumanCheck;
  /** "the machine said “Bell”" after a person's speaker correction (see humanCheck.machineSaid). */
  machineSaid?: string;
}

/** A correction whose text is gone from the article (kept; the panel offers to re-anchor or delete it). */
export interface PanelOrphan {
  id: string;
  /** "Set speaker to Ann Reyes", "Confirm", … */
  what: string;
  /** The words it was anchored to. */
  text: string;
  reason: Orphan['reason'];
}

export interface PanelSpeaker {
  id: string;
  name: string;
  type: SpeakerType;
  role: string | null;
  tint: number | null;
  mentions: number;
  /** Estimated from titles and first names; people only. */
  gender?: GenderEstimate;
  /** Where the speaker is first mentioned (to reveal speakers without quotes). */
  first: { start: number; end: number } | null;
  quotes: PanelQuote[];
}

export interface PanelPlace {
  name: string;
  kind: string | null;
  country: string | null;
  count: number;
  start: number;
  end: number;
}

/** The "Sources" section: the article's source audit. */
export interface PanelAudit {
  /** Distinct sources (speakers with at least one quote). */
  sources: number;
  named: number;
  organizations: number;
  anonymous: number;
  /** Documents that speak with no author named ("the memo said"): sources, but no one's. */
  documents: number;
  direct: number;
  reported: number;
  /** Quoted words of all quotes, attributed or not (the bars' whole). */
  words: number;
  /** Each source's quoted words, most first. */
  wordsBySpeaker: Array<{ id: string; name: string; words: number }>;
  /** Named people by estimated gender. */
  gender: Record<GenderEstimate, number>;
  genderMethod: string;
}

export interface ReadyState {
  status: 'ready';
  fileName: string;
  /** Document version the offsets refer to. */
  version: number;
  /** A newer version is being analysed. */
  updating?: boolean;
  /** The current version failed to analyse (why): this is the last good result, shown marked as stale. */
  stale?: string;
  counts: Counts;
  speakers: PanelSpeaker[];
  unattributed: PanelQuote[];
  places: PanelPlace[];
  /** Absent in models built before the audit existed (and in tests that do not need it). */
  audit?: PanelAudit;
  orphans: PanelOrphan[];
}

export type PanelState =
  | { status: 'idle'; message: string }
  | { status: 'loading'; fileName: string }
  | { status: 'skipped'; fileName: string; message: string }
  | ReadyState;

export type ToWebview =
  | { type: 'state'; state: Exclude<PanelState, ReadyState> }
  /**
   * A ready panel: `bytes` is the ReadyState as the worker serialised it (toJsonBytes; read it with fromJsonBytes).
   * Posting the bytes as they came spares the extension host from walking thousands of quote objects, and from
   * serialising a megabytes-long string, on its main thread: VS Code passes typed arrays to a webview as raw bytes.
   */
  | {
      type: 'model';
      bytes: Uint8Array;
      updating: boolean;
      /** `newsAnnotator.speakerTints`: colour bars per speaker. */
      tints: boolean;
      /** `newsAnnotator.lowConfidence`: quotes below it get a "?" badge (absent: the default). */
      lowConfidence?: number;
      /** Why the document's current version could not be analysed: the model is the last good one (ReadyState.stale). */
      stale?: string;
      /** `newsAnnotator.audit.gender`: the gender estimate in the Sources section. */
      gender?: boolean;
    }
  /** Only the "a newer version is being analysed" mark changed: the model on screen stays. */
  | { type: 'updating'; updating: boolean }
  | { type: 'focusSpeaker'; speakerId: string };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; start: number; end: number; version: number }
  | { type: 'annotate' }
  /** A correction from the panel's keyboard: one of CORRECTION_KEYS' commands, about the row's offset or speaker. */
  | { type: 'correct'; command: PanelCorrection; offset?: number; speakerId?: string; annotationId?: string };

/** The correction commands the panel may ask for (a webview is untrusted: nothing else is run). */
export const PANEL_CORRECTIONS = [
  CORRECTION_COMMAND_IDS.setSpeaker,
  CORRECTION_COMMAND_IDS.confirm,
  CORRECTION_COMMAND_IDS.notQuote,
  CORRECTION_COMMAND_IDS.renameSpeaker,
  CORRECTION_COMMAND_IDS.setRole,
  CORRECTION_COMMAND_IDS.notPlace,
  CORRECTION_COMMAND_IDS.reanchorAnnotation,
  CORRECTION_COMMAND_IDS.deleteAnnotation,
] as const;
export type PanelCorrection = (typeof PANEL_CORRECTIONS)[number];

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * Checks a message from the webview. Returns undefined for anything unexpected: unknown types, missing fields,
 * non-integer or out-of-range offsets (`documentLength` is the length of the document the panel shows).
 */
export function parseWebviewMessage(raw: unknown, documentLength: number | undefined): FromWebview | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'annotate':
      return { type: 'annotate' };
    case 'correct': {
      const command = PANEL_CORRECTIONS.find((c) => c === m.command);
      if (!command) return undefined;
      const offset =
        isOffset(m.offset) && (documentLength === undefined || m.offset <= documentLength) ? m.offset : undefined;
      const speakerId = typeof m.speakerId === 'string' ? m.speakerId : undefined;
      const annotationId = typeof m.annotationId === 'string' ? m.annotationId : undefined;
      return { type: 'correct', command, offset, speakerId, annotationId };
    }
    case 'reveal': {
      const { start, end, version } = m;
      if (!isOffset(start) || !isOffset(end) || !isOffset(version)) return undefined;
      if (start > end || documentLength === undefined || end > documentLength) return undefined;
      return { type: 'reveal', start, end, version };
    }
    default:
      return undefined;
  }
}

// Every command the extension registers, named once. The extension registers from this table (commands.ts, which the
// compiler holds to one handler per entry), hovers link to it, and the manifest tests (test/unit/manifest.test.ts,
// test/integration/suite/activation.test.ts) compare it with package.json's `contributes`.
export const COMMAND_IDS = {
  annotate: 'newsAnnotator.annotate',
  toggleHighlights: 'newsAnnotator.toggleHighlights',
  showPanel: 'newsAnnotator.showPanel',
  nextQuote: 'newsAnnotator.nextQuote',
  previousQuote: 'newsAnnotator.previousQuote',
  goToSpeaker: 'newsAnnotator.goToSpeaker',
  exportJson: 'newsAnnotator.exportJson',
  exportCsv: 'newsAnnotator.exportCsv',
  exportMarkdown: 'newsAnnotator.exportMarkdown',
  copySummary: 'newsAnnotator.copySummary',
} as const;

export type CommandName = keyof typeof COMMAND_IDS;
export type CommandId = (typeof COMMAND_IDS)[CommandName];

/** The ids in the table's order (the order package.json lists them in). */
export const ALL_COMMAND_IDS: readonly CommandId[] = Object.values(COMMAND_IDS);

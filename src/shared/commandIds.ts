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

/** Human corrections (src/extension/corrections/, one file per command): registered by registerCorrections. */
export const CORRECTION_COMMAND_IDS = {
  setSpeaker: 'newsAnnotator.setSpeaker',
  mergeSpeakers: 'newsAnnotator.mergeSpeakers',
  renameSpeaker: 'newsAnnotator.renameSpeaker',
  setRole: 'newsAnnotator.setRole',
  notQuote: 'newsAnnotator.notQuote',
  markQuote: 'newsAnnotator.markQuote',
  changeQuoteExtent: 'newsAnnotator.changeQuoteExtent',
  markPlace: 'newsAnnotator.markPlace',
  markPerson: 'newsAnnotator.markPerson',
  notPlace: 'newsAnnotator.notPlace',
  notPerson: 'newsAnnotator.notPerson',
  confirm: 'newsAnnotator.confirm',
  undoCorrection: 'newsAnnotator.undoCorrection',
  redoCorrection: 'newsAnnotator.redoCorrection',
  reanchorAnnotation: 'newsAnnotator.reanchorAnnotation',
  deleteAnnotation: 'newsAnnotator.deleteAnnotation',
} as const;

/** brat standoff (src/extension/brat/), attribution checks (checkActions.ts) and folder reports (report/). */
export const FEATURE_COMMAND_IDS = {
  importBrat: 'newsAnnotator.importBrat',
  exportBrat: 'newsAnnotator.exportBrat',
  compareBrat: 'newsAnnotator.compareBrat',
  resetIgnoredChecks: 'newsAnnotator.resetIgnoredChecks',
  ignoreCheckInFile: 'newsAnnotator.ignoreCheckInFile',
  setSpeakerForQuote: 'newsAnnotator.setSpeakerForQuote',
  reportOnFolder: 'newsAnnotator.reportOnFolder',
} as const;

/** Every command id (the manifest tests compare this with package.json). */
export const ALL_COMMAND_IDS: readonly string[] = [
  ...Object.values(COMMAND_IDS),
  ...Object.values(CORRECTION_COMMAND_IDS),
  ...Object.values(FEATURE_COMMAND_IDS),
];

/**
 * Attribution verbs that editorialise: "claimed" doubts the speaker, "admitted" and "conceded" imply a fault,
 * "insisted" stubbornness. Style guides (AP, Reuters) advise the neutral "said". The default of the
 * `newsAnnotator.checks.loadedVerbs` setting and of the CLI's `loaded-verb` check; every inflected form is listed
 * because the check compares words, it does not stem them ("claims" and "claimed" are both loaded).
 */
import { words } from './words';

export const DEFAULT_LOADED_VERBS: readonly string[] = [
  ...words(
    'LOADED_VERBS',
    `
claim claims claimed claiming
admit admits admitted admitting
insist insists insisted insisting
concede concedes conceded conceding
confess confesses confessed confessing
allege alleges alleged alleging
boast boasts boasted boasting
contend contends contended contending
maintain maintains maintained maintaining
scoff scoffs scoffed scoffing
snap snaps snapped snapping
gloat gloats gloated gloating
`,
  ),
];

// Commands few sessions run, bundled apart as dist/extensionFeatures.js and required on their first use (see
// lazyFeatures.ts): the brat import, export and comparison with the standoff parser and agreement figures, and the
// folder report. Compiling them with the extension cost ~9 ms of the host's single activation turn.
export { importBrat } from './brat/importBrat';
export { exportBrat } from './brat/exportBrat';
export { compareBrat } from './brat/compareBrat';
export { reportOnFolder } from './report/reportOnFolder';

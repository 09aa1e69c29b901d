// Orphaned annotations (their text is gone): re-anchor one to the selection, or delete it.
import * as notify from '../notify';
import { corrections as c } from '../../shared/annotations';
import { article, correct, selection, type CorrectionCommand } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const reanchorAnnotation: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.reanchorAnnotation,
  async run(deps, args) {
    const id = args?.annotationId;
    const a = await article(deps, args);
    if (!a || !id) return false;
    const range = selection(a);
    if (!range) {
      void notify.info('News Annotator: select the words the orphaned correction is about, then re-anchor it.');
      return false;
    }
    return correct(deps, a, (s) => c.reanchor(s, a.text, id, range), 'correction re-anchored');
  },
};

export const deleteAnnotation: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.deleteAnnotation,
  async run(deps, args) {
    const id = args?.annotationId;
    const a = await article(deps, args);
    if (!a || !id) return false;
    return correct(deps, a, (s) => c.removeAnnotation(s, id), 'correction deleted');
  },
};

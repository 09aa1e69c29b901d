// Mark Selection as Place / Mark Selection as Person: the selected words name a place or a person.
import { corrections as c, type EntityKind } from '../../shared/annotations';
import { article, correct, selection, type CorrectionCommand } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

function markAs(kind: EntityKind): CorrectionCommand {
  return {
    id: kind === 'place' ? CORRECTION_COMMAND_IDS.markPlace : CORRECTION_COMMAND_IDS.markPerson,
    async run(deps, args) {
      const a = await article(deps, args);
      const range = a && selection(a);
      if (!a || !range) return false;
      return correct(
        deps,
        a,
        (s) => c.markEntity(s, a.text, kind, range, args?.name?.trim() || undefined),
        `marked as a ${kind}`,
      );
    },
  };
}

export const markPlace = markAs('place');
export const markPerson = markAs('person');

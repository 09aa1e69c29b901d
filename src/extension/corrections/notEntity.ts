// Not a Place / Not a Person: the place or person name at the cursor is none.
import { corrections as c } from '../../shared/annotations';
import { article, correct, targetPerson, targetPlace, type CorrectionCommand } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const notPlace: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.notPlace,
  async run(deps, args) {
    const a = await article(deps, args);
    const place = a && targetPlace(a);
    if (!a || !place) return false;
    return correct(deps, a, (s) => c.notEntity(s, a.text, 'place', place), `“${place.text}” is not a place`);
  },
};

export const notPerson: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.notPerson,
  async run(deps, args) {
    const a = await article(deps, args);
    const person = a && targetPerson(a);
    if (!a || !person) return false;
    return correct(deps, a, (s) => c.notEntity(s, a.text, 'person', person), `“${person.text}” is not a person`);
  },
};

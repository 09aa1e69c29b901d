// Confirm: a person checked the machine's quote at the cursor and agrees (it then counts as checked).
import { corrections as c } from '../../shared/annotations';
import { article, correct, targetQuote, type CorrectionCommand } from './context';
import { CORRECTION_COMMAND_IDS } from '../../shared/commandIds';

export const confirm: CorrectionCommand = {
  id: CORRECTION_COMMAND_IDS.confirm,
  async run(deps, args) {
    const a = await article(deps, args);
    const quote = a && targetQuote(a);
    if (!a || !quote) return false;
    if (quote.origin === 'human') return true; // already checked: nothing to add
    return correct(deps, a, (s) => c.confirm(s, a.text, quote), 'quote confirmed');
  },
};

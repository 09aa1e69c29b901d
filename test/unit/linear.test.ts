// Time must grow linearly with the input, for each adversarial pattern of linearCases.ts (the check and its
// tolerances: linearCheck.ts). It calls the strict core: a pass that throws fails it (faults.test.ts proves it).
import test from 'node:test';
import { analyze } from '../../src/core/index';
import { ADVERSARIAL_CASES } from './linearCases';
import { assertLinear } from './linearCheck';

for (const c of ADVERSARIAL_CASES) {
  test(`linear time: ${c.name}`, (t) => {
    assertLinear(
      (text) => analyze(text),
      c.make,
      (line) => t.diagnostic(line),
    );
  });
}

/** OCTT 1.6 §3.13.2, Table 149: Configuration keys. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { changeConfiguration } from '../_shared/configuration-steps.csms.js';
import { refusalTaken } from '../_shared/states.csms.js';

export const TC_040_2_CSMS = defineTestCase({
  id: 'TC_040_2_CSMS',
  title: 'Configuration keys',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['5.3'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. ChangeConfiguration.req MeterValueSampleInterval with a value the Charge Point refuses: Rejected.
    await changeConfiguration(ctx, 'MeterValueSampleInterval', '-1', 'Rejected');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'ChangeConfiguration', '5.3');
  },
});

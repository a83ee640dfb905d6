/** OCTT 1.6 §3.14.2, Table 153: Send Local Authorization List - Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { localListSent } from './steps.csms.js';

export const TC_043_3_CSMS = defineTestCase({
  id: 'TC_043_3_CSMS',
  title: 'Send Local Authorization List - Failed',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15', '7.47'],
  catches: ['local-list-16-update-type-swapped'],
  async run(ctx) {
    // 1. SendLocalList.req updateType Full. 2. The Charge Point answers Failed.
    await localListSent(ctx, 'Full', 'Failed', { step: 'step 1' });
  },
});

/** OCTT 1.6 §3.14.2, Table 154: Send Local Authorization List - Full. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { localListSent } from './steps.csms.js';

export const TC_043_4_CSMS = defineTestCase({
  id: 'TC_043_4_CSMS',
  title: 'Send Local Authorization List - Full',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15'],
  catches: ['local-list-16-update-type-swapped', 'local-list-16-without-info'],
  async run(ctx) {
    // 1. SendLocalList.req updateType Full, every entry with an idTagInfo (prerequisite: the Central System
    // has at least 1 IdToken to add). 2. The Charge Point answers Accepted.
    await localListSent(ctx, 'Full', 'Accepted', { entriesHaveInfo: true, step: 'step 1' });
  },
});

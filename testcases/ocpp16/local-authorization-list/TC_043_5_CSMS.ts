/** OCTT 1.6 §3.14.2, Table 155: Send Local Authorization List - Differential. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { localListSent } from './steps.csms.js';

export const TC_043_5_CSMS = defineTestCase({
  id: 'TC_043_5_CSMS',
  title: 'Send Local Authorization List - Differential',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15'],
  catches: ['local-list-16-update-type-swapped', 'local-list-16-without-info'],
  async run(ctx) {
    // 1-2. GetLocalListVersion.req (optional: a Central System that asks first is answered by default).
    // 3. SendLocalList.req updateType Differential, every entry with an idTagInfo. 4. The Charge Point answers Accepted.
    await localListSent(ctx, 'Differential', 'Accepted', { entriesHaveInfo: true, step: 'step 3' });
  },
});

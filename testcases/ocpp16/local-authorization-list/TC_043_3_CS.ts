/** OCTT 1.6 §2.17.2, Table 53: Send Local Authorization List - Failed. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { validTag } from '../_shared/states.cs.js';
import { acceptedEntry, localListEnabled, removeLocalList, sendLocalList } from './steps.cs.js';

export const TC_043_3_CS = defineTestCase({
  id: 'TC_043_3_CS',
  title: 'Send Local Authorization List - Failed',
  version: '1.6',
  sut: 'CS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15', '7.47'],
  catches: ['local-list-16-failure-ignored'],
  async run(ctx) {
    const { operator } = ctx;
    // Before: LocalAuthListEnabled is true. Prerequisite: the Charge Point is in a state in which it will fail to
    // set a Local List from the Central System (a manual action; undone afterwards, ungraded).
    await localListEnabled(ctx);
    await operator.do('failLocalList', { failing: true });
    try {
      // 1. SendLocalList.req updateType Full, listVersion 2. 2. SendLocalList.conf Failed.
      await sendLocalList(ctx, { listVersion: 2, updateType: 'Full', localAuthorizationList: [acceptedEntry(validTag(ctx))] }, 'Failed', 'step 2');
    } finally {
      await operator.do('failLocalList', { failing: false }).catch(() => undefined);
      await removeLocalList(ctx);
    }
  },
});

/** OCTT 1.6 §2.17.2, Table 50: Send Local Authorization List. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { invalidTag, validTag } from '../_shared/states.cs.js';
import { acceptedEntry, localListEnabled, removeLocalList, sendLocalList } from './steps.cs.js';

export const TC_043_CS = defineTestCase({
  id: 'TC_043_CS',
  title: 'Send Local Authorization List',
  version: '1.6',
  sut: 'CS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15', '3.5.2'],
  catches: ['local-list-16-full-failed', 'local-list-16-differential-failed'],
  async run(ctx) {
    // Before: LocalAuthListEnabled is true.
    await localListEnabled(ctx);
    try {
      // 1-2. SendLocalList.req updateType Full (the valid idTag): Accepted.
      await sendLocalList(ctx, { listVersion: 1, updateType: 'Full', localAuthorizationList: [acceptedEntry(validTag(ctx))] }, 'Accepted', 'step 2');
      // 3-4. SendLocalList.req updateType Differential (a newer version; the invalid idTag added Blocked): Accepted.
      await sendLocalList(ctx, { listVersion: 2, updateType: 'Differential', localAuthorizationList: [{ idTag: invalidTag(ctx), idTagInfo: { status: 'Blocked' } }] }, 'Accepted', 'step 4');
    } finally {
      await removeLocalList(ctx);
    }
  },
});

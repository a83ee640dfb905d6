/** OCTT 1.6 §2.17.2, Table 52: Send Local Authorization List - VersionMismatch. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { invalidTag, validTag } from '../_shared/states.cs.js';
import { acceptedEntry, expectListVersion, localListEnabled, removeLocalList, sendLocalList } from './steps.cs.js';

export const TC_043_2_CS = defineTestCase({
  id: 'TC_043_2_CS',
  title: 'Send Local Authorization List - VersionMismatch',
  version: '1.6',
  sut: 'CS',
  profiles: ['Local Auth List Management'],
  covers: ['5.15', '5.10', '7.47'],
  catches: ['local-list-16-version-mismatch-accepted', 'local-list-16-full-failed'],
  async run(ctx) {
    // Before: LocalAuthListEnabled is true.
    await localListEnabled(ctx);
    const blocked = { idTag: invalidTag(ctx), idTagInfo: { status: 'Blocked' as const } };
    try {
      // 1-2. SendLocalList.req Full, listVersion 2: Accepted. 3-4. GetLocalListVersion: 2.
      await sendLocalList(ctx, { listVersion: 2, updateType: 'Full', localAuthorizationList: [acceptedEntry(validTag(ctx))] }, 'Accepted', 'step 2');
      await expectListVersion(ctx, 2, 'step 4');
      // 5-6. SendLocalList.req Differential, listVersion 5: Accepted. 7-8. GetLocalListVersion: 5.
      await sendLocalList(ctx, { listVersion: 5, updateType: 'Differential', localAuthorizationList: [blocked] }, 'Accepted', 'step 6');
      await expectListVersion(ctx, 5, 'step 8');
      // 9-10. SendLocalList.req Differential, listVersion 4 (older): VersionMismatch. 11-12. GetLocalListVersion: still 5.
      await sendLocalList(ctx, { listVersion: 4, updateType: 'Differential', localAuthorizationList: [acceptedEntry(invalidTag(ctx))] }, 'VersionMismatch', 'step 10');
      await expectListVersion(ctx, 5, 'step 12');
    } finally {
      await removeLocalList(ctx);
    }
  },
});

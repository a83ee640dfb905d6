/** OCTT 1.6 §2.17.1, Table 49: Get Local List Version (empty). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { expectListVersion, localListEnabled, removeLocalList, sendLocalList } from './steps.cs.js';

export const TC_042_2_CS = defineTestCase({
  id: 'TC_042_2_CS',
  title: 'Get Local List Version (empty)',
  version: '1.6',
  sut: 'CS',
  profiles: ['Local Auth List Management'],
  covers: ['5.10', '5.15'],
  catches: ['local-list-16-empty-version-kept'],
  async run(ctx) {
    // Before: LocalAuthListEnabled is true.
    await localListEnabled(ctx);
    try {
      // 1-2. SendLocalList.req Full, listVersion 1, localAuthorizationList omitted: Accepted.
      await sendLocalList(ctx, { listVersion: 1, updateType: 'Full' }, 'Accepted', 'step 2');
      // 3-4. GetLocalListVersion.req: listVersion 0 (the list is empty, 5.10).
      await expectListVersion(ctx, 0, 'step 4');
    } finally {
      await removeLocalList(ctx);
    }
  },
});

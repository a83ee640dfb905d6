import { defineTestCase } from '../../kit.js';
import { configuredVersion, localListSent } from './steps.csms.js';

// D01 Send Local Authorization List - Full with empty list (Part 6 Table 502).
export const TC_D_04_CSMS = defineTestCase({
  id: 'TC_D_04_CSMS', title: 'Send Local Authorization List - Full with empy list', version: '2.0.1', sut: 'CSMS',
  profiles: ['Local Authorization List Management'], covers: ['D01', 'D01.FR.01', 'D01.FR.04', 'D01.FR.18'],
  catches: ['local-list-16-field'],
  async run(ctx) {
    // Manual action: request the CSMS to send a Full list without AuthorizationData (hint: no localAuthorizationList).
    // 1-2: SendLocalListRequest, answered Accepted.
    const { payload } = await localListSent(ctx, { updateType: 'Full', localAuthorizationList: null }, configuredVersion(ctx));
    // Step 1 validations: Full, localAuthorizationList <Empty> (absent: the schema has minItems 1).
    ctx.expect(payload.updateType, 'D01.FR.04: SendLocalListRequest updateType').to.equal('Full');
    ctx.expect(payload.localAuthorizationList?.length ?? 0, 'D01.FR.04: SendLocalListRequest localAuthorizationList empty').to.equal(0);
  },
});

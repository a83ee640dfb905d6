import { defineTestCase, idTokenFor } from '../../kit.js';
import { idTokenOf } from '../_shared/id-token.js';
import { backToAvailable, expectSpecificEvse, reportEvse, reserveNow } from './steps.csms.js';

export const TC_H_19_CSMS = defineTestCase({
  id: 'TC_H_19_CSMS',
  title: 'Reserve a specific EVSE - Use a reserved EVSE with GroupId',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Reservation'],
  covers: ['H01', 'H03'],
  catches: ['reserve-drops-group', 'reserve-adds-connector-type'],
  async run(ctx) {
    // The group the operator asks the reservation for (<Configured groupIdToken>).
    const group = idTokenFor(ctx, 'group');
    try {
      // Manual Action: a ReserveNowRequest with a groupIdToken for the configured EVSE. 1-2. Answered Accepted.
      const req = (await reserveNow(ctx, 'Accepted', { groupIdToken: idTokenOf(group) })).payload;
      // Step 1: evseId the configured one, connectorType omitted, the configured valid idToken; groupIdToken provided.
      expectSpecificEvse(ctx, req, 'step 1');
      ctx.expect(req.groupIdToken, 'step 1: ReserveNowRequest groupIdToken must be provided').to.not.equal(undefined);
      // 3-4. The connectors of the configured EVSE report Reserved.
      await reportEvse(ctx, 'Reserved');
    } finally {
      await backToAvailable(ctx);
    }
  },
});

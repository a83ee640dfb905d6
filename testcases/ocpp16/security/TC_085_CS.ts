/** OCTT 1.6 §2.24.3, Table 100: Basic Authentication - Valid username/password combination. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectsAfterPowerCycle, profiles } from './steps.cs.js';

export const TC_085_CS = defineTestCase({
  id: 'TC_085_CS',
  title: 'Basic Authentication - Valid username/password combination',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [1, 2] },
  covers: ['A00.FR.202', 'A00.FR.203', 'A00.FR.204', 'A00.FR.302', 'A00.FR.303'],
  // The case is about connecting: a charge point that cannot must FAIL here, not leave the preconditions inconclusive.
  preconditions: false,
  catches: ['basic-auth-username-mismatch'],
  async run(ctx) {
    // 1. The charge point starts and connects with HTTP Basic authentication (A00.FR.202/203).
    const info = await connectsAfterPowerCycle(ctx, 'A00.FR.204');
    // 2. The username is the charge point identity of the URL, the password its AuthorizationKey (accepted by the endpoint).
    ctx.expect(info.username, 'A00.FR.204: Basic-auth username').to.equal(info.stationId);
  },
});

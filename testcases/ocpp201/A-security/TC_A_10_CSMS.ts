import { defineTestCase } from '../../kit.js';
import { acceptedConnection } from '../_shared/states.csms.js';
import { bootAndReport, passwordUpdate } from './steps.csms.js';

export const TC_A_10_CSMS = defineTestCase({
  id: 'TC_A_10_CSMS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Rejected',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.02', 'A01.FR.04', 'A01.FR.05'],
  requires: { securityProfile: [1, 2] },
  catches: ['password-changed-despite-rejected', 'variables-misspelled-component'],
  async run(ctx) {
    // 1-2. The CSMS sends SetVariablesRequest SecurityCtrlr.BasicAuthPassword = <NewPassword>; the station rejects it.
    await passwordUpdate(ctx, 'Rejected');
    // 3-4. HTTP upgrade with the old password: the CSMS still accepts it.
    await acceptedConnection(ctx, {}, 'with the old BasicAuthPassword', 'A01.FR.04');
    // 5-8. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

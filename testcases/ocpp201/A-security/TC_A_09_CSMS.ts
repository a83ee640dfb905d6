import { defineTestCase } from '../../kit.js';
import { acceptedConnection } from '../_shared/states.csms.js';
import { bootAndReport, passwordUpdate } from './steps.csms.js';

// --- Update Charging Station Password for HTTP Basic Authentication -----------------------------------

export const TC_A_09_CSMS = defineTestCase({
  id: 'TC_A_09_CSMS',
  title: 'Update Charging Station Password for HTTP Basic Authentication - Accepted',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A01', 'A01.FR.02', 'A01.FR.03'],
  requires: { securityProfile: [1, 2] },
  catches: ['password-change-ignored', 'variables-misspelled-component'],
  async run(ctx) {
    // 1-2. The CSMS sends SetVariablesRequest SecurityCtrlr.BasicAuthPassword = <NewPassword>; the station accepts and stores it.
    const password = await passwordUpdate(ctx, 'Accepted');
    ctx.settings.basicAuthPassword = password;
    // The CSMS keeps the new password for good: a real run records it where the next run reads it back (never shown in clear).
    const file = ctx.settings.saveStationPassword?.(password, 'TC_A_09_CSMS');
    ctx.log(file
      ? `the station uses the new BasicAuthPassword (not shown) from now on; saved in ${file}, the next run against this CSMS uses it (delete the file once the CSMS has the configured password again)`
      : 'the station uses the new BasicAuthPassword (not shown) from now on (reference CSMS: kept for this run only)');
    // 3-4. HTTP upgrade with the new password: the CSMS accepts it.
    await acceptedConnection(ctx, { basicAuth: { password } }, 'with the new BasicAuthPassword', 'A01.FR.03', true);
    // 5-8. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

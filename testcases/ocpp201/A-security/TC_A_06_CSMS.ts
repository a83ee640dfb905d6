import { defineTestCase } from '../../kit.js';
import { acceptedConnection, refusedConnection } from '../_shared/states.csms.js';
import { bootAndReport, expectTls12 } from './steps.csms.js';

export const TC_A_06_CSMS = defineTestCase({
  id: 'TC_A_06_CSMS',
  title: 'TLS - server-side certificate - TLS version too low',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.314', 'A00.FR.315', 'A00.FR.409', 'A00.FR.416', 'A00.FR.417', 'A00.FR.418'],
  requires: { securityProfile: [2, 3] },
  preconditions: false,
  catches: ['tls-accepts-1.1'],
  async run(ctx) {
    const profile3 = ctx.ics.securityProfile === 3;
    // 1-2. TLS handshake offering TLS 1.1 only: the CSMS terminates the connection.
    await refusedConnection(ctx, { tls: { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1' } }, 'offering TLS 1.1 only', profile3 ? 'A00.FR.418' : 'A00.FR.315');
    // 3-8. TLS 1.2 or higher: the CSMS presents its certificate and upgrades the connection.
    const info = await acceptedConnection(ctx, {}, 'with TLS 1.2 or higher', profile3 ? 'A00.FR.416' : 'A00.FR.313');
    expectTls12(ctx, info, profile3 ? 'A00.FR.416' : 'A00.FR.313');
    // 9-12. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

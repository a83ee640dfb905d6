import { defineTestCase } from '../../kit.js';
import { acceptedConnection } from '../_shared/states.csms.js';
import { bootAndReport, expectCipherSuites, expectTls12 } from './steps.csms.js';

export const TC_A_07_CSMS = defineTestCase({
  id: 'TC_A_07_CSMS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Advanced Security'],
  covers: ['A00', 'A00.FR.409', 'A00.FR.410', 'A00.FR.415', 'A00.FR.416', 'A00.FR.421'],
  requires: { securityProfile: [3] },
  preconditions: false,
  catches: ['rsa-only-server-cert', 'boot-rejects-known-station'],
  async run(ctx) {
    // 1-6. TLS handshake with the configured client certificate; the CSMS upgrades the connection.
    const info = await acceptedConnection(ctx, {}, 'with the configured client certificate', 'A00.FR.409');
    // Step 3 validations: TLS 1.2 or above, the four cipher suites.
    expectTls12(ctx, info, 'A00.FR.416');
    await expectCipherSuites(ctx, 'A00.FR.421', false);
    await acceptedConnection(ctx, {}, 'with the configured client certificate', 'A00.FR.409');
    // 7-10. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

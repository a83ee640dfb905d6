import { defineTestCase } from '../../kit.js';
import { acceptedConnection } from '../_shared/states.csms.js';
import { bootAndReport, expectCipherSuites, expectServerCertificate, expectTls12 } from './steps.csms.js';

// --- TLS --------------------------------------------------------------------------------------------

export const TC_A_04_CSMS = defineTestCase({
  id: 'TC_A_04_CSMS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.306', 'A00.FR.307', 'A00.FR.312', 'A00.FR.318', 'A00.FR.321', 'A00.FR.502', 'A00.FR.503', 'A00.FR.507', 'A00.FR.508', 'A00.FR.510'],
  requires: { securityProfile: [2, 3] },
  preconditions: false,
  catches: ['weak-server-key', 'rsa-only-server-cert'],
  async run(ctx) {
    // 1-6. The OCTT reconnects: TLS handshake (client certificate under profile 3), HTTP upgrade (Basic auth under profile 2).
    const info = await acceptedConnection(ctx, {}, 'over TLS', 'A00.FR.306');
    // Step 3 validations: TLS 1.2 or above, the server certificate, the four cipher suites.
    expectTls12(ctx, info, 'A00.FR.313');
    expectServerCertificate(ctx, info, 'default handshake');
    await expectCipherSuites(ctx, 'A00.FR.318', true);
    await acceptedConnection(ctx, {}, 'over TLS', 'A00.FR.306');
    // 7-10. BootNotificationRequest: Accepted; the connectors are reported.
    await bootAndReport(ctx);
  },
});

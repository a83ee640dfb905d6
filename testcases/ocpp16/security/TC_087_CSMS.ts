/** OCTT 1.6 §3.21.3, Table 191: TLS - Client-side certificate - valid certificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { bootOnNewConnection, mustConnect, validateTls } from './steps.csms.js';

export const TC_087_CSMS = defineTestCase({
  id: 'TC_087_CSMS',
  title: 'TLS - Client-side certificate - valid certificate',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  covers: ['A00.FR.401', 'A00.FR.403', 'A00.FR.416', 'A00.FR.418', 'A00.FR.421'],
  requires: { securityProfile: [3] },
  preconditions: false,
  catches: ['tls-accepts-1.1', 'rsa-only-server-cert'],
  async run(ctx) {
    const { sut } = ctx;
    // Before: the OCTT closes the connection.
    await sut.disconnect();
    // 1-6. TLS handshake with the Charge Point certificate as client certificate; the connection is upgraded.
    const info = mustConnect(ctx, await sut.connect(), 'A00.FR.403', 'TLS with a valid Charge Point certificate');
    // Step 3 tool validations: TLS 1.2 or above, and the four cipher suites.
    await validateTls(ctx, info, { version: 'A00.FR.416', oldVersion: 'A00.FR.418', suites: 'A00.FR.421' });
    // 7-10. On a connection as the Charge Point makes it: BootNotification.req (Accepted), StatusNotification.req.
    mustConnect(ctx, await sut.connect(), 'A00.FR.403', 'TLS with a valid Charge Point certificate');
    await bootOnNewConnection(ctx);
  },
});

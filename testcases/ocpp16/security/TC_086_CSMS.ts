/** OCTT 1.6 §3.21.3, Table 190: TLS - server-side certificate - Valid certificate. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { bootOnNewConnection, currentProfile, mustConnect, validateServerCertificate, validateTls } from './steps.csms.js';

export const TC_086_CSMS = defineTestCase({
  id: 'TC_086_CSMS',
  title: 'TLS - server-side certificate - Valid certificate',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  covers: ['A00.FR.306', 'A00.FR.312', 'A00.FR.314', 'A00.FR.317', 'A00.FR.502', 'A00.FR.503', 'A00.FR.508', 'A00.FR.510'],
  requires: { securityProfile: [2, 3] },
  preconditions: false,
  catches: ['tls-accepts-1.1', 'rsa-only-server-cert', 'weak-server-key', 'expired-server-cert'],
  async run(ctx) {
    const { sut } = ctx;
    const p3 = currentProfile(ctx) === 3;
    // Before: the OCTT closes the connection.
    await sut.disconnect();
    // 1-6. TLS handshake (client certificate only under security profile 3), HTTP upgrade (Basic credentials
    // only under security profile 2): the Central System's certificate verifies and the connection is upgraded.
    const info = mustConnect(ctx, await sut.connect(), p3 ? 'A00.FR.410' : 'A00.FR.306', 'TLS with the Central System certificate');
    // Step 2 tool validations: the server certificate, TLS 1.2 or above, the four cipher suites.
    await validateTls(ctx, info, p3
      ? { version: 'A00.FR.416', oldVersion: 'A00.FR.418', suites: 'A00.FR.421' }
      : { version: 'A00.FR.312', oldVersion: 'A00.FR.314', suites: 'A00.FR.317' }, (cert) => validateServerCertificate(ctx, cert));
    // 7-10. On a connection as the Charge Point makes it: BootNotification.req (Accepted), StatusNotification.req.
    mustConnect(ctx, await sut.connect(), p3 ? 'A00.FR.410' : 'A00.FR.306', 'TLS with the Central System certificate');
    await bootOnNewConnection(ctx);
  },
});

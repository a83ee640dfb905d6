import { defineTestCase } from '../../kit.js';
import { INVALID_SERVER_CERTS, component, connected, onlyActiveSlot, reconnectMs } from './steps.cs.js';

export const TC_A_05_CS = defineTestCase({
  id: 'TC_A_05_CS',
  title: 'TLS - server-side certificate - Invalid certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['A00', 'A00.FR.309', 'A00.FR.310', 'A00.FR.311', 'A00.FR.412', 'A00.FR.413', 'A00.FR.414'],
  requires: { securityProfile: [2, 3] },
  catches: ['accepts-invalid-server-cert', 'no-security-event-after-bad-cert'],
  async run(ctx) {
    const { sut } = ctx;
    // Before (errata 2025-02, 2025-04): NetworkProfileConnectionAttempts 3, NetworkConfigurationPriority only the active
    // slot, AllowCSMSTLSWildcards false (if implemented).
    const { restore } = await onlyActiveSlot(ctx, [
      { ...component('OCPPCommCtrlr', 'NetworkProfileConnectionAttempts'), value: '3' },
      { ...component('SecurityCtrlr', 'AllowCSMSTLSWildcards'), value: 'false', optional: true },
    ]);
    // 1-3 (errata 2024-11). The OCTT aborts the connection; the station reconnects (valid certificate).
    let attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
    await sut.disconnect();
    connected(ctx, await attempt, 'A00.FR.308', 'the station did not reconnect with the valid server certificate');
    // Steps 4-11 for every kind of invalid server certificate.
    for (const invalid of INVALID_SERVER_CERTS) {
      // 4. The OCTT aborts the connection; the next Server Hello carries the invalid certificate.
      await sut.reconfigureEndpoint({ serverCert: invalid.role });
      attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
      await sut.disconnect();
      // 5-7. The station deems the certificate invalid and terminates the connection.
      const bad = await attempt;
      if (bad.kind === 'connected') ctx.fail(`the station set up a connection with a server presenting ${invalid.what}`, 'A00.FR.311');
      // 8-9. The valid certificate again: the OCTT accepts the connection.
      attempt = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx) });
      await sut.reconfigureEndpoint({});
      connected(ctx, await attempt, 'A00.FR.308', `the station did not reconnect with the valid server certificate after ${invalid.what}`);
      // 10-11. SecurityEventNotificationRequest type InvalidCsmsCertificate.
      await sut.expectCall('SecurityEventNotification', {
        filter: (p) => p.type === 'InvalidCsmsCertificate', requirement: 'A00.FR.310', describe: `(InvalidCsmsCertificate after ${invalid.what})`,
      });
    }
    await restore();
  },
});

import { X509Certificate } from 'node:crypto';
import { defineTestCase } from '../../kit.js';
import { renewStationCertificate } from '../_shared/certificates.cs.js';
import { connected, reconnectMs, tlsOf } from './steps.cs.js';

// --- A02 Update Charging Station Certificate by request of CSMS ---------------------------------------------

export const TC_A_11_CS = defineTestCase({
  id: 'TC_A_11_CS',
  title: 'Update Charging Station Certificate by request of CSMS - Success - Charging Station Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['A02', 'F06', 'A02.FR.02', 'A02.FR.03', 'A02.FR.06', 'A02.FR.08', 'A02.FR.09', 'F06.FR.04', 'F06.FR.05', 'F06.FR.10'],
  requires: { securityProfile: [3] },
  catches: ['certificate-signed-not-used', 'trigger-not-sent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    // A station switches to its new certificate by reconnecting (A02.FR.08): watch for that from the start.
    const reconnect = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 3, allowNone: true });
    // 1. Memory State RenewChargingStationCertificate for certificateType ChargingStationCertificate.
    const { leafPem } = await renewStationCertificate(ctx, 'ChargingStationCertificate');
    // A02.FR.08/09: the next connection uses the new (newest) certificate; when the station does not reconnect, the OCTT closes the connection.
    let attempt = await reconnect;
    if (!attempt) {
      const next = sut.expectConnectionAttempt({ timeoutMs: reconnectMs(ctx), requirement: 'A02.FR.08' });
      await sut.disconnect();
      attempt = await next;
    }
    const info = connected(ctx, attempt, 'A02.FR.08', 'the station did not connect with its new certificate');
    expect(tlsOf(info)?.clientCert?.fingerprint256, 'A02.FR.08: the client certificate of the new connection is the new ChargingStationCertificate')
      .to.equal(new X509Certificate(leafPem).fingerprint256);
  },
});

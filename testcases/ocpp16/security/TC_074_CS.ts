/**
 * OCTT 1.6 §2.24.1, Table 89: Update Charge Point Certificate by request of Central System. Validations are the
 * table's; 1.2/1.3 apply. The harness is Central System and Certificate Authority: it signs with the CSO sub-CA of
 * the Central System root. The new certificate stays (it is what the case is about).
 */
import { X509Certificate } from 'node:crypto';
import { defineTestCase } from '../../kit.js';
import { messageMs } from '../_shared/states.cs.js';
import { cpoNameConfigured, profiles, signedChain16, triggeredSignCertificate16 } from './steps.cs.js';

export const TC_074_CS = defineTestCase({
  id: 'TC_074_CS',
  title: 'Update Charge Point Certificate by request of Central System',
  version: '1.6',
  sut: 'CS',
  profiles,
  requires: { securityProfile: [3] },
  covers: ['A02', 'A02.FR.02', 'A02.FR.06', 'A02.FR.08'],
  catches: ['certificate-signed-not-used'],
  async run(ctx) {
    const { sut, expect } = ctx;
    await cpoNameConfigured(ctx);
    // 1-4. ExtendedTriggerMessage.req SignChargePointCertificate (Accepted); SignCertificate.req (Accepted).
    const csr = await triggeredSignCertificate16(ctx);
    // 5. CertificateSigned.req with the certificate the Certificate Authority signed.
    const { leafPem, chainPem } = await signedChain16(ctx, csr, 'cso-sub-ca');
    const reconnect = sut.expectConnectionAttempt({ timeoutMs: messageMs(ctx) * 4, requirement: 'A02.FR.08' });
    reconnect.catch(() => undefined);
    const res = await sut.call('CertificateSigned', { certificateChain: chainPem }, { requirement: 'A02.FR.06' });
    // 6. CertificateSigned.conf Accepted.
    expect(res.status, 'A02.FR.06: CertificateSigned.conf status').to.equal('Accepted');
    // 7. The Charge Point disconnects and reconnects with the new certificate.
    const attempt = await reconnect;
    if (attempt.kind !== 'connected') {
      const how = attempt.kind === 'tlsFailed' ? `the TLS handshake failed (${attempt.reason})` : `the upgrade was refused with HTTP ${attempt.status} (${attempt.reason})`;
      return ctx.fail(`the Charge Point did not reconnect after its certificate was renewed: ${how}`, 'A02.FR.08');
    }
    const presented = (attempt.info.tls as { clientCert?: { fingerprint256?: string } } | undefined)?.clientCert?.fingerprint256;
    expect(presented, 'A02.FR.08: the client certificate of the new connection is the new ChargePointCertificate').to.equal(new X509Certificate(leafPem).fingerprint256);
  },
});

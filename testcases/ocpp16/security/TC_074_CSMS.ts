/**
 * OCTT 1.6 §3.21.1, Table 180: Update Charge Point Certificate by request of Central System. Validations are the
 * table's; 1.2/1.3 apply. The tool checks the signed certificate (for its CSR key, under the Central System root)
 * before it accepts it, and reconnects with it; afterwards it connects with its configured certificate again (ungraded).
 */
import { defineTestCase } from '../../kit.js';
import { chainProblem16, mustConnect, renewChargePointCertificate } from './steps.csms.js';

export const TC_074_CSMS = defineTestCase({
  id: 'TC_074_CSMS',
  title: 'Update Charge Point Certificate by request of Central System',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  requires: { securityProfile: [3] },
  covers: ['A02', 'A02.FR.06', 'A02.FR.08'],
  catches: ['certificate-signed-wrong-ca', 'trigger-wrong-message'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    // 1-6. ExtendedTriggerMessage, SignCertificate (Accepted), CertificateSigned (Accepted).
    const { chainPem, keyPem } = await renewChargePointCertificate(ctx, 'Accepted', 'TC_074_CSMS');
    expect(chainProblem16(chainPem, keyPem, pki.get('csms-root').certPem), 'A02.FR.06: CertificateSigned.req certificateChain (for the CSR\'s key, signed under the Central System root)').to.equal(undefined);
    // 7. The Charge Point reconnects with the new certificate: the Central System accepts it.
    mustConnect(ctx, await sut.connect({ tls: { cert: chainPem, key: keyPem } }), 'A02.FR.08', 'with the new ChargePointCertificate');
    // After the scenario: the configured certificate again (ungraded).
    const back = await sut.connect();
    if (!back.ok) ctx.log(`reconnecting with the configured certificate failed: ${back.error.message}`);
  },
});

import { defineTestCase } from '../../kit.js';
import { CERTIFICATE_SIGNER, checkCsr, signedChain, triggeredSignCertificate } from '../_shared/certificates.cs.js';
import { CERT_SIGNING_WAIT_MINIMUM_S, TIMER_SLACK_MS, component, configurationState } from './steps.cs.js';

export const TC_A_23_CS = defineTestCase({
  id: 'TC_A_23_CS',
  title: 'Update Charging Station Certificate by request of CSMS - CertificateSignedRequest Timeout',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Advanced Security', condition: 'AS-3' }],
  covers: ['A02', 'F06', 'A02.FR.17', 'A02.FR.18'],
  requires: { securityProfile: [3] },
  catches: ['cert-signing-no-retry', 'cert-signing-backoff-not-doubled'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const waitMinimum = CERT_SIGNING_WAIT_MINIMUM_S;
    // Before: CertSigningWaitMinimum is <Configured CertSigningWaitMinimum>, CertSigningRepeatTimes is 1.
    const restore = await configurationState(ctx, [
      { ...component('SecurityCtrlr', 'CertSigningWaitMinimum'), value: String(waitMinimum) },
      { ...component('SecurityCtrlr', 'CertSigningRepeatTimes'), value: '1' },
    ]);
    // 1-4. TriggerMessageRequest SignChargingStationCertificate; SignCertificateRequest (Accepted).
    const calls = [await triggeredSignCertificate(ctx, 'ChargingStationCertificate')];
    let answeredAt = Date.now();
    // 5-10. No CertificateSignedRequest: the station sends the CSR again after CertSigningWaitMinimum, then after twice that.
    for (const [factor, requirement] of [[1, 'A02.FR.17'], [2, 'A02.FR.18']] as const) {
      const again = await sut.expectCall('SignCertificate', {
        timeoutMs: factor * waitMinimum * 1000 + ics.timeouts.messageMs * 2, requirement, describe: `again (back-off ${factor * waitMinimum} s)`,
      });
      expect(again.t - answeredAt, `${requirement}: ms before the SignCertificateRequest was sent again (at least ${factor} x CertSigningWaitMinimum)`)
        .to.be.at.least(factor * waitMinimum * 1000 - TIMER_SLACK_MS);
      checkCsr(ctx, again, 'ChargingStationCertificate');
      again.respond({ status: 'Accepted' });
      answeredAt = Date.now();
      calls.push(again);
    }
    // 11-16 (errata 2025-02). A CertificateSignedRequest for each CSR: Accepted or Rejected, at least one Accepted.
    const statuses: string[] = [];
    for (const call of calls) {
      // An accepted certificate makes the station reconnect with it (A02.FR.08): the next request goes over the new connection.
      const reconnect = sut.expectConnectionAttempt({ timeoutMs: ics.timeouts.messageMs * 2, allowNone: true });
      const { chainPem } = await signedChain(ctx, String(call.payload.csr), CERTIFICATE_SIGNER.ChargingStationCertificate);
      const res = await sut.call('CertificateSigned', { certificateChain: chainPem, certificateType: 'ChargingStationCertificate' });
      expect(res.status, 'A02.FR.06: CertificateSignedResponse status').to.be.oneOf(['Accepted', 'Rejected']);
      statuses.push(String(res.status));
      if (res.status === 'Accepted') await reconnect;
    }
    expect(statuses, 'A02.FR.17: at least one CertificateSignedResponse is Accepted').to.include('Accepted');
    await restore();
  },
});

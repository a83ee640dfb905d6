import { certificateHashData, defineTestCase } from '../../kit.js';
import { renewStationCertificate } from '../_shared/certificates.cs.js';

/**
 * TC_M_23_CS: the station refuses to delete its own ChargingStationCertificate (M04.FR.06): NotFound or Failed.
 * Reusable State RenewChargingStationCertificate gives the certificate, issued by the CSO sub-CA.
 */
export const TC_M_23_CS = defineTestCase({
  id: 'TC_M_23_CS',
  title: 'Delete a certificate from a Charging Station - Unable to delete the Charging Station Certificate',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Security'],
  covers: ['M04', 'M04.FR.01', 'M04.FR.06'],
  requires: { securityProfile: [3] },
  catches: ['station-certificate-deletable'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const pki = await ctx.pki();
    // Before: Reusable State RenewChargingStationCertificate.
    const { leafPem } = await renewStationCertificate(ctx);
    // 1. Reusable State GetInstalledCertificates with certificateType omitted.
    const ids = await sut.call('GetInstalledCertificateIds', {});
    expect(ids.status, 'M03.FR.03: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
    // 2-3. DeleteCertificateRequest with the hash data of the generated ChargingStationCertificate: NotFound or Failed.
    const res = await sut.call('DeleteCertificate', { certificateHashData: certificateHashData(leafPem, pki.get('cso-sub-ca').certPem, 'SHA256') });
    expect(res.status, 'M04.FR.06: DeleteCertificateResponse status for the Charging Station Certificate').to.be.oneOf(['NotFound', 'Failed']);
  },
});

import { defineTestCase } from '../../kit.js';
import { configuredCertificate, installedForCase, isHashOf, restoringCertificates, type ListedCertificate } from './steps.cs.js';

/**
 * TC_M_18_CS: Memory State CertificateInstalled for CSMSRootCertificate AND ManufacturerRootCertificate (established, not graded), then the station
 * lists the hash data of what is installed (M03.FR.01/03/04). What the case installed is deleted afterwards.
 */
export const TC_M_18_CS = defineTestCase({
  id: 'TC_M_18_CS',
  title: 'Retrieve certificates from Charging Station - All certificateTypes',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.03', 'M03.FR.04'],
  requires: { securityProfile: [2, 3] },
  catches: ['installed-ids-wrong-hash'],
  async run(ctx) {
    const certs = await Promise.all((['CSMSRootCertificate', 'ManufacturerRootCertificate'] as const).map(async (type) => ({ type, ...(await configuredCertificate(ctx, type)) })));
    await restoringCertificates(ctx, ['CSMSRootCertificate', 'ManufacturerRootCertificate'], async () => {
      // Memory State: CertificateInstalled for CSMSRootCertificate AND ManufacturerRootCertificate.
      for (const c of certs) await installedForCase(ctx, c.type, c.pem);
      // 1. GetInstalledCertificateIdsRequest with certificateType omitted.
      const res = await ctx.sut.call('GetInstalledCertificateIds', {});
      // 2. Accepted; certificateHashDataChain has an entry of each type with its configured certificate's hash data (order free).
      ctx.expect(res.status, 'M03.FR.03: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
      const chain = (res.certificateHashDataChain as ListedCertificate[] | undefined) ?? [];
      for (const c of certs) {
        ctx.expect(chain.some((e) => e.certificateType === c.type && isHashOf(e.certificateHashData, c.pem, c.issuerPem)),
          `M03.FR.04: certificateHashDataChain has a ${c.type} entry with the hash data of the configured certificate`).to.equal(true);
      }
    });
  },
});

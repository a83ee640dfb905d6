import { defineTestCase } from '../../kit.js';
import { certificateInstalled, deleteRequested, listedForDeletion } from './steps.csms.js';

/**
 * TC_M_20_CSMS: the CSMS deletes the CSMSRootCertificate it installed by the hash data the station lists, whichever
 * hash algorithm the station used (M04.FR.01, M04.FR.07): steps 1-5 once per algorithm (SHA256, SHA384, SHA512).
 */
export const TC_M_20_CSMS = defineTestCase({
  id: 'TC_M_20_CSMS',
  title: 'Delete a certificate from a Charging Station - Success',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M04', 'M04.FR.01', 'M04.FR.07'],
  catches: ['delete-own-hash-data', 'install-certificate-not-pem'],
  async run(ctx) {
    for (const algorithm of ['SHA256', 'SHA384', 'SHA512'] as const) {
      ctx.log(`round ${algorithm}`);
      // 1. Reusable State CertificateInstalled with certificateType CSMSRootCertificate.
      await certificateInstalled(ctx, 'CSMSRootCertificate');
      // Manual Action: request the CSMS to send a DeleteCertificateRequest. 2-3. GetInstalledCertificateIds, answered in `algorithm`.
      const listed = await listedForDeletion(ctx, algorithm, 'TC_M_20_CSMS step 2');
      // 4-5. DeleteCertificateRequest with the returned hash data; Accepted.
      await deleteRequested(ctx, listed, 'Accepted', 'TC_M_20_CSMS step 4');
    }
  },
});

import { CaseFailure, CaseInconclusive, defineTestCase } from '../../kit.js';
import { certificateInstalled, deleteRequested, listedForDeletion } from './steps.csms.js';

/**
 * TC_M_21_CSMS: the CSMS asks to delete the CSMSRootCertificate and the OCTT answers Failed (M04.FR.01, M04.FR.07).
 * Before: Reusable State CertificateInstalled (established, not graded: a CSMS that does not install the configured
 * root leaves the case INCONCLUSIVE).
 */
export const TC_M_21_CSMS = defineTestCase({
  id: 'TC_M_21_CSMS',
  title: 'Delete a certificate from a Charging Station - Failed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M04', 'M04.FR.01', 'M04.FR.07'],
  catches: ['delete-own-hash-data'],
  async run(ctx) {
    try {
      await certificateInstalled(ctx, 'CSMSRootCertificate');
    } catch (err) {
      if (err instanceof CaseFailure || (err instanceof Error && err.name === 'AssertionError')) throw new CaseInconclusive(`Before: Reusable State CertificateInstalled (CSMSRootCertificate) not established: ${err.message}`);
      throw err;
    }
    // Manual Action: request the CSMS to send a DeleteCertificateRequest. 1-2. GetInstalledCertificateIds, answered in SHA256.
    const listed = await listedForDeletion(ctx, 'SHA256', 'TC_M_21_CSMS step 1');
    // 3-4. DeleteCertificateRequest with the returned hash data; the OCTT answers Failed.
    await deleteRequested(ctx, listed, 'Failed', 'TC_M_21_CSMS step 3');
  },
});

import { CaseFailure, CaseInconclusive, defineTestCase } from '../../kit.js';
import { renewStationCertificate } from '../_shared/certificates.cs.js';
import { listInstalled } from './steps.cs.js';

/**
 * TC_M_15_CS: the station lists its V2G certificate chain with the sub-CAs as childCertificateHashData (M03.FR.05).
 * Errata 2025-09 6.2.84 applied: Memory State RenewV2GChargingStationCertificate (the V2GCertificateChain is installed before
 * it is retrieved), established when the station lists none; a station that cannot get one leaves the case INCONCLUSIVE.
 */
export const TC_M_15_CS = defineTestCase({
  id: 'TC_M_15_CS',
  title: 'Retrieve certificates from Charging Station - V2GCertificateChain',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.03', 'M03.FR.04', 'M03.FR.05'],
  catches: ['v2g-chain-no-children'],
  async run(ctx) {
    const { sut, expect } = ctx;
    if (!(await listInstalled(ctx, ['V2GCertificateChain'])).some((c) => c.certificateType === 'V2GCertificateChain')) {
      try {
        await renewStationCertificate(ctx, 'V2GCertificate');
      } catch (err) {
        if (err instanceof CaseFailure) throw new CaseInconclusive(`prerequisite: the station has no V2GCertificateChain and could not get one (${err.message})`);
        throw err;
      }
    }
    // 1. Reusable State GetInstalledCertificates for certificateType V2GCertificateChain.
    const res = await sut.call('GetInstalledCertificateIds', { certificateType: ['V2GCertificateChain'] });
    expect(res.status, 'M03.FR.03: GetInstalledCertificateIdsResponse status').to.equal('Accepted');
    const chain = res.certificateHashDataChain ?? [];
    expect(chain.some((c) => c.certificateType === 'V2GCertificateChain' && (c.childCertificateHashData?.length ?? 0) > 0),
      'M03.FR.05: certificateHashDataChain has a V2GCertificateChain entry that uses childCertificateHashData').to.equal(true);
  },
});

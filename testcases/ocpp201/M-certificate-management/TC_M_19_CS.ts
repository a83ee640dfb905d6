import { defineTestCase } from '../../kit.js';
import { configuredCertificate, isHashOf, listInstalled } from './steps.cs.js';

/**
 * TC_M_19_CS: no MORootCertificate installed, GetInstalledCertificateIds for that type answers NotFound
 * without hash data (M03.FR.02). Configuration State: the installed MO roots are deleted (ungraded); the test
 * PKI's MO root, if it was among them, is installed again afterwards.
 */
export const TC_M_19_CS = defineTestCase({
  id: 'TC_M_19_CS',
  title: 'Retrieve certificates from Charging Station - No matching certificate found',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['M03', 'M03.FR.01', 'M03.FR.02'],
  catches: ['installed-ids-empty-accepted'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const moRoot = await configuredCertificate(ctx, 'MORootCertificate');
    // Configuration State: no MORootCertificate (GetInstalledCertificates, DeleteCertificate for each one found).
    const found = await listInstalled(ctx, ['MORootCertificate']);
    for (const c of found) await sut.callRaw('DeleteCertificate', { certificateHashData: c.certificateHashData });
    try {
      // 1. GetInstalledCertificateIdsRequest with certificateType MORootCertificate.
      const res = await sut.call('GetInstalledCertificateIds', { certificateType: ['MORootCertificate'] });
      // 2. status NotFound, certificateHashDataChain omitted.
      expect(res.status, 'M03.FR.02: GetInstalledCertificateIdsResponse status').to.equal('NotFound');
      expect(res.certificateHashDataChain, 'M03.FR.02: certificateHashDataChain is omitted').to.equal(undefined);
    } finally {
      if (sut.isConnected() && found.some((c) => isHashOf(c.certificateHashData, moRoot.pem))) {
        await sut.callRaw('InstallCertificate', { certificateType: 'MORootCertificate', certificate: moRoot.pem }).catch(() => undefined);
      }
    }
  },
});

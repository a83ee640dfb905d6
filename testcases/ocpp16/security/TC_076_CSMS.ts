/**
 * OCTT 1.6 §3.21.1, Table 183: Delete a specific certificate from the Charge Point. Validations are the table's; 1.2/1.3 apply.
 * The tool lists the certificate with the configured HashAlgorithm, SHA256.
 */
import { CaseInconclusive, certificateHashData, defineTestCase, type Payload } from '../../kit.js';
import { csmsSends } from '../_shared/states.csms.js';
import { installedIds16 } from './steps.csms.js';

export const TC_076_CSMS = defineTestCase({
  id: 'TC_076_CSMS',
  title: 'Delete a specific certificate from the Charge Point',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Security (1.6 security whitepaper)'],
  covers: ['M04', 'M03'],
  catches: ['delete-hash-algorithm-changed'],
  async run(ctx) {
    const { expect } = ctx;
    const root = (await ctx.pki()).get('csms-root').certPem;
    // Memory State: the Central System installs a CentralSystemRootCertificate ("Root 2"; established, not graded).
    const install = await csmsSends(ctx, 'InstallCertificate', () => ({ status: 'Accepted' as const }), { hint: { certificateType: 'CentralSystemRootCertificate', certificate: root } });
    const installed = String(install.payload.certificate);
    let own: ReturnType<typeof certificateHashData>;
    try {
      own = certificateHashData(installed, undefined, 'SHA256');
    } catch (err) {
      throw new CaseInconclusive(`Memory State: the certificate the Central System installed is not a self-signed root the tool can list (${(err as Error).message})`);
    }
    // Manual action (delete the just installed CentralSystemRootCertificate); 1-2. GetInstalledCertificateIds.req; Accepted, SHA256 hash data.
    const listed = await installedIds16(ctx, 'CentralSystemRootCertificate', installed, 'TC_076_CSMS step 1');
    // 3-4. DeleteCertificate.req with the installed certificate's hash data; Accepted.
    const del = await csmsSends(ctx, 'DeleteCertificate', () => ({ status: 'Accepted' as const }), { hint: { certificateHashData: (listed ?? [])[0] as unknown as Payload }, requirement: 'TC_076_CSMS step 3' });
    const h = del.payload.certificateHashData;
    expect(h.hashAlgorithm, 'TC_076_CSMS step 3: DeleteCertificate.req hashAlgorithm (the one GetInstalledCertificateIds.conf returned)').to.equal('SHA256');
    expect(String(h.issuerNameHash).toLowerCase(), 'TC_076_CSMS step 3: certificateHashData.issuerNameHash (the OCTT\'s own calculation)').to.equal(own.issuerNameHash);
    expect(String(h.issuerKeyHash).toLowerCase(), 'TC_076_CSMS step 3: certificateHashData.issuerKeyHash (the OCTT\'s own calculation)').to.equal(own.issuerKeyHash);
    expect(String(h.serialNumber).toLowerCase().replace(/^0+(?=.)/, ''), 'TC_076_CSMS step 3: certificateHashData.serialNumber').to.equal(own.serialNumber.toLowerCase().replace(/^0+(?=.)/, ''));
  },
});

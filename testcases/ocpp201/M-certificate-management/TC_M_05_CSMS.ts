import { adviseUnless, defineTestCase } from '../../kit.js';
import { csmsRequest } from '../_shared/charging-session.csms.js';
import { CONFIGURED_ROLE } from './steps.csms.js';

/**
 * TC_M_05_CSMS: the CSMS installs a CSMSRootCertificate and the OCTT answers Failed (M05.FR.03). Part 6 lists no tool
 * validation: the case passes once the CSMS sent the InstallCertificateRequest and took the Failed answer. That the
 * request names CSMSRootCertificate (what the manual action asked)
 * and carries a PEM certificate (the field's definition) are advisories.
 */
export const TC_M_05_CSMS = defineTestCase({
  id: 'TC_M_05_CSMS',
  title: 'Install CA certificate - Failed',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['M05', 'M05.FR.01', 'M05.FR.03'],
  catches: ['install-certificate-not-pem'],
  advises: ['install-certificate-not-pem'],
  async run(ctx) {
    // Manual Action: trigger the CSMS to send an InstallCertificateRequest with certificateType CSMSRootCertificate.
    // 1. InstallCertificateRequest; 2. the OCTT answers InstallCertificateResponse status Failed.
    const certificate = (await ctx.pki()).get(CONFIGURED_ROLE.CSMSRootCertificate).certPem;
    const call = await csmsRequest(ctx, 'InstallCertificate', () => ({ status: 'Failed' as const }), { hint: { certificateType: 'CSMSRootCertificate', certificate } });
    adviseUnless(ctx, call.payload.certificateType === 'CSMSRootCertificate',
      `the InstallCertificateRequest names certificateType ${String(call.payload.certificateType)}, not the CSMSRootCertificate the manual action asked for`, 'M05.FR.01');
    adviseUnless(ctx, /^-----BEGIN CERTIFICATE-----/.test(String(call.payload.certificate).trim()),
      'the InstallCertificateRequest certificate is not PEM encoded (InstallCertificateRequest.certificate: a PEM encoded X.509 certificate)', 'M05.FR.01');
  },
});

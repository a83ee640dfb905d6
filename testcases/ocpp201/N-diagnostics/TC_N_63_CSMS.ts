import { certificateHashData, defineTestCase } from '../../kit.js';
import { customerInformation } from './steps.csms.js';

// N10 Clear Customer Information - Clear and report - customerCertificate (Part 6 Table 665).
export const TC_N_63_CSMS = defineTestCase({
  id: 'TC_N_63_CSMS',
  title: 'Clear Customer Information - Clear and report - customerCertificate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'ISO 15118 Support', condition: 'ISO-4' }],
  covers: ['N10', 'N10.FR.08', 'N10.FR.09'],
  catches: ['customer-info-report-flipped', 'customer-info-clear-ignored', 'customer-info-wrong-customer', 'notify-customer-information-unhandled'],
  async run(ctx) {
    // <customer certificate hash data>: the test PKI's contract certificate, issued by the MO Sub-CA (SHA256).
    const pki = await ctx.pki();
    const customerCertificate = certificateHashData(pki.get('contract').certPem, pki.get('mo-sub-ca').certPem);
    // 1. CustomerInformationRequest (validated: report true, clear true, customerCertificate the hash data), 2. Accepted, 3-4. NotifyCustomerInformation.
    await customerInformation(ctx, { report: true, clear: true, answer: 'Accepted', data: 'contract certificate used in 1 transaction', customerCertificate }, 'N10.FR.08');
  },
});

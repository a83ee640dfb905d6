/** TC_N_62_CSMS (Part 6): Clear Customer Information - Clear and report - customerIdentifier. Errata 2025-09 6.3.22 applied: idToken and customerCertificate omitted. */
import { defineTestCase } from '../../kit.js';
import { configuredText } from '../_shared/configured.js';
import { customerInformation } from './steps.csms.js';

export const TC_N_62_CSMS = defineTestCase({
  id: 'TC_N_62_CSMS',
  title: 'Clear Customer Information - Clear and report - customerIdentifier',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-14' }],
  covers: ['N10', 'N10.FR.08'],
  catches: ['customer-info-report-flipped', 'customer-info-clear-ignored', 'customer-info-wrong-customer', 'notify-customer-information-unhandled', 'customer-info-extra-identifier'],
  async run(ctx) {
    // 1. CustomerInformationRequest (validated: report true, clear true, customerIdentifier <Configured customerIdentifier>), 2. Accepted, 3-4. NotifyCustomerInformation.
    const customerIdentifier = configuredText(ctx, 'customerIdentifier');
    // Errata 2025-09 6.3.22: idToken and customerCertificate omitted.
    await customerInformation(ctx, { report: true, clear: true, answer: 'Accepted', data: `customer ${customerIdentifier}: 1 transaction`, customerIdentifier, singleIdentifier: true }, 'N10.FR.08');
  },
});

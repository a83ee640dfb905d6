import { defineTestCase } from '../../kit.js';
import { certificateStatusRequested } from './steps.status.cs.js';

/**
 * TC_M_25_CS: the station asks the status of its new V2G certificate (and sub-CAs, M06.FR.07) and the OCTT answers
 * Failed, ocspResult omitted (M06.FR.04). Tool validations: N/a beyond the requests coming.
 */
export const TC_M_25_CS = defineTestCase({
  id: 'TC_M_25_CS',
  title: 'Get Charging Station Certificate status - Rejected',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['ISO 15118 Support'],
  covers: ['M06', 'M06.FR.04', 'M06.FR.07'],
  catches: ['certificate-status-not-requested'],
  async run(ctx) {
    // Errata 6.2.85 repeats the request per certificate for TC_M_24_CS only: one request is what this table asks.
    await certificateStatusRequested(ctx, () => ({ status: 'Failed' }), { everyCertificate: false });
  },
});

/** OCTT 1.6 §2.23.1, Table 87: Data Transfer to a Charge Point. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';

export const TC_062_CS = defineTestCase({
  id: 'TC_062_CS',
  title: 'Data Transfer to a Charge Point',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['5.6', '4.3'],
  catches: ['datatransfer-accepted'],
  async run(ctx) {
    // 1. DataTransfer.req with a vendorId the charge point does not know.
    const res = await ctx.sut.call('DataTransfer', { vendorId: 'org.ocpp-harness.unknown', messageId: 'TestMessage', data: 'test' }, { requirement: '5.6' });
    // 2. DataTransfer.conf: the vendor-specific message is refused (4.3: UnknownVendorId for an unknown vendorId).
    ctx.expect(res.status, '4.3: DataTransfer.conf status for an unknown vendorId').to.be.oneOf(['UnknownVendorId', 'UnknownMessageId', 'Rejected']);
  },
});

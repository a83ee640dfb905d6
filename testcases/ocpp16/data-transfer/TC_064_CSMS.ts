/** OCTT 1.6 §3.20.1, Table 178: Data Transfer to a Central System. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';

export const TC_064_CSMS = defineTestCase({
  id: 'TC_064_CSMS',
  title: 'Data Transfer to a Central System',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.3'],
  catches: ['data-transfer-callerror'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: the Central System does not support DataTransfer for this vendorId.
    // 1-2. DataTransfer.req with that vendorId; DataTransfer.conf is Rejected, UnknownMessageId or UnknownVendorId.
    const res = await sut.call('DataTransfer', { vendorId: 'org.ocpp-harness.unsupported', messageId: 'TC_064', data: 'ping' }, { requirement: '4.3' });
    if (res.status === 'Accepted') {
      // The document allows Accepted, with a warning to the vendor.
      ctx.log('warning: the Central System accepted a DataTransfer for a vendorId it has no implementation for');
      return;
    }
    expect(res.status, '4.3: DataTransfer.conf status').to.be.oneOf(['Rejected', 'UnknownMessageId', 'UnknownVendorId']);
    if (res.status === 'UnknownVendorId') expect(res.data, '4.3: DataTransfer.conf data (absent with UnknownVendorId)').to.equal(undefined);
  },
});

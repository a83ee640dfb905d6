import { defineTestCase } from '../../kit.js';
import { NOT_IMPLEMENTED_STATUSES, OCTT_VENDOR_ID, UNUSED_MESSAGE_ID } from './steps.csms.js';

// P02 Data Transfer to the CSMS (Part 6 Table 696).
export const TC_P_02_CSMS = defineTestCase({
  id: 'TC_P_02_CSMS', title: 'Data Transfer to the CSMS - Rejected / Unknown VendorId / Unknown MessageId',
  version: '2.0.1', sut: 'CSMS', profiles: ['Core'], covers: ['P02', 'P02.FR.06', 'P02.FR.07'],
  catches: ['data-transfer-unknown-vendor-accepted'],
  async run(ctx) {
    // 1. DataTransferRequest vendorId <Configured vendorId>, messageId <Configured messageId>.
    const res = await ctx.sut.call('DataTransfer', { vendorId: OCTT_VENDOR_ID, messageId: UNUSED_MESSAGE_ID });
    // 2. DataTransferResponse: UnknownVendorId, UnknownMessageId or Rejected.
    ctx.expect(res.status, 'P02.FR.06: DataTransferResponse status').to.be.oneOf([...NOT_IMPLEMENTED_STATUSES]);
  },
});

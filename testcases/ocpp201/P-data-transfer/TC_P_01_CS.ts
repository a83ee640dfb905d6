import { defineTestCase } from '../../kit.js';
import { NOT_IMPLEMENTED_STATUSES, OCTT_VENDOR_ID, UNUSED_MESSAGE_ID } from './steps.cs.js';

// P01 Data Transfer to the Charging Station (Part 6 Table 419).
export const TC_P_01_CS = defineTestCase({
  id: 'TC_P_01_CS', title: 'Data Transfer to the Charging Station - Rejected / Unknown VendorId / Unknown MessageId',
  version: '2.0.1', sut: 'CS', profiles: ['Core'], covers: ['P01', 'P01.FR.05', 'P01.FR.06'],
  catches: ['data-transfer-unknown-vendor-accepted'],
  async run(ctx) {
    // 1. DataTransferRequest vendorId org.openchargealliance.octt, messageId <Configured messageId>.
    const res = await ctx.sut.call('DataTransfer', { vendorId: OCTT_VENDOR_ID, messageId: UNUSED_MESSAGE_ID });
    // 2. DataTransferResponse: UnknownVendorId, UnknownMessageId or Rejected.
    ctx.expect(res.status, 'P01.FR.05: DataTransferResponse status').to.be.oneOf([...NOT_IMPLEMENTED_STATUSES]);
  },
});

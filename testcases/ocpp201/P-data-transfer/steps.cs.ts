/**
 * The DataTransfer request of TC_P_01_CS / TC_P_02_CSMS. Part 6 names a <Configured messageId> that "should
 * be unused": any id no implementation knows serves, so it is fixed here rather than configured (the
 * `configured:` section holds durations and counts only).
 */
export const OCTT_VENDOR_ID = 'org.openchargealliance.octt';
export const UNUSED_MESSAGE_ID = 'ocpp-harness-unused-message';

/** P01.FR.05 / P01.FR.06 / P02.FR.06 / P02.FR.07: what a recipient without the vendor extension may answer (Rejected too, as Part 6 allows). */
export const NOT_IMPLEMENTED_STATUSES = ['UnknownVendorId', 'UnknownMessageId', 'Rejected'] as const;

/** The customData the TC_P_03 cases add: a vendorId and a property of the vendor's own (CustomDataType allows any). */
export const CUSTOM_DATA = { vendorId: OCTT_VENDOR_ID, harnessNote: 'custom data the recipient may ignore' };

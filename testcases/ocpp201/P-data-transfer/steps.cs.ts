import type { CaseContext, Request } from '../../kit.js';
import { configured } from '../_shared/configured.js';

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
/** Every JSON class carries an optional customData a recipient accepts (Part 4 9, Part 2 1.x note 2): what a CALLERROR to it breaks. */
export const CUSTOM_DATA_REQUIREMENT = 'OCPP-J 9 (CustomData extension)';

export const CUSTOM_DATA = { vendorId: OCTT_VENDOR_ID, harnessNote: 'custom data the recipient may ignore' };



/**
 * TC_P_04_CS step 1: a TxDefaultProfile for <Configured evseId> with <Configured chargingProfileId / duration /
 * chargingRateUnit / numberPhases>, limit 6 A (6000 W), customData on the profile and on its period.
 */
export function customDataProfileRequest(ctx: CaseContext<'2.0.1', 'CS'>): Request<'2.0.1', 'SetChargingProfile'> {
  const watts = configured(ctx, 'chargingRateInWatts') === 1;
  return {
    evseId: ctx.ics.evses[0]?.id ?? 1,
    chargingProfile: {
      customData: CUSTOM_DATA,
      id: configured(ctx, 'chargingProfileId'), stackLevel: 0, chargingProfilePurpose: 'TxDefaultProfile', chargingProfileKind: 'Relative',
      chargingSchedule: [{
        id: 1, duration: configured(ctx, 'chargingScheduleDurationS'), chargingRateUnit: watts ? 'W' : 'A',
        chargingSchedulePeriod: [{ startPeriod: 0, limit: watts ? 6000 : 6, numberPhases: configured(ctx, 'chargingNumberPhases'), customData: CUSTOM_DATA }],
      }],
    },
  };
}

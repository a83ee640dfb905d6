/** OCTT 1.6 §3.19.1, Table 173: Central Smart Charging - TxDefaultProfile. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { connectorId } from '../_shared/states.csms.js';
import { scSettings } from './steps.profiles.js';
import { profileHint, profileSent } from './steps.csms.js';

export const TC_056_CSMS = defineTestCase({
  id: 'TC_056_CSMS',
  title: 'Central Smart Charging - TxDefaultProfile',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['5.16', '3.13.2'],
  catches: ['charging-profile-no-validity'],
  async run(ctx) {
    const { expect } = ctx;
    const s = scSettings(ctx);
    const connector = connectorId(ctx);
    // 1-2. The Central System sends SetChargingProfile.req (TxDefaultProfile); the Charge Point accepts.
    const { connectorId: sentConnector, profile } = await profileSent(ctx, profileHint(s, connector, 'TxDefaultProfile', s.stackLevel), '5.16');
    const schedule = (profile.chargingSchedule ?? {}) as Payload;
    const period = ((schedule.chargingSchedulePeriod ?? []) as Payload[])[0] ?? {};
    expect(sentConnector, '5.16: connectorId').to.equal(connector);
    expect(profile.stackLevel, '5.16: csChargingProfiles.stackLevel').to.equal(s.stackLevel);
    expect(profile.chargingProfilePurpose, '5.16: csChargingProfiles.chargingProfilePurpose').to.equal('TxDefaultProfile');
    expect(profile.chargingProfileKind, '5.16: csChargingProfiles.chargingProfileKind').to.equal('Absolute');
    expect(profile.validFrom, '5.16: csChargingProfiles.validFrom (not omitted)').to.be.a('string');
    expect(profile.validTo, '5.16: csChargingProfiles.validTo (not omitted)').to.be.a('string');
    expect(schedule.startSchedule, '5.16: chargingSchedule.startSchedule (not omitted)').to.be.a('string');
    expect(schedule.chargingRateUnit, '5.16: chargingSchedule.chargingRateUnit').to.equal(s.unit);
    expect(schedule.duration, '5.16: chargingSchedule.duration').to.equal(s.durationS);
    expect(period.startPeriod, '5.16: chargingSchedulePeriod.startPeriod').to.equal(0);
    expect(period.limit, '5.16: chargingSchedulePeriod.limit (6.0 or 6000.0)').to.equal(6 * s.scale);
    // numberPhases as configured; when 3 (the default of 1.6) it may be omitted.
    if (!(s.phases === 3 && period.numberPhases === undefined)) expect(period.numberPhases, '5.16: chargingSchedulePeriod.numberPhases').to.equal(s.phases);
  },
});

/** OCTT 1.6 §3.19.2, Table 175: Get Composite Schedule. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { connectorId, csmsSends } from '../_shared/states.csms.js';
import { scSettings } from './steps.profiles.js';

export const TC_066_CSMS = defineTestCase({
  id: 'TC_066_CSMS',
  title: 'Get Composite Schedule',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Smart Charging'],
  covers: ['5.7'],
  catches: ['composite-unit-flipped'],
  async run(ctx) {
    const { expect } = ctx;
    const s = scSettings(ctx);
    const connector = connectorId(ctx);
    const hint = { connectorId: connector, duration: s.durationS, chargingRateUnit: s.unit };
    // 1-2. The Central System sends GetCompositeSchedule.req; the Charge Point answers with a hard-coded composite schedule.
    const start = new Date().toISOString();
    const req = await csmsSends(ctx, 'GetCompositeSchedule', () => ({
      status: 'Accepted' as const, connectorId: connector, scheduleStart: start,
      chargingSchedule: { duration: s.durationS, startSchedule: start, chargingRateUnit: s.unit, chargingSchedulePeriod: [{ startPeriod: 0, limit: 10 * s.scale }] },
    }), { hint, requirement: '5.7' });
    expect(req.payload.connectorId, '5.7: GetCompositeSchedule.req connectorId').to.equal(connector);
    expect(req.payload.duration, '5.7: GetCompositeSchedule.req duration').to.equal(s.durationS);
    expect(req.payload.chargingRateUnit, '5.7: GetCompositeSchedule.req chargingRateUnit').to.equal(s.unit);
  },
});

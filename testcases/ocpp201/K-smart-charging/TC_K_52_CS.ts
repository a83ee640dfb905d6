/** Part 6 Table 291, TC_K_52_CS: Set External Charging Limit (not on a transaction) - ChargingStationExternalConstraints in report. */
import { defineTestCase, type Payload } from '../../kit.js';
import { expectRequestId, getChargingProfiles, reportedProfiles, smartChargingCase } from './steps.cs.js';

/** The limit the operator has the external system impose (the document gives none): A, on the whole station. */
const EXTERNAL_LIMIT_A = 16;

export const TC_K_52_CS = defineTestCase({
  id: 'TC_K_52_CS',
  title: 'Set External Charging Limit (not on a transaction) - ChargingStationExternalConstraints in report',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Smart Charging'],
  covers: ['K12', 'K12.FR.05', 'K09.FR.01'],
  catches: ['sc-external-reported-as-max'],
  async run(ctx) {
    await smartChargingCase(ctx, async () => {
      try {
        // Memory State: an external charging limit has been submitted to the Charging Station (manual action; its
        // NotifyChargingLimitRequest, K12.FR.02, is answered and not graded here).
        const notified = ctx.sut.expectCall('NotifyChargingLimit', { optional: true, describe: '(the external limit, not graded)' }).catch(() => undefined);
        await ctx.operator.do('externalLimitSet', { limit: EXTERNAL_LIMIT_A });
        const n = await notified;
        if (n && !n.answered) n.respond({});
        // 1-4. GetChargingProfilesRequest for ChargingStationExternalConstraints: Accepted; the reports carry its requestId and that purpose.
        const got = await getChargingProfiles(ctx, { chargingProfile: { chargingProfilePurpose: 'ChargingStationExternalConstraints' } }, 'K12.FR.05');
        ctx.expect(got.status, 'K12.FR.05: GetChargingProfilesResponse status').to.equal('Accepted');
        expectRequestId(ctx, got, 'K09.FR.01');
        const reported = reportedProfiles(got).map((x) => x.profile as Payload);
        for (const p of reported) ctx.expect(p.chargingProfilePurpose, `K12.FR.05: reported chargingProfile ${String(p.id)} chargingProfilePurpose`).to.equal('ChargingStationExternalConstraints');
        // Post scenario: all reports received and at least one ChargingStationExternalConstraints returned.
        ctx.expect(reported.length, 'K12.FR.05: ChargingStationExternalConstraints profiles reported').to.be.greaterThan(0);
      } finally {
        // Leaves the station as found: the external system releases its limit (ungraded; ClearedChargingLimit answered by default).
        if (ctx.sut.isConnected()) await ctx.operator.do('externalLimitReleased').catch(() => undefined);
      }
    });
  },
});

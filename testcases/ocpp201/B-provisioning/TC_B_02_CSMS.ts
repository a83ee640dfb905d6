import { defineTestCase } from '../../kit.js';
import { bootAccepted, reportConnectors } from '../_shared/states.csms.js';
import { firstBootAnswered, powerUpBoot } from './steps.csms.js';

// --- Cold Boot Charging Station ------------------------------------------------------------------

export const TC_B_02_CSMS = defineTestCase({
  id: 'TC_B_02_CSMS',
  title: 'Cold Boot Charging Station - Pending',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-44' }],
  covers: ['B02', 'B02.FR.01', 'B02.FR.06'],
  // The case boots the station itself.
  preconditions: false,
  catches: ['closes-on-pending', 'boot-rejects-known-station'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // Prerequisite: the CSMS is configured to first respond with status Pending.
    await firstBootAnswered(ctx, 'Pending');
    // 1-2. BootNotificationRequest PowerUp; the CSMS answers Pending.
    const first = await powerUpBoot(ctx);
    expect(first.status, 'B02.FR.01: BootNotificationResponse status').to.equal('Pending');
    // The OCTT waits the interval of the response (its configured heartbeatInterval when 0), answering what the CSMS asks meanwhile.
    const interval = Number(first.interval) > 0 ? Number(first.interval) : ctx.ics.heartbeatInterval;
    await ctx.specifiedWait(interval * 1000, 'the interval of the Pending BootNotificationResponse');
    expect(sut.isConnected(), 'B02.FR.06: the connection stays open while the station is Pending').to.equal(true);
    // 3-4. BootNotificationRequest again: now Accepted.
    await bootAccepted(ctx, 'PowerUp', 'B02.FR.01');
    // 5-6. The connectors are reported Available.
    await reportConnectors(ctx, 'Available');
  },
});

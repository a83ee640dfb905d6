/**
 * Reusable states of OCPP 2.0.1 Part 6 (section 2.18), CSMS under test: the harness plays the
 * charging station, so these send what a station sends and check what the CSMS answers.
 */
import type { CaseContext } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/rpc/codec.js';

export function bootRequest(ctx: CaseContext, reason = 'PowerUp'): Payload {
  const s = ctx.ics.station;
  return {
    reason,
    chargingStation: {
      model: s.model, vendorName: s.vendor,
      ...(s.serialNumber ? { serialNumber: s.serialNumber } : {}),
      ...(s.firmwareVersion ? { firmwareVersion: s.firmwareVersion } : {}),
    },
  };
}

/** Reusable State Booted (CSMS): BootNotification PowerUp must be Accepted; then every connector is reported Available. */
export async function booted(ctx: CaseContext, requirement = 'B01.FR.02'): Promise<Payload> {
  const { sut, expect } = ctx;
  // A power cycle: the station drops its connection and comes back.
  if (sut.isConnected()) await sut.disconnect();
  await sut.expectConnection();
  const res = await sut.call('BootNotification', bootRequest(ctx));
  sut.bootStatus = String(res.status);
  expect(res.status, `${requirement}: BootNotificationResponse status`).to.equal('Accepted');
  expect(Math.abs(Date.parse(String(res.currentTime)) - Date.now()), `${requirement}: BootNotificationResponse currentTime deviation (ms)`)
    .to.be.at.most(ctx.ics.timeouts.maxTimeDeviationMs);
  await reportConnectors(ctx, 'Available');
  return res;
}

/** Step "The OCTT notifies the CSMS about the current state of all connectors". */
export async function reportConnectors(ctx: CaseContext, status: string): Promise<void> {
  for (const evse of ctx.ics.evses) {
    for (let connectorId = 1; connectorId <= evse.connectors; connectorId += 1) {
      await ctx.sut.call('StatusNotification', { timestamp: ctx.sut.now(), connectorStatus: status, evseId: evse.id, connectorId });
      await ctx.sut.call('NotifyEvent', {
        generatedAt: ctx.sut.now(), seqNo: 0,
        eventData: [{
          eventId: Math.floor(Math.random() * 1e6), timestamp: ctx.sut.now(), trigger: 'Delta', actualValue: status, eventNotificationType: 'HardWiredNotification',
          component: { name: 'Connector', evse: { id: evse.id, connectorId } }, variable: { name: 'AvailabilityState' },
        }],
      });
    }
  }
}

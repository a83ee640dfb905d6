import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted, rebooted } from '../_shared/states.csms.js';
import { resetRequest } from './steps.csms.js';

// Errata 2025-09 6.2.15 applied: step 1 ResetRequest type Immediate with evseId omitted; step 6 BootNotificationResponse Accepted.
export const TC_B_22_CSMS = defineTestCase({
  id: 'TC_B_22_CSMS',
  title: 'Reset Charging Station - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B12'],
  catches: ['reset-wrong-type', 'reset-station-evse-id'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    const evse = ctx.ics.evses[0] ?? { id: 1, connectors: 1 };
    // Manual action: reboot the charging station with type Immediate. 1-2. ResetRequest; the station accepts.
    const reset = await resetRequest(ctx, { type: 'Immediate' }, 'Accepted');
    expect(reset.payload.type, 'B12.FR.02: ResetRequest type').to.equal('Immediate');
    expect(reset.payload.evseId, 'B12.FR.04: ResetRequest evseId (omitted for the whole station)').to.equal(undefined);
    // 3-4. TransactionEvent Ended ResetCommand, EVConnected, stoppedReason ImmediateReset, no idToken.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ResetCommand', chargingState: 'EVConnected', stoppedReason: 'ImmediateReset' });
    // 5-8. The station reboots: BootNotification RemoteReset (Accepted); the EV's connector is Occupied, the others Available.
    await rebooted(ctx, {
      reason: 'RemoteReset', requirement: 'B12.FR.04',
      connectorStatus: (evseId, connectorId) => (evseId === evse.id && connectorId === 1 ? 'Occupied' : 'Available'),
    });
  },
});

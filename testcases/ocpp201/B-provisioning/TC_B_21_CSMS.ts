import { defineTestCase } from '../../kit.js';
import { idTokenStatus, transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { energyTransferStarted, rebooted } from '../_shared/states.csms.js';
import { resetRequest } from './steps.csms.js';

// Errata 2025-09 6.2.14 applied: step 1 ResetRequest type OnIdle with evseId omitted; step 8 BootNotificationResponse Accepted.
export const TC_B_21_CSMS = defineTestCase({
  id: 'TC_B_21_CSMS',
  title: 'Reset Charging Station - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B12', 'B12.FR.01', 'B12.FR.03', 'E07.FR.03'],
  catches: ['reset-wrong-type', 'reset-station-evse-id'],
  async run(ctx) {
    const { expect } = ctx;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual action: reboot the charging station with type OnIdle. 1-2. ResetRequest; the station schedules it.
    const reset = await resetRequest(ctx, { type: 'OnIdle' }, 'Scheduled');
    expect(reset.payload.type, 'B12.FR.01: ResetRequest type').to.equal('OnIdle');
    expect(reset.payload.evseId, 'B12.FR.03: ResetRequest evseId (omitted for the whole station)').to.equal(undefined);
    // 3-4. TransactionEvent Updated StopAuthorized, EVConnected, with the valid idToken.
    const stop = await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', chargingState: 'EVConnected', idToken: validToken(ctx) });
    expect(idTokenStatus(stop), 'E07.FR.03: TransactionEventResponse idTokenInfo.status').to.equal('Accepted');
    // 5-6. TransactionEvent Ended EVCommunicationLost, Idle, stoppedReason EVDisconnected.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected' });
    // 7-10. The station reboots: BootNotification ScheduledReset (Accepted), connectors Available.
    await rebooted(ctx, { reason: 'ScheduledReset', requirement: 'B12.FR.03' });
  },
});

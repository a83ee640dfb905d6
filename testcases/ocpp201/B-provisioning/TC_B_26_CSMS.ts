import { defineTestCase } from '../../kit.js';
import { transactionEvent, validToken } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { resetRequest } from './steps.csms.js';

export const TC_B_26_CSMS = defineTestCase({
  id: 'TC_B_26_CSMS',
  title: 'Reset EVSE - With Ongoing Transaction - OnIdle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12', 'B12.FR.07'],
  catches: ['reset-wrong-type', 'reset-evse-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual action: reboot the charging EVSE with type OnIdle. 1-2. ResetRequest for the EVSE; the station schedules it.
    const reset = await resetRequest(ctx, { type: 'OnIdle', evseId }, 'Scheduled');
    expect(reset.payload.type, 'B12.FR.07: ResetRequest type').to.equal('OnIdle');
    expect(reset.payload.evseId, 'B12.FR.07: ResetRequest evseId').to.equal(evseId);
    // 3-4. TransactionEvent Updated StopAuthorized, EVConnected, with the valid idToken.
    await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'StopAuthorized', chargingState: 'EVConnected', idToken: validToken(ctx) });
    // 5-6. TransactionEvent Ended EVCommunicationLost, Idle, stoppedReason EVDisconnected.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVCommunicationLost', chargingState: 'Idle', stoppedReason: 'EVDisconnected' });
  },
});

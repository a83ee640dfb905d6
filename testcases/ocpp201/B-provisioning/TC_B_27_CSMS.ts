import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { resetRequest } from './steps.csms.js';

export const TC_B_27_CSMS = defineTestCase({
  id: 'TC_B_27_CSMS',
  title: 'Reset EVSE - With Ongoing Transaction - Immediate',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B12'],
  catches: ['reset-wrong-type', 'reset-evse-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // Manual action: reboot the charging EVSE with type Immediate. 1-2. ResetRequest for the EVSE; the station accepts.
    const reset = await resetRequest(ctx, { type: 'Immediate', evseId }, 'Accepted');
    expect(reset.payload.type, 'B12.FR.08: ResetRequest type').to.equal('Immediate');
    expect(reset.payload.evseId, 'B12.FR.08: ResetRequest evseId').to.equal(evseId);
    // 3-4. TransactionEvent Ended ResetCommand, EVConnected, stoppedReason ImmediateReset.
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'ResetCommand', chargingState: 'EVConnected', stoppedReason: 'ImmediateReset' });
  },
});

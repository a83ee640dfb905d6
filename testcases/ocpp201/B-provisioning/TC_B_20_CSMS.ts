import { defineTestCase } from '../../kit.js';
import { rebooted } from '../_shared/states.csms.js';
import { resetRequest } from './steps.csms.js';

// --- Reset Charging Station / Reset EVSE ----------------------------------------------------------

export const TC_B_20_CSMS = defineTestCase({
  id: 'TC_B_20_CSMS',
  title: 'Reset Charging Station - Without ongoing transaction - OnIdle',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['B11', 'B11.FR.04'],
  catches: ['reset-station-evse-id'],
  async run(ctx) {
    const { expect } = ctx;
    // Manual action: reboot the charging station with type OnIdle. 1-2. ResetRequest; the station accepts.
    const reset = await resetRequest(ctx, { type: 'OnIdle' }, 'Accepted');
    // Errata 2024-09: evseId must be omitted.
    expect(reset.payload.evseId, 'B11.FR.03: ResetRequest evseId (omitted for the whole station)').to.equal(undefined);
    // 3-6. The station reboots: BootNotification (Accepted), connectors Available.
    await rebooted(ctx, { reason: 'RemoteReset', requirement: 'B11.FR.04' });
  },
});

import { defineTestCase } from '../../kit.js';
import { resetRequest } from './steps.csms.js';

export const TC_B_25_CSMS = defineTestCase({
  id: 'TC_B_25_CSMS',
  title: 'Reset EVSE - Without ongoing transaction',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B11', 'B11.FR.04'],
  catches: ['reset-wrong-type', 'reset-evse-dropped'],
  async run(ctx) {
    const { expect } = ctx;
    const evseId = ctx.ics.evses[0]?.id ?? 1;
    // Manual action: reboot an EVSE with type OnIdle. 1-2. ResetRequest for the EVSE; the station accepts.
    const reset = await resetRequest(ctx, { type: 'OnIdle', evseId }, 'Accepted');
    expect(reset.payload.type, 'B11.FR.08: ResetRequest type').to.equal('OnIdle');
    expect(reset.payload.evseId, 'B11.FR.08: ResetRequest evseId').to.equal(evseId);
  },
});

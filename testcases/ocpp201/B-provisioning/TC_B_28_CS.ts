import { defineTestCase } from '../../kit.js';
import { configuredConnector, evseReboot } from './steps.cs.js';

export const TC_B_28_CS = defineTestCase({
  id: 'TC_B_28_CS',
  title: 'Reset EVSE - Not Supported',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-13' }],
  covers: ['B11', 'B12', 'B11.FR.01', 'B11.FR.09', 'B12.FR.01', 'B12.FR.09'],
  catches: ['evse-reset-unsupported-accepted'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    const reboot = evseReboot(ctx, evseId);
    // 1-2. ResetRequest OnIdle for the configured EVSE: Rejected.
    const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId });
    // A station that resets the EVSE anyway is waited for, so the next case finds it back.
    if (res.status === 'Accepted') await reboot.restarted().catch(() => undefined);
    ctx.expect(res.status, 'B11.FR.09: ResetResponse status').to.equal('Rejected');
  },
});

import { defineTestCase } from '../../kit.js';
import { configuredConnector, evseReboot } from './steps.cs.js';

export const TC_B_25_CS = defineTestCase({
  id: 'TC_B_25_CS',
  title: 'Reset EVSE - Without ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-13' }],
  covers: ['B11', 'B11.FR.01', 'B11.FR.08', 'B11.FR.10'],
  catches: ['evse-reset-rejected'],
  async run(ctx) {
    const { evseId } = configuredConnector(ctx);
    const reboot = evseReboot(ctx, evseId);
    // 1-2. ResetRequest OnIdle for the configured EVSE: Accepted (the EVSE resets).
    const res = await ctx.sut.call('Reset', { type: 'OnIdle', evseId });
    ctx.expect(res.status, 'B11.FR.08: ResetResponse status').to.equal('Accepted');
    await reboot.restarted();
  },
});

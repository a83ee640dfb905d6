import { defineTestCase } from '../../kit.js';
import { configuredMs, transactionEvent } from '../_shared/charging-session.csms.js';
import { authorized } from '../_shared/states.csms.js';

export const TC_E_39_CSMS = defineTestCase({
  id: 'TC_E_39_CSMS',
  title: 'Stop transaction options - Deauthorized - timeout',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['E03', 'E06', 'E03.FR.04', 'E03.FR.05', 'E06.FR.04'],
  catches: ['tx-stop-only-evconnected'],
  async run(ctx) {
    // Before: Reusable State Authorized (no EV plugged in).
    await authorized(ctx);
    // 1-2. After the EV connection timeout: TransactionEvent Ended, EVConnectTimeout, stoppedReason Timeout.
    await ctx.specifiedWait(configuredMs(ctx, 'evConnectionTimeoutMs'), 'Configured EV connection timeout');
    await transactionEvent(ctx, { eventType: 'Ended', triggerReason: 'EVConnectTimeout', stoppedReason: 'Timeout', requirement: 'E03.FR.05' });
  },
});

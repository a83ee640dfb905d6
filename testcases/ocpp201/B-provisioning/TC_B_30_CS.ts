import { defineTestCase } from '../../kit.js';
import { newRequestId } from './steps.cs.js';

export const TC_B_30_CS = defineTestCase({
  id: 'TC_B_30_CS',
  title: 'Cold Boot Charging Station - Pending/Rejected - SecurityError',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['B03', 'B03.FR.08'],
  preconditions: false,
  catches: ['no-callerror-while-rejected'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const boot = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.messageMs * 3, requirement: 'B01.FR.01' });
    await operator.do('powerCycle');
    // 1-2. BootNotificationRequest, answered Rejected.
    (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Rejected' });
    // 3. GetBaseReport FullInventory, only when the station kept the connection open (B03.FR.04 allows closing it).
    if (!sut.isConnected()) {
      ctx.log('the station closed the connection after Rejected: nothing to send');
      return;
    }
    const outcome = await sut.callRaw('GetBaseReport', { requestId: newRequestId(), reportBase: 'FullInventory' });
    // 4. CALLERROR SecurityError.
    expect(outcome.kind, 'B03.FR.08: the answer to GetBaseReport while Rejected').to.equal('error');
    if (outcome.kind === 'error') expect(outcome.errorCode, 'B03.FR.08: CALLERROR code').to.equal('SecurityError');
  },
});

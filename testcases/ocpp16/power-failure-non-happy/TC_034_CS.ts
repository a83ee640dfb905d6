/** OCTT 1.6 §2.13.3, Table 38: Power Failure with Unavailable Status. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { changeAvailability, connectorIds, expectStatus, messageMs } from '../_shared/states.cs.js';

export const TC_034_CS = defineTestCase({
  id: 'TC_034_CS',
  title: 'Power Failure with Unavailable Status',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.9', '5.2'],
  catches: ['availability-not-persistent'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // 1-2. ChangeAvailability.req connectorId 0 (the whole charge point) Inoperative: Accepted; StatusNotification.req Unavailable.
    const unavailable = connectorIds(ctx).map((c) => expectStatus(ctx, 'Unavailable', { connectorId: c, requirement: '5.2' }));
    expect(await changeAvailability(ctx, 0, 'Inoperative'), '5.2: ChangeAvailability.conf status').to.equal('Accepted');
    await Promise.all(unavailable);
    // 3. Power failure: the charge point goes down and comes back: BootNotification.req, answered Accepted.
    const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '4.2' });
    await operator.do('powerCycle');
    (await boot).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
    // 4. The connectors are still Unavailable: the status persists across the reboot (4.9, 5.2).
    await Promise.all(connectorIds(ctx).map((c) => expectStatus(ctx, 'Unavailable', { connectorId: c, requirement: '4.9' })));
    // 5. ChangeAvailability.req Operative: Accepted; StatusNotification.req Available.
    const available = connectorIds(ctx).map((c) => expectStatus(ctx, 'Available', { connectorId: c, requirement: '5.2' }));
    expect(await changeAvailability(ctx, 0, 'Operative'), '5.2: ChangeAvailability.conf status').to.equal('Accepted');
    await Promise.all(available);
  },
});

/** OCTT 1.6 §2.12.1, Table 34: Unlock Connector – Unlock Failure. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { causeFault, clearFault, connectorOf } from '../_shared/states.cs.js';

export const TC_030_CS = defineTestCase({
  id: 'TC_030_CS',
  title: 'Unlock Connector – Unlock Failure',
  version: '1.6',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['5.18', '7.46'],
  catches: ['lock-state-ignored'],
  async run(ctx) {
    // 1. The connector lock cannot be operated (operator: ConnectorLockFailure).
    await causeFault(ctx, 'ConnectorLockFailure');
    // 2-3. UnlockConnector.req: UnlockFailed (7.46: the unlock mechanism failed).
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status when the lock fails').to.equal('UnlockFailed');
    // 4. The lock is repaired.
    await clearFault(ctx);
  },
});

/**
 * OCPP 1.6J unlock connector, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue and the
 * 1.6 specification (5.18 Unlock Connector, 7.46 UnlockStatus with errata 3.84 and 3.87, 4.10).
 * Whether the charge point has a fixed cable is an ICS feature: FixedCable.
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import { causeFault, clearFault, connectorIds, connectorOf, energyTransferStarted, expectStatus, expectStopTransaction, messageMs, pending } from './states.cs.js';

const block = 'unlock';

export const TC_017_1_CS = defineTestCase({
  id: 'TC_017_1_CS',
  title: 'Unlock connector - no session (Not fixed cable)',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['5.18', '7.46'],
  catches: ['unlock-rejected'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for the connector: Unlocked.
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '5.18: UnlockConnector.conf status').to.equal('Unlocked');
  },
});

export const TC_017_2_CS = defineTestCase({
  id: 'TC_017_2_CS',
  title: 'Unlock connector - no session (Fixed cable)',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  requires: { features: ['FixedCable'] },
  covers: ['5.18', '7.46'],
  catches: ['unlock-fixed-cable'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for a connector with a fixed cable: NotSupported (7.46: no connector lock).
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status for a fixed cable').to.equal('NotSupported');
  },
});

export const TC_018_1_CS = defineTestCase({
  id: 'TC_018_1_CS',
  title: 'Unlock Connector - With Charging Session (Not fixed cable)',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['5.18', '4.10'],
  catches: ['unlock-rejected', 'stop-reason-local'],
  async run(ctx) {
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. UnlockConnector.req: Unlocked; the transaction is finished first (5.18): StopTransaction.req reason UnlockCommand.
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'UnlockCommand', requirement: '5.18' });
    const after = expectStatus(ctx, ['Finishing', 'Available']);
    const res = await ctx.sut.call('UnlockConnector', { connectorId: tx.connectorId }, { requirement: '5.18' });
    ctx.expect(res.status, '5.18: UnlockConnector.conf status').to.equal('Unlocked');
    await stop;
    // 3. StatusNotification.req Finishing (or Available once the cable is out).
    await after;
  },
});

export const TC_018_2_CS = defineTestCase({
  id: 'TC_018_2_CS',
  title: 'Unlock Connector - With Charging Session (Fixed cable)',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  requires: { features: ['FixedCable'] },
  covers: ['5.18', '7.46'],
  catches: ['unlock-fixed-cable'],
  async run(ctx) {
    // 1. A charging session.
    await energyTransferStarted(ctx);
    // 2. UnlockConnector.req: NotSupported (fixed cable); the transaction goes on.
    const noStop = pending(ctx.sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '7.46', describe: 'a fixed cable cannot be unlocked' }));
    const res = await ctx.sut.call('UnlockConnector', { connectorId: connectorOf(ctx) }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status for a fixed cable').to.equal('NotSupported');
    await noStop;
  },
});

export const TC_030_CS = defineTestCase({
  id: 'TC_030_CS',
  title: 'Unlock Connector - Unlock Failure',
  version: '1.6',
  sut: 'CS',
  block,
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

export const TC_031_CS = defineTestCase({
  id: 'TC_031_CS',
  title: 'Unlock Connector - Unknown Connector',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['5.18', '7.46'],
  catches: ['unlock-unknown-connector'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for a connectorId the charge point does not have: NotSupported (errata 3.87 on 7.46).
    const unknown = Math.max(...connectorIds(ctx)) + 1;
    const res = await ctx.sut.call('UnlockConnector', { connectorId: unknown }, { requirement: '5.18' });
    ctx.expect(res.status, '7.46: UnlockConnector.conf status for an unknown connectorId').to.equal('NotSupported');
  },
});

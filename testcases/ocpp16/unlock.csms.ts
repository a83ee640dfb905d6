/**
 * OCPP 1.6J Core, unlocking connectors, Central System under test: the harness plays the Charge
 * Point. Steps follow the 1.6 test-case document (3.6 Unlocking happy flow, 3.10 non-happy flow).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import type { CaseContext } from '../../src/engine/testcase.js';
import { charging, connectorId, connectorIds, csmsSends, refusalTaken, statusNotification, stopTransaction } from './states.csms.js';

/** 1-2. The Central System sends UnlockConnector.req for the connector the operator asked for; the Charge Point answers `status`. */
async function unlock(ctx: CaseContext, status: 'Unlocked' | 'UnlockFailed' | 'NotSupported', connector = connectorId(ctx)): Promise<void> {
  const req = await csmsSends(ctx, 'UnlockConnector', () => ({ status }), { hint: { connectorId: connector }, requirement: '5.18' });
  ctx.expect(req.payload.connectorId, '5.18: UnlockConnector.req connectorId').to.equal(connector);
}

export const TC_017_1_CSMS = defineTestCase({
  id: 'TC_017_1_CSMS',
  title: 'Unlock Connector - No Charging Session (Not Fixed Cable)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'unlock',
  covers: ['5.18'],
  catches: ['unlock-connector-zero'],
  async run(ctx) {
    // 1-2. UnlockConnector.req; the Charge Point unlocks the connector: Unlocked.
    await unlock(ctx, 'Unlocked');
  },
});

export const TC_017_2_CSMS = defineTestCase({
  id: 'TC_017_2_CSMS',
  title: 'Unlock Connector - No Charging Session (Fixed Cable)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'unlock',
  covers: ['5.18'],
  catches: ['unlock-connector-zero', 'negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. UnlockConnector.req; the Charge Point has a fixed cable: NotSupported.
    await unlock(ctx, 'NotSupported');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'UnlockConnector', '5.18');
  },
});

export const TC_018_1_CSMS = defineTestCase({
  id: 'TC_018_1_CSMS',
  title: 'Unlock Connector - With Charging Session (Not Fixed Cable)',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'unlock',
  covers: ['5.18', '4.10'],
  catches: ['unlock-connector-zero', 'tx-stop-only-local'],
  async run(ctx) {
    // Before: Reusable State Charging.
    await charging(ctx);
    // 1-2. UnlockConnector.req; the Charge Point unlocks the connector: Unlocked.
    await unlock(ctx, 'Unlocked');
    // 3-4. StatusNotification.req Finishing.
    await statusNotification(ctx, connectorId(ctx), 'Finishing');
    // 5-6. StopTransaction.req with reason UnlockCommand.
    await stopTransaction(ctx, 'UnlockCommand');
    // [EV driver unplugs the cable.] 7-8. StatusNotification.req Available.
    await statusNotification(ctx, connectorId(ctx), 'Available');
  },
});

export const TC_030_CSMS = defineTestCase({
  id: 'TC_030_CSMS',
  title: 'Unlock Connector - Unlock Failure',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'unlock',
  covers: ['5.18'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried'],
  async run(ctx) {
    // 1-2. UnlockConnector.req; the connector lock fails: UnlockFailed.
    await unlock(ctx, 'UnlockFailed');
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'UnlockConnector', '5.18');
  },
});

export const TC_031_CSMS = defineTestCase({
  id: 'TC_031_CSMS',
  title: 'Unlock Connector - Unknown Connector',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  block: 'unlock',
  covers: ['5.18'],
  catches: ['negative-answer-disconnects', 'negative-answer-retried', 'unlock-connector-zero'],
  async run(ctx) {
    // 1-2. UnlockConnector.req for a connector the Charge Point does not have: NotSupported (1.6 has no UnknownConnector).
    await unlock(ctx, 'NotSupported', Math.max(...connectorIds(ctx)) + 1);
    // The Central System takes the answer: no repeat, the connection stays (not a step of the document table).
    await refusalTaken(ctx, 'UnlockConnector', '5.18');
  },
});

/**
 * OCPP 1.6J connector faults, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue and the
 * 1.6 specification (4.9 Status Notification with ChargePointErrorCode, 7.6). The fault is caused
 * by the operator (causeFault / clearFault).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import { causeFault, clearFault, connectorOf, expectAuthorize, expectStatus, messageMs, plugIn, presentTag, setConfiguration, validTag, pending } from './states.cs.js';

const block = 'fault';

export const TC_024_CS = defineTestCase({
  id: 'TC_024_CS',
  title: 'Start Charging Session - Lock Failure',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: [{ profile: 'Core', condition: 'not FixedCable' }],
  covers: ['4.9', '7.6'],
  catches: ['lock-state-ignored'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = validTag(ctx);
    await setConfiguration(ctx, 'LocalPreAuthorize', 'false');
    // 1. The connector lock cannot be operated (operator: ConnectorLockFailure).
    await causeFault(ctx, 'ConnectorLockFailure');
    // 2. The cable is plugged in: StatusNotification.req Preparing.
    await plugIn(ctx);
    // 3. The idTag is presented: Authorize.req, answered Accepted.
    const authorize = expectAuthorize(ctx, idTag);
    const lockFailure = sut.expectCall('StatusNotification', {
      requirement: '7.6', describe: 'with errorCode ConnectorLockFailure', timeoutMs: messageMs(ctx) * 2,
      filter: (p) => p.errorCode === 'ConnectorLockFailure',
    });
    const noStart = pending(sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.9', describe: 'the cable could not be locked' }));
    await presentTag(ctx, idTag);
    await authorize;
    // 4. Locking fails: StatusNotification.req errorCode ConnectorLockFailure (7.6), and no transaction starts.
    const failure = await lockFailure;
    expect(failure.payload.connectorId, '4.9: StatusNotification.req connectorId').to.equal(connectorOf(ctx));
    await noStart;
    // 5. The lock is repaired: the connector leaves Faulted.
    const recovered = expectStatus(ctx, ['Preparing', 'Available']);
    await clearFault(ctx);
    await recovered;
  },
});

export const TC_041_CS = defineTestCase({
  id: 'TC_041_CS',
  title: 'Fault Behavior',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['4.9', '7.6'],
  catches: ['faulted-allows-charging'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // A charge point that asks for authorization gets an answer at once; the check is that nothing starts.
    sut.autoAnswer('Authorize', { idTagInfo: { status: 'Accepted' } });
    // 1. A fault that prevents charging occurs: StatusNotification.req Faulted with its errorCode (4.9 A9).
    const faulted = expectStatus(ctx, 'Faulted', { requirement: '4.9' });
    await causeFault(ctx, 'GroundFailure');
    const report = await faulted;
    expect(report.payload.errorCode, '7.6: StatusNotification.req errorCode').to.equal('GroundFailure');
    // 2. A driver plugs in and presents a valid idTag: no transaction starts while Faulted.
    const noStart = pending(sut.expectNoCall('StartTransaction', messageMs(ctx), { requirement: '4.9', describe: 'the connector is Faulted' }));
    await plugIn(ctx, null);
    await presentTag(ctx, validTag(ctx));
    await noStart;
    // 3. The fault is resolved: the status returns to the pre-fault state (4.9 I1-I8), with the cable in: Preparing.
    const recovered = expectStatus(ctx, ['Preparing', 'Available']);
    await clearFault(ctx);
    await recovered;
  },
});

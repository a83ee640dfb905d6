/**
 * OCPP 1.6J offline behaviour, charge point under test: the harness plays the Central System.
 * The official 1.6 test-case document is not available: the steps follow the catalogue and the
 * 1.6 specification (3.5 Local Authorization & Offline Behavior, 3.5.4 Unknown Offline
 * Authorization, 3.7 transaction-related messages, 4.9 statuses after an outage, 9.1.24).
 * The network is cut and restored by the operator (goOffline / goOnline).
 */
import { defineTestCase, type CaseContext } from '../../src/engine/testcase.js';
import { CaseNotApplicable } from '../../src/engine/signals.js';
import type { Payload } from '../../src/ocpp/types.js';
import {
  cacheIdTag, energyTransferStarted, expectStartTransaction, expectStatus, expectStopTransaction, getConfiguration, goOffline, goOnline,
  idTagInfo, invalidTag, messageMs, plugIn, presentTag, setConfiguration, shortInterval, transactionEnded, validTag, pending,
} from './states.cs.js';

const block = 'offline';

/** Makes the valid idTag usable offline: from the Authorization Cache (LocalAuthorizeOffline) or as an unknown idTag (3.5.4). */
async function validOffline(ctx: CaseContext): Promise<string> {
  const idTag = validTag(ctx);
  if (await cacheIdTag(ctx, idTag)) {
    await setConfiguration(ctx, 'LocalAuthorizeOffline', 'true');
    return idTag;
  }
  await setConfiguration(ctx, 'AllowOfflineTxForUnknownId', 'true', { optional: true });
  return idTag;
}

/** An invalid idTag is unknown to the charge point and unknown idTags may start offline (3.5.4). */
async function unknownOffline(ctx: CaseContext, stopOnInvalid: boolean): Promise<string> {
  const { values } = await getConfiguration(ctx, ['AllowOfflineTxForUnknownId']);
  if (!values.has('AllowOfflineTxForUnknownId')) throw new CaseNotApplicable('the charge point does not support Unknown Offline Authorization (no AllowOfflineTxForUnknownId key)');
  await setConfiguration(ctx, 'AllowOfflineTxForUnknownId', 'true', { optional: true });
  await setConfiguration(ctx, 'StopTransactionOnInvalidId', String(stopOnInvalid));
  // The idTag must not be known from an earlier answer: empty the Authorization Cache.
  await ctx.sut.callRaw('ClearCache', {});
  return invalidTag(ctx);
}

/** Offline: plug in and present `idTag`; the transaction starts without the Central System. */
async function startOffline(ctx: CaseContext, idTag: string): Promise<void> {
  await goOffline(ctx);
  await plugIn(ctx, null);
  await presentTag(ctx, idTag);
}

export const TC_036_CS = defineTestCase({
  id: 'TC_036_CS',
  title: 'Connection Loss During Transaction',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.7', '3.16.1', '4.7'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const interval = shortInterval(ctx);
    await setConfiguration(ctx, 'MeterValuesSampledData', 'Energy.Active.Import.Register');
    await setConfiguration(ctx, 'MeterValueSampleInterval', String(interval));
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. The connection is lost; the charge point keeps sampling and queues the MeterValues.req (3.7).
    await goOffline(ctx);
    await ctx.specifiedWait(interval * 1000 * 2 + 500, 'two MeterValueSampleIntervals without a connection');
    // 3. The connection is back: the queued MeterValues.req arrive first, taken while offline.
    const back = Date.now();
    const first = sut.expectCall('MeterValues', { timeoutMs: messageMs(ctx) * 2, requirement: '3.7', filter: (p) => p.transactionId !== undefined });
    await goOnline(ctx);
    const call = await first;
    expect(call.payload.transactionId, '3.7: MeterValues.req transactionId').to.equal(tx.transactionId);
    const taken = Date.parse(String(((call.payload.meterValue as Payload[] | undefined) ?? [])[0]?.timestamp));
    expect(taken, '3.7: the first MeterValues.req after the outage was sampled while offline (queued, not lost)').to.be.below(back);
  },
});

export const TC_037_1_CS = defineTestCase({
  id: 'TC_037_1_CS',
  title: 'Offline Start Transaction - Valid IdTag',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.5', '3.7', '4.9'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    const idTag = await validOffline(ctx);
    // 1. Offline: the cable is plugged in and the idTag presented; the transaction starts locally.
    await startOffline(ctx, idTag);
    // 2. The connection is back: StatusNotification.req Charging (changed while offline, 4.9) and the queued StartTransaction.req.
    const charging = expectStatus(ctx, 'Charging', { timeoutMs: messageMs(ctx) * 2 });
    const start = expectStartTransaction(ctx, idTag, idTagInfo(), { requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    await charging;
    await start;
  },
});

export const TC_037_2_CS = defineTestCase({
  id: 'TC_037_2_CS',
  title: 'Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = false',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.5.4', '9.1.24', '4.9'],
  catches: ['start-tx-invalid-ignored', 'offline-tx-dropped'],
  async run(ctx) {
    const { sut } = ctx;
    const idTag = await unknownOffline(ctx, false);
    // 1. Offline: the cable is plugged in, an unknown idTag presented; the transaction starts (3.5.4).
    await startOffline(ctx, idTag);
    // 2. The connection is back: StartTransaction.req, answered Invalid.
    const start = expectStartTransaction(ctx, idTag, idTagInfo('Invalid'), { requirement: '3.5.4', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    await start;
    // 3. StopTransactionOnInvalidId is false: only the energy stops (SuspendedEVSE, 4.9 C5); the transaction goes on.
    const suspended = expectStatus(ctx, 'SuspendedEVSE', { requirement: '9.1.24' });
    const noStop = pending(sut.expectNoCall('StopTransaction', messageMs(ctx), { requirement: '9.1.24', describe: 'StopTransactionOnInvalidId is false' }));
    await suspended;
    await noStop;
  },
});

export const TC_037_3_CS = defineTestCase({
  id: 'TC_037_3_CS',
  title: 'Offline Start Transaction - Invalid IdTag - StopTransactionOnInvalidId = true',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.5.4', '9.1.24', '4.10'],
  catches: ['start-tx-invalid-ignored', 'stop-reason-local'],
  async run(ctx) {
    const idTag = await unknownOffline(ctx, true);
    // 1. Offline: the cable is plugged in, an unknown idTag presented; the transaction starts (3.5.4).
    await startOffline(ctx, idTag);
    // 2. The connection is back: StartTransaction.req, answered Invalid.
    const start = expectStartTransaction(ctx, idTag, idTagInfo('Invalid'), { requirement: '3.5.4', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    const tx = await start;
    // 3. StopTransactionOnInvalidId is true: StopTransaction.req reason DeAuthorized (3.5.4); StatusNotification.req Finishing.
    const finishing = expectStatus(ctx, ['Finishing', 'Available']);
    await expectStopTransaction(ctx, tx.transactionId, { reason: 'DeAuthorized', requirement: '3.5.4' });
    await finishing;
  },
});

export const TC_038_CS = defineTestCase({
  id: 'TC_038_CS',
  title: 'Offline Stop Transaction',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.7', '4.10', '4.9'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    // 1. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 2. Offline: the driver presents the same idTag; the transaction stops locally.
    await goOffline(ctx);
    await presentTag(ctx, tx.idTag);
    // 3. The connection is back: StatusNotification.req Finishing and the queued StopTransaction.req (3.7).
    const finishing = expectStatus(ctx, 'Finishing', { timeoutMs: messageMs(ctx) * 2 });
    const stop = expectStopTransaction(ctx, tx.transactionId, { reason: 'Local', requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    await finishing;
    await stop;
  },
});

export const TC_039_CS = defineTestCase({
  id: 'TC_039_CS',
  title: 'Offline Transaction',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.7', '4.8', '4.10'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const idTag = await validOffline(ctx);
    // 1. Offline: a whole transaction, started and stopped with the idTag.
    await startOffline(ctx, idTag);
    await presentTag(ctx, idTag);
    // 2. The connection is back: the queued StartTransaction.req (answered with a transactionId), then StopTransaction.req
    //    carrying that transactionId (3.7: in chronological order).
    const start = expectStartTransaction(ctx, idTag, idTagInfo(), { requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    const stop = sut.expectCall('StopTransaction', { requirement: '3.7', timeoutMs: messageMs(ctx) * 2 });
    await goOnline(ctx);
    const tx = await start;
    const call = await stop;
    call.respond({ idTagInfo: idTagInfo() });
    transactionEnded(ctx, tx.transactionId);
    expect(call.payload.transactionId, '4.10: StopTransaction.req transactionId (the one StartTransaction.conf gave)').to.equal(tx.transactionId);
  },
});

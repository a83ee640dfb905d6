/** OCTT 1.6 §2.14.1, Table 39: Connection Loss During Transaction. Validations are the table's; 1.2/1.3 apply. */
import { configured } from '../_shared/configured.js';
import { defineTestCase } from '../../kit.js';
import { goOffline, goOnline, messageMs, setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';

export const TC_036_CS = defineTestCase({
  id: 'TC_036_CS',
  title: 'Connection Loss During Transaction',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.7', '3.16.1', '4.7'],
  catches: ['offline-tx-dropped'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const interval = configured(ctx, 'meterValueSampleInterval');
    await setConfiguration(ctx, 'MeterValuesSampledData', 'Energy.Active.Import.Register');
    await setConfiguration(ctx, 'MeterValueSampleInterval', String(interval), { configured: 'meterValueSampleInterval' });
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
    const taken = Date.parse(String((call.payload.meterValue ?? [])[0]?.timestamp));
    expect(taken, '3.7: the first MeterValues.req after the outage was sampled while offline (queued, not lost)').to.be.below(back);
  },
});

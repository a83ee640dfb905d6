/**
 * OCPP 1.6J meter values, charge point under test: the harness plays the Central System. The
 * official 1.6 test-case document is not available: the steps follow the catalogue and the 1.6
 * specification (3.16.1 charging session meter values, 3.16.2 clock-aligned meter values, 4.7).
 */
import { defineTestCase } from '../../src/engine/testcase.js';
import type { Payload } from '../../src/ocpp/types.js';
import { energyTransferStarted, messageMs, setConfiguration, shortInterval } from './states.cs.js';

const block = 'meter-values';

/** The sampledValue entries of a MeterValues.req. */
function sampledValues(p: Payload): Payload[] {
  return ((p.meterValue as Payload[] | undefined) ?? []).flatMap((mv) => (mv.sampledValue as Payload[] | undefined) ?? []);
}

export const TC_070_CS = defineTestCase({
  id: 'TC_070_CS',
  title: 'Sampled Meter Values',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.16.1', '4.7', '9.1.17', '9.1.19'],
  catches: ['tx-no-meter-values'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const interval = shortInterval(ctx);
    // 1. MeterValueSampleInterval and MeterValuesSampledData (Energy.Active.Import.Register) are configured.
    await setConfiguration(ctx, 'MeterValuesSampledData', 'Energy.Active.Import.Register');
    await setConfiguration(ctx, 'MeterValueSampleInterval', String(interval));
    // 2. A charging session.
    const tx = await energyTransferStarted(ctx);
    // 3. MeterValues.req every MeterValueSampleInterval, for the transaction, with the configured measurand (3.16.1).
    const call = await sut.expectCall('MeterValues', { timeoutMs: interval * 1000 + messageMs(ctx) * 2, requirement: '3.16.1', filter: (p) => p.transactionId !== undefined });
    expect(call.payload.connectorId, '4.7: MeterValues.req connectorId').to.equal(tx.connectorId);
    expect(call.payload.transactionId, '3.16.1: MeterValues.req transactionId').to.equal(tx.transactionId);
    const values = sampledValues(call.payload);
    expect(values.length, '3.16.1: MeterValues.req sampledValue').to.be.greaterThan(0);
    for (const v of values) {
      // Context defaults to Sample.Periodic, measurand to Energy.Active.Import.Register (7.x SampledValue).
      expect(v.context ?? 'Sample.Periodic', '3.16.1: sampledValue context').to.equal('Sample.Periodic');
      expect(v.measurand ?? 'Energy.Active.Import.Register', '9.1.17: sampledValue measurand (MeterValuesSampledData)').to.equal('Energy.Active.Import.Register');
    }
  },
});

export const TC_071_CS = defineTestCase({
  id: 'TC_071_CS',
  title: 'Clock-aligned Meter Values',
  version: '1.6',
  sut: 'CS',
  block,
  profiles: ['Core'],
  covers: ['3.16.2', '4.7', '9.1.5', '9.1.15'],
  catches: ['tx-no-meter-values'],
  async run(ctx) {
    const { sut, expect } = ctx;
    // An interval that divides the day, so intervals since midnight are intervals since the epoch.
    const interval = [2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 60].find((d) => d > shortInterval(ctx)) ?? 60;
    // 1. ClockAlignedDataInterval and MeterValuesAlignedData (Energy.Active.Import.Register) are configured.
    await setConfiguration(ctx, 'MeterValuesAlignedData', 'Energy.Active.Import.Register');
    await setConfiguration(ctx, 'ClockAlignedDataInterval', String(interval));
    // 2. A charging session.
    await energyTransferStarted(ctx);
    // 3. MeterValues.req at every multiple of ClockAlignedDataInterval since midnight, context Sample.Clock (3.16.2, 9.1.5).
    const call = await sut.expectCall('MeterValues', {
      timeoutMs: interval * 1000 * 2 + messageMs(ctx), requirement: '3.16.2',
      filter: (p) => sampledValues(p).some((v) => v.context === 'Sample.Clock'),
    });
    const meterValue = ((call.payload.meterValue as Payload[] | undefined) ?? [])[0] ?? {};
    const t = Date.parse(String(meterValue.timestamp));
    expect(Number.isNaN(t), '4.7: MeterValues.req meterValue timestamp').to.equal(false);
    // The reading belongs to a clock-aligned interval boundary (within a second).
    const offset = t % (interval * 1000);
    expect(Math.min(offset, interval * 1000 - offset), '3.16.2: clock-aligned timestamp (ms from the interval boundary)').to.be.at.most(1000);
    for (const v of sampledValues(call.payload)) {
      expect(v.measurand ?? 'Energy.Active.Import.Register', '9.1.15: sampledValue measurand (MeterValuesAlignedData)').to.equal('Energy.Active.Import.Register');
    }
  },
});

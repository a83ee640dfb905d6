import { defineTestCase, type Payload } from '../../kit.js';
import { energyTransferStarted, messageMs, setConfiguration, shortInterval } from '../_shared/states.cs.js';
import { sampledValues } from './steps.cs.js';

export const TC_071_CS = defineTestCase({
  id: 'TC_071_CS',
  title: 'Clock-aligned Meter Values',
  version: '1.6',
  sut: 'CS',
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

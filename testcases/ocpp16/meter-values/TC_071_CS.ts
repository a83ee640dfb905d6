/** OCTT 1.6 §2.9.2, Table 28: Clock-aligned Meter Values. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, type Payload } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { getConfiguration, messageMs, setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { sampledValues } from './steps.cs.js';

export const TC_071_CS = defineTestCase({
  id: 'TC_071_CS',
  title: 'Clock-aligned Meter Values',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.16.2', '4.7', '9.1.5', '9.1.15'],
  catches: ['tx-no-meter-values', 'aligned-data-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    const interval = configured(ctx, 'clockAlignedDataInterval');
    const tolerance = ics.timeouts.maxTimeDeviationMs;
    // Before: MeterValueSampleInterval 0, ClockAlignedDataInterval the configured interval.
    await setConfiguration(ctx, 'MeterValueSampleInterval', '0');
    await setConfiguration(ctx, 'ClockAlignedDataInterval', String(interval), { configured: 'clockAlignedDataInterval' });
    // Reusable State GetConfiguration for MeterValuesAlignedData: read, not set; empty means Energy.Active.Import.Register.
    const aligned = (await getConfiguration(ctx, ['MeterValuesAlignedData'])).values.get('MeterValuesAlignedData')?.value ?? '';
    const measurands = aligned.split(',').map((m) => m.trim()).filter(Boolean);
    if (!measurands.length) measurands.push('Energy.Active.Import.Register');
    // Reusable State Charging.
    await energyTransferStarted(ctx);
    // 1-2. MeterValues.req every ClockAlignedDataInterval, for three times the interval after the start.
    const stamps: number[] = [];
    for (let i = 1; i <= 3; i += 1) {
      const call = await sut.expectCall('MeterValues', {
        timeoutMs: interval * 1000 + tolerance + messageMs(ctx), requirement: '3.16.2', describe: `clock-aligned (${i}/3)`,
        filter: (p) => sampledValues(p).some((v) => v.context === 'Sample.Clock'),
      });
      for (const meterValue of call.payload.meterValue ?? []) {
        const t = Date.parse(String(meterValue.timestamp));
        expect(Number.isNaN(t), '4.7: MeterValues.req meterValue.timestamp').to.equal(false);
        // The timestamp is clock-aligned: a whole multiple of the interval (e.g. 0, 20, 40 s for 20 s).
        const offset = t % (interval * 1000);
        expect(Math.min(offset, interval * 1000 - offset), `3.16.2: meterValue.timestamp ${String(meterValue.timestamp)} is clock-aligned to ${interval} s (ms off)`).to.be.at.most(1000);
        const values = (meterValue.sampledValue as Payload[] | undefined) ?? [];
        for (const v of values) expect(v.context, '9.1.5: sampledValue.context').to.equal('Sample.Clock');
        const present = values.map((v) => String(v.measurand ?? 'Energy.Active.Import.Register'));
        expect(measurands.filter((m) => !present.includes(m)), '9.1.15: MeterValuesAlignedData measurands without a sampledValue').to.deep.equal([]);
        stamps.push(t);
      }
    }
    // The timestamps of consecutive MeterValues.req are x seconds apart.
    for (let i = 1; i < stamps.length; i += 1) {
      const gap = (stamps[i] ?? 0) - (stamps[i - 1] ?? 0);
      expect(Math.abs(gap - interval * 1000), `3.16.2: deviation (ms) of the time between two clock-aligned meterValue.timestamp (${gap} ms) from ${interval} s`).to.be.at.most(1000);
    }
  },
});

/** OCTT 1.6 §2.9.1, Table 27: Sampled Meter Values. Validations are the table's; 1.2/1.3 apply. */
import { configured } from '../_shared/configured.js';
import { defineTestCase } from '../../kit.js';
import { messageMs, setConfiguration } from '../_shared/states.cs.js';
import { energyTransferStarted } from '../_shared/transactions.cs.js';
import { sampledValues } from './steps.cs.js';

export const TC_070_CS = defineTestCase({
  id: 'TC_070_CS',
  title: 'Sampled Meter Values',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['3.16.1', '4.7', '9.1.17', '9.1.19'],
  catches: ['tx-no-meter-values'],
  async run(ctx) {
    const { sut, expect } = ctx;
    const interval = configured(ctx, 'meterValueSampleInterval');
    // 1. MeterValueSampleInterval and MeterValuesSampledData (Energy.Active.Import.Register) are configured.
    await setConfiguration(ctx, 'MeterValuesSampledData', 'Energy.Active.Import.Register');
    await setConfiguration(ctx, 'MeterValueSampleInterval', String(interval), { configured: 'meterValueSampleInterval' });
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

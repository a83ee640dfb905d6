import { defineTestCase } from '../../kit.js';
import { transactionEvent } from '../_shared/charging-session.csms.js';
import { configured } from '../_shared/configured.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { nextReading } from './steps.csms.js';

/** The OCTT ends the case after three periodic messages. */
const MESSAGES = 3;

export const TC_J_09_CSMS = defineTestCase({
  id: 'TC_J_09_CSMS',
  title: 'Sampled Meter Values - EventType Updated',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J02', 'J02.FR.11', 'J02.FR.19'],
  catches: ['tx-periodic-meter-values-refused'],
  async run(ctx) {
    const intervalMs = configured(ctx, 'meterValuesIntervalMs');
    // Before: Reusable State EnergyTransferStarted.
    await energyTransferStarted(ctx);
    // 1-2. Every <Configured sampled Meter Values interval>: TransactionEvent Updated, MeterValuePeriodic, context Sample.Periodic.
    for (let i = 0; i < MESSAGES; i += 1) {
      await nextReading(ctx, intervalMs, 'Sample.Periodic');
      await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'MeterValuePeriodic', meter: 'Sample.Periodic', requirement: 'J02.FR.19' });
    }
  },
});

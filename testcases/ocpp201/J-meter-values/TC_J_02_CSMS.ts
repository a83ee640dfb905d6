import { defineTestCase } from '../../kit.js';
import { chargingSession, transactionEvent } from '../_shared/charging-session.csms.js';
import { configured } from '../_shared/configured.js';
import { energyTransferStarted } from '../_shared/states.csms.js';
import { nextReading, reading } from './steps.csms.js';

export const TC_J_02_CSMS = defineTestCase({
  id: 'TC_J_02_CSMS',
  title: 'Clock-aligned Meter Values - Transaction ongoing',
  version: '2.0.1',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['J01', 'J01.FR.18', 'J01.FR.22', 'J02.FR.19'],
  catches: ['meter-values-refused', 'tx-clock-meter-values-refused'],
  async run(ctx) {
    const intervalMs = configured(ctx, 'alignedDataIntervalMs');
    // Before: Reusable State EnergyTransferStarted for <Configured evseId>.
    await energyTransferStarted(ctx);
    const s = chargingSession(ctx);
    const idle = ctx.ics.evses.map((e) => e.id).filter((id) => id !== s.evseId);
    // Every <Configured clock-aligned Meter Values interval> until the <Configured transaction duration>:
    const until = Date.now() + configured(ctx, 'transactionDurationMs');
    do {
      const at = await nextReading(ctx, intervalMs, 'Sample.Clock');
      // 1-2. MeterValues, context Sample.Clock, for evseId 0 and the idle EVSEs.
      for (const evseId of [0, ...idle]) {
        await ctx.sut.call('MeterValues', { evseId, meterValue: [reading(ctx, 'Sample.Clock', at, false)] }, { requirement: 'J01.FR.18' });
      }
      // 3-4. TransactionEvent Updated, MeterValueClock, context Sample.Clock, for the EVSE of the transaction.
      await transactionEvent(ctx, { eventType: 'Updated', triggerReason: 'MeterValueClock', meterValue: () => [reading(ctx, 'Sample.Clock', at, false)], requirement: 'J02.FR.19' });
    } while (Date.now() < until);
  },
});

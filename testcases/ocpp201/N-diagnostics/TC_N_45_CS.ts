import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { configuredEvse, cv, delta, monitorCase, monitorsPresent, severity } from './steps.cs.js';

export const TC_N_45_CS = defineTestCase({
  id: 'TC_N_45_CS',
  title: 'Alert Event - Delta value exceeded',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.06', 'N07.FR.07', 'N07.FR.18', 'N07.FR.19'],
  catches: ['delta-monitor-silent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await monitorCase(ctx, async () => {
      // Memory State: a Delta monitor of 100.0 on Power of <Configured evseId> (Part 6: for Power the value is 100.0), set here, not graded.
      const target = cv('EVSE', 'Power', configuredEvse(ctx));
      const [id] = await monitorsPresent(ctx, [delta(ctx, target, severity(ctx), 100)]);
      await transactionCase(ctx, {}, async () => {
        // 1. Reusable State EnergyTransferStarted triggers the monitor. 2-3. NotifyEventRequest (validated): trigger Delta,
        // component / variable the monitored ones, variableMonitoringId the monitor's.
        const watched = sut.expectCall('NotifyEvent', {
          requirement: 'N07.FR.06', describe: '(delta on EVSE Power)', timeoutMs: ics.timeouts.messageMs * 3,
          filter: (p) => (p.eventData ?? []).some((e) => e.variableMonitoringId === id || (e.component.name === 'EVSE' && e.variable.name === 'Power')),
        });
        watched.catch(() => undefined);
        await energyTransferStarted(ctx);
        const call = await watched;
        const e = (call.payload.eventData ?? []).find((x) => x.variableMonitoringId === id) ?? call.payload.eventData[0]!;
        expect(e.trigger, 'N07.FR.06: eventData trigger').to.equal('Delta');
        expect(e.component.name, 'N07.FR.06: eventData component.name').to.equal('EVSE');
        expect(e.variable.name, 'N07.FR.06: eventData variable.name').to.equal('Power');
        expect(e.variableMonitoringId, 'N07.FR.19: eventData variableMonitoringId').to.equal(id);
      });
    });
  },
});

/**
 * TC_N_45_CS (Part 6): Alert Event - Delta value exceeded. Errata 2025-09 6.2.106 applied: the Delta monitor on <Configured numeric
 * delta component variable> (EVSE Power of <Configured evseId>: value 100.0) has severity 5, and the Memory State sets the
 * MonitoringLevel to 8.
 */
import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { delta, monitorCase, monitorsPresent } from './steps.cs.js';
import { ALERT_LEVEL, ALERT_SEVERITY, atMonitoringLevel, evsePower } from './steps.alert.cs.js';

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
      // Memory State: a Delta monitor of 100.0 (for Power) and severity 5 on EVSE Power of <Configured evseId>; MonitoringLevel 8. Not graded.
      const target = evsePower(ctx);
      const [id] = await monitorsPresent(ctx, [delta(ctx, target, ALERT_SEVERITY, 100)]);
      await atMonitoringLevel(ctx, ALERT_LEVEL, () => transactionCase(ctx, {}, async () => {
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
      }));
    });
  },
});

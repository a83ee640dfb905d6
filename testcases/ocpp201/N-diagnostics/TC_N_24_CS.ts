/**
 * TC_N_24_CS (Part 6): Set Variable Monitoring - Periodic event. Errata 2025-09 6.2.91 (use cases N04, N08; requirements
 * N04.FR.01/08, N08.FR.05/06) and 6.2.95 applied (6.2.94 superseded): Memory State MonitoringLevel 8; the Periodic monitor,
 * severity 5, on <Configured threshold monitor component variable> (EVSE Power of <Configured evseId>).
 */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { expectResult, monitorCase, setMonitors } from './steps.cs.js';
import { ALERT_LEVEL, ALERT_SEVERITY, atMonitoringLevel, evsePower } from './steps.alert.cs.js';

export const TC_N_24_CS = defineTestCase({
  id: 'TC_N_24_CS',
  title: 'Set Variable Monitoring - Periodic event',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N08', 'N04.FR.01', 'N04.FR.08', 'N08.FR.05', 'N08.FR.06'],
  catches: ['periodic-monitor-silent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await monitorCase(ctx, () => atMonitoringLevel(ctx, ALERT_LEVEL, async () => {
      // 1-2. A Periodic monitor of <Configured ClockAligned MeterValues Interval> s, severity 5, on <Configured threshold monitor
      // component variable>: Accepted (validated).
      const seconds = Math.max(1, Math.ceil(configured(ctx, 'alignedDataIntervalMs') / 1000));
      const target = evsePower(ctx);
      const d = { value: seconds, type: 'Periodic' as const, severity: ALERT_SEVERITY, component: target.component, variable: target.variable! };
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['Accepted'], ['NoError'], 'N04.FR.08');
      // 3. A NotifyEventRequest every <interval> s with an eventData element trigger Periodic for that variable (validated: two in a row).
      const periodic = (p: { eventData?: Array<{ trigger?: string; component?: { name?: string; evse?: { id?: number } }; variable?: { name?: string } }> }) =>
        (p.eventData ?? []).some((e) => e.trigger === 'Periodic' && e.component?.name === target.component.name && e.component.evse?.id === target.component.evse?.id
          && e.variable?.name === target.variable?.name);
      const within = seconds * 1000 + ics.timeouts.maxTimeDeviationMs + ics.timeouts.messageMs;
      const first = await sut.expectCall('NotifyEvent', { requirement: 'N08.FR.05', describe: '(periodic)', timeoutMs: within, filter: periodic });
      const second = await sut.expectCall('NotifyEvent', { requirement: 'N08.FR.05', describe: '(periodic, next)', timeoutMs: within, filter: periodic });
      const gap = Date.parse(String(second.payload.generatedAt)) - Date.parse(String(first.payload.generatedAt));
      expect(Math.abs(gap - seconds * 1000) <= ics.timeouts.maxTimeDeviationMs, `N08.FR.05: periodic events ${seconds} s apart (got ${gap} ms)`).to.equal(true);
    }));
  },
});

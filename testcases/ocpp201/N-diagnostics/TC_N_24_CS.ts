import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { configuredEvse, cv, expectResult, monitorCase, setMonitors, severity } from './steps.cs.js';

export const TC_N_24_CS = defineTestCase({
  id: 'TC_N_24_CS',
  title: 'Set Variable Monitoring - Periodic event',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N08', 'N08.FR.02'],
  catches: ['periodic-monitor-silent'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    await monitorCase(ctx, async () => {
      // 1-2. A Periodic monitor of <Configured ClockAligned MeterValues Interval> s on AvailabilityState of <Configured evseId>: Accepted (validated).
      const seconds = Math.max(1, Math.ceil(configured(ctx, 'alignedDataIntervalMs') / 1000));
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const d = { value: seconds, type: 'Periodic' as const, severity: severity(ctx), component: target.component, variable: { name: 'AvailabilityState' } };
      const [r] = await setMonitors(ctx, [d]);
      expectResult(ctx, r!, d, ['Accepted'], ['NoError'], 'N04.FR.08');
      // 3. A NotifyEventRequest every <interval> s with an eventData element trigger Periodic for EVSE AvailabilityState (validated: two in a row).
      const periodic = (p: { eventData?: Array<{ trigger?: string; component?: { name?: string; evse?: { id?: number } }; variable?: { name?: string } }> }) =>
        (p.eventData ?? []).some((e) => e.trigger === 'Periodic' && e.component?.name === 'EVSE' && e.component.evse?.id === target.component.evse?.id && e.variable?.name === 'AvailabilityState');
      const within = seconds * 1000 + ics.timeouts.maxTimeDeviationMs + ics.timeouts.messageMs;
      const first = await sut.expectCall('NotifyEvent', { requirement: 'N08.FR.02', describe: '(periodic)', timeoutMs: within, filter: periodic });
      const second = await sut.expectCall('NotifyEvent', { requirement: 'N08.FR.02', describe: '(periodic, next)', timeoutMs: within, filter: periodic });
      const gap = Date.parse(String(second.payload.generatedAt)) - Date.parse(String(first.payload.generatedAt));
      expect(Math.abs(gap - seconds * 1000) <= ics.timeouts.maxTimeDeviationMs, `N08.FR.02: periodic events ${seconds} s apart (got ${gap} ms)`).to.equal(true);
    });
  },
});

import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { configuredEvse, cv, delta, monitorCase, monitorsPresent } from './steps.cs.js';

export const TC_N_16_CS = defineTestCase({
  id: 'TC_N_16_CS',
  title: 'Set Monitoring Level - Success',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N05', 'N05.FR.01', 'N05.FR.03'],
  catches: ['monitoring-level-ignored'],
  async run(ctx) {
    const { sut, expect, ics } = ctx;
    try {
      await monitorCase(ctx, async () => {
        // Memory State: a Delta monitor, severity 8, on AvailabilityState of the configured EVSE (set here, not graded).
        const evseId = configuredEvse(ctx);
        await monitorsPresent(ctx, [delta(ctx, cv('EVSE', 'AvailabilityState', evseId), 8)]);
        // 1-2. SetMonitoringLevel severity 7: Accepted, statusInfo absent or NoError (validated).
        const res = await sut.call('SetMonitoringLevel', { severity: 7 }, { requirement: 'N05.FR.01' });
        expect(res.status, 'N05.FR.01: SetMonitoringLevelResponse status').to.equal('Accepted');
        if (res.statusInfo) expect(res.statusInfo.reasonCode, 'N05.FR.01: SetMonitoringLevelResponse statusInfo.reasonCode').to.equal('NoError');
        await transactionCase(ctx, {}, async () => {
          // 3. Plug in the cable: the EVSE becomes Occupied. 4. No NotifyEventRequest for the EVSE (post scenario, validated).
          const since = Date.now();
          await evConnectedPreSession(ctx);
          await sut.expectNoCall('NotifyEvent', ics.timeouts.messageMs, {
            since, requirement: 'N05.FR.03',
            filter: (p) => (p.eventData ?? []).some((e) => e.component.name === 'EVSE' && e.component.evse?.id === evseId && e.eventNotificationType !== 'HardWiredNotification'),
          });
        });
      });
    } finally {
      // Not graded: every severity reported again.
      await sut.callRaw('SetMonitoringLevel', { severity: 9 });
    }
  },
});

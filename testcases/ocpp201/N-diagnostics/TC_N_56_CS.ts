import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { evConnectedPreSession } from '../_shared/transaction-states.cs.js';
import { configuredEvse, cv, delta, monitorCase, monitorsPresent } from './steps.cs.js';
import { ALERT_LEVEL, ALERT_SEVERITY, atMonitoringLevel, watchAlert } from './steps.alert.cs.js';

export const TC_N_56_CS = defineTestCase({
  id: 'TC_N_56_CS',
  title: 'Alert Event - Delta value NOT numeric exceeded',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.06', 'N07.FR.07', 'N07.FR.18', 'N07.FR.19'],
  catches: ['delta-text-monitor-silent'],
  async run(ctx) {
    const { expect } = ctx;
    await atMonitoringLevel(ctx, ALERT_LEVEL, () => monitorCase(ctx, async () => {
      // Memory State (errata 2025-09): a Delta monitor, value 1, severity 5, on a variable that is not numeric and easily
      // changed: AvailabilityState of EVSE <Configured evseId> (Part 6); monitoring level 8. Set here, not graded.
      const evseId = configuredEvse(ctx);
      const [id] = await monitorsPresent(ctx, [delta(ctx, cv('EVSE', 'AvailabilityState', evseId), ALERT_SEVERITY)]);
      await transactionCase(ctx, {}, async () => {
        const alert = watchAlert(ctx, id!, '(delta on EVSE AvailabilityState)', 'N07.FR.19');
        // Manual Action: make the value change: plugging the cable in makes the EVSE Occupied.
        await evConnectedPreSession(ctx);
        // 1-2. NotifyEventRequest (validated): trigger Delta, component EVSE, variable AvailabilityState, the monitor's id.
        const { data: e } = await alert.event;
        expect(e.trigger, 'N07.FR.19: eventData trigger').to.equal('Delta');
        expect(e.component.name, 'N07.FR.06: eventData component.name').to.equal('EVSE');
        expect(e.variable.name, 'N07.FR.06: eventData variable.name').to.equal('AvailabilityState');
        expect(e.variableMonitoringId, 'N07.FR.06: eventData variableMonitoringId').to.equal(id);
      });
    }));
  },
});

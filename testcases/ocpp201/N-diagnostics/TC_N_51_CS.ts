import { defineTestCase } from '../../kit.js';
import { transactionCase } from '../_shared/charging-session.cs.js';
import { configured } from '../_shared/configured.js';
import { energyTransferStarted } from '../_shared/transaction-states.cs.js';
import { monitorCase, monitorsPresent, setMonitors } from './steps.cs.js';
import { ALERT_LEVEL, ALERT_SEVERITY, actual, atMonitoringLevel, thresholdMonitor, watchAlert } from './steps.alert.cs.js';

export const TC_N_51_CS = defineTestCase({
  id: 'TC_N_51_CS',
  title: 'Set Variable Monitoring - Replace Variable Monitor',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N07', 'N07.FR.11', 'N04.FR.12'],
  catches: ['replaced-threshold-not-rechecked'],
  async run(ctx) {
    const { expect } = ctx;
    const trigger = configured(ctx, 'thresholdTriggerValue');
    await atMonitoringLevel(ctx, ALERT_LEVEL, () => monitorCase(ctx, async () => {
      // Memory State (errata 2025-09): an UpperThreshold of <... UpperThreshold non-trigger value> (Part 6: maxLimit - 1),
      // severity 5, on Power of <Configured evseId>; monitoring level 8. Set here, not graded.
      const [id] = await monitorsPresent(ctx, [thresholdMonitor(ctx, 'UpperThreshold', configured(ctx, 'thresholdNonTriggerValue'), ALERT_SEVERITY)]);
      await transactionCase(ctx, {}, async () => {
        // 1. EnergyTransferStarted: the power stays below the monitor's threshold.
        await energyTransferStarted(ctx);
        // 2. The monitor replaced (its id) by one with the <... UpperThreshold trigger value>, which the power exceeds.
        const alert = watchAlert(ctx, id!, '(EVSE Power above the replaced UpperThreshold)', 'N07.FR.11', (e) => e.cleared !== true);
        const d = thresholdMonitor(ctx, 'UpperThreshold', trigger, ALERT_SEVERITY, id);
        const [r] = await setMonitors(ctx, [d]);
        // 3. Accepted, type UpperThreshold, severity 5, the component/variable (validated).
        expect(r!.status, 'N04.FR.12: setMonitoringResult status').to.equal('Accepted');
        expect(r!.type, 'N04.FR.12: setMonitoringResult type').to.equal('UpperThreshold');
        expect(r!.severity, 'N04.FR.12: setMonitoringResult severity').to.equal(ALERT_SEVERITY);
        expect(r!.component.name, 'N04.FR.12: setMonitoringResult component.name').to.equal('EVSE');
        expect(r!.variable.name, 'N04.FR.12: setMonitoringResult variable.name').to.equal('Power');
        // 4-5. NotifyEventRequest: trigger Alerting, actualValue above the new threshold (validated).
        const { data: e } = await alert.event;
        expect(e.trigger, 'N07.FR.11: eventData trigger').to.equal('Alerting');
        expect(actual(e), `N07.FR.11: eventData actualValue (above ${trigger})`).to.be.above(trigger);
      });
    }));
  },
});

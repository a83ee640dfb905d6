import { defineTestCase } from '../../kit.js';
import { configuredEvse, cv, monitorCase, setMonitors, severity, type MonitoringData } from './steps.cs.js';

export const TC_N_38_CS = defineTestCase({
  id: 'TC_N_38_CS',
  title: 'Set Variable Monitoring - Not supported MonitorType',
  version: '2.0.1',
  sut: 'CS',
  profiles: ['Advanced Device Management'],
  covers: ['N04', 'N04.FR.05'],
  catches: ['threshold-on-text-accepted'],
  async run(ctx) {
    const { expect } = ctx;
    await monitorCase(ctx, async () => {
      // 1. An UpperThreshold on AvailabilityState of EVSE <Configured evseId>: a monitor type that variable (not numeric) cannot have.
      const target = cv('EVSE', 'AvailabilityState', configuredEvse(ctx));
      const d: MonitoringData = { value: 1, type: 'UpperThreshold', severity: severity(ctx), component: target.component, variable: target.variable! };
      const [r] = await setMonitors(ctx, [d]);
      // 2. UnsupportedMonitorType or Rejected, type UpperThreshold, component EVSE, variable AvailabilityState (validated).
      expect(r!.status, 'N04.FR.05: setMonitoringResult[0] status').to.be.oneOf(['UnsupportedMonitorType', 'Rejected']);
      expect(r!.type, 'N04.FR.05: setMonitoringResult[0] type').to.equal('UpperThreshold');
      expect(r!.component.name, 'N04.FR.05: setMonitoringResult[0] component.name').to.equal('EVSE');
      expect(r!.variable.name, 'N04.FR.05: setMonitoringResult[0] variable.name').to.equal('AvailabilityState');
    });
  },
});

/** N Diagnostics: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'customer-info-report-flipped', versions: V201, requirement: 'N09.FR.01 / N10.FR.08 (CustomerInformationRequest report as the operator asked)',
    description: 'Sends CustomerInformation with report the opposite of what the operator asked for.' },
  { name: 'customer-info-clear-ignored', versions: V201, requirement: 'N10.FR.08 (CustomerInformationRequest clear true when asked to clear)',
    description: 'Asked to clear customer information, sends CustomerInformation with clear false.' },
  { name: 'customer-info-wrong-customer', versions: V201, requirement: 'N09.FR.01 / N10.FR.08 (CustomerInformationRequest names the customer the operator asked for)',
    description: 'Sends CustomerInformation naming another customer (idToken.idToken or customerIdentifier changed).' },
  { name: 'notify-customer-information-unhandled', versions: V201, requirement: 'N09.FR.04 (the CSMS answers NotifyCustomerInformationRequest)',
    description: 'Answers NotifyCustomerInformation with CALLERROR InternalError.' },
  { name: 'monitoring-report-wrong-criteria', versions: V201, requirement: 'N02.FR.05 (GetMonitoringReportRequest monitoringCriteria as asked)',
    description: 'Sends GetMonitoringReport with DeltaMonitoring and ThresholdMonitoring swapped in monitoringCriteria.' },
  { name: 'monitoring-report-drops-component', versions: V201, requirement: 'N02.FR.05 (GetMonitoringReportRequest componentVariable as asked)',
    description: 'Sends GetMonitoringReport without the last componentVariable entry the operator asked for.' },
  { name: 'monitoring-report-adds-criteria', versions: V201, requirement: 'Part 6 TC_N_47_CSMS step 1 (report all: monitoringCriteria and componentVariable omitted)',
    description: 'Asked for a report of all monitors, sends GetMonitoringReport with monitoringCriteria ThresholdMonitoring.' },
  { name: 'notify-monitoring-report-unhandled', versions: V201, requirement: 'N02.FR.10 (the CSMS answers NotifyMonitoringReportRequest)',
    description: 'Answers NotifyMonitoringReport with CALLERROR InternalError.' },
  { name: 'monitoring-base-wrong', versions: V201, requirement: 'N03 (SetMonitoringBaseRequest monitoringBase as asked)',
    description: 'Sends SetMonitoringBase with the next monitoringBase after the one asked for (All, FactoryDefault, HardWiredOnly, round).' },
  { name: 'monitoring-level-wrong', versions: V201, requirement: 'N05 (SetMonitoringLevelRequest severity as asked)',
    description: 'Sends SetMonitoringLevel with a severity one above the one asked for.' },
  { name: 'set-monitoring-wrong-type', versions: V201, requirement: 'N04 (SetVariableMonitoringRequest setMonitoringData type as asked)',
    description: 'Sends SetVariableMonitoring with monitor type Periodic where the operator asked for another type.' },
  { name: 'clear-monitoring-wrong-id', versions: V201, requirement: 'N06 (ClearVariableMonitoringRequest id lists the monitors the operator asked to clear)',
    description: 'Sends ClearVariableMonitoring with each monitor id one above the one asked for.' },
]);

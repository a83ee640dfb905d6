/** N Diagnostics: what the reference station claims of it (Part 5). */
import type { BlockClaims } from '../../../claims.js';

export const CLAIMS: BlockClaims = {
  // Customer information (N09, N10) is Core; it keeps customer data in its authorization cache and local list
  // (C-30 / C-31 are claimed by C and D). Monitoring (N02-N07) is Advanced Device Management, which B's variant
  // 'Advanced Device Management (device model reports)' adds (the default ICS leaves that profile out).
  // By customerIdentifier it reports and clears what the operator stored (C-14).
  // Log upload (N01) is Core; it cancels an upload on a new GetLog (C-57). It has a hardwired monitor (AQ-5, id 1000)
  // and a pre-configured one (AQ-6, id 1001); it takes a Delta monitor on the WriteOnly SecurityCtrlr.BasicAuthPassword (AQ-10)
  // and queues monitor events by MonitoringCtrlr.OfflineQueuingSeverity while offline (DM-3).
  claims: { '2.x': { profiles: ['Core'], features: ['C-14', 'C-57', 'AQ-5', 'AQ-6', 'AQ-10', 'DM-3'] } },
  variants: [
    // Monitoring without the PeriodicMonitoring report criterion and the HardWiredOnly base: what TC_N_04_CS / TC_N_07_CS
    // need of a station ("<Configured Unsupported monitoringCriteria>", "<Configured unsupported_monitoringBase>").
    { name: 'Advanced Device Management, no PeriodicMonitoring report criterion, no HardWiredOnly base', versions: ['2.0.1'],
      addProfiles: ['Advanced Device Management'], addFeatures: ['Unsupported monitoringCriteria PeriodicMonitoring', 'Unsupported monitoringBase HardWiredOnly'] },
  ],
};

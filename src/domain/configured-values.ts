/**
 * The `<Configured ...>` values of Part 6 and the OCTT 1.6 document that the cases use (issue 12
 * section 2): one table, the single source of their names. The config file's `configured:` section
 * is built from it (a name not in it is a config error), the report prints the resolved values, and
 * the case helpers (testcases/<version>/_shared/) take their names and defaults from it.
 */
import type { SutRole } from './role.js';

export interface ConfiguredValue {
  /**
   * 'count': a plain number (a list version, a stack level, a phase count, a switch 0/1); 'text': a
   * string (an enumeration value such as a purpose or a priority, a message text, a language tag).
   */
  unit: 's' | 'ms' | 'count' | 'text';
  /** What the value is, where the cases use it. */
  meaning: string;
  /**
   * The default: a number or a text (as `unit` says), one per role under test, or undefined when the case
   * derives it (from the run's timeouts, from the ICS: then `derived` says how).
   */
  default?: number | string | Readonly<Record<SutRole, number>> | Readonly<Record<SutRole, string>>;
  derived?: string;
  /** A text value's allowed values (the OCPP enumeration it is taken from), when it is one. */
  oneOf?: readonly string[];
}

export const CONFIGURED_VALUES = {
  // --- 2.0.1 -------------------------------------------------------------------------------------
  offlineThreshold: { unit: 's', default: 300, meaning: '2.0.1 <Configured offlineThreshold> set in OCPPCommCtrlr.OfflineThreshold by TC_B_06/07/09/10/11_CS (Part 6 uses 300 there).' },
  outageOfflineThreshold: { unit: 's', default: 3, meaning: '2.0.1 <Configured offlineThreshold> of TC_B_51_CS / TC_B_52_CS, whose steps wait for it.' },
  retryBackOffWaitMinimum: { unit: 's', default: 1, meaning: '2.0.1 <Configured RetryBackOffWaitMinimum> of the reconnection cases (TC_B_49_CS, TC_B_57_CS), which wait for it.' },
  transactionDurationMs: { unit: 'ms', default: { CS: 300, CSMS: 500 }, meaning: '<Configured Transaction Duration>: how long a charging session runs before the harness (or the operator) ends it.' },
  evConnectionTimeoutMs: { unit: 'ms', default: { CS: 60_000, CSMS: 500 }, meaning: '<Configured EV connection timeout>: the station under test gets it as TxCtrlr.EVConnectionTimeOut (rounded up to s); it runs from the authorization to the plug-in, a manual action, so the default is a minute a person can meet. As a station, the harness waits it out.' },
  offlineDurationMs: { unit: 'ms', default: 2_500, meaning: '2.0.1 <Configured RetryBackOffWaitMinimum_duration>: how long the harness keeps a station under test offline.' },
  logRetryInterval: { unit: 's', default: 1, meaning: '2.0.1 <Configured retryInterval> of TC_N_26_CS: GetLogRequest retryInterval; the case waits about 3 times it for the failed upload to be reported.' },
  localListVersion: { unit: 'count', default: 2, meaning: '2.0.1 <Configured versionNumber> of the Local Authorization List (TC_D_xx): the version the list is installed with (above 1: TC_D_06_CS sends one below it); as a station, the harness reports it in GetLocalListVersion.' },
  reservationExpiryMs: { unit: 'ms', default: 60_000, meaning: '2.0.1 how long after ReserveNow the reservation of TC_H_07_CS expires (expiryDateTime); Part 6 notes 60 s. The case waits it out. Also the 1.6 <Configured Reservation Expiry Date Offset> of TC_047_CS / TC_047_CSMS.' },
  meterValuesIntervalMs: { unit: 'ms', default: { CS: 1_000, CSMS: 200 }, meaning: '2.0.1 <Configured sampled Meter Values Updated interval>: the station under test gets it as SampledDataCtrlr.TxUpdatedInterval (rounded to s, at least 1); as a station, the harness sends its periodic meter values at it (TC_J_09_CSMS).' },
  alignedDataIntervalMs: { unit: 'ms', default: { CS: 1_000, CSMS: 200 }, meaning: '2.0.1 <Configured clock-aligned Meter Values interval>: the station under test gets it as AlignedDataCtrlr.Interval (rounded up to s, at least 1; TC_J_01/02/06_CS); as a station, the harness sends its clock-aligned meter values at it (TC_J_01/02_CSMS).' },
  alignedTxEndedIntervalMs: { unit: 'ms', default: 1_000, meaning: '2.0.1 <Configured clock-aligned_tx_ended_meter_values_interval>: AlignedDataCtrlr.TxEndedInterval of TC_J_03/04_CS (rounded up to s, at least 1); the spacing of the clock-aligned samples the harness puts in TransactionEvent Ended (TC_J_03/04_CSMS).' },
  sampledTxEndedIntervalMs: { unit: 'ms', default: 1_000, meaning: '2.0.1 <Configured sampled_tx_end_meter_values_interval>: SampledDataCtrlr.TxEndedInterval of TC_J_10/11_CS (rounded up to s, at least 1); the spacing of the samples the harness puts in TransactionEvent Ended (TC_J_10/11_CSMS).' },
  firmwareDownloadOffsetMs: { unit: 'ms', default: { CS: 3_000, CSMS: 10_000 }, meaning: '2.0.1 <Configured Download Offset Period>: how far in the future TC_L_03_CS sets UpdateFirmware retrieveDateTime (the station reports DownloadScheduled until then); as a station (TC_L_03_CSMS), the retrieveDateTime the harness asks the operator to have the CSMS send, counted from the manual action (the case waits for the time the CSMS sent).' },
  firmwareInstallOffsetMs: { unit: 'ms', default: { CS: 60_000, CSMS: 10_000 }, meaning: '2.0.1 <Configured Install Offset Period>: how far in the future TC_L_02_CS sets UpdateFirmware installDateTime (the station reports InstallScheduled until then; longer than the station takes to download and verify the image, else the case is INCONCLUSIVE); as a station (TC_L_02_CSMS), the installDateTime the harness asks the operator to have the CSMS send, counted from the manual action (the case waits for the time the CSMS sent).' },
  displayMessageWindowMs: { unit: 'ms', default: 60_000, meaning: '2.0.1 <Configured Start Date Time Offset> / <Configured End Date Time Offset> (errata 2025-09 6.2.111): how far from now the startDateTime (TC_O_13/27_CS) / endDateTime (TC_O_14/28_CS) of a display message lies; Part 6 before the errata: 60 s. TC_O_14/28_CS wait it out.' },
  iso15118OfflineWaitMs: { unit: 'ms', default: 90_000, meaning: '2.0.1 TC_K_56_CS step 2: how long the harness keeps the station offline while the ISO 15118 EV gives its charging needs before it accepts the reconnection; Part 6: 90 s.' },
  monitorSeverity: { unit: 'count', default: 8, meaning: '2.0.1 <Configured severity> of the monitors TC_N_11/12/13/15_CS set (0-9).' },
  thresholdMonitorValue: { unit: 'count', default: 1_000_000, meaning: '2.0.1 <Configured threshold monitor value> of TC_N_13_CS: an UpperThreshold above the maxLimit of EVSE Power (W), which the station must refuse.' },
  thresholdTriggerValue: { unit: 'count', default: 100, meaning: '2.0.1 <Configured threshold monitor component variable UpperThreshold trigger value> (Part 6 before errata: <Configured threshold monitor value>) of TC_N_20/43/51/52/53_CS: an UpperThreshold on EVSE Power (W) that charging exceeds and an idle EVSE does not.' },
  thresholdNonTriggerValue: { unit: 'count', default: 21_999, meaning: '2.0.1 <Configured threshold monitor component variable UpperThreshold non-trigger value> of TC_N_51_CS: an UpperThreshold on EVSE Power (W) that charging does not exceed (Part 6: maxLimit - 1).' },
  preconfiguredMonitorId: { unit: 'count', default: 1001, meaning: '2.0.1 <Configured preconfigured monitor id> of TC_N_41_CS (errata 2025-09): the id of a preconfigured monitor of the station (the reference station\'s is 1001).' },
  configurationSlot: { unit: 'count', default: 1, meaning: '2.0.1 <Configured configurationSlot> of TC_B_45/46/47/49/50_CS (errata 2025-09 6.2.17): one of the two network-profile slots the migration cases switch between; the case writes the one not in use (ActiveNetworkProfile).' },
  configurationSlot2: { unit: 'count', default: 2, meaning: '2.0.1 <Configured configurationSlot2> of TC_B_45/46/47/49/50_CS (errata 2025-09 6.2.17): the other network-profile slot of the migration cases.' },
  lowerThresholdValue: { unit: 'count', default: 10, meaning: '2.0.1 <Configured threshold monitor2 value> / <Configured threshold monitor component variable LowerThreshold trigger value> of TC_N_20/43_CS: a LowerThreshold on EVSE Power (W) that charging stays above and an idle EVSE drops below.' },
  // --- 1.6 ---------------------------------------------------------------------------------------
  connectionTimeOut: { unit: 's', derived: 'the message timeout in s, at least 2', meaning: '1.6 <Configured connectionTimeout>: ConnectionTimeOut set on the Charge Point (TC_004_2, TC_011_2, TC_061).' },
  meterValueSampleInterval: { unit: 's', derived: 'the message timeout in s, at least 2', meaning: '1.6 MeterValueSampleInterval set on the Charge Point (TC_002, TC_036, TC_070).' },
  clockAlignedDataInterval: { unit: 's', derived: 'the first divisor of 3600 above the message timeout', meaning: '1.6 ClockAlignedDataInterval the clock-aligned cases use (TC_071).' },
  energyTariffPerKWh: { unit: 'count', default: 0.3, meaning: '2.0.1 the price per kWh of the energy tariff the CSMS under test is asked to charge the harness\'s transactions at (TC_I_01/02_CSMS Memory State "CSMS is configured with a tariff which is based on energy consumed"; configureCsms energyTariff).' },
  runningTotalCost: { unit: 'count', default: 3.21, meaning: '2.0.1 <Configured Cost2> of TC_I_01_CS / TC_I_07_CS: the running total cost the harness sends (CostUpdatedRequest / TransactionEventResponse totalCost).' },
  chargingProfileId: { unit: 'count', default: 9201, meaning: '2.0.1 <Configured chargingProfileId> of the K Smart Charging cases (TC_K_01/03/04/05/10/13_CS...); their other profiles take the ids after it. Duration, stackLevel, numberPhases and chargingRateUnit of those cases are chargingScheduleDurationS, chargingStackLevel, chargingNumberPhases and chargingRateInWatts.' },
  chargingRecurrencyWeekly: { unit: 'count', default: 0, meaning: '2.0.1 <Configured RecurrencyKind> of TC_K_19_CS / TC_K_19_CSMS: 0 for Daily, 1 for Weekly.' },
  bootRetryInterval: { unit: 's', derived: 'the message timeout plus the time deviation, in s', meaning: '1.6 interval of a Rejected/Pending BootNotification.conf (TC_001, TC_002).' },
  heartbeatInterval: { unit: 's', derived: 'the message timeout plus the time deviation, in s', meaning: '1.6 heartbeat interval a boot case gives and then times (TC_001).' },
  chargingScheduleDurationS: { unit: 's', default: 300, meaning: '1.6 <Configured duration> of the Smart Charging cases: chargingSchedule.duration of the profile and GetCompositeSchedule.req duration (TC_056, TC_057, TC_059, TC_082, TC_066_CSMS).' },
  chargingStackLevel: { unit: 'count', default: 0, meaning: '1.6 <Configured StackLevel> of the Smart Charging cases (TC_056, TC_057, TC_082, TC_067_CSMS).' },
  chargingNumberPhases: { unit: 'count', default: 3, meaning: '1.6 <Configured numberPhases> of the Smart Charging profiles.' },
  chargingRateInWatts: { unit: 'count', default: 0, meaning: '1.6 <Configured chargingRateUnit> of the Smart Charging cases: 0 for A, 1 for W (limits then x1000).' },
  transactionDurationS: { unit: 's', derived: 'the message timeout in s, at least 2', meaning: '1.6 how long a charging session runs before it is stopped.' },
  // --- text values (2.0.1) -----------------------------------------------------------------------
  chargingProfilePurpose: { unit: 'text', default: 'TxDefaultProfile', oneOf: ['ChargingStationMaxProfile', 'TxDefaultProfile'], meaning: '2.0.1 <Configured chargingProfilePurpose> of the K cases that set or ask for profiles of one purpose without a transaction (TC_K_06_CS; TC_K_29/30/31/35/36_CSMS; TC_K_24/35_CS use a TxDefaultProfile: their profiles are per EVSE without a transaction).' },
  chargingLimitSource: { unit: 'text', default: { CS: 'CSO', CSMS: 'EMS' }, oneOf: ['EV', 'EMS', 'SO', 'CSO'], meaning: '2.0.1 <Configured chargingLimitSource>: as the station under test, the source of the profiles the case sets (TC_K_34_CS; Part 6: "should be CSO"); as the CSMS under test, the source the GetChargingProfilesRequest the CSMS is asked to send names (TC_K_34_CSMS).' },
  chargingLimitSource2: { unit: 'text', default: 'EMS', oneOf: ['EV', 'EMS', 'SO', 'CSO'], meaning: '2.0.1 <Configured chargingLimitSource2> of TC_K_34_CS: a source other than chargingLimitSource, of which the station holds no profile.' },
  displayMessagePriority: { unit: 'text', derived: 'as the station under test, the first priority its ICS claims (UI-1.3 NormalCycle, UI-1.2 InFront, UI-1.1 AlwaysFront); as the CSMS under test, NormalCycle', oneOf: ['AlwaysFront', 'InFront', 'NormalCycle'], meaning: '2.0.1 <Configured priority> of the display messages of the O cases.' },
  displayMessageFormat: { unit: 'text', derived: 'as the station under test, the first format its ICS claims (UI-2.4 UTF8, UI-2.1 ASCII, UI-2.2 HTML, UI-2.3 URI); as the CSMS under test, UTF8', oneOf: ['ASCII', 'HTML', 'URI', 'UTF8'], meaning: '2.0.1 <Configured format> of the display messages of the O cases.' },
  displayMessageContent: { unit: 'text', default: 'OCTT display message', meaning: '2.0.1 <Configured message> / <Configured content> of the O cases (the second message of a case is it with " 2" appended).' },
  displayMessageState: { unit: 'text', default: 'Idle', oneOf: ['Charging', 'Faulted', 'Idle', 'Unavailable'], meaning: '2.0.1 <Configured State> of a display message (TC_O_01/09/18/28_CSMS, the station cases\' state-bound messages).' },
  displayMessageState2: { unit: 'text', default: 'Charging', oneOf: ['Charging', 'Faulted', 'Idle', 'Unavailable'], meaning: '2.0.1 <Configured display_message_2_state> of TC_O_34_CS: a state other than displayMessageState, for which the station reports no message.' },
  displayMessageDisplay: { unit: 'text', default: '', meaning: '2.0.1 <Configured display component variable> (errata 2025-09 6.2.111): the Display component the O cases set their messages on (SetDisplayMessageRequest message.display), written name or name:instance; empty (the default): message.display is omitted (the main display, 001.FR.20).' },
  unsupportedDisplayMessageFormat: { unit: 'text', derived: 'the first format the station\'s ICS does not claim (UI-2.4 UTF8, UI-2.1 ASCII, UI-2.2 HTML, UI-2.3 URI)', oneOf: ['ASCII', 'HTML', 'URI', 'UTF8'], meaning: '2.0.1 <Configured Unsupported Message Format> of TC_O_19_CS (errata 2025-09 6.2.111): a message format the station under test does not support.' },
  unsupportedDisplayMessagePriority: { unit: 'text', derived: 'the first priority the station\'s ICS does not claim (UI-1.1 AlwaysFront, UI-1.2 InFront, UI-1.3 NormalCycle)', oneOf: ['AlwaysFront', 'InFront', 'NormalCycle'], meaning: '2.0.1 <Configured unsupported_display_message_priority> of TC_O_17_CS: a priority the station under test does not support.' },
  unsupportedDisplayMessageState: { unit: 'text', default: 'Faulted', oneOf: ['Charging', 'Faulted', 'Idle', 'Unavailable'], meaning: '2.0.1 <Configured unsupported_display_message_state> of TC_O_18_CS, for a station whose ICS claims LacksDisplayMessageState (Faulted: TC_O_36/37/38_CS make the others mandatory).' },
  costMessage: { unit: 'text', default: 'EUR 0.25/kWh', meaning: '2.0.1 <Configured Cost> of TC_I_01_CS / TC_I_07_CS: the tariff text the harness gives the driver (idTokenInfo.personalMessage, updatedPersonalMessage content).' },
  connectorType: { unit: 'text', default: 'cType2', meaning: '2.0.1 <Configured connectorType> (a ConnectorEnumType value, errata 5.19 / 6.2.61): the connector type the station under test is asked to reserve (TC_H_15/16_CS; it must have one) and the CSMS under test to send in ReserveNowRequest (TC_H_15_CSMS).' },
  logType: { unit: 'text', default: 'DiagnosticsLog', oneOf: ['DiagnosticsLog', 'SecurityLog'], meaning: '2.0.1 <Configured logType> of TC_N_36_CS: the log the station uploads twice (the second request cancels the first upload).' },
  driverLanguage: { unit: 'text', default: 'de', meaning: '2.0.1 <Configured language> of TC_O_15_CS: the EV driver\'s preferred language (RFC 5646 tag) the harness gives in idTokenInfo.language1.' },
  driverLanguageMessage: { unit: 'text', default: 'Willkommen, der Ladevorgang hat begonnen', meaning: '2.0.1 <Configured Message> of TC_O_15_CS, in <Configured language>.' },
  customerIdentifier: { unit: 'text', default: 'OpenChargeAlliance', meaning: '2.0.1 <Configured customerIdentifier(s)> of TC_N_62_CS: the customer whose data the operator stores at the station under test (Memory State), then cleared and reported by CustomerInformation customerIdentifier.' },
  ocppInterface: { unit: 'text', default: 'Wired0', oneOf: ['Wired0', 'Wired1', 'Wired2', 'Wired3', 'Wireless0', 'Wireless1', 'Wireless2', 'Wireless3'], meaning: '2.0.1 <Configured ocppInterface> of the SetNetworkProfileRequest connectionData of TC_B_45/46/47/49/50_CS (errata 2025-09 6.2.17; one interface for both slots).' },
  authorizationMethod15118: { unit: 'text', default: 'PnC', oneOf: ['EIM', 'PnC'], meaning: '2.0.1 the Authorization Method of Reusable State Authorized15118 (Part 6 Table 429) where a case does not name one (TC_N_63_CS names PnC): PnC, the EV authorizes with its contract certificate (Plug & Charge), or EIM, the tester presents the valid idToken.' },
} as const satisfies Record<string, ConfiguredValue>;

export type ConfiguredValueName = keyof typeof CONFIGURED_VALUES;

export const CONFIGURED_NAMES = Object.keys(CONFIGURED_VALUES) as ConfiguredValueName[];

/** The names of the text values (`unit: 'text'`). */
export type ConfiguredTextName = { [K in ConfiguredValueName]: (typeof CONFIGURED_VALUES)[K]['unit'] extends 'text' ? K : never }[ConfiguredValueName];

/** The names of the numeric values. */
export type ConfiguredNumberName = Exclude<ConfiguredValueName, ConfiguredTextName>;

/** A `configured:` section: numbers for the numeric values, texts for the text values. */
export type ConfiguredValues = Partial<Record<ConfiguredNumberName, number> & Record<ConfiguredTextName, string>>;

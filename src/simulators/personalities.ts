/**
 * Personalities of the reference simulators: conformant choices the specification leaves open,
 * each a named option set. A case must PASS on every personality; one that passes only on the
 * default is over-strict. Faults break a requirement; a personality never does: each entry cites
 * the text that allows its choice.
 */
import type { OcppVersion } from '../rpc/versions.js';
import { HarnessError } from '../errors.js';

export type PersonalityRole = 'station' | 'csms';

/** How the reference station behaves where the specification lets it choose. */
export interface StationBehaviour {
  /** 2.0.1 TransactionEvent seqNo: from 0 per transaction, or one counter per EVSE across transactions. */
  seqNo: 'per-transaction' | 'continuous';
  /** The default of LocalPreAuthorize (2.0.1 AuthCtrlr.LocalPreAuthorize, 1.6 key LocalPreAuthorize). */
  localPreAuthorize: boolean;
  /** 2.0.1: also report connector status changes as NotifyEvent (Connector.AvailabilityState, trigger Delta). */
  notifyEventWithStatus: boolean;
  /** How long the station is down in a reboot (reset, power cycle) before it connects again, in ms. */
  rebootMs: number;
  /** Sends a CALL of its own (Heartbeat) before answering a CALL of the CSMS. */
  ownCallFirst: boolean;
  /** 2.0.1: the clock-aligned values of an EVSE with a transaction go in TransactionEvent (MeterValueClock), not MeterValues. */
  alignedInTransactionEvent: boolean;
  /**
   * 1.6 Smart Charging: refuses a TxProfile without a transaction, and a RemoteStartTransaction whose
   * chargingProfile is not a TxProfile, with CALLERROR PropertyConstraintViolation; reports a composite
   * schedule's start only as scheduleStart.
   */
  terseSmartCharging: boolean;
  /** 2.0.1 Smart Charging: one ReportChargingProfilesRequest per profile (tbc on all but the last), not one per EVSE and source. */
  chargingProfileReportPerProfile: boolean;
  /** 2.0.1 L01: reboots before installing a firmware (InstallRebooting, boot, Installing) rather than after (Part 6 RebootBeforeFirmwareInstallation). */
  firmwareRebootBeforeInstall: boolean;
  /** 2.0.1 OCPPCommCtrlr.FileTransferProtocols: the protocols it downloads firmware and uploads logs with (N01, L01). */
  fileTransferProtocols: string;
  /** 2.0.1 N01: a failing log upload reports every attempt (Uploading, UploadFailure), not only the last failure. */
  logStatusEveryAttempt: boolean;
  /** 2.0.1 N02: one monitor per NotifyMonitoringReport part (tbc on all but the last). */
  splitMonitoringReports: boolean;
  /** 1.6 Remote Trigger: TriggerMessage FirmwareStatusNotification is answered NotImplemented. */
  noFirmwareStatusTrigger: boolean;
  /** 1.6 Local Auth List Management: with the list disabled, GetLocalListVersion and SendLocalList get CALLERROR NotSupported. */
  localListCallError: boolean;
  /** 1.6 security whitepaper: GetInstalledCertificateIds lists the hash data in SHA384 (the Charge Point chooses SHA256/384/512). */
  certificateIdsSha384: boolean;
  /** 2.0.1 H01: a reservation of an unspecified EVSE only keeps other tokens off; Reserved is reported once every available EVSE is reserved. */
  quietReservations: boolean;
}

/** How the reference CSMS behaves where the specification lets it choose. */
export interface CsmsBehaviour {
  /** Heartbeat interval (s) in BootNotificationResponse; undefined: the configured one. */
  heartbeatInterval: number | undefined;
  /** Fills optional response fields (statusInfo, idTokenInfo details, 1.6 idTagInfo expiryDate). */
  optionalFields: boolean;
  /** Waits this long before answering a station's CALL, in ms (within the station's message timeout). */
  answerDelayMs: number;
  /** Waits this long before sending a message the operator asked for, in ms. */
  requestDelayMs: number;
  /** K16/K17: answers a renegotiation's NotifyEVChargingNeeds Processing and sends the TxProfile this long after (ms); undefined: Accepted, the profile at once. */
  evNeedsProcessingMs: number | undefined;
  /** L01: UpdateFirmwareRequest carries the optional retries and retryInterval. */
  firmwareRetries: boolean;
  /** I02.FR.01: the running cost goes in the TransactionEventResponse (totalCost) or in a CostUpdatedRequest. */
  runningCost: 'transactionResponse' | 'costUpdated';
  /** N10.FR.02: a customer cleared from the station's Local Authorization List leaves it by a Full update of the rest (else a Differential removal). */
  clearedCustomerFullList: boolean;
}

export const DEFAULT_STATION_BEHAVIOUR: Readonly<StationBehaviour> = {
  seqNo: 'per-transaction', localPreAuthorize: false, notifyEventWithStatus: false, rebootMs: 0, ownCallFirst: false, alignedInTransactionEvent: false,
  terseSmartCharging: false, chargingProfileReportPerProfile: false, firmwareRebootBeforeInstall: false, splitMonitoringReports: false,
  noFirmwareStatusTrigger: false, localListCallError: false, certificateIdsSha384: false, fileTransferProtocols: 'HTTP,HTTPS', logStatusEveryAttempt: false,
  quietReservations: false,
};

export const DEFAULT_CSMS_BEHAVIOUR: Readonly<CsmsBehaviour> = {
  heartbeatInterval: undefined, optionalFields: false, answerDelayMs: 0, requestDelayMs: 0, evNeedsProcessingMs: undefined, firmwareRetries: false,
  runningCost: 'transactionResponse', clearedCustomerFullList: false,
};

interface PersonalityBase<R extends PersonalityRole, B> {
  name: string;
  role: R;
  versions: readonly OcppVersion[];
  /** One line: what is different. */
  summary: string;
  /** The requirement or text that allows the choice. */
  allowedBy: string;
  behaviour: Partial<B>;
  /** Shorter durations for reference runs (the conformance matrix): the same behaviour, less waiting. */
  reference?: Partial<B>;
  /**
   * Blocks (2.0.1 letters, 1.6 case-file areas) the choice cannot touch: the matrix leaves their cases
   * on the default personality. Explicit and short; empty when in doubt.
   */
  untouched?: { blocks: readonly string[]; why: string };
}

export type StationPersonality = PersonalityBase<'station', StationBehaviour>;
export type CsmsPersonality = PersonalityBase<'csms', CsmsBehaviour>;
export type Personality = StationPersonality | CsmsPersonality;

export const DEFAULT_PERSONALITY = 'default';

const BOTH: readonly OcppVersion[] = ['1.6', '2.0.1'];
const V201: readonly OcppVersion[] = ['2.0.1'];

/** The 1.6 case folders (OCTT 1.6 document sections) but `keep`: what a 1.6 choice of one section cannot touch. */
const FOLDERS_16 = ['basic-actions-non-happy', 'cache', 'cold-boot', 'configuration', 'configuration-keys-non-happy', 'data-transfer', 'fault-behavior-non-happy', 'firmware-management',
  'local-authorization-list', 'meter-values', 'offline-non-happy', 'power-failure-non-happy', 'remote-actions', 'remote-actions-non-happy', 'remote-trigger',
  'reservation', 'resetting', 'security', 'smart-charging', 'start-charging-session', 'stop-charging-session', 'unlocking', 'unlocking-non-happy'];
const foldersBut = (keep: string): string[] => FOLDERS_16.filter((f) => f !== keep);

export const STATION_PERSONALITIES: readonly StationPersonality[] = [
  { name: DEFAULT_PERSONALITY, role: 'station', versions: BOTH, behaviour: {}, allowedBy: '-',
    summary: 'seqNo from 0 per transaction, LocalPreAuthorize false, StatusNotification only, reboots at once, answers CALLs first' },
  { name: 'continuous-seqno', role: 'station', versions: V201, behaviour: { seqNo: 'continuous' },
    allowedBy: '2.0.1 Part 2 E "Sequence Number Generation" (E01.FR.07): start at 0 is a SHOULD, "a continuously increasing seqNo [is] still allowed"',
    summary: 'TransactionEvent seqNo continues per EVSE across transactions instead of restarting at 0',
    untouched: { blocks: ['A'], why: 'seqNo exists only in TransactionEvent; the A cases start no transaction' } },
  { name: 'pre-authorize', role: 'station', versions: BOTH, behaviour: { localPreAuthorize: true },
    allowedBy: '2.0.1 Part 2 Appendix AuthCtrlr.LocalPreAuthorize / 1.6 3.5 and 9.1.13 LocalPreAuthorize: a RW setting without a mandated default',
    summary: 'LocalPreAuthorize true out of the box: cached or local-list tokens start without an Authorize' },
  { name: 'status-and-event', role: 'station', versions: V201, behaviour: { notifyEventWithStatus: true },
    allowedBy: '2.0.1 Part 2 G01.FR.03-05 and E02.FR.05: StatusNotification or NotifyEvent(Connector.AvailabilityState); sending both satisfies either',
    summary: 'reports each connector status change twice: StatusNotification and NotifyEvent AvailabilityState (Delta)' },
  { name: 'slow-reboot', role: 'station', versions: BOTH, behaviour: { rebootMs: 20_000 }, reference: { rebootMs: 3_000 },
    allowedBy: '2.0.1 Part 2 B11/B12 and 1.6 5.14 Reset: no bound on how long a reboot takes',
    summary: 'is down 20 s in every reset or power cycle before it connects again (reference runs: 3 s)' },
  { name: 'own-call-first', role: 'station', versions: BOTH, behaviour: { ownCallFirst: true },
    allowedBy: 'OCPP-J 2.0.1 Part 4 4.1.1 / 1.6 4.1.1 Synchronicity: one outstanding CALL per side, so each side may send its own while the other\'s is unanswered',
    summary: 'sends a Heartbeat of its own before answering each CSMS CALL (both sides then have a CALL outstanding)' },
  // --- J Meter values ---
  { name: 'aligned-in-transaction-event', role: 'station', versions: V201, behaviour: { alignedInTransactionEvent: true },
    allowedBy: '2.0.1 Part 2 J01.FR.22: during a transaction, clock-aligned values go in a MeterValuesRequest or a TransactionEventRequest',
    summary: 'reports the clock-aligned values of an EVSE with a transaction in TransactionEvent Updated (MeterValueClock) instead of MeterValues',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      why: 'the choice shows only while AlignedDataCtrlr.Interval > 0 during a transaction; only the J cases set it (default 0)' } },
  // --- N Diagnostics ---
  { name: 'split-monitoring-reports', role: 'station', versions: V201, behaviour: { splitMonitoringReports: true },
    allowedBy: '2.0.1 Part 2 N02.FR.03: the monitors are sent "via one or more notifyMonitoringReportRequest messages"',
    summary: 'reports one monitor per NotifyMonitoringReport part (seqNo counting up, tbc on all but the last)',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only GetMonitoringReport answers change; only the N cases send it' } },
  // --- K Smart Charging (1.6) ---
  { name: 'terse-smart-charging', role: 'station', versions: ['1.6'], behaviour: { terseSmartCharging: true },
    allowedBy: 'OCTT 1.6 TC_058_1_CS and TC_060_CS ("SetChargingProfile.conf / RemoteStartTransaction.conf OR a CallError PropertyConstraintViolation"); 1.6 GetCompositeSchedule.conf: chargingSchedule.startSchedule is optional (0..1) beside scheduleStart',
    summary: 'refuses a TxProfile without transaction and a non-TxProfile remote start profile by CALLERROR; composite start only in scheduleStart',
    untouched: {
      blocks: ['basic-actions-non-happy', 'cache', 'cold-boot', 'configuration', 'configuration-keys-non-happy', 'data-transfer', 'fault-behavior-non-happy',
        'meter-values', 'offline-non-happy', 'power-failure-non-happy', 'remote-actions', 'remote-actions-non-happy', 'resetting', 'security',
        'start-charging-session', 'stop-charging-session', 'unlocking', 'unlocking-non-happy'],
      why: 'only SetChargingProfile, GetCompositeSchedule and a RemoteStartTransaction with a chargingProfile change; only the smart-charging cases send those',
    } },
  // --- K Smart Charging (2.0.1) ---
  { name: 'profile-per-report', role: 'station', versions: V201, behaviour: { chargingProfileReportPerProfile: true },
    allowedBy: '2.0.1 Part 2 K09.FR.02 (the profiles may be reported in more than one ReportChargingProfilesRequest, tbc on all but the last); Part 6 K cases "If tbc is True ... repeated"',
    summary: 'reports each charging profile in a ReportChargingProfilesRequest of its own (tbc true on all but the last)',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only GetChargingProfiles changes; only the K cases send it' } },
  // --- N Diagnostics: log upload ---
  { name: 'ftp-only-file-transfer', role: 'station', versions: V201, behaviour: { fileTransferProtocols: 'FTP' },
    allowedBy: '2.0.1 Part 2 N01.FR.13 / OCPPCommCtrlr.FileTransferProtocols: a station lists the protocols it supports, FTP among them (Part 6 TC_N_25_CS prerequisite)',
    summary: 'transfers files over FTP only (FileTransferProtocols FTP): logs are uploaded and firmware downloaded by FTP',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'G', 'H', 'I', 'J', 'K', 'M', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only FileTransferProtocols changes; only the L and N cases (and F\'s triggers during a transfer) read it and transfer files' } },
  { name: 'log-status-every-attempt', role: 'station', versions: V201, behaviour: { logStatusEveryAttempt: true },
    allowedBy: '2.0.1 Part 2 N01.FR.10 (the status after all retries is only RECOMMENDED) / Part 6 TC_N_26_CS note: steps (3,) 5 for every attempt',
    summary: 'reports every failed log upload attempt (Uploading, UploadFailure) rather than only the last',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only a failing GetLog upload changes; only the N cases send GetLog' } },
  // --- L Firmware management ---
  { name: 'firmware-reboot-before-install', role: 'station', versions: V201, behaviour: { firmwareRebootBeforeInstall: true },
    allowedBy: '2.0.1 Part 2 L01.FR.15 / Part 6 Reusable State RebootBeforeFirmwareInstallation: a station may reboot before installing (InstallRebooting, boot reason FirmwareUpdate, Installing)',
    summary: 'reboots before installing a firmware (InstallRebooting, BootNotification FirmwareUpdate, Installing, Installed) instead of after',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'G', 'H', 'I', 'J', 'K', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only an accepted, signed UpdateFirmware reaches the install step; only the L cases (and TC_F_19_CS) send one' } },
  // --- H Reservation ---
  { name: 'quiet-reservations', role: 'station', versions: V201, behaviour: { quietReservations: true },
    allowedBy: '2.0.1 Part 2 H01.FR.07 / FR.20 / FR.24: an unspecified (or connectorType) reservation must keep one EVSE free for its idToken; Reserved is due only once the available EVSEs equal the reservations (errata 6.2.60: TC_H_08_CS step 3 optional)',
    summary: 'holds a reservation of an unspecified EVSE or a connectorType on an EVSE without reporting it Reserved (other tokens refused there) until every available EVSE is reserved',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only a ReserveNow without evseId changes; only the H cases send one' } },
  // --- 1.6 Local Auth List Management, Remote Trigger ---
  { name: 'local-list-callerror', role: 'station', versions: ['1.6'], behaviour: { localListCallError: true },
    allowedBy: 'OCTT 1.6 TC_042_1_CS and TC_043_1_CS step 2: "GetLocalListVersion.conf / SendLocalList.conf OR a CallError NotSupported"',
    summary: 'with LocalAuthListEnabled false, refuses GetLocalListVersion and SendLocalList by CALLERROR NotSupported',
    untouched: { blocks: foldersBut('local-authorization-list'), why: 'only a disabled Local Authorization List answers otherwise; only the local list cases disable it' } },
  { name: 'no-firmware-trigger', role: 'station', versions: ['1.6'], behaviour: { noFirmwareStatusTrigger: true },
    allowedBy: 'OCPP 1.6 5.17 (NotImplemented for a message not implemented) and OCTT 1.6 TC_054_CS step 18 ("Accepted OR NotImplemented")',
    summary: 'answers TriggerMessage FirmwareStatusNotification NotImplemented',
    untouched: { blocks: foldersBut('remote-trigger'), why: 'only TriggerMessage FirmwareStatusNotification changes; only the remote trigger cases send it' } },
  // --- 1.6 security whitepaper certificate management ---
  { name: 'certificate-ids-sha384', role: 'station', versions: ['1.6'], behaviour: { certificateIdsSha384: true },
    allowedBy: '1.6 security whitepaper CertificateHashDataType hashAlgorithm (SHA256, SHA384 or SHA512, the Charge Point\'s choice); OCTT 1.6 TC_075_x_CS step 4 and TC_076_CS step 3 (the OCTT calculates with the algorithm given)',
    summary: 'lists installed certificates (GetInstalledCertificateIds) with SHA384 hash data',
    untouched: { blocks: foldersBut('security'), why: 'only GetInstalledCertificateIds changes; only the security cases send it' } },
];

export const CSMS_PERSONALITIES: readonly CsmsPersonality[] = [
  { name: DEFAULT_PERSONALITY, role: 'csms', versions: BOTH, behaviour: {}, allowedBy: '-',
    summary: 'configured heartbeat interval, required response fields only, answers and sends at once' },
  { name: 'short-heartbeat', role: 'csms', versions: BOTH, behaviour: { heartbeatInterval: 30 },
    allowedBy: '2.0.1 Part 2 B01.FR.04 / G02.FR.01 and 1.6 4.2 Boot Notification: the interval is the CSMS\'s choice',
    summary: 'asks for a Heartbeat every 30 s in BootNotificationResponse' },
  { name: 'optional-fields', role: 'csms', versions: BOTH, behaviour: { optionalFields: true },
    allowedBy: '2.0.1 Part 2 messages (statusInfo, IdTokenInfoType: cacheExpiryDateTime, language1, personalMessage, 0..1) and 1.6 IdTagInfo.expiryDate (0..1)',
    summary: 'fills optional response fields: statusInfo, idTokenInfo cacheExpiryDateTime/language1/personalMessage; 1.6 idTagInfo expiryDate' },
  { name: 'slow-answers', role: 'csms', versions: BOTH, behaviour: { answerDelayMs: 1_500 }, reference: { answerDelayMs: 500 },
    allowedBy: 'OCPP-J 2.0.1 Part 4 4.1.1 / 1.6 4.1.1: the timeout is implementation-dependent; an answer within it is conformant',
    summary: 'answers every station CALL after 1.5 s (reference runs: 0.5 s)' },
  { name: 'deliberate', role: 'csms', versions: BOTH, behaviour: { requestDelayMs: 5_000 }, reference: { requestDelayMs: 1_500 },
    allowedBy: 'Part 6 / 1.6 test document: "manual action: the CSMS sends X" sets no deadline for the CSMS',
    summary: 'waits 5 s before sending a message it is asked to send (reference runs: 1.5 s)' },
  // --- K Smart Charging ---
  { name: 'ev-needs-processing', role: 'csms', versions: V201, behaviour: { evNeedsProcessingMs: 5_000 }, reference: { evNeedsProcessingMs: 500 },
    allowedBy: '2.0.1 Part 2 K17.FR.05 (K15.FR.05): a CSMS that needs time to compute the schedule answers Processing and sends the SetChargingProfileRequest later; Part 6 TC_K_57/59_CSMS accept it (TC_K_55_CSMS wants the first needs Accepted)',
    summary: 'answers a renegotiation\'s NotifyEVChargingNeeds Processing and sends the TxProfile 5 s later (reference runs: 0.5 s)',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only NotifyEVChargingNeeds is answered otherwise; only the K ISO 15118 cases send it' } },
  // --- L Firmware management ---
  { name: 'firmware-retries', role: 'csms', versions: V201, behaviour: { firmwareRetries: true },
    allowedBy: '2.0.1 Part 2 UpdateFirmwareRequest retries and retryInterval (0..1): how often and how far apart the station retries the download is the CSMS\'s choice',
    summary: 'sends UpdateFirmware with retries 3 and retryInterval 30 s',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only UpdateFirmwareRequest changes; only the L cases ask for it' } },
  // --- N Diagnostics ---
  { name: 'cleared-customer-full-list', role: 'csms', versions: V201, behaviour: { clearedCustomerFullList: true },
    allowedBy: '2.0.1 Part 2 N10.FR.02 (the CSMS updates the Local Authorization List), Part 6 TC_N_46_CSMS step 5 with errata 2025-09 6.3.23: Differential removal OR a Full list without the idToken',
    summary: 'after clearing a customer in the station\'s Local Authorization List, sends the rest of the list as a Full update',
    untouched: { blocks: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'O', 'P', 'Q', 'R', 'S'],
      why: 'only the SendLocalList after a CustomerInformation clear changes; only TC_N_46_CSMS asks for one' } },
  // --- I Tariff and Cost ---
  { name: 'cost-updated-requests', role: 'csms', versions: V201, behaviour: { runningCost: 'costUpdated' },
    allowedBy: '2.0.1 Part 2 I02.FR.01: the CSMS sends either a CostUpdatedRequest or the running cost in a TransactionEventResponse',
    summary: 'sends the running cost of a charging transaction as CostUpdatedRequest after each update, not in the TransactionEventResponse',
    untouched: { blocks: ['A', 'D', 'G', 'H', 'M', 'N', 'P'], why: 'only a charging transaction changes; the CSMS cases of these blocks charge none' } },
];

export function personalitiesFor(role: PersonalityRole, version?: OcppVersion): Personality[] {
  const all: readonly Personality[] = role === 'station' ? STATION_PERSONALITIES : CSMS_PERSONALITIES;
  return all.filter((p) => !version || p.versions.includes(version));
}

function find(role: PersonalityRole, name: string, version?: OcppVersion): Personality {
  const p = personalitiesFor(role).find((x) => x.name === name);
  if (!p) {
    throw new HarnessError('OCPPH_ERR_SIMULATOR',
      `unknown ${role} personality '${name}'; known: ${personalitiesFor(role).map((x) => x.name).join(', ')}`);
  }
  if (version && !p.versions.includes(version)) {
    throw new HarnessError('OCPPH_ERR_SIMULATOR', `the ${role} personality '${name}' exists for OCPP ${p.versions.join(', ')}, not ${version}`);
  }
  return p;
}

/** Fails fast on an unknown personality or one of another version. */
export function validatePersonality(role: PersonalityRole, name: string, version?: OcppVersion): void {
  find(role, name, version);
}

/** The station behaviour of a personality (`reference`: with the shortened durations of reference runs). */
export function stationBehaviour(name = DEFAULT_PERSONALITY, options: { reference?: boolean; version?: OcppVersion } = {}): StationBehaviour {
  const p = find('station', name, options.version) as StationPersonality;
  return { ...DEFAULT_STATION_BEHAVIOUR, ...p.behaviour, ...(options.reference ? p.reference : {}) };
}

/** The CSMS behaviour of a personality (`reference`: with the shortened durations of reference runs). */
export function csmsBehaviour(name = DEFAULT_PERSONALITY, options: { reference?: boolean; version?: OcppVersion } = {}): CsmsBehaviour {
  const p = find('csms', name, options.version) as CsmsPersonality;
  return { ...DEFAULT_CSMS_BEHAVIOUR, ...p.behaviour, ...(options.reference ? p.reference : {}) };
}

/** `sim --list-personalities`: name, role, versions, one line. */
export function formatPersonalityList(role?: PersonalityRole): string {
  const roles: PersonalityRole[] = role ? [role] : ['station', 'csms'];
  return roles.flatMap((r) => personalitiesFor(r))
    .map((p) => `${p.name.padEnd(18)} ${p.role.padEnd(8)} ${p.versions.join(',').padEnd(10)} ${p.summary}`)
    .join('\n');
}

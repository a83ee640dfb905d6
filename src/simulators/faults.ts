/**
 * The reference simulators' switchable faults: each makes a simulator break ONE specific
 * requirement, so every test case can be shown to FAIL on the fault it exists to catch.
 * Names are unique per role (a station fault and a CSMS fault may share a name).
 */
import type { OcppVersion } from '../rpc/versions.js';
import { HarnessError } from '../errors.js';

export type FaultRole = 'station' | 'csms';

export interface FaultSpec {
  name: string;
  role: FaultRole;
  versions: readonly OcppVersion[];
  /** One line: what the simulator does wrong. */
  description: string;
  /** The requirement broken (2.0.1 id; a 1.6 section when the rule is 1.6-only). */
  requirement: string;
}

const BOTH: readonly OcppVersion[] = ['1.6', '2.0.1'];
const V201: readonly OcppVersion[] = ['2.0.1'];
const V16: readonly OcppVersion[] = ['1.6'];

export const FAULTS: readonly FaultSpec[] = [
  // --- reference charging station -------------------------------------------------------------
  { name: 'boot-wrong-reason', role: 'station', versions: V201, requirement: 'B01.FR.09',
    description: 'Cold boot BootNotification gives reason ApplicationReset instead of PowerUp.' },
  { name: 'no-status-after-boot', role: 'station', versions: BOTH, requirement: 'B01.FR.05',
    description: 'Sends no StatusNotification after an Accepted BootNotification.' },
  { name: 'ignore-heartbeat-interval', role: 'station', versions: BOTH, requirement: 'B01.FR.04',
    description: 'Keeps its own heartbeat interval instead of the one in BootNotificationResponse.' },
  { name: 'no-heartbeat', role: 'station', versions: BOTH, requirement: 'G02.FR.02',
    description: 'Never sends Heartbeat.' },
  { name: 'status-wrong-connector-status', role: 'station', versions: BOTH, requirement: 'B01.FR.05',
    description: 'Reports idle connectors as Occupied (1.6: Preparing) although no EV is plugged in.' },
  { name: 'schema-invalid-payload', role: 'station', versions: BOTH, requirement: 'OCPP-J 4.1 (payload must match the schema)',
    description: 'StatusNotification carries a connector status outside the enumeration.' },
  { name: 'second-call-while-pending', role: 'station', versions: BOTH, requirement: 'OCPP-J 4.1.1 (one CALL in flight)',
    description: 'Sends its post-boot StatusNotifications without waiting for each answer.' },
  { name: 'hostile-strings', role: 'station', versions: BOTH, requirement: 'Security (text from the peer is data)',
    description: 'Vendor, model, firmware and free-text fields contain <script> and other markup (schema-valid).' },
  { name: 'boot-while-rejected', role: 'station', versions: BOTH, requirement: 'B03.FR.02',
    description: 'Sends Heartbeat and StatusNotification while its BootNotification is Rejected.' },
  { name: 'ignores-pending', role: 'station', versions: BOTH, requirement: 'B02.FR.02',
    description: 'Sends StatusNotifications while Pending, as if it had been Accepted.' },
  { name: 'no-callerror-while-rejected', role: 'station', versions: BOTH, requirement: 'B03.FR.08',
    description: 'Answers CSMS CALLs normally while Rejected (2.0.1: instead of CALLERROR SecurityError; 1.6: instead of not answering).' },
  { name: 'reset-not-performed', role: 'station', versions: BOTH, requirement: 'B11.FR.03',
    description: 'Answers Reset Accepted but does not reboot.' },
  { name: 'getvariables-wrong-status', role: 'station', versions: V201, requirement: 'B06.FR.06/B06.FR.07/B06.FR.09',
    description: 'GetVariables answers Accepted (empty value) where UnknownComponent, UnknownVariable, NotSupportedAttributeType or Rejected is due.' },
  { name: 'setvariables-ignored', role: 'station', versions: V201, requirement: 'B05.FR.10',
    description: 'SetVariables answers Accepted but does not store the value.' },
  { name: 'changeconfiguration-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.3 Change Configuration',
    description: 'ChangeConfiguration answers Accepted but does not store the value.' },
  { name: 'unknown-key-accepted', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.3 Change Configuration',
    description: 'ChangeConfiguration answers Accepted for an unknown key instead of NotSupported.' },
  { name: 'password-readable', role: 'station', versions: BOTH, requirement: 'B06.FR.09/A01.FR.12',
    description: 'GetVariables/GetConfiguration discloses the write-only Basic-auth password.' },
  { name: 'trigger-not-sent', role: 'station', versions: BOTH, requirement: 'F06.FR.10',
    description: 'Accepts TriggerMessage but never sends the requested message.' },
  { name: 'seqno-gap', role: 'station', versions: V201, requirement: 'E01.FR.07 (seqNo +1 per message)',
    description: 'TransactionEvent seqNo skips a number after the second message of a transaction.' },
  { name: 'wrong-trigger-reason', role: 'station', versions: V201, requirement: 'E02.FR.17',
    description: 'TransactionEvent for a cable plug-in gives triggerReason Authorized instead of CablePluggedIn.' },
  { name: 'tx-no-meter-values', role: 'station', versions: BOTH, requirement: 'E02.FR.10/J02',
    description: 'Sends no meter values for a transaction (none in Started/Ended, no periodic samples).' },
  { name: 'remote-start-rejected', role: 'station', versions: BOTH, requirement: 'F02.FR.01',
    description: 'Rejects RequestStartTransaction (1.6: RemoteStartTransaction) for a valid token on an available EVSE.' },
  { name: 'offline-tx-dropped', role: 'station', versions: BOTH, requirement: 'E04.FR.01/E12',
    description: 'Drops transaction messages created while offline instead of delivering them after reconnecting.' },
  { name: 'accepts-invalid-server-cert', role: 'station', versions: BOTH, requirement: 'A00.FR.308/A00.FR.311',
    description: 'Security profile 2/3: skips verification of the CSMS server certificate.' },
  { name: 'accepts-tls-below-1.2', role: 'station', versions: BOTH, requirement: 'A00.FR.313/A00.FR.316',
    description: 'Offers and accepts TLS 1.0 and 1.1.' },
  { name: 'no-security-event-after-bad-cert', role: 'station', versions: BOTH, requirement: 'A00.FR.310',
    description: 'Reports no InvalidCsmsCertificate security event after a connection failed on an invalid server certificate.' },

  // --- reference CSMS (entries below are maintained with src/simulators/csms) -----------------
  { name: 'accepts-wrong-password', role: 'csms', versions: BOTH, requirement: 'A00.FR.207/A00.FR.324',
    description: 'Security profile 1/2: accepts any Basic-auth password.' },
  { name: 'accepts-username-mismatch', role: 'csms', versions: BOTH, requirement: 'A00.FR.204/A00.FR.303',
    description: 'Security profile 1/2: accepts a Basic-auth username that is not the station identity.' },
  { name: 'accepts-missing-client-cert', role: 'csms', versions: BOTH, requirement: 'A00.FR.401/A00.FR.407',
    description: 'Security profile 3: accepts a station that presents no client certificate.' },
  { name: 'accepts-unknown-client-cert', role: 'csms', versions: BOTH, requirement: 'A00.FR.403/A00.FR.407',
    description: 'Security profile 3: accepts a client certificate that does not chain to a trusted CA.' },
  { name: 'tls-accepts-1.1', role: 'csms', versions: BOTH, requirement: 'A00.FR.313/A00.FR.315',
    description: 'Offers and accepts TLS 1.1 on its wss endpoint.' },
  { name: 'expired-server-cert', role: 'csms', versions: BOTH, requirement: 'A00.FR.307/A00.FR.410',
    description: 'Serves the expired server certificate.' },
  { name: 'boot-no-interval', role: 'csms', versions: BOTH, requirement: 'B01.FR.04',
    description: 'Answers BootNotification Accepted with interval 0 (no heartbeat interval).' },
  { name: 'boot-rejects-known-station', role: 'csms', versions: BOTH, requirement: 'B01.FR.02',
    description: 'Answers BootNotification Rejected for a station configured to be Accepted.' },
  { name: 'pending-accepts-calls', role: 'csms', versions: BOTH, requirement: 'B02.FR.09/B03.FR.07',
    description: 'Answers untriggered CALLs of a Pending or Rejected station normally instead of CALLERROR SecurityError.' },
  { name: 'sends-while-rejected', role: 'csms', versions: BOTH, requirement: 'B03.FR.03',
    description: 'Sends CSMS-initiated messages to a station it has Rejected.' },
  { name: 'heartbeat-wrong-time', role: 'csms', versions: BOTH, requirement: 'B01.FR.06 (Heartbeat currentTime)',
    description: 'Answers Heartbeat with a currentTime a year in the past.' },
  { name: 'reset-wrong-type', role: 'csms', versions: BOTH, requirement: 'B11/B12 (operator request)',
    description: 'Sends Reset with the other type than asked (Immediate<->OnIdle, Hard<->Soft).' },
  // blocks A and B, CSMS under test
  { name: 'closes-on-pending', role: 'csms', versions: BOTH, requirement: 'B02.FR.06',
    description: 'Closes the connection right after answering a BootNotification with Pending.' },
  { name: 'trigger-wrong-message', role: 'csms', versions: BOTH, requirement: 'F06.FR.01 (operator request)',
    description: 'TriggerMessage asks for a Heartbeat, whatever message the operator asked for.' },
  { name: 'variables-misspelled-component', role: 'csms', versions: V201, requirement: 'B05/B06 (device model component names)',
    description: 'GetVariables/SetVariables spell controller components without their trailing r (OCPPCommCtrl, AuthCtrl, SecurityCtrl).' },
  { name: 'variables-first-only', role: 'csms', versions: V201, requirement: 'B05/B06 (C-45/C-46: multiple elements)',
    description: 'GetVariables/SetVariables carry only the first of the requested variables.' },
  { name: 'ignores-items-per-message', role: 'csms', versions: V201, requirement: 'B06.FR.05',
    description: 'Puts every requested variable in one GetVariablesRequest, beyond the station\'s ItemsPerMessageGetVariables.' },
  { name: 'reset-station-evse-id', role: 'csms', versions: V201, requirement: 'B11.FR.03 (errata 2024-09: evseId omitted)',
    description: 'A Reset of the whole charging station carries evseId 0 instead of leaving evseId out.' },
  { name: 'reset-evse-dropped', role: 'csms', versions: V201, requirement: 'B11.FR.08/B12.FR.07',
    description: 'A Reset of one EVSE is sent without evseId, so it resets the whole charging station.' },
  { name: 'base-report-wrong-type', role: 'csms', versions: V201, requirement: 'B07.FR.07/B07.FR.08/B07.FR.09',
    description: 'GetBaseReport asks for FullInventory whatever report the operator asked for.' },
  { name: 'get-report-drops-criteria', role: 'csms', versions: V201, requirement: 'B08.FR.01',
    description: 'GetReport leaves out the componentCriteria the operator asked for.' },
  { name: 'network-profile-lower-security', role: 'csms', versions: V201, requirement: 'B09 (operator request)/A05.FR.07',
    description: 'SetNetworkProfile carries a security profile one lower than asked.' },
  { name: 'network-profile-failed-disconnects', role: 'csms', versions: V201, requirement: 'B09.FR.03',
    description: 'Takes a SetNetworkProfile answered Failed as fatal and closes the connection to the station.' },
  { name: 'password-change-ignored', role: 'csms', versions: V201, requirement: 'A01.FR.03',
    description: 'After the station accepted a new BasicAuthPassword, keeps checking the old one (the new one is refused).' },
  { name: 'password-changed-despite-rejected', role: 'csms', versions: V201, requirement: 'A01.FR.04',
    description: 'Switches to the new BasicAuthPassword although the station rejected it (the old one is refused).' },
  { name: 'certificate-signed-wrong-ca', role: 'csms', versions: BOTH, requirement: 'A02 (RenewChargingStationCertificate: signed by the CSMS root)',
    description: 'Signs station CSRs with a CA outside the CSMS root hierarchy.' },
  { name: 'rsa-only-server-cert', role: 'csms', versions: BOTH, requirement: 'A00.FR.318/A00.FR.421',
    description: 'Serves an RSA certificate only, so the TLS_ECDHE_ECDSA cipher suites cannot be negotiated.' },
  { name: 'weak-server-key', role: 'csms', versions: BOTH, requirement: 'A00.FR.502',
    description: 'Serves a server certificate with a 1024-bit RSA key.' },
  { name: 'authorize-accepts-invalid', role: 'csms', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for an unknown or invalid id token.' },
  { name: 'authorize-ignores-blocked', role: 'csms', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for a Blocked id token.' },
  { name: 'tx-no-idtokeninfo', role: 'csms', versions: V201, requirement: 'E03.FR.02/E02.FR.02',
    description: 'Answers a TransactionEvent that carries an idToken without idTokenInfo.' },
  { name: 'tx-start-rejected', role: 'csms', versions: V16, requirement: 'OCPP 1.6 5.17 StartTransaction',
    description: 'Answers StartTransaction with idTagInfo Invalid for a valid tag.' },
  { name: 'tx-accepts-invalid-idtoken', role: 'csms', versions: V201, requirement: 'E01.FR.11/E02.FR.04',
    description: 'Answers a TransactionEvent with idTokenInfo Accepted for any idToken, without verifying it.' },
  { name: 'tx-start-only-authorized', role: 'csms', versions: V201, requirement: 'E01.FR.01/E01.FR.02/E01.FR.04/E01.FR.05/E01.FR.06',
    description: 'Answers a TransactionEvent Started with CALLERROR unless its triggerReason is Authorized or RemoteStart (only knows TxStartPoint Authorized).' },
  { name: 'tx-stop-only-evconnected', role: 'csms', versions: V201, requirement: 'E06.FR.01/E06.FR.03/E06.FR.04/E06.FR.06/E06.FR.07',
    description: 'Answers a TransactionEvent Ended with CALLERROR unless its triggerReason is EVCommunicationLost (only knows TxStopPoint EVConnected).' },
  { name: 'tx-stop-only-authorized', role: 'csms', versions: V201, requirement: 'E06.FR.01/E06.FR.02/E06.FR.04/E06.FR.07',
    description: 'Answers a TransactionEvent Ended with CALLERROR unless its triggerReason is StopAuthorized, RemoteStop, Deauthorized or EVConnectTimeout (only knows TxStopPoint Authorized).' },
  { name: 'tx-suspended-ev-unhandled', role: 'csms', versions: V201, requirement: 'E01.FR.19/E02.FR.13',
    description: 'Answers a TransactionEvent reporting chargingState SuspendedEV with CALLERROR.' },
  { name: 'tx-ev-disconnect-ends-transaction', role: 'csms', versions: V201, requirement: 'E10.FR.01',
    description: 'Takes a TransactionEvent Updated with triggerReason EVCommunicationLost for the end of the transaction and answers its later events with CALLERROR.' },
  { name: 'tx-seqno-per-station', role: 'csms', versions: V201, requirement: 'E01.FR.07',
    description: 'Expects seqNo to keep increasing across a station\'s transactions: answers a new transaction starting at seqNo 0 with CALLERROR.' },
  { name: 'tx-rejects-seqno-gap', role: 'csms', versions: V201, requirement: 'E12.FR.02 (queued events arrive out of order, E 1.3.2)',
    description: 'Answers a TransactionEvent whose seqNo skips numbers (messages still queued at the station) with CALLERROR.' },
  { name: 'request-start-wrong-token', role: 'csms', versions: BOTH, requirement: 'F01.FR.04 (operator request)',
    description: 'RequestStartTransaction/RemoteStartTransaction carries another id token than asked.' },
  { name: 'request-stop-wrong-transaction', role: 'csms', versions: BOTH, requirement: 'F03.FR.01',
    description: 'RequestStopTransaction/RemoteStopTransaction names a transaction that does not exist.' },
  { name: 'transaction-status-wrong-transaction', role: 'csms', versions: V201, requirement: 'E14.FR.02/E14.FR.03 (operator request)',
    description: 'GetTransactionStatus asked for a transaction names one that does not exist.' },
  { name: 'transaction-status-adds-transaction', role: 'csms', versions: V201, requirement: 'E14.FR.06 (operator request)',
    description: 'GetTransactionStatus asked without a transactionId carries one anyway (the station\'s last transaction, or a made-up one).' },
  { name: 'ignores-security-event', role: 'csms', versions: BOTH, requirement: 'A04.FR.03',
    description: 'Leaves SecurityEventNotification unanswered.' },
  { name: 'schema-invalid-response', role: 'csms', versions: BOTH, requirement: 'OCPP-J 4.2.2 (CALLRESULT payload)',
    description: 'Answers BootNotification with a status outside the enumeration.' },
  { name: 'no-callerror-on-invalid', role: 'csms', versions: BOTH, requirement: 'OCPP-J 4.2.3 (CALLERROR)',
    description: 'Answers a schema-invalid CALL with a CALLRESULT instead of a CALLERROR.' },
  { name: 'wrong-callerror-code', role: 'csms', versions: BOTH, requirement: 'OCPP-J 4.2.3 (error codes)',
    description: 'Answers a schema-invalid CALL with CALLERROR GenericError instead of the specific code.' },
  { name: 'second-call-while-pending', role: 'csms', versions: BOTH, requirement: 'OCPP-J 4.1.1 (one CALL in flight)',
    description: 'Sends a second CALL to a station before the first is answered.' },
  { name: 'hostile-strings', role: 'csms', versions: BOTH, requirement: 'Security (text from the peer is data)',
    description: 'Free-text fields it sends contain <script> markup (schema-valid).' },
];

export function findFault(name: string, role: FaultRole): FaultSpec | undefined {
  return FAULTS.find((f) => f.name === name && f.role === role);
}

export function faultsFor(role: FaultRole, version?: OcppVersion): FaultSpec[] {
  return FAULTS.filter((f) => f.role === role && (version === undefined || f.versions.includes(version)));
}

/** What is wrong with a list of fault names for a simulator of `role` speaking `version` (empty when all are fine). */
export function faultProblems(names: readonly string[], role: FaultRole, version: OcppVersion): string[] {
  const problems: string[] = [];
  for (const name of names) {
    const spec = findFault(name, role);
    if (!spec) problems.push(`unknown ${role} fault '${name}' (see \`sim --list-faults\`)`);
    else if (!spec.versions.includes(version)) problems.push(`${role} fault '${name}' does not apply to OCPP ${version} (only ${spec.versions.join(', ')})`);
  }
  return problems;
}

/** Throws OCPPH_ERR_CONFIG naming every bad fault name. */
export function validateFaultNames(names: readonly string[], role: FaultRole, version: OcppVersion): void {
  const problems = faultProblems(names, role, version);
  if (problems.length) throw new HarnessError('OCPPH_ERR_CONFIG', problems.join('; '), { faults: [...names] });
}

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
  { name: 'authorize-accepts-invalid', role: 'csms', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for an unknown or invalid id token.' },
  { name: 'authorize-ignores-blocked', role: 'csms', versions: BOTH, requirement: 'C01.FR.07',
    description: 'Answers Authorize Accepted for a Blocked id token.' },
  { name: 'tx-no-idtokeninfo', role: 'csms', versions: V201, requirement: 'E03.FR.02/E02.FR.02',
    description: 'Answers a TransactionEvent that carries an idToken without idTokenInfo.' },
  { name: 'tx-start-rejected', role: 'csms', versions: V16, requirement: 'OCPP 1.6 5.17 StartTransaction',
    description: 'Answers StartTransaction with idTagInfo Invalid for a valid tag.' },
  { name: 'request-start-wrong-token', role: 'csms', versions: BOTH, requirement: 'F01.FR.04 (operator request)',
    description: 'RequestStartTransaction/RemoteStartTransaction carries another id token than asked.' },
  { name: 'request-stop-wrong-transaction', role: 'csms', versions: BOTH, requirement: 'F03.FR.01',
    description: 'RequestStopTransaction/RemoteStopTransaction names a transaction that does not exist.' },
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

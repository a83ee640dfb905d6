import type { SutRole } from './model.js';

/**
 * The named operator actions: every manual step a case can ask for. Hooks, simulators and the
 * prompt all receive these names; docs/operator-actions.md is generated from this table.
 */
export interface OperatorActionSpec {
  name: string;
  /** Which SUT the action is performed on. */
  sut: SutRole;
  params: Record<string, string>;
  description: string;
  /** The prompt shown to a person at a terminal. */
  prompt: (params: Record<string, unknown>) => string;
  /** The `setting` values the cases send (configureCsms), with their values and meaning. */
  settings?: Readonly<Record<string, string>>;
}

/**
 * Every `setting` a case sends with configureCsms: a case names one through `ConfigureCsmsSetting`, so
 * a new setting cannot be sent without being documented here (and in docs/operator-actions.md).
 */
export const CONFIGURE_CSMS_SETTINGS = {
  nextBootStatus: "`Pending` or `Rejected`: answer the station's next BootNotification with this status, then as usual (Part 6 B02/B03 \"configured to first respond Pending/Rejected\").",
  idToken: '`{idToken, type, status, groupIdToken?}`: the CSMS knows this idToken with this status (and group), e.g. the two idTokens of one GroupId of TC_C_40/43_CSMS ("Two valid idTokens with same GroupId are configured"); sent again without `groupIdToken` afterwards.',
  removeIdToken: 'an idToken value: the CSMS forgets an idToken a case configured (the second idToken of a group, after TC_C_40/43_CSMS).',
  energyTariff: 'a price per kWh (a number): the CSMS charges this station\'s transactions by the energy consumed (Part 6 TC_I_01/02_CSMS Memory State "CSMS is configured with a tariff which is based on energy consumed").',
} as const satisfies Record<string, string>;

export type ConfigureCsmsSetting = keyof typeof CONFIGURE_CSMS_SETTINGS;

const s = (v: unknown) => (v === undefined ? '' : String(v));

export const OPERATOR_ACTIONS: readonly OperatorActionSpec[] = [
  // Charging station under test
  { name: 'powerCycle', sut: 'CS', params: {}, description: 'Switch the charging station off and on again (cold boot); it reconnects and sends BootNotification.',
    prompt: () => 'Power-cycle (reboot) the charging station.' },
  { name: 'plugIn', sut: 'CS', params: { evseId: 'EVSE id (2.x) or connector id (1.6)', connectorId: 'connector id on the EVSE' },
    description: 'Connect the EV cable to the given EVSE/connector.', prompt: (p) => `Plug the EV cable into EVSE ${s(p.evseId)} connector ${s(p.connectorId ?? 1)}.` },
  { name: 'unplug', sut: 'CS', params: { evseId: 'EVSE id', connectorId: 'connector id', side: "'ev' (only at the EV: the EVSE loses the EV), 'station' (take the cable out of the charging station), omitted: both" },
    description: 'Disconnect the EV cable from the given EVSE/connector (at the EV, at the charging station, or both).',
    prompt: (p) => (p.side === 'ev' ? `Disconnect the cable at the EV side on EVSE ${s(p.evseId)} (leave it in the charging station).`
      : p.side === 'station' ? `Take the cable out of the charging station on EVSE ${s(p.evseId)}.` : `Unplug the EV cable from EVSE ${s(p.evseId)}.`) },
  { name: 'evStopSession', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Make the EV end the charging session over ISO 15118 (SessionStopReq with Terminate).',
    prompt: (p) => `Make the EV on EVSE ${s(p.evseId)} terminate the ISO 15118 session (SessionStopReq Terminate).` },
  { name: 'evContractCertificate', sut: 'CS', params: { evseId: 'EVSE id', action: "'Install' (the EV has no contract certificate yet) or 'Update' (it renews the one it has)" },
    description: 'Make the EV (Plug & Charge, ISO 15118-2) ask the charging station for a new contract certificate (CertificateInstallationReq) or an updated one (CertificateUpdateReq); with the certificate it then authorizes (Part 6 SendISO15118AuthorizationMethod PnC, SendInstallISO15118CertificateMethod).',
    prompt: (p) => `Make the EV on EVSE ${s(p.evseId)} ${p.action === 'Update' ? 'update its contract certificate (CertificateUpdateReq)' : 'install a new contract certificate (CertificateInstallationReq)'} and then authorize with it (Plug & Charge).` },
  { name: 'evRenegotiate', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Make the EV renegotiate its charging limits over ISO 15118 (new charging needs; Part 6 Manual Action: Renegotiate EV Charging Limits).',
    prompt: (p) => `Make the EV on EVSE ${s(p.evseId)} renegotiate its charging limits over ISO 15118 (it sends new charging needs).` },
  { name: 'evHoldChargingNeeds', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Set the ISO 15118 EV connected at the EVSE (an EV or EV emulator) to hold back its charging needs: once authorized it waits before its ChargeParameterDiscoveryReq and draws no energy until evChargingNeeds (Part 6 TC_K_54/56_CS: the cases choose when the EV gives its needs; without this action no case meets them).',
    prompt: (p) => `Set the ISO 15118 EV on EVSE ${s(p.evseId)} to wait, after authorization, before it sends its charging needs (pause before ChargeParameterDiscoveryReq); it must not draw energy yet.` },
  { name: 'evChargingNeeds', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Make the ISO 15118 EV at the EVSE give its charging needs now (ChargeParameterDiscoveryReq; the station sends NotifyEVChargingNeedsRequest when online) and charge after the schedule exchange (PowerDeliveryReq). After evHoldChargingNeeds (Part 6 TC_K_54/56_CS); an EV already charging renegotiates, as with evRenegotiate.',
    prompt: (p) => `Let the ISO 15118 EV on EVSE ${s(p.evseId)} send its charging needs now (ChargeParameterDiscoveryReq) and start charging once it has its schedule.` },
  { name: 'externalLimitSet', sut: 'CS', params: { limit: 'the limit in A (all EVSEs together)' },
    description: 'Make an external system (e.g. an energy management system) impose a charging limit on the charging station.',
    prompt: (p) => `Have an external system (energy management, grid operator) impose a charging limit of ${s(p.limit)} A on the charging station.` },
  { name: 'externalLimitReleased', sut: 'CS', params: {},
    description: 'Make the external system release the charging limit it imposed on the charging station.',
    prompt: () => 'Have the external system release the charging limit it imposed on the charging station.' },
  { name: 'evPlugAndCharge', sut: 'CS', params: { evseId: 'EVSE id', contractChain: 'the contract certificate chain (PEM, leaf first, then its sub-CAs) to load into the EV; its CN is the eMAID' },
    description: 'Make the EV plugged in at the EVSE start a Plug & Charge session (ISO 15118-2 PaymentDetailsReq / AuthorizationReq) with the given contract certificate chain loaded into it (Part 6 SendISO15118AuthorizationMethod PnC).',
    prompt: (p) => `Load the given contract certificate chain into the EV on EVSE ${s(p.evseId)} and make it authorize with it (Plug & Charge).` },
  { name: 'driveIn', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Drive the EV into the parking bay of the given EVSE (its parking bay detector sees it).', prompt: (p) => `Drive the EV into the parking bay of EVSE ${s(p.evseId)}.` },
  { name: 'driveOut', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Drive the EV out of the parking bay of the given EVSE.', prompt: (p) => `Drive the EV out of the parking bay of EVSE ${s(p.evseId)}.` },
  { name: 'presentIdToken', sut: 'CS', params: { idToken: 'token value', type: 'IdTokenEnumType (2.x)', evseId: 'EVSE id, when the reader is per EVSE' },
    description: 'Present an identification token (RFID card, app...) at the charging station.', prompt: (p) => `Present id token ${s(p.idToken)} (${s(p.type)}) at the charging station.` },
  { name: 'selectMasterPassStop', sut: 'CS', params: { evseId: 'EVSE id of the transaction to stop; absent: all transactions' },
    description: 'On the Master Pass screen the station shows after a Master Pass was presented (C16.FR.01), select the transaction to stop, or all of them.',
    prompt: (p) => (p.evseId === undefined ? 'On the Master Pass screen of the charging station, select to stop all transactions.' : `On the Master Pass screen of the charging station, select to stop the transaction on EVSE ${s(p.evseId)}.`) },
  { name: 'evSuspend', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Make the EV stop drawing energy (SuspendedEV); before it is connected: set it to a state in which it is not ready for energy transfer.', prompt: (p) => `Make the EV on EVSE ${s(p.evseId)} suspend charging.` },
  { name: 'evResume', sut: 'CS', params: { evseId: 'EVSE id' },
    description: 'Make the EV draw energy again.', prompt: (p) => `Make the EV on EVSE ${s(p.evseId)} resume charging.` },
  { name: 'goOffline', sut: 'CS', params: {}, description: 'Cut the charging station\'s network connection to the CSMS (it keeps running).',
    prompt: () => 'Disconnect the charging station from the network (keep it powered).' },
  { name: 'goOnline', sut: 'CS', params: {}, description: 'Restore the network connection; the station reconnects.',
    prompt: () => 'Reconnect the charging station to the network.' },
  { name: 'causeFault', sut: 'CS', params: { evseId: 'EVSE id (2.x) or connector id (1.6)', errorCode: '1.6 ChargePointErrorCode, e.g. ConnectorLockFailure, GroundFailure' },
    description: 'Bring the connector into a fault condition the station detects: ConnectorLockFailure = the cable lock cannot be operated (block it); other codes make the connector Faulted.',
    prompt: (p) => `Cause a ${s(p.errorCode)} fault on connector ${s(p.evseId)} (e.g. ${p.errorCode === 'ConnectorLockFailure' ? 'block the cable lock' : 'trip the protection'}).` },
  { name: 'clearFault', sut: 'CS', params: { evseId: 'EVSE id (2.x) or connector id (1.6)' },
    description: 'Remove the fault condition caused with causeFault; the connector returns to normal.', prompt: (p) => `Repair the fault on connector ${s(p.evseId)}.` },
  { name: 'failLocalList', sut: 'CS', params: { failing: "true: from now on the charge point fails to set a Local Authorization List; false: it sets lists again" },
    description: 'Bring the charge point into (failing: true) or out of (false) a state in which it fails to set a Local Authorization List, e.g. its list storage full or write-protected (OCTT 1.6 TC_043_3_CS prerequisite).',
    prompt: (p) => (p.failing === false ? 'Undo it: let the charging station store a Local Authorization List again.' : 'Bring the charging station into a state in which it fails to store a Local Authorization List (e.g. list storage full or write-protected).') },
  { name: 'triggerHardwiredNotification', sut: 'CS', params: {},
    description: 'Make the charging station raise one of its hard-wired notifications (an event built into its firmware, e.g. opening its housing), which it reports by NotifyEvent with eventNotificationType HardWiredNotification.',
    prompt: () => 'Trigger one of the charging station\'s hard-wired notifications (e.g. open its housing) so that it sends a NotifyEvent.' },
  { name: 'storeCustomerData', sut: 'CS', params: { customerIdentifier: 'the customer identifier (e.g. an account id)' },
    description: 'Store data of a customer known by a customerIdentifier at the charging station, in whatever way the station keeps such data (e.g. a customer account or session record), so that CustomerInformation with that customerIdentifier finds it (Part 6 TC_N_62_CS Memory State).',
    prompt: (p) => `Store customer data for customerIdentifier ${s(p.customerIdentifier)} at the charging station.` },
  { name: 'refuseCustomerInformation', sut: 'CS', params: { refusing: 'true: from now on the station cannot process customer information requests; false: it can again' },
    description: 'Bring the charging station into (refusing: true) or out of (false) a state in which it cannot process CustomerInformation requests (Part 6 TC_N_29_CS / TC_N_33_CS prerequisite).',
    prompt: (p) => (p.refusing === false ? 'Undo it: let the charging station process customer information requests again.' : 'Bring the charging station into a state in which it cannot process customer information requests.') },
  { name: 'emptyLog', sut: 'CS', params: { logType: 'DiagnosticsLog or SecurityLog', empty: 'true: the station has no information of this log; false: it has again' },
    description: 'Make the charging station have no log information of a log type (empty: true), or have it again (false) (Part 6 TC_N_34_CS prerequisite).',
    prompt: (p) => (p.empty === false ? `Undo it: let the charging station have ${s(p.logType)} information again.` : `Bring the charging station into a state with no ${s(p.logType)} information available (e.g. clear that log).`) },
  { name: 'configureStation', sut: 'CS', params: { setting: 'what to configure', value: 'the value' },
    description: 'Change a station setting that OCPP cannot set (e.g. its security profile, the CSMS URL, its Basic-auth password).',
    prompt: (p) => `Configure the charging station: set ${s(p.setting)} to ${s(p.value)}.` },
  // CSMS under test
  { name: 'csmsSend', sut: 'CSMS', params: {
    action: 'the OCPP message the CSMS must send', stationId: 'target station',
    hint: 'a partial payload: the fields the case needs (e.g. the transactionId of the transaction the harness runs, the variables to set); the CSMS fills in the rest, and fields it must choose itself are left out; a field given as null is one the message must not have',
  },
  description: 'Make the CSMS send a message to the test station (from its UI or API), e.g. RequestStartTransaction, Reset, SetVariables. '
      + 'Where the case asks the CSMS to stop or act on a transaction, `hint.transactionId` is the id of the transaction the harness (as the station) runs.',
    prompt: (p) => `Make the CSMS send ${s(p.action)} to station ${s(p.stationId)}${p.hint ? ` (${JSON.stringify(p.hint)})` : ''}.` },
  { name: 'configureCsms', sut: 'CSMS', params: { setting: 'what to configure', value: 'the value', stationId: 'station concerned' },
    description: 'Change a CSMS setting for the test station (e.g. answer the next BootNotification with Pending or Rejected).',
    prompt: (p) => `Configure the CSMS for station ${s(p.stationId)}: ${s(p.setting)} = ${JSON.stringify(p.value)}.`, settings: CONFIGURE_CSMS_SETTINGS },
];

export function operatorAction(name: string): OperatorActionSpec | undefined {
  return OPERATOR_ACTIONS.find((a) => a.name === name);
}

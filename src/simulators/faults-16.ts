/**
 * Faults of the reference charge point that only OCPP 1.6 has (testcases/ocpp16/*.cs.ts), part of
 * FAULTS in faults.ts. Each makes the station break ONE requirement.
 */
import type { FaultSpec } from './fault-spec.js';
import type { OcppVersion } from '../rpc/versions.js';

const V16: readonly OcppVersion[] = ['1.6'];

export const STATION_FAULTS_16: readonly FaultSpec[] = [
  { name: 'authorize-skipped', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.1 (Authorize an idTag not known locally)',
    description: 'Starts a transaction for a presented idTag without sending Authorize.req.' },
  { name: 'authorize-status-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.1 (energy only after authorization)',
    description: 'Starts the transaction although Authorize.conf did not accept the idTag.' },
  { name: 'connection-timeout-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 9.1.6 ConnectionTimeOut',
    description: 'Stays Preparing after an authorization without a cable, instead of returning to Available after ConnectionTimeOut.' },
  { name: 'ev-disconnect-setting-inverted', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.10/9.1.23 StopTransactionOnEVSideDisconnect',
    description: 'Keeps the transaction when the EV is disconnected and StopTransactionOnEVSideDisconnect is true; stops it when false.' },
  { name: 'cache-not-used', role: 'station', versions: V16, requirement: 'OCPP 1.6 3.5/9.1.13 LocalPreAuthorize',
    description: 'Ignores LocalPreAuthorize: sends Authorize.req for an idTag the Authorization Cache already accepts.' },
  { name: 'clear-cache-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.4 Clear Cache',
    description: 'Answers ClearCache Accepted but keeps the Authorization Cache.' },
  { name: 'stop-reason-local', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.10 (Reason set to a correct value)',
    description: 'Every StopTransaction.req gives reason Local, whatever ended the transaction (reset, power loss, remote stop, unlock...).' },
  { name: 'unlock-rejected', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.18 Unlock Connector',
    description: 'Answers every UnlockConnector with UnlockFailed although the lock works.' },
  { name: 'unlock-fixed-cable', role: 'station', versions: V16, requirement: 'OCPP 1.6 7.46 UnlockStatus NotSupported (fixed cable)',
    description: 'A station with a fixed cable answers UnlockConnector Unlocked (and ends the transaction) instead of NotSupported.' },
  { name: 'unlock-unknown-connector', role: 'station', versions: V16, requirement: 'OCPP 1.6 errata 3.87 (unknown connectorId: NotSupported)',
    description: 'Answers UnlockConnector for an unknown connectorId with Unlocked.' },
  { name: 'lock-state-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 7.6 ConnectorLockFailure/7.46 UnlockFailed',
    description: 'Ignores a broken cable lock: charges without locking and answers UnlockConnector Unlocked.' },
  { name: 'config-key-missing', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.8/9.1 (required Core keys)',
    description: 'GetConfiguration without keys leaves out the required key ConnectionTimeOut.' },
  { name: 'invalid-config-value-accepted', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.3 (out-of-range or malformed value: Rejected)',
    description: 'ChangeConfiguration accepts values of the wrong format or out of range.' },
  { name: 'remote-start-always-accepted', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.11 (RemoteStartTransaction.conf)',
    description: 'Answers RemoteStartTransaction Accepted for connector 0, an unknown or an occupied connector (and starts nothing).' },
  { name: 'remote-stop-ignores-id', role: 'station', versions: V16, requirement: 'OCPP 1.6 5.12 (only the transaction with the given id)',
    description: 'RemoteStopTransaction with an unknown transactionId stops the running transaction and answers Accepted.' },
  { name: 'power-loss-tx-lost', role: 'station', versions: V16, requirement: 'OCPP 1.6 3.7/4.10 (StopTransaction for every transaction)',
    description: 'A power cut loses the running transactions: no StopTransaction.req is ever sent for them.' },
  { name: 'start-tx-invalid-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 3.5.4/9.1.24 StopTransactionOnInvalidId',
    description: 'Keeps charging when StartTransaction.conf does not accept the idTag (neither stops the transaction nor suspends energy).' },
  { name: 'faulted-allows-charging', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.9 (Faulted: no charging operations)',
    description: 'Starts a transaction on a Faulted connector.' },
  { name: 'datatransfer-accepted', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.3/5.6 (unknown vendorId: UnknownVendorId)',
    description: 'Answers DataTransfer Accepted for a vendorId it does not know.' },
  { name: 'stop-authorizes-same-tag', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.1 (no Authorize to stop with the starting idTag)',
    description: 'Sends Authorize.req for the idTag that started the transaction before stopping it.' },
  { name: 'parent-id-tag-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 3.10 (parentIdTag may stop the transaction)',
    description: 'A different idTag with the same parentIdTag cannot stop a transaction.' },
  { name: 'no-connector-zero-status', role: 'station', versions: V16, requirement: 'OCPP 1.6 4.9 (StatusNotification for connectorId 0 after boot; OCTT 1.6 §2.1.1 step 5)',
    description: 'After a boot reports every connector but not connectorId 0 (the Charge Point itself).' },
  { name: 'config-key-wrong-accessibility', role: 'station', versions: V16, requirement: 'OCPP 1.6 9.1 NumberOfConnectors (accessibility R; OCTT 1.6 §2.8.1 step 4)',
    description: 'GetConfiguration.conf reports NumberOfConnectors as writable (readonly false).' },
  { name: 'aligned-data-ignored', role: 'station', versions: V16, requirement: 'OCPP 1.6 9.1.15 MeterValuesAlignedData (OCTT 1.6 §2.9.2)',
    description: 'Clock-aligned MeterValues carry Energy.Active.Import.Register only, not the measurands of MeterValuesAlignedData.' },
];

/** K Smart Charging: the reference charging station's switchable faults of this block, each breaking ONE requirement (1.6 part). */
import { V16, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'charging-profile-rejected', versions: V16, requirement: 'OCPP 1.6 5.16 (SetChargingProfile: a valid TxDefaultProfile is Accepted)',
    description: 'Answers SetChargingProfile Rejected for a valid TxDefaultProfile.' },
  { name: 'tx-profile-without-transaction', versions: V16, requirement: 'OCPP 1.6 5.16.3 (TxProfile only for a running transaction, its transactionId)',
    description: 'Accepts a TxProfile when no transaction runs on the connector or its transactionId is not the running one.' },
  { name: 'stack-level-inverted', versions: V16, requirement: 'OCPP 1.6 3.13.2 (the highest stackLevel prevails)',
    description: 'The composite schedule takes the lowest stack level of a purpose instead of the highest.' },
  { name: 'max-profile-ignored', versions: V16, requirement: 'OCPP 1.6 3.13.1 (ChargePointMaxProfile limits the composite)',
    description: 'The composite schedule of a connector leaves out the ChargePointMaxProfile.' },
  { name: 'tx-profile-ignored', versions: V16, requirement: 'OCPP 1.6 3.13.2 (a TxProfile overrules the TxDefaultProfile)',
    description: 'The composite schedule leaves out TxProfiles (the transaction follows the defaults).' },
  { name: 'tx-default-not-for-running', versions: V16, requirement: 'OCPP 1.6 3.13.2 (a TxDefaultProfile also applies to a running transaction without TxProfile)',
    description: 'A TxDefaultProfile installed while a transaction runs is left out of that transaction\'s composite schedule.' },
  { name: 'clear-by-id-ignored', versions: V16, requirement: 'OCPP 1.6 5.5 (ClearChargingProfile by id removes that profile)',
    description: 'ClearChargingProfile with an id answers Accepted but removes nothing.' },
  { name: 'remote-start-profile-unchecked', versions: V16, requirement: 'OCPP 1.6 5.11 (the chargingProfile of RemoteStartTransaction SHALL be a TxProfile)',
    description: 'Accepts RemoteStartTransaction with a chargingProfile of another purpose.' },
  { name: 'remote-start-profile-dropped', versions: V16, requirement: 'OCPP 1.6 5.11 (the Charge Point uses the chargingProfile for the transaction)',
    description: 'Starts the transaction of a RemoteStartTransaction but never installs its chargingProfile.' },
]);

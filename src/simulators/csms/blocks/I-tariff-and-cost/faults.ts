/** I Tariff and Cost: the reference CSMS's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'ended-without-total-cost', versions: V201, requirement: 'I03.FR.02 (Part 6 TC_I_02_CSMS: TransactionEventResponse totalCost <Not omitted>)',
    description: 'Answers the Ended TransactionEvent of a transaction whose cost it knows without totalCost.' },
  { name: 'cost-updated-other-transaction', versions: V201, requirement: 'I02.FR.01 (Part 6 TC_I_01_CSMS: CostUpdatedRequest transactionId <Generated TransactionId>)',
    description: 'Sends the running cost in a CostUpdatedRequest naming another transactionId than the one charging.' },
  { name: 'running-cost-never-sent', versions: V201, requirement: 'I02.FR.01 (the running cost in CostUpdatedRequest or in TransactionEventResponse totalCost)',
    description: 'Never tells the station the running cost of a transaction (neither CostUpdatedRequest nor totalCost while charging).' },
]);

/** I Tariff and Cost: the reference charging station's switchable faults of this block, each breaking ONE requirement. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'cost-updated-not-implemented', versions: V201, requirement: 'I02.FR.02 (upon CostUpdatedRequest the Charging Station responds with CostUpdatedResponse)',
    description: 'Answers CostUpdated with CALLERROR NotImplemented.' },
]);

/** J Meter values: the reference CSMS's switchable faults of this block, each breaking ONE requirement (J01.FR.18 / J02.FR.19). */
import { BOTH, V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('csms', [
  { name: 'meter-values-refused', versions: BOTH, requirement: 'J01.FR.18',
    description: 'Answers MeterValues with CALLERROR instead of a MeterValuesResponse.' },
  { name: 'tx-clock-meter-values-refused', versions: V201, requirement: 'J02.FR.19 (J01.FR.22: clock-aligned values in a TransactionEvent)',
    description: 'Answers a TransactionEvent with triggerReason MeterValueClock with CALLERROR (only knows clock-aligned values in MeterValues).' },
  { name: 'tx-periodic-meter-values-refused', versions: V201, requirement: 'J02.FR.19 (J02.FR.11)',
    description: 'Answers a TransactionEvent with triggerReason MeterValuePeriodic with CALLERROR.' },
  { name: 'tx-started-meter-values-refused', versions: V201, requirement: 'J02.FR.19 (J02 Transaction.Begin in Started)',
    description: 'Answers a TransactionEvent Started that carries meter values with CALLERROR.' },
  { name: 'tx-begin-after-start-refused', versions: V201, requirement: 'J02.FR.19 (Transaction.Begin once the EVSE is known, E01.FR.16/17)',
    description: 'Answers a TransactionEvent Updated carrying Transaction.Begin meter values (the EVSE became known after the start) with CALLERROR.' },
  { name: 'tx-ended-samples-refused', versions: V201, requirement: 'J02.FR.19 (TxEndedInterval samples in TransactionEvent Ended)',
    description: 'Answers a TransactionEvent Ended carrying Sample.Clock or Sample.Periodic meter values with CALLERROR (expects only Transaction.Begin/End).' },
  { name: 'signed-meter-values-refused', versions: V201, requirement: 'J02.FR.19 / J01.FR.18 (Part 5: the CSMS must at least receive a signed meter value)',
    description: 'Answers a MeterValues or TransactionEvent whose sampled values carry a signedMeterValue with CALLERROR.' },
]);

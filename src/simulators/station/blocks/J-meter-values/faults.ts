/** J Meter values: the reference charging station's switchable faults of this block, each breaking ONE requirement its cases check. */
import { V201, defineFaults } from '../../../fault-spec.js';

export const FAULTS = defineFaults('station', [
  { name: 'aligned-wrong-context', versions: V201, requirement: 'J01.FR.08 (TC_J_01/02/06_CS: context must be Sample.Clock)',
    description: 'Clock-aligned meter values carry context Sample.Periodic instead of Sample.Clock.' },
  { name: 'aligned-measurands-ignored', versions: V201, requirement: 'J01.FR.14',
    description: 'Clock-aligned MeterValues carry Energy.Active.Import.Register only, not the measurands of AlignedDataCtrlr.Measurands.' },
  { name: 'aligned-during-transaction', versions: V201, requirement: 'J01.FR.20',
    description: 'Keeps sending clock-aligned MeterValues while a transaction runs although AlignedDataCtrlr.SendDuringIdle is true.' },
  { name: 'aligned-tx-ended-missing', versions: V201, requirement: 'J01 AlignedDataCtrlr.TxEndedInterval (TC_J_03_CS, TC_J_04_CS)',
    description: 'TransactionEvent Ended carries none of the clock-aligned samples taken every AlignedDataCtrlr.TxEndedInterval.' },
  { name: 'sampled-tx-ended-missing', versions: V201, requirement: 'J02 SampledDataCtrlr.TxEndedInterval (TC_J_10_CS, TC_J_11_CS)',
    description: 'TransactionEvent Ended carries none of the samples taken every SampledDataCtrlr.TxEndedInterval.' },
  { name: 'aligned-unsigned', versions: V201, requirement: 'J01.FR.21',
    description: 'Clock-aligned meter values carry no signedMeterValue although AlignedDataCtrlr.SignReadings is true.' },
  { name: 'sample-interval-drift', versions: V201, requirement: 'J02.FR.11',
    description: 'Sends the periodic TransactionEvent (MeterValuePeriodic) every TxUpdatedInterval plus one second.' },
]);

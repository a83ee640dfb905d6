/** OCTT 1.6 §2.13.2, Table 37: Power failure boot charging point-configured to stop transaction(s). Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { powerFailureWithoutBackup } from './steps.cs.js';

export const TC_032_2_CS = defineTestCase({
  id: 'TC_032_2_CS',
  title: 'Power failure boot charging point-configured to stop transaction(s)',
  version: '1.6',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'not StopTxBeforePowerDown' }],
  covers: ['4.10', '3.7', '4.2'],
  catches: ['power-loss-tx-lost', 'stop-reason-local', 'no-connector-zero-status'],
  run: powerFailureWithoutBackup,
});

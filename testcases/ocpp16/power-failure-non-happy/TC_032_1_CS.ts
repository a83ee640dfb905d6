/** OCTT 1.6 §2.13.1, Table 36: Power failure boot charging point - configured to stop transaction(s) before going down. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { powerFailure } from './steps.cs.js';

export const TC_032_1_CS = defineTestCase({
  id: 'TC_032_1_CS',
  title: 'Power failure boot charging point - configured to stop transaction(s) before going down',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  requires: { features: ['StopTxBeforePowerDown'] },
  covers: ['4.10', '3.7', '4.2'],
  catches: ['power-loss-tx-lost', 'stop-reason-local'],
  run: (ctx) => powerFailure(ctx, true),
});

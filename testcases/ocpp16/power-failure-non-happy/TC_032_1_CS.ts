import { defineTestCase } from '../../kit.js';
import { powerFailure } from './steps.cs.js';

export const TC_032_1_CS = defineTestCase({
  id: 'TC_032_1_CS',
  title: 'Power failure - stop transaction(s) before going down',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  requires: { features: ['StopTxBeforePowerDown'] },
  covers: ['4.10', '3.7', '4.2'],
  catches: ['power-loss-tx-lost', 'stop-reason-local'],
  run: (ctx) => powerFailure(ctx, true),
});

import { defineTestCase } from '../../kit.js';
import { updateDuringCharging } from './steps.install-pending.cs.js';

/** TC_L_16_CS (Part 6 table 310): a station able to update its firmware with an ongoing transaction (C-43) does so at once. */
export const TC_L_16_CS = defineTestCase({
  id: 'TC_L_16_CS',
  title: 'Secure Firmware Update - Able to update firmware with ongoing transaction',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'C-43' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.06', 'L01.FR.10', 'L01.FR.20'],
  catches: ['firmware-waits-for-transactions'],
  async run(ctx) {
    await updateDuringCharging(ctx);
  },
});

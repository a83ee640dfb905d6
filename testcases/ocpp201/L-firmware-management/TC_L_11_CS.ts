import { defineTestCase } from '../../kit.js';
import { secondUpdateWhileDownloading } from './steps.cancel.cs.js';

/** TC_L_11_CS (Part 6 table 305): a station that cannot cancel an ongoing firmware update rejects a second UpdateFirmwareRequest and finishes the first (L01.FR.27). */
export const TC_L_11_CS = defineTestCase({
  id: 'TC_L_11_CS',
  title: 'Secure Firmware Update - Unable to cancel',
  version: '2.0.1',
  sut: 'CS',
  profiles: [{ profile: 'Core', condition: 'NOT C-60' }],
  covers: ['L01', 'L01.FR.01', 'L01.FR.10', 'L01.FR.20', 'L01.FR.27'],
  catches: ['firmware-uncancelable-accepted'],
  async run(ctx) {
    await secondUpdateWhileDownloading(ctx, false);
  },
});

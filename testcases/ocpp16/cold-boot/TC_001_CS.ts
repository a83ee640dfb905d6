import { defineTestCase } from '../../kit.js';
import { booted } from '../_shared/states.cs.js';

export const TC_001_CS = defineTestCase({
  id: 'TC_001_CS',
  title: 'Cold Boot Charge Point',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.2', '4.9'],
  catches: ['no-status-after-boot', 'status-wrong-connector-status'],
  async run(ctx) {
    // 1-2. The charge point is switched off and on: BootNotification.req, answered Accepted.
    // 3. It reports every connector Available with StatusNotification.req.
    await booted(ctx);
  },
});

/** OCTT 1.6 §3.1.1, Table 117: Cold Boot Charge Point. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { adviseTime, bootAccepted, reportConnectors } from '../_shared/states.csms.js';

export const TC_001_CSMS = defineTestCase({
  id: 'TC_001_CSMS',
  title: 'Cold Boot Charge Point',
  version: '1.6',
  sut: 'CSMS',
  profiles: ['Core'],
  covers: ['4.2', '4.6', '4.9'],
  preconditions: false,
  // Table 117 validates the boot status only: the interval and the Heartbeat time are advisories.
  catches: ['boot-rejects-known-station'],
  async run(ctx) {
    const { sut } = ctx;
    // The Charge Point starts up: it (re)connects.
    if (sut.isConnected()) await sut.disconnect();
    await sut.expectConnection();
    // 1-2. BootNotification.req; BootNotification.conf is Accepted, with the heartbeat interval (4.2, 4.6).
    const boot = await bootAccepted(ctx);
    ctx.advise(`BootNotification.conf interval ${String(boot.interval)} is not a heartbeat interval above 0`, { requirement: '4.6', holds: typeof boot.interval === 'number' && boot.interval > 0 });
    // 3-4. StatusNotification.req Available per connector and for connectorId 0.
    await reportConnectors(ctx);
    // 5-6. Heartbeat.req; Heartbeat.conf carries the Central System's current time (4.6). The tool sends the
    // first one at once: when the next ones come is the Charge Point's duty, not the Central System's.
    const hb = await sut.call('Heartbeat', {}, { requirement: '4.6' });
    adviseTime(ctx, hb.currentTime, 'Heartbeat.conf', '4.6');
  },
});

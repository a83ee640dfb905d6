/** OCTT 1.6 §2.1.1, Table 1: Cold Boot Charge Point. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { connectorIds, expectStatus, messageMs, rememberConfiguration } from '../_shared/states.cs.js';

export const TC_001_CS = defineTestCase({
  id: 'TC_001_CS',
  title: 'Cold Boot Charge Point',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.2', '4.6', '4.9'],
  catches: ['no-status-after-boot', 'status-wrong-connector-status', 'no-connector-zero-status', 'boot-retry-ignores-interval', 'ignore-heartbeat-interval', 'no-heartbeat'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const retry = configured(ctx, 'bootRetryInterval');
    const heartbeat = configured(ctx, 'heartbeatInterval');
    const tolerance = ics.timeouts.maxTimeDeviationMs;
    // A BootNotification of an earlier power cycle, already answered, is not this boot's.
    sut.forgetReceived('BootNotification');
    // A boot after a power cycle gets the boot time (ics.timeouts.bootMs), timed from the operator's report (issue 12 section 1).
    const first = sut.expectCall('BootNotification', { timeoutMs: ics.timeouts.bootMs, requirement: '4.2' });
    // [Power cycle the Charge Point.] 1. BootNotification.req.
    await operator.do('powerCycle');
    const boot1 = await first;
    // 2. BootNotification.conf: Rejected, with the retry interval.
    const second = sut.expectCall('BootNotification', { timeoutMs: retry * 1000 + tolerance + messageMs(ctx) * 3, requirement: '4.2', describe: 'after the Rejected interval' });
    boot1.respond({ currentTime: sut.now(), interval: retry, status: 'Rejected' });
    const rejectedAt = Date.now();
    // 3. BootNotification.req again, after the interval of step 2.
    const boot2 = await second;
    expect(boot2.t - rejectedAt, `4.2: ms between BootNotification.conf Rejected (interval ${retry} s) and the next BootNotification.req`)
      .to.be.at.least(retry * 1000 - tolerance);
    // 4. BootNotification.conf: Accepted, interval the configured Heartbeat interval (it sets HeartbeatInterval, 9.1.10).
    rememberConfiguration(ctx, 'HeartbeatInterval', String(ics.heartbeatInterval));
    const statuses = [0, ...connectorIds(ctx)].map((c) => expectStatus(ctx, 'Available', { connectorId: c, requirement: '4.9' }));
    const heartbeatWait = heartbeat * 1000 + tolerance + messageMs(ctx);
    const firstBeat = sut.expectCall('Heartbeat', { timeoutMs: heartbeatWait, requirement: '4.6' });
    boot2.respond({ currentTime: sut.now(), interval: heartbeat, status: 'Accepted' });
    // 5. StatusNotification.req per connector and connectorId 0: Available.
    await Promise.all(statuses);
    // 7. Heartbeat.req every x seconds, x the interval of step 4.
    const beat1 = await firstBeat;
    const beat2 = await sut.expectCall('Heartbeat', { timeoutMs: heartbeatWait, requirement: '4.6', describe: 'the next one' });
    expect(Math.abs(beat2.t - beat1.t - heartbeat * 1000), `4.6: deviation (ms) of the time between two Heartbeat.req from the interval ${heartbeat} s`)
      .to.be.at.most(tolerance);
  },
});

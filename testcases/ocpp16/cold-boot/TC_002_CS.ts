/** OCTT 1.6 §2.1.2, Table 2: Cold Boot Charge Point - Pending. Validations are the table's; 1.2/1.3 apply. */
import { defineTestCase, adviseOnFailure } from '../../kit.js';
import { configured } from '../_shared/configured.js';
import { connectorIds, expectStatus, getConfiguration, messageMs, rememberConfiguration } from '../_shared/states.cs.js';

export const TC_002_CS = defineTestCase({
  id: 'TC_002_CS',
  title: 'Cold Boot Charge Point - Pending',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.2', '5.3', '5.8'],
  catches: ['ignores-pending', 'boot-retry-ignores-interval'],
  // A StatusNotification while Pending breaks 4.2, but no tool validation of Table 2 checks it: OCTT shows such
  // 'unexpected' StatusNotifications for the tester to judge (§1.3), so it is an advisory here.
  advises: ['ignores-pending'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    const retry = configured(ctx, 'bootRetryInterval');
    // A BootNotification of an earlier power cycle, already answered, is not this boot's.
    sut.forgetReceived('BootNotification');
    // 1. The charge point boots: BootNotification.req.
    const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '4.2' });
    await operator.do('powerCycle');
    // 2. The Central System answers Pending, with the retry interval.
    const first = await boot;
    first.respond({ currentTime: sut.now(), interval: retry, status: 'Pending' });
    const pendingAt = Date.now();
    // The scenario has no StatusNotification.req before step 8 (4.2: no requests while Pending unless triggered);
    // an advisory, not a validation (see `advises`). Only what the charge point sends after the Pending answer
    // counts, not a report of the connection before the reboot.
    const quiet = adviseOnFailure(ctx, () => sut.expectNoCall('StatusNotification', retry * 1000 - ics.timeouts.maxTimeDeviationMs, { requirement: '4.2', describe: 'while the boot is Pending', since: pendingAt }));
    // 3-4. While Pending the Central System reads the configuration (no key)...
    const { values } = await getConfiguration(ctx, []);
    // 5-6. ...and sets MeterValueSampleInterval to the configured Meter Value interval: Accepted.
    const original = values.get('MeterValueSampleInterval')?.value;
    if (original !== undefined) rememberConfiguration(ctx, 'MeterValueSampleInterval', original);
    const change = await sut.call('ChangeConfiguration', { key: 'MeterValueSampleInterval', value: String(configured(ctx, 'meterValueSampleInterval')) }, { requirement: '5.3' });
    expect(change.status, '5.3: ChangeConfiguration.conf status').to.equal('Accepted');
    // 7-8. After the interval of step 2 it sends BootNotification.req again, answered Accepted.
    const next = await sut.expectCall('BootNotification', { timeoutMs: retry * 1000 + ics.timeouts.maxTimeDeviationMs + messageMs(ctx) * 2, requirement: '4.2' });
    expect(next.t - pendingAt, `4.2: ms between BootNotification.conf Pending (interval ${retry} s) and the next BootNotification.req`)
      .to.be.at.least(retry * 1000 - ics.timeouts.maxTimeDeviationMs);
    await quiet;
    const statuses = [0, ...connectorIds(ctx)].map((c) => expectStatus(ctx, 'Available', { connectorId: c, requirement: '4.9' }));
    next.respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
    // 9. It reports every connector and connectorId 0: Available.
    await Promise.all(statuses);
  },
});

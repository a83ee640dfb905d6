import { defineTestCase } from '../../kit.js';
import { connectorIds, expectStatus, getConfiguration, messageMs, setConfiguration } from '../_shared/states.cs.js';

export const TC_002_CS = defineTestCase({
  id: 'TC_002_CS',
  title: 'Cold Boot Charge Point - Pending',
  version: '1.6',
  sut: 'CS',
  profiles: ['Core'],
  covers: ['4.2', '5.3', '5.8'],
  catches: ['ignores-pending'],
  async run(ctx) {
    const { sut, operator, expect, ics } = ctx;
    // Pending asks for the next BootNotification after this many seconds (kept short).
    const retry = 1;
    // 1. The charge point boots: BootNotification.req.
    const boot = sut.expectCall('BootNotification', { timeoutMs: messageMs(ctx) * 3, requirement: '4.2' });
    await operator.do('powerCycle');
    // 2. The Central System answers Pending.
    (await boot).respond({ currentTime: sut.now(), interval: retry, status: 'Pending' });
    // 3-4. While Pending the Central System reads the configuration...
    const { values } = await getConfiguration(ctx, []);
    expect(values.size, '5.8: GetConfiguration.conf lists the configuration keys while Pending').to.be.greaterThan(0);
    // 5-6. ...and changes a key: the charge point accepts it.
    const current = values.get('MeterValueSampleInterval')?.value;
    await setConfiguration(ctx, 'MeterValueSampleInterval', String(Number(current ?? '60') + 1));
    // While Pending the charge point sends no StatusNotification (4.2: no requests unless triggered).
    const next = sut.expectCall('BootNotification', { timeoutMs: retry * 1000 + messageMs(ctx) * 2, requirement: '4.2' });
    await sut.expectNoCall('StatusNotification', retry * 500, { requirement: '4.2', describe: 'while the boot is Pending' });
    // 7-8. After the interval it sends BootNotification.req again, answered Accepted.
    (await next).respond({ currentTime: sut.now(), interval: ics.heartbeatInterval, status: 'Accepted' });
    // 9. It reports its connectors.
    for (const c of connectorIds(ctx)) await expectStatus(ctx, 'Available', { connectorId: c, requirement: '4.9' });
  },
});
